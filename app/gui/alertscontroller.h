#pragma once

#include "alerts/alertfiring.h"
#include "alerts/alertrule.h"
#include "model/clock.h"
#include "model/exchangeid.h"
#include "model/symbol.h"
#include "storage/storagewriter.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSystemTrayIcon;
class QThread;

namespace cl::alerts {
class AlertDelivery;
class AlertWorker;
class KeychainSecretStore;
class NotificationDispatcher;
class QtDelayScheduler;
}
namespace cl::storage {
class SqlConnection;
}
namespace cl::ui {
class AlertEditorDialog;
class AlertHistoryDock;
class AlertListDock;
class MainWindow;
class ToastStack;
class TrayNotifier;
}

namespace cl::app {

// The alerts of the running app (issue 6): the AlertWorker on its own thread, push delivery with the
// channels stored in alert_channels (tokens from the OS keychain), and the desktop side: toasts always,
// tray popups where the platform has a tray, the history and rule docks, the editor. Rule edits are written
// through the StorageWriter and then handed to the worker. Reads (rules, history, channels) go through one
// read-only connection the controller holds: they all run on the GUI thread, which owns it, and in WAL mode
// an idle reader holds no lock, so each read sees what the writer has committed.
class AlertsController : public QObject
{
    Q_OBJECT

public:
    AlertsController(storage::StorageWriter &writer, QString databasePath, const model::Clock &clock,
                     ui::MainWindow &window, QObject *parent = nullptr);
    ~AlertsController() override;

    // Starts the worker thread and loads rules, history and channels.
    void start();
    void stop();

    alerts::AlertWorker *worker() const { return m_worker; }
    ui::ToastStack *toasts() const { return m_toasts; }

public slots:
    // "Create alert at PRICE" from a chart: the editor opens prefilled with a cross of that level.
    void createAlertAt(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol, double price,
                       std::optional<double> lastPrice = {});
    void editRule(const cl::alerts::AlertRule &rule);
    void moveRuleLevel(qint64 ruleId, double price);

signals:
    // A toast, tray message or history row was clicked: show that chart.
    void chartRequested(const QString &exchange, const QString &symbol, const QString &timeframe);
    void rulesChanged(const cl::alerts::AlertRuleList &rules);

private:
    void createWidgets();
    void loadChannels();
    void reloadRules();
    void reloadHistory();
    void showAlertLines();
    // The read connection, opened on first use (again after a failed open); nullptr when the database cannot
    // be opened, which the caller treats as "nothing to read".
    storage::SqlConnection *readConnection();
    void runEditor(const std::function<void(ui::AlertEditorDialog &)> &setUp);
    // Writes a rule change, waits for its commit (a rule edit is rare and small) and reloads the rules so the
    // list, the chart lines and the worker see it at once.
    void writeRules(storage::StorageWriter::Job job);
    void saveRule(const alerts::AlertRule &rule);
    void removeRule(qint64 id);
    void setRuleEnabled(qint64 id, bool enabled);
    void acknowledge(qint64 eventId);
    void onAlertFired(const alerts::AlertFiring &firing);

    storage::StorageWriter &m_writer;
    QString m_databasePath;
    const model::Clock &m_clock;
    ui::MainWindow &m_window;
    QThread *m_thread = nullptr;
    alerts::AlertWorker *m_worker = nullptr; // lives on m_thread
    std::unique_ptr<alerts::QtDelayScheduler> m_scheduler;
    std::unique_ptr<alerts::NotificationDispatcher> m_dispatcher;
    std::unique_ptr<alerts::AlertDelivery> m_delivery;
    std::unique_ptr<alerts::KeychainSecretStore> m_secrets;
    QSystemTrayIcon *m_trayIcon = nullptr;
    ui::ToastStack *m_toasts = nullptr;
    ui::TrayNotifier *m_tray = nullptr;
    ui::AlertHistoryDock *m_history = nullptr;
    ui::AlertListDock *m_list = nullptr;
    alerts::AlertRuleList m_rules;
    std::unique_ptr<storage::SqlConnection> m_read;
};

} // namespace cl::app
