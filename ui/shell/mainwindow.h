#pragma once

#include "market/marketevents.h"
#include "model/pattern.h"
#include "model/signal.h"
#include "storage/appsettings.h"
#include "storage/database.h"

#include <QByteArray>
#include <QKeySequence>
#include <QMainWindow>
#include <QMap>

#include <memory>

class QLabel;
class QSystemTrayIcon;
class QAction;
class QActionGroup;
class QMenu;

namespace cl::model {
class Clock;
}

namespace cl::ui {

class CandleBrowser;
class ChartTabs;
class DiagnosticsDock;
class FeedStatusWidget;
class LogDock;
class PatternMatrixView;
class SignalListView;
class WatchlistDock;
struct Theme;

// The workstation's frame: charts as tabs in the middle; watchlist, pattern matrix, signal list, log,
// diagnostics and the stored-candle table as docks; per-exchange feed health in the status bar; the
// database opened off the GUI thread. The dock layout is saved with a version; a saved layout of another
// version, or one that fails to restore, falls back to the default, which View > Reset layout also brings
// back. Named layouts are kept in the settings. Every action has a shortcut the shortcut editor can change.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Bump when docks or toolbars are added, removed or renamed: older saved layouts are then ignored.
    static constexpr int kLayoutVersion = 2;

    struct Options
    {
        QString databasePath;
        // Ask before moving a damaged database aside; tests and scripted runs answer yes without a dialog.
        bool confirmRecovery = true;
        // Where "now" comes from (pattern ages, chart live edge); null = the system clock.
        const model::Clock *clock = nullptr;
    };

    MainWindow(storage::AppSettings &settings, Options options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (creates, checks, migrates) the database on a pool thread; databaseReady or databaseFailed follows.
    void openDatabase();
    void resetLayout();
    bool restoreLayout();

    // Named layouts: the current dock arrangement under a name; restoring an unknown or unusable one
    // changes nothing and returns false.
    void saveNamedLayout(const QString &name);
    bool restoreNamedLayout(const QString &name);
    void removeNamedLayout(const QString &name);

    // For the composition root: another dock (alerts, portfolio, backtest ...) with an objectName, placed in
    // `area` by default (and by Reset layout), restored to where the user left it, and listed in View.
    // tabifyWith: in the default layout the dock is a tab beside that one (e.g. the signal list), so a full
    // workstation still fits a 1920x1080 screen.
    void addWorkstationDock(QDockWidget *dock, Qt::DockWidgetArea area, QDockWidget *tabifyWith = nullptr);
    QDockWidget *signalDock() const { return m_signalDock; }
    QDockWidget *matrixDock() const { return m_matrixDock; }
    // Renders the whole window as it is now into a PNG (cryptolens --screenshot). False when it cannot write.
    bool saveScreenshot(const QString &path);
    // The app's tray icon (none where the desktop has no tray): clicking it shows the window, and with the
    // "close to tray" setting closing the window hides it there instead of quitting.
    void setTrayIcon(QSystemTrayIcon *icon);
    // "dark" or "light": palette, chart colours, matrix and list colours; stored in the settings.
    void applyTheme(const QString &name);
    // Every action with a shortcut, as the shortcut editor lists them.
    QList<QAction *> shortcutActions() const;

    CandleBrowser *candleBrowser() const { return m_browser; }
    LogDock *logDock() const { return m_logDock; }
    ChartTabs *chartTabs() const { return m_charts; }
    PatternMatrixView *patternMatrix() const { return m_matrix; }
    SignalListView *signalList() const { return m_signalList; }
    WatchlistDock *watchlistDock() const { return m_watchlist; }
    DiagnosticsDock *diagnosticsDock() const { return m_diagnostics; }
    FeedStatusWidget *feedStatus() const { return m_feedStatus; }

public slots:
    // The live side, for the composition root to connect (AnalysisWorker, MarketDataService).
    void onPatternsChanged(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol,
                           const cl::model::PatternList &patterns);
    void onSignalCreated(const cl::model::Signal &signal);
    void onSignalStatusChanged(const cl::model::Signal &signal);
    void onFeedStatusChanged(const cl::market::FeedStatus &status);
    void onFormingCandle(const cl::market::FormingCandle &candle);
    void onCandlesClosed(const cl::market::ClosedCandles &closed);

    // With a pattern (a matrix cell, a signal's source), the chart highlights it; a null key opens the chart only.
    void openChart(const QString &exchange, const QString &symbol, const QString &timeframe,
                   const cl::model::PatternKey &pattern = {});
    void showSettings();
    void showShortcutEditor();

signals:
    void databaseReady(const QString &message);
    void databaseFailed(const QString &message);
    // From the signal list: the journal should open a trade for this signal.
    void logTradeRequested(const cl::model::Signal &signal);
    // The settings dialog stored new values (analysis thresholds, recording default ...).
    void settingsChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void createFileMenu();
    void createViewMenu();
    void createToolsMenu();
    void rebuildLayoutsMenu();
    QAction *addDockToggle(QDockWidget *dock, const QKeySequence &shortcut);
    void onThemeChanged(const Theme &theme);
    void onDatabasePrepared(const storage::Database::Outcome &outcome);
    bool offerRecovery(const storage::Database::Outcome &outcome);
    void loadSymbolChoices();
    void saveLayout();
    void rememberDefaultShortcuts();
    void applyAnalysisSettings();

    storage::AppSettings &m_settings;
    Options m_options;
    std::unique_ptr<model::Clock> m_ownClock;
    const model::Clock *m_clock;
    ChartTabs *m_charts;
    CandleBrowser *m_browser;
    QDockWidget *m_browserDock;
    LogDock *m_logDock;
    WatchlistDock *m_watchlist;
    PatternMatrixView *m_matrix;
    QDockWidget *m_matrixDock;
    SignalListView *m_signalList;
    QDockWidget *m_signalDock;
    DiagnosticsDock *m_diagnostics;
    FeedStatusWidget *m_feedStatus;
    QLabel *m_databaseStatus;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_docksMenu = nullptr;
    QMenu *m_layoutsMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QByteArray m_defaultLayout;
    struct ExtraDock
    {
        QDockWidget *dock = nullptr;
        Qt::DockWidgetArea area = Qt::RightDockWidgetArea;
        QDockWidget *tabifyWith = nullptr;
    };
    QList<ExtraDock> m_extraDocks;
    QSystemTrayIcon *m_trayIcon = nullptr;
    bool m_quitting = false;
    void placeExtraDock(const ExtraDock &extra);
    QMap<QString, QKeySequence> m_defaultShortcuts;
    int m_nextDockShortcut = 1;
    bool m_databaseOpen = false;
};

} // namespace cl::ui
