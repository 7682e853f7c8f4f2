#pragma once

#include "storage/appsettings.h"
#include "storage/database.h"

#include <QByteArray>
#include <QMainWindow>

class QLabel;
class QAction;

namespace cl::ui {

class CandleBrowser;
class LogDock;

// The workstation's frame: menus, status bar, docks, and the database opened off the GUI thread.
// The dock layout is saved with a version; a saved layout of another version, or one that fails to
// restore, falls back to the default, which View > Reset layout also brings back.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Bump when docks or toolbars are added, removed or renamed: older saved layouts are then ignored.
    static constexpr int kLayoutVersion = 1;

    struct Options
    {
        QString databasePath;
        // Ask before moving a damaged database aside; tests and scripted runs answer yes without a dialog.
        bool confirmRecovery = true;
    };

    MainWindow(storage::AppSettings &settings, Options options, QWidget *parent = nullptr);

    // Opens (creates, checks, migrates) the database on a pool thread; databaseReady or databaseFailed follows.
    void openDatabase();
    void resetLayout();
    bool restoreLayout();

    CandleBrowser *candleBrowser() const { return m_browser; }
    LogDock *logDock() const { return m_logDock; }

signals:
    void databaseReady(const QString &message);
    void databaseFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void onDatabasePrepared(const storage::Database::Outcome &outcome);
    bool offerRecovery(const storage::Database::Outcome &outcome);
    void saveLayout();

    storage::AppSettings &m_settings;
    Options m_options;
    CandleBrowser *m_browser;
    LogDock *m_logDock;
    QLabel *m_databaseStatus;
    QByteArray m_defaultLayout;
};

} // namespace cl::ui
