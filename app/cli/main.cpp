#include "command.h"
#include "commandregistry.h"

#include "storage/datalocation.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void printUsage(QTextStream &stream, const std::vector<std::unique_ptr<cl::cli::Command>> &commands)
{
    stream << "Usage: cryptolens-cli <command> [options]\n\n"
              "CryptoLens headless: the same engine as the desktop app.\n\nCommands:\n";
    for (const auto &command : commands)
        stream << "  " << command->name().leftJustified(14) << command->summary() << "\n";
    stream << "\nEvery command takes --data-dir DIR and --help.\n"
              "Exit codes: 0 success, 1 user error, 2 internal error.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    // `journal export` draws (equity curve image, PDF text): fonts need a QGuiApplication. Headless, always.
    const bool drawing = argc > 1 && qstrcmp(argv[1], "journal") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        drawing ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    cl::storage::DataLocation::applyApplicationIdentity();

    QTextStream out(stdout);
    QTextStream err(stderr);
    cl::cli::CliContext context{out, err};
    const auto commands = cl::cli::createCommands();

    const QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage(first.isEmpty() ? err : out, commands);
        return first.isEmpty() ? cl::cli::UserError : cl::cli::Ok;
    }
    if (first == QLatin1String("--version")) {
        out << "cryptolens-cli " << QCoreApplication::applicationVersion() << "\n";
        return cl::cli::Ok;
    }
    for (const auto &command : commands) {
        if (command->name() == first) {
            QStringList own = arguments.mid(2);
            own.prepend(QStringLiteral("cryptolens-cli ") + first);
            const int code = command->run(own, context);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << "cryptolens-cli: unknown command '" << first << "'\n\n";
    printUsage(err, commands);
    return cl::cli::UserError;
}
