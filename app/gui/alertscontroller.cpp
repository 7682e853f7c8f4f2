#include "alertscontroller.h"

#include "alerts/alertchannelconfig.h"
#include "alerts/alertdelivery.h"
#include "alerts/alerteventrepository.h"
#include "alerts/alertrulerepository.h"
#include "alerts/alertworker.h"
#include "alerts/keychainsecretstore.h"
#include "alerts/notificationdispatcher.h"
#include "alerts/qtdelayscheduler.h"
#include "shell/charttabs.h"
#include "shell/mainwindow.h"
#include "storage/sqlconnection.h"
#include "storage/storagewriter.h"

#include "alerts/alerteditordialog.h"
#include "alerts/alerthistorydock.h"
#include "alerts/alertlistdock.h"
#include "alerts/alertsound.h"
#include "alerts/toaststack.h"
#include "alerts/traynotifier.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QSystemTrayIcon>
#include <QThread>

Q_LOGGING_CATEGORY(lcAlertsApp, "cryptolens.app.alerts")

namespace cl::app {

namespace {
constexpr int kHistoryRows = 500;
} // namespace

AlertsController::AlertsController(storage::StorageWriter &writer, QString databasePath, const model::Clock &clock,
                                   ui::MainWindow &window, QObject *parent)
    : QObject(parent), m_writer(writer), m_databasePath(std::move(databasePath)), m_clock(clock), m_window(window)
{
}

AlertsController::~AlertsController()
{
    stop();
}

storage::SqlConnection *AlertsController::readConnection()
{
    // Qt's SQL connections belong to the thread that opened them; every caller is a GUI-thread slot.
    Q_ASSERT(QThread::currentThread() == thread());
    if (m_read && m_read->isOpen())
        return m_read.get();
    m_read = std::make_unique<storage::SqlConnection>();
    QString error;
    if (!m_read->open(m_databasePath, storage::SqlConnection::Mode::ReadOnly, &error)) {
        qCWarning(lcAlertsApp).noquote() << "alerts: cannot read the database:" << error;
        m_read.reset();
        return nullptr;
    }
    return m_read.get();
}

void AlertsController::start()
{
    qint64 lastEventId = 0;
    if (storage::SqlConnection *connection = readConnection()) {
        QString error;
        lastEventId = alerts::AlertEventRepository(*connection).maxEventId(&error).value_or(0);
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("alerts"));
    m_worker = new alerts::AlertWorker(m_clock, &m_writer, lastEventId);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &alerts::AlertWorker::alertFired, this, &AlertsController::onAlertFired);
    connect(m_worker, &alerts::AlertWorker::ruleFinished, this, [this] { reloadRules(); });
    m_thread->start();

    m_scheduler = std::make_unique<alerts::QtDelayScheduler>();
    m_dispatcher = std::make_unique<alerts::NotificationDispatcher>(m_clock, *m_scheduler);
    m_delivery = std::make_unique<alerts::AlertDelivery>(*m_dispatcher, &m_writer);
    m_secrets = std::make_unique<alerts::KeychainSecretStore>();
    createWidgets();
    loadChannels();
    reloadRules();
    reloadHistory();
}

void AlertsController::createWidgets()
{
    m_toasts = new ui::ToastStack(&m_window);
    connect(m_toasts, &ui::ToastStack::chartRequested, this, &AlertsController::chartRequested);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_trayIcon = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_trayIcon->setToolTip(QStringLiteral("CryptoLens"));
        m_trayIcon->show();
        m_window.setTrayIcon(m_trayIcon);
    }
    m_tray = new ui::TrayNotifier(m_trayIcon, this);
    connect(m_tray, &ui::TrayNotifier::chartRequested, this, &AlertsController::chartRequested);

    m_history = new ui::AlertHistoryDock(&m_window);
    connect(m_history, &ui::AlertHistoryDock::acknowledgeRequested, this, &AlertsController::acknowledge);
    connect(m_history, &ui::AlertHistoryDock::acknowledgeAllRequested, this, [this] { acknowledge(0); });
    connect(m_history, &ui::AlertHistoryDock::chartRequested, this, &AlertsController::chartRequested);
    m_window.addWorkstationDock(m_history, Qt::BottomDockWidgetArea, m_window.signalDock());

    m_list = new ui::AlertListDock(&m_window);
    connect(m_list, &ui::AlertListDock::newRuleRequested, this, [this] { editRule(alerts::AlertRule{}); });
    connect(m_list, &ui::AlertListDock::editRuleRequested, this, &AlertsController::editRule);
    connect(m_list, &ui::AlertListDock::removeRuleRequested, this, &AlertsController::removeRule);
    connect(m_list, &ui::AlertListDock::enabledChanged, this, &AlertsController::setRuleEnabled);
    m_window.addWorkstationDock(m_list, Qt::RightDockWidgetArea);

    // From the charts: right-click "Create alert at PRICE", and dragging an alert line.
    ui::ChartTabs *charts = m_window.chartTabs();
    connect(charts, &ui::ChartTabs::createAlertRequested, this,
            [this](model::ExchangeId exchange, const model::Symbol &symbol, double price, double lastPrice) {
                createAlertAt(exchange, symbol, price, lastPrice);
            });
    connect(charts, &ui::ChartTabs::alertLevelMoved, this, &AlertsController::moveRuleLevel);
}

void AlertsController::loadChannels()
{
    std::vector<alerts::AlertChannelConfig> channels;
    if (storage::SqlConnection *connection = readConnection()) {
        QString error;
        channels = alerts::AlertChannelRepository(*connection).all(&error);
    }
    for (const alerts::AlertChannelConfig &config : channels) {
        if (!config.enabled)
            continue;
        if (!config.hasToken) {
            m_dispatcher->addChannel(config.makeChannel({}));
            continue;
        }
        // The token comes from the keychain asynchronously; the channel joins when it arrives.
        m_secrets->load(alerts::channelSecretKey(config.name),
                        [this, config](std::optional<QString> secret, const QString &error) {
                            if (!secret) {
                                qCWarning(lcAlertsApp).noquote()
                                    << "alerts: channel" << config.name << "has no token in the keychain:" << error;
                                return;
                            }
                            m_dispatcher->addChannel(config.makeChannel(*secret));
                        });
    }
    if (!m_secrets->isPersistent())
        qCInfo(lcAlertsApp).noquote() << m_secrets->statusText();
}

void AlertsController::reloadRules()
{
    alerts::AlertRuleList rules;
    if (storage::SqlConnection *connection = readConnection()) {
        QString error;
        rules = alerts::AlertRuleRepository(*connection).all(&error);
        if (!error.isEmpty())
            qCWarning(lcAlertsApp).noquote() << "alerts:" << error;
    }
    m_rules = rules;
    m_list->setRules(m_rules);
    showAlertLines();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, rules] { worker->setRules(rules); });
    emit rulesChanged(m_rules);
}

// Enabled price-level rules as draggable lines on the charts of their symbols.
void AlertsController::showAlertLines()
{
    QHash<QString, chart::AlertLineList> lines;
    for (const alerts::AlertRule &rule : m_rules) {
        if (!rule.enabled
            || (rule.type != alerts::AlertType::PriceAbove && rule.type != alerts::AlertType::PriceBelow))
            continue;
        for (const alerts::SymbolRef &ref : rule.scope.symbols)
            lines[ref.key()].push_back({rule.id, rule.params.level, rule.name.isEmpty() ? rule.describe() : rule.name});
    }
    m_window.chartTabs()->setAlertLines(lines);
}

void AlertsController::reloadHistory()
{
    if (storage::SqlConnection *connection = readConnection()) {
        QString error;
        m_history->setEvents(alerts::AlertEventRepository(*connection).recent(kHistoryRows, false, &error));
    }
}

void AlertsController::createAlertAt(model::ExchangeId exchange, const model::Symbol &symbol, double price,
                                     std::optional<double> lastPrice)
{
    runEditor([&](ui::AlertEditorDialog &dialog) { dialog.prefill(exchange, symbol, price, lastPrice); });
}

void AlertsController::editRule(const alerts::AlertRule &rule)
{
    runEditor([&](ui::AlertEditorDialog &dialog) {
        if (rule.id != 0)
            dialog.setRule(rule);
    });
}

void AlertsController::runEditor(const std::function<void(ui::AlertEditorDialog &)> &setUp)
{
    ui::AlertEditorDialog dialog(&m_window);
    dialog.setNowMs(m_clock.nowMs());
    setUp(dialog);
    if (dialog.exec() == QDialog::Accepted)
        saveRule(dialog.rule());
}

void AlertsController::moveRuleLevel(qint64 ruleId, double price)
{
    for (alerts::AlertRule rule : m_rules) {
        if (rule.id != ruleId)
            continue;
        rule.params.level = price;
        saveRule(rule);
        return;
    }
}

void AlertsController::writeRules(storage::StorageWriter::Job job)
{
    const auto ticket = m_writer.enqueue(std::move(job));
    if (!m_writer.waitForCommitted(ticket, 5'000))
        qCWarning(lcAlertsApp) << "alerts: a rule change was not committed within 5 s; the list may lag behind";
    reloadRules();
}

void AlertsController::saveRule(const alerts::AlertRule &rule)
{
    writeRules([rule](storage::WriteContext &context, QString *error) {
        alerts::AlertRuleRepository repository(context.connection);
        if (rule.id == 0)
            return repository.insert(rule, error).has_value();
        return repository.update(rule, error);
    });
}

void AlertsController::removeRule(qint64 id)
{
    writeRules([id](storage::WriteContext &context, QString *error) {
        bool removed = false;
        return alerts::AlertRuleRepository(context.connection).remove(id, &removed, error);
    });
}

void AlertsController::setRuleEnabled(qint64 id, bool enabled)
{
    writeRules([id, enabled](storage::WriteContext &context, QString *error) {
        return alerts::AlertRuleRepository(context.connection).setEnabled(id, enabled, error);
    });
}

void AlertsController::acknowledge(qint64 eventId)
{
    m_writer.enqueue([eventId](storage::WriteContext &context, QString *error) {
        alerts::AlertEventRepository repository(context.connection);
        return eventId == 0 ? repository.acknowledgeAll(error) : repository.acknowledge(eventId, error);
    });
}

void AlertsController::onAlertFired(const alerts::AlertFiring &firing)
{
    m_toasts->showFiring(firing);
    m_tray->notify(firing);
    m_history->addFiring(firing);
    if (!firing.sound.isEmpty())
        ui::playAlertSound(firing.sound);
    m_delivery->onAlertFired(firing);
}

void AlertsController::stop()
{
    m_read.reset(); // reopened on demand should a read still come
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread = nullptr;
    m_worker = nullptr;
}

} // namespace cl::app
