#include "mainwindow.h"

#include "candlebrowser.h"
#include "logdock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUrl>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcShell, "cryptolens.ui.shell")

namespace cl::ui {

MainWindow::MainWindow(storage::AppSettings &settings, Options options, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_options(std::move(options)), m_browser(new CandleBrowser(this)),
      m_logDock(new LogDock(this)), m_databaseStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CryptoLens"));
    setCentralWidget(m_browser);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    statusBar()->addPermanentWidget(m_databaseStatus);
    createMenus();
    resize(1280, 800);

    m_defaultLayout = saveState(kLayoutVersion);
    restoreLayout();

    m_browser->setPreferredSelection(m_settings.lastExchange(), m_settings.lastSymbol(), m_settings.lastTimeframe());
    connect(m_browser, &CandleBrowser::selectionChanged, this,
            [this](const QString &exchange, const QString &symbol, const QString &timeframe) {
                m_settings.setLastSelection(exchange, symbol, timeframe);
            });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFolder = file->addAction(tr("Open &data folder"));
    openFolder->setObjectName(QStringLiteral("actionOpenDataFolder"));
    connect(openFolder, &QAction::triggered, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_options.databasePath).absolutePath()));
    });
    QAction *reload = file->addAction(tr("&Reload symbols"));
    reload->setObjectName(QStringLiteral("actionReloadSymbols"));
    reload->setShortcut(QKeySequence(Qt::Key_F5));
    connect(reload, &QAction::triggered, m_browser, &CandleBrowser::reloadSymbols);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platforms
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *toggleLog = m_logDock->toggleViewAction();
    toggleLog->setObjectName(QStringLiteral("actionToggleLog"));
    toggleLog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(toggleLog);
    view->addSeparator();
    QAction *reset = view->addAction(tr("&Reset layout"));
    reset->setObjectName(QStringLiteral("actionResetLayout"));
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(reset, &QAction::triggered, this, &MainWindow::resetLayout);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About CryptoLens"));
    about->setObjectName(QStringLiteral("actionAbout"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About CryptoLens"),
                           tr("<b>CryptoLens %1</b><p>A native trading workstation for crypto traders: live market data, "
                              "pattern detection, signals, alerts and a trade journal, all on your own machine.</p>"
                              "<p>Database: %2</p><p>Licensed under the GNU GPL v3 or later.</p>")
                               .arg(QApplication::applicationVersion(), m_options.databasePath.toHtmlEscaped()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
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
    m_browser->setDatabase(m_options.databasePath);
    emit databaseReady(outcome.message);
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

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout, kLayoutVersion);
    m_logDock->show();
}

void MainWindow::saveLayout()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState(kLayoutVersion), kLayoutVersion);
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace cl::ui
