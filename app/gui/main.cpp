#include "workstation.h"

#include "engine/logcollector.h"
#include "model/systemclock.h"
#include "shell/localization.h"
#include "shell/mainwindow.h"
#include "storage/appsettings.h"
#include "storage/datalocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcApp, "cryptolens.app")

namespace {

struct CommandLine
{
    QString dataDir;
    bool demo = false;
    QString screenshot;
    int screenshotDelayMs = 0;
};

CommandLine parseCommandLine(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "CryptoLens: a native crypto trading workstation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep the database, settings and log in DIR instead of the default data folder."),
        QStringLiteral("DIR"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run offline against the built-in simulated exchange (in a temporary data "
                                            "folder unless --data-dir is given)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the main window to the PNG FILE and exit (with --demo, after the "
                                            "demo has run a few seconds)."),
        QStringLiteral("FILE"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"),
        QCoreApplication::translate("main", "Seconds to wait before --screenshot (default 3, 12 with --demo)."),
        QStringLiteral("SECONDS"));
    parser.addOptions({dataDir, demo, screenshot, delay});
    parser.process(app);

    CommandLine line;
    line.dataDir = parser.value(dataDir);
    line.demo = parser.isSet(demo);
    line.screenshot = parser.value(screenshot);
    const int seconds = parser.isSet(delay) ? parser.value(delay).toInt() : (line.demo ? 12 : 3);
    line.screenshotDelayMs = qMax(0, seconds) * 1000;
    return line;
}

} // namespace

// The composition root: parses the command line, sets up logging, settings and translations, opens the
// window, and starts the engine (cl::app::Workstation) once the database is ready.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    cl::storage::DataLocation::applyApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("CryptoLens"));
    CommandLine line = parseCommandLine(app);

    // The demo never touches the user's own data unless asked to.
    std::unique_ptr<QTemporaryDir> demoDir;
    if (line.demo && line.dataDir.isEmpty()) {
        demoDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/cryptolens-demo-XXXXXX"));
        line.dataDir = demoDir->path();
    }

    const QString dir = cl::storage::DataLocation::resolve(line.dataDir);
    QDir().mkpath(dir);
    cl::storage::AppSettings settings(line.dataDir);
    cl::ui::installTranslators(app, settings.language());
    QString error;
    if (!cl::engine::LogCollector::instance().install(cl::storage::DataLocation::logPath(dir),
                                                      settings.logLevel() == QLatin1String("debug"), &error))
        qWarning("%s", qPrintable(error));
    qCInfo(lcApp).noquote() << "CryptoLens" << QApplication::applicationVersion() << "starting; data folder" << dir;

    const QString databasePath = cl::storage::DataLocation::databasePath(dir);
    cl::ui::MainWindow window(settings, {databasePath, line.screenshot.isEmpty(), &cl::model::SystemClock::instance()});
    cl::app::Workstation workstation(settings, window, {databasePath, dir, line.demo});
    QObject::connect(&window, &cl::ui::MainWindow::databaseReady, &workstation, [&workstation] {
        QString startError;
        if (!workstation.start(&startError))
            qCCritical(lcApp).noquote() << "the engine did not start:" << startError;
    });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &workstation, &cl::app::Workstation::stop);
    if (line.demo)
        window.resize(1920, 1080);
    window.show();
    window.openDatabase();

    int screenshotResult = 0;
    if (!line.screenshot.isEmpty()) {
        QTimer::singleShot(line.screenshotDelayMs, &window, [&] {
            if (window.saveScreenshot(line.screenshot)) {
                qCInfo(lcApp).noquote() << "screenshot written to" << line.screenshot;
            } else {
                qCCritical(lcApp).noquote() << "could not write the screenshot" << line.screenshot;
                screenshotResult = 1;
            }
            window.close();
            QCoreApplication::quit();
        });
    }
    const int code = app.exec();
    workstation.stop();
    cl::engine::LogCollector::instance().uninstall();
    return code != 0 ? code : screenshotResult;
}
