// MainWindow's menus and actions: every action has an objectName (the shortcut editor's key) and a shortcut.
#include "mainwindow.h"

#include "candlebrowser.h"
#include "charttabs.h"
#include "chart/chartview.h"
#include "logdock.h"
#include "settingsdialog.h"
#include "shortcuteditor.h"
#include "theme/icons.h"
#include "theme/thememanager.h"
#include "views/diagnosticsdock.h"
#include "views/patternmatrixview.h"
#include "views/signallistview.h"
#include "views/watchlistdock.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUrl>

namespace cl::ui {

namespace {
QAction *makeAction(QObject *parent, const QString &text, const char *name, const QKeySequence &shortcut,
                    const QString &icon = QString())
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(shortcut);
    if (!icon.isEmpty())
        action->setIcon(Icons::icon(icon));
    return action;
}
} // namespace

void MainWindow::createMenus()
{
    createFileMenu();
    createViewMenu();
    createToolsMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = makeAction(this, tr("&About CryptoLens"), "actionAbout", QKeySequence(Qt::Key_F1));
    help->addAction(about);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About CryptoLens"),
                           tr("<b>CryptoLens %1</b><p>A native trading workstation for crypto traders: live market data, "
                              "pattern detection, signals, alerts and a trade journal, all on your own machine.</p>"
                              "<p>Database: %2</p><p>Licensed under the GNU GPL v3 or later.</p>")
                               .arg(QApplication::applicationVersion(), m_options.databasePath.toHtmlEscaped()));
    });
    QAction *aboutQt = makeAction(this, tr("About &Qt"), "actionAboutQt", QKeySequence(Qt::SHIFT | Qt::Key_F1));
    help->addAction(aboutQt);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newChart = makeAction(this, tr("&New chart"), "actionNewChart", QKeySequence(Qt::CTRL | Qt::Key_T), QStringLiteral("chart"));
    connect(newChart, &QAction::triggered, this, [this] { m_charts->addChart(); });
    QAction *closeChart = makeAction(this, tr("&Close chart"), "actionCloseChart", QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(closeChart, &QAction::triggered, this, [this] { m_charts->closeChart(m_charts->currentIndex()); });
    QAction *snapshot = makeAction(this, tr("Chart &snapshot"), "actionChartSnapshot",
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QStringLiteral("screenshot"));
    connect(snapshot, &QAction::triggered, this, [this] {
        if (auto *chart = m_charts->currentChart()) {
            const QString path = chart->snapshot();
            statusBar()->showMessage(path.isEmpty() ? tr("The snapshot could not be written") : tr("Snapshot saved to %1").arg(path), 5000);
        }
    });
    QAction *screenshot = makeAction(this, tr("Save window &image..."), "actionSaveScreenshot",
                                     QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    connect(screenshot, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save window image"), QDir::homePath(), tr("PNG images (*.png)"));
        if (!path.isEmpty() && !saveScreenshot(path))
            QMessageBox::warning(this, tr("Save window image"), tr("Could not write %1").arg(path));
    });
    QAction *openFolder = makeAction(this, tr("Open &data folder"), "actionOpenDataFolder", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(openFolder, &QAction::triggered, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_options.databasePath).absolutePath()));
    });
    QAction *reload = makeAction(this, tr("&Reload symbols"), "actionReloadSymbols", QKeySequence(Qt::Key_F5));
    connect(reload, &QAction::triggered, m_browser, &CandleBrowser::reloadSymbols);
    connect(reload, &QAction::triggered, this, [this] {
        m_matrix->reload();
        m_signalList->reload();
        loadSymbolChoices();
    });
    QAction *quit = makeAction(this, tr("&Quit"), "actionQuit", QKeySequence(Qt::CTRL | Qt::Key_Q), QStringLiteral("quit"));
    connect(quit, &QAction::triggered, this, [this] {
        m_quitting = true; // Quit quits, even when closing the window only hides it to the tray
        close();
    });
    file->addActions({newChart, closeChart, snapshot, screenshot});
    file->addSeparator();
    file->addActions({openFolder, reload});
    file->addSeparator();
    file->addAction(quit);
    addActions({newChart, closeChart, snapshot, screenshot, openFolder, reload, quit});
}

QAction *MainWindow::addDockToggle(QDockWidget *dock, const QKeySequence &shortcut)
{
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionToggle_") + dock->objectName());
    toggle->setShortcut(shortcut);
    m_docksMenu->addAction(toggle);
    addAction(toggle);
    return toggle;
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_docksMenu = m_viewMenu->addMenu(tr("&Panels"));
    addDockToggle(m_watchlist, QKeySequence(Qt::ALT | Qt::Key_1));
    addDockToggle(m_matrixDock, QKeySequence(Qt::ALT | Qt::Key_2));
    addDockToggle(m_signalDock, QKeySequence(Qt::ALT | Qt::Key_3));
    addDockToggle(m_diagnostics, QKeySequence(Qt::ALT | Qt::Key_4));
    addDockToggle(m_browserDock, QKeySequence(Qt::ALT | Qt::Key_5));
    // The log keeps its historic name and shortcut.
    QAction *toggleLog = addDockToggle(m_logDock, QKeySequence(Qt::CTRL | Qt::Key_L));
    toggleLog->setObjectName(QStringLiteral("actionToggleLog"));

    QMenu *theme = m_viewMenu->addMenu(Icons::icon(QStringLiteral("theme")), tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    QAction *dark = makeAction(this, tr("&Dark"), "actionThemeDark", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    QAction *light = makeAction(this, tr("&Light"), "actionThemeLight", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    dark->setData(QStringLiteral("dark"));
    light->setData(QStringLiteral("light"));
    for (QAction *action : {dark, light}) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == m_settings.theme());
        m_themeGroup->addAction(action);
        theme->addAction(action);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, action] { applyTheme(action->data().toString()); });
    }

    m_layoutsMenu = m_viewMenu->addMenu(Icons::icon(QStringLiteral("layout")), tr("&Layouts"));
    rebuildLayoutsMenu();
    QAction *reset = makeAction(this, tr("&Reset layout"), "actionResetLayout", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(reset, &QAction::triggered, this, &MainWindow::resetLayout);
    QAction *fullScreen = makeAction(this, tr("&Full screen"), "actionFullScreen", QKeySequence(Qt::Key_F11));
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    m_viewMenu->addAction(reset);
    m_viewMenu->addAction(fullScreen);
    addActions({reset, fullScreen});
}

void MainWindow::rebuildLayoutsMenu()
{
    if (!m_layoutsMenu)
        return;
    for (QAction *action : m_layoutsMenu->actions()) {
        if (action->objectName() != QLatin1String("actionSaveLayoutAs") && action->objectName() != QLatin1String("actionDeleteLayout"))
            delete action;
    }
    m_layoutsMenu->clear();
    auto *saveAs = findChild<QAction *>(QStringLiteral("actionSaveLayoutAs"));
    if (!saveAs) {
        saveAs = makeAction(this, tr("&Save layout as..."), "actionSaveLayoutAs", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        connect(saveAs, &QAction::triggered, this, [this] {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("Save layout"), tr("Name of the layout:"), QLineEdit::Normal, QString(), &ok);
            if (ok)
                saveNamedLayout(name);
        });
        addAction(saveAs);
    }
    auto *remove = findChild<QAction *>(QStringLiteral("actionDeleteLayout"));
    if (!remove) {
        remove = makeAction(this, tr("&Delete layout..."), "actionDeleteLayout", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
        connect(remove, &QAction::triggered, this, [this] {
            bool ok = false;
            const QString name = QInputDialog::getItem(this, tr("Delete layout"), tr("Layout:"), m_settings.layoutNames(), 0, false, &ok);
            if (ok)
                removeNamedLayout(name);
        });
        addAction(remove);
    }
    m_layoutsMenu->addAction(saveAs);
    m_layoutsMenu->addAction(remove);
    m_layoutsMenu->addSeparator();
    for (const QString &name : m_settings.layoutNames()) {
        QAction *load = m_layoutsMenu->addAction(name);
        connect(load, &QAction::triggered, this, [this, name] {
            if (!restoreNamedLayout(name))
                statusBar()->showMessage(tr("The layout \"%1\" was saved by another version and cannot be restored").arg(name), 5000);
        });
    }
}

void MainWindow::createToolsMenu()
{
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *settings = makeAction(this, tr("&Settings..."), "actionSettings", QKeySequence(Qt::CTRL | Qt::Key_Comma), QStringLiteral("settings"));
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    QAction *shortcuts = makeAction(this, tr("&Keyboard shortcuts..."), "actionShortcuts", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_K),
                                    QStringLiteral("keyboard"));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcutEditor);
    QAction *logTrade = m_signalList->logTradeAction();
    tools->addActions({settings, shortcuts});
    tools->addSeparator();
    tools->addAction(logTrade);
    addActions({settings, shortcuts});
}

QList<QAction *> MainWindow::shortcutActions() const
{
    QList<QAction *> result;
    for (QAction *action : findChildren<QAction *>()) {
        if (action->objectName().startsWith(QLatin1String("action")) && !result.contains(action))
            result.append(action);
    }
    std::sort(result.begin(), result.end(), [](const QAction *a, const QAction *b) { return a->objectName() < b->objectName(); });
    return result;
}

void MainWindow::rememberDefaultShortcuts()
{
    for (QAction *action : shortcutActions())
        m_defaultShortcuts.insert(action->objectName(), action->shortcut());
}

void MainWindow::showShortcutEditor()
{
    ShortcutEditor editor(shortcutActions(), m_defaultShortcuts, this);
    if (editor.exec() == QDialog::Accepted) {
        m_settings.setShortcuts(editor.changedShortcuts());
        m_settings.sync();
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ThemeManager::instance().apply(m_settings.theme(), m_settings.fontPointSize());
    m_charts->setTimeZoneMode(m_settings.timeAxisUtc() ? chart::TimeZoneMode::Utc : chart::TimeZoneMode::Local);
    m_charts->setIndicatorDefaults(chart::IndicatorParameters::fromVariantMap(m_settings.chartIndicatorDefaults()));
    applyAnalysisSettings();
    m_matrix->reload();
    emit settingsChanged();
}

void MainWindow::applyTheme(const QString &name)
{
    m_settings.setTheme(name);
    ThemeManager::instance().apply(m_settings.theme(), m_settings.fontPointSize());
}

} // namespace cl::ui
