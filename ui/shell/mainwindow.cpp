#include "mainwindow.h"

#include "analysis/analysissettings.h"
#include "candlebrowser.h"
#include "charttabs.h"
#include "logdock.h"
#include "model/systemclock.h"
#include "shortcuteditor.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"
#include "theme/chartthemes.h"
#include "theme/icons.h"
#include "theme/thememanager.h"
#include "views/diagnosticsdock.h"
#include "views/feedstatuswidget.h"
#include "views/patternmatrixview.h"
#include "views/signallistview.h"
#include "views/watchlistdock.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcShell, "cryptolens.ui.shell")

namespace cl::ui {

MainWindow::MainWindow(storage::AppSettings &settings, Options options, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_options(std::move(options)),
      m_ownClock(m_options.clock ? nullptr : std::make_unique<model::SystemClock>()),
      m_clock(m_options.clock ? m_options.clock : m_ownClock.get()), m_charts(new ChartTabs(*m_clock, this)),
      m_browser(new CandleBrowser(this)), m_browserDock(new QDockWidget(tr("Stored candles"), this)),
      m_logDock(new LogDock(this)), m_watchlist(new WatchlistDock(this)), m_matrix(new PatternMatrixView(*m_clock, this)),
      m_matrixDock(new QDockWidget(tr("Pattern matrix"), this)), m_signalList(new SignalListView(this)),
      m_signalDock(new QDockWidget(tr("Signals"), this)), m_diagnostics(new DiagnosticsDock(this)),
      m_feedStatus(new FeedStatusWidget(this)), m_databaseStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CryptoLens"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    setCentralWidget(m_charts);
    m_charts->setSnapshotDirectory(QDir(QFileInfo(m_options.databasePath).absolutePath()).filePath(QStringLiteral("snapshots")));
    createDocks();
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    statusBar()->addWidget(m_feedStatus, 1);
    statusBar()->addPermanentWidget(m_databaseStatus);
    createMenus();
    resize(1600, 900);

    connect(&ThemeManager::instance(), &ThemeManager::themeChanged, this, &MainWindow::onThemeChanged);
    ThemeManager::instance().apply(m_settings.theme(), m_settings.fontPointSize());
    m_charts->setTimeZoneMode(m_settings.timeAxisUtc() ? chart::TimeZoneMode::Utc : chart::TimeZoneMode::Local);
    m_charts->setIndicatorDefaults(chart::IndicatorParameters::fromVariantMap(m_settings.chartIndicatorDefaults()));
    m_charts->restoreStates(m_settings.chartStates());
    applyAnalysisSettings();
    // Pattern ages move on without new data: the matrix fades its cells once a minute.
    auto *ageTimer = new QTimer(this);
    connect(ageTimer, &QTimer::timeout, m_matrix->matrixModel(), &PatternMatrixModel::refreshAges);
    ageTimer->start(60'000);

    m_defaultLayout = saveState(kLayoutVersion);
    restoreLayout();

    rememberDefaultShortcuts();
    ShortcutEditor::applySaved(shortcutActions(), m_settings.shortcuts());

    m_browser->setPreferredSelection(m_settings.lastExchange(), m_settings.lastSymbol(), m_settings.lastTimeframe());
    connect(m_browser, &CandleBrowser::selectionChanged, this,
            [this](const QString &exchange, const QString &symbol, const QString &timeframe) {
                m_settings.setLastSelection(exchange, symbol, timeframe);
            });
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_browserDock->setObjectName(QStringLiteral("candleTableDock"));
    m_browserDock->setWidget(m_browser);
    m_matrixDock->setObjectName(QStringLiteral("patternMatrixDock"));
    m_matrixDock->setWidget(m_matrix);
    m_signalDock->setObjectName(QStringLiteral("signalListDock"));
    m_signalDock->setWidget(m_signalList);

    addDockWidget(Qt::LeftDockWidgetArea, m_watchlist);
    addDockWidget(Qt::RightDockWidgetArea, m_matrixDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_signalDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnostics);
    addDockWidget(Qt::BottomDockWidgetArea, m_browserDock);
    splitDockWidget(m_signalDock, m_logDock, Qt::Horizontal);
    tabifyDockWidget(m_logDock, m_diagnostics);
    tabifyDockWidget(m_logDock, m_browserDock);
    m_signalDock->raise();
    m_logDock->raise();
    resizeDocks({m_watchlist, m_matrixDock}, {260, 540}, Qt::Horizontal); // the matrix: 6 timeframes of "FVG ▼" cells
    resizeDocks({m_signalDock}, {260}, Qt::Vertical);
    resizeDocks({m_signalDock, m_logDock}, {1100, 500}, Qt::Horizontal);

    connect(m_matrix, &PatternMatrixView::openChart, this, &MainWindow::openChart);
    connect(m_signalList, &SignalListView::openChart, this, &MainWindow::openChart);
    connect(m_signalList, &SignalListView::logTradeRequested, this, &MainWindow::logTradeRequested);
    connect(m_watchlist, &WatchlistDock::symbolActivated, this,
            [this](const QString &exchange, const QString &symbol) { openChart(exchange, symbol, QString()); });
    connect(m_watchlist, &WatchlistDock::watchlistChanged, this, [this](model::ExchangeId exchange, const QStringList &symbols) {
        // The matrix lists watched symbols even before they have patterns.
        for (const QString &text : symbols) {
            if (const auto symbol = model::Symbol::parse(text))
                m_matrix->matrixModel()->ensureSymbol(exchange, *symbol);
        }
        loadSymbolChoices();
    });
}

void MainWindow::addWorkstationDock(QDockWidget *dock, Qt::DockWidgetArea area, QDockWidget *tabifyWith)
{
    if (dock->objectName().isEmpty())
        qCWarning(lcShell) << "dock without objectName: its place is not saved with the layout";
    dock->setParent(this);
    m_extraDocks.append({dock, area, tabifyWith});
    // A dock created after restoreState still goes where the saved layout had it.
    if (!restoreDockWidget(dock))
        placeExtraDock(m_extraDocks.constLast());
    QKeySequence shortcut;
    if (m_nextDockShortcut <= 9)
        shortcut = QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key(Qt::Key_0 + m_nextDockShortcut++));
    QAction *toggle = addDockToggle(dock, shortcut);
    m_defaultShortcuts.insert(toggle->objectName(), shortcut);
    const QMap<QString, QString> saved = m_settings.shortcuts();
    if (saved.contains(toggle->objectName()))
        ShortcutEditor::applySaved({toggle}, saved);
}

bool MainWindow::saveScreenshot(const QString &path)
{
    if (!isVisible())
        show();
    QApplication::processEvents();
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    return grab().save(path, "PNG");
}

void MainWindow::applyAnalysisSettings()
{
    const auto analysis = cl::analysis::AnalysisSettings::fromVariantMap(m_settings.analysisValues());
    m_matrix->matrixModel()->setTimeframes(analysis.matrixTimeframes);
    m_matrix->matrixModel()->setExpiry([analysis](model::Timeframe tf) { return analysis.expiryMs(tf); });
}

void MainWindow::onPatternsChanged(model::ExchangeId exchange, const model::Symbol &symbol, const model::PatternList &patterns)
{
    m_matrix->matrixModel()->onPatternsChanged(exchange, symbol, patterns);
    m_charts->reloadAnnotations(model::exchangeIdToString(exchange) + QLatin1Char(':') + symbol.toString());
}

void MainWindow::onSignalCreated(const model::Signal &signal)
{
    m_signalList->signalModel()->onSignalCreated(signal);
    m_charts->reloadAnnotations(model::exchangeIdToString(signal.exchange) + QLatin1Char(':') + signal.symbol.toString());
}

void MainWindow::onSignalStatusChanged(const model::Signal &signal)
{
    m_signalList->signalModel()->onSignalStatusChanged(signal);
}

void MainWindow::onFeedStatusChanged(const market::FeedStatus &status)
{
    m_feedStatus->onStatusChanged(status);
}

void MainWindow::onFormingCandle(const market::FormingCandle &candle)
{
    m_charts->onFormingCandle(candle);
}

void MainWindow::onCandlesClosed(const market::ClosedCandles &closed)
{
    m_charts->onCandlesClosed(closed);
}

void MainWindow::openChart(const QString &exchange, const QString &symbol, const QString &timeframe,
                           const model::PatternKey &pattern)
{
    m_charts->openChart(exchange, symbol, timeframe, pattern);
}

void MainWindow::openDatabase()
{
    m_databaseStatus->setText(tr("Opening database..."));
    auto *watcher = new QFutureWatcher<storage::Database::Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        onDatabasePrepared(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path = m_options.databasePath] { return storage::Database::prepare(path); }));
}

void MainWindow::onDatabasePrepared(const storage::Database::Outcome &outcome)
{
    using Status = storage::Database::Status;
    if (outcome.status == Status::Damaged && offerRecovery(outcome))
        return; // a fresh database is being opened
    if (outcome.status != Status::Ok) {
        qCCritical(lcShell).noquote() << outcome.message;
        m_databaseStatus->setText(tr("Database unavailable"));
        m_databaseStatus->setToolTip(outcome.message);
        if (m_options.confirmRecovery)
            QMessageBox::critical(this, tr("Database unavailable"), outcome.message);
        emit databaseFailed(outcome.message);
        return;
    }
    qCInfo(lcShell).noquote() << outcome.message;
    m_databaseStatus->setText(tr("Database ready"));
    m_databaseStatus->setToolTip(outcome.message);
    m_databaseOpen = true;
    m_browser->setDatabase(m_options.databasePath);
    m_charts->setDatabasePath(m_options.databasePath);
    m_matrix->setDatabase(m_options.databasePath);
    m_signalList->setDatabase(m_options.databasePath);
    m_watchlist->setDatabase(m_options.databasePath);
    loadSymbolChoices();
    emit databaseReady(outcome.message);
}

// The charts offer every stored symbol and every watched one.
void MainWindow::loadSymbolChoices()
{
    QStringList watched;
    for (const auto &item : m_watchlist->items())
        watched.append(model::exchangeIdToString(item.exchange) + QLatin1Char(':') + item.symbol.toString());
    if (!m_databaseOpen) {
        m_charts->setSymbolChoices(watched);
        return;
    }
    auto *watcher = new QFutureWatcher<QStringList>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, watched] {
        watcher->deleteLater();
        QStringList keys = watched + watcher->result();
        keys.removeDuplicates();
        keys.sort();
        m_charts->setSymbolChoices(keys);
    });
    watcher->setFuture(QtConcurrent::run([path = m_options.databasePath] {
        QStringList keys;
        QString error;
        storage::SqlConnection connection;
        if (connection.open(path, storage::SqlConnection::Mode::ReadOnly, &error)) {
            for (const auto &record : storage::SymbolRepository(connection).all(&error))
                keys.append(model::exchangeIdToString(record.exchange) + QLatin1Char(':') + record.symbol.toString());
        }
        return keys;
    }));
}

bool MainWindow::offerRecovery(const storage::Database::Outcome &outcome)
{
    if (m_options.confirmRecovery) {
        const auto answer = QMessageBox::warning(
            this, tr("Database damaged"),
            tr("%1\n\nCryptoLens can move the damaged file aside (it is kept, not deleted) and start with a fresh "
               "database. Do that now?").arg(outcome.message),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return false;
    }
    QString error;
    const QString aside = storage::Database::moveAside(m_options.databasePath, &error);
    if (aside.isEmpty()) {
        qCCritical(lcShell).noquote() << error;
        return false;
    }
    qCWarning(lcShell).noquote() << outcome.message << "- moved aside to" << aside;
    openDatabase();
    return true;
}

bool MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings.windowState();
    if (state.isEmpty())
        return false;
    if (m_settings.windowStateVersion() != kLayoutVersion || !restoreState(state, kLayoutVersion)) {
        qCWarning(lcShell) << "saved window layout could not be restored; using the default layout";
        resetLayout();
        return false;
    }
    return true;
}

void MainWindow::placeExtraDock(const ExtraDock &extra)
{
    addDockWidget(extra.area, extra.dock);
    if (extra.tabifyWith && dockWidgetArea(extra.tabifyWith) == extra.area)
        tabifyDockWidget(extra.tabifyWith, extra.dock);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout, kLayoutVersion);
    for (QDockWidget *dock : std::initializer_list<QDockWidget *>{m_logDock, m_watchlist, m_matrixDock, m_signalDock})
        dock->show();
    for (const ExtraDock &extra : std::as_const(m_extraDocks)) {
        placeExtraDock(extra);
        extra.dock->show();
    }
    m_signalDock->raise();
    m_logDock->raise();
}

void MainWindow::saveNamedLayout(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    m_settings.setNamedLayout(name.trimmed(), saveState(kLayoutVersion), kLayoutVersion);
    rebuildLayoutsMenu();
}

bool MainWindow::restoreNamedLayout(const QString &name)
{
    int version = 0;
    const QByteArray state = m_settings.namedLayout(name, &version);
    if (state.isEmpty() || version != kLayoutVersion)
        return false;
    // restoreState checks the whole stream before it changes anything, so a bad one leaves the window as it was.
    return restoreState(state, kLayoutVersion);
}

void MainWindow::removeNamedLayout(const QString &name)
{
    m_settings.removeNamedLayout(name);
    rebuildLayoutsMenu();
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState(kLayoutVersion), kLayoutVersion);
    m_settings.setChartStates(m_charts->saveStates());
    m_settings.sync();
}

void MainWindow::setTrayIcon(QSystemTrayIcon *icon)
{
    m_trayIcon = icon;
    if (!icon)
        return;
    connect(icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason != QSystemTrayIcon::Trigger && reason != QSystemTrayIcon::DoubleClick)
            return;
        showNormal();
        raise();
        activateWindow();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    // With "close to tray" the feeds and alerts keep running behind the tray icon; File > Quit ends the app.
    if (!m_quitting && m_trayIcon && m_trayIcon->isVisible() && m_settings.closeToTray()) {
        hide();
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::onThemeChanged(const Theme &theme)
{
    m_charts->setChartTheme(chartThemeFor(theme));
    m_matrix->matrixModel()->setTheme(theme);
    m_signalList->signalModel()->setTheme(theme);
    m_feedStatus->setTheme(theme);
    if (m_themeGroup) {
        for (QAction *action : m_themeGroup->actions())
            action->setChecked(action->data().toString() == theme.name());
    }
}

} // namespace cl::ui
