#include "engine/logcollector.h"
#include "shell/mainwindow.h"
#include "storage/appsettings.h"
#include "storage/datalocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApp, "cryptolens.app")

// The composition root: parses the command line, sets up logging and settings, and opens the window.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    cl::storage::DataLocation::applyApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("CryptoLens"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CryptoLens: a native crypto trading workstation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep the database, settings and log in DIR instead of the default data folder."),
                                     QStringLiteral("DIR"));
    parser.addOption(dataDir);
    parser.process(app);

    const QString dir = cl::storage::DataLocation::resolve(parser.value(dataDir));
    QDir().mkpath(dir);
    cl::storage::AppSettings settings(parser.value(dataDir));
    QString error;
    if (!cl::engine::LogCollector::instance().install(cl::storage::DataLocation::logPath(dir),
                                                      settings.logLevel() == QLatin1String("debug"), &error))
        qWarning("%s", qPrintable(error));
    qCInfo(lcApp).noquote() << "CryptoLens" << QApplication::applicationVersion() << "starting; data folder" << dir;

    cl::ui::MainWindow window(settings, {cl::storage::DataLocation::databasePath(dir), true});
    window.show();
    window.openDatabase();
    const int code = app.exec();
    cl::engine::LogCollector::instance().uninstall();
    return code;
}
