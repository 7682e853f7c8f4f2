#include "journalcommand.h"

#include "clioptions.h"

#include "model/systemclock.h"
#include "portfolio/journalmarkdownexporter.h"
#include "portfolio/journalpdfexporter.h"
#include "portfolio/portfoliosnapshot.h"
#include "storage/sqlconnection.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

namespace cl::cli {

int JournalCommand::run(const QStringList &arguments, CliContext &context)
{
    CliOptions options(QStringLiteral("cryptolens-cli journal export"),
                       QStringLiteral("Exports a portfolio's journal: summary metrics, the equity curve, then every trade "
                                      "with its journal entries and screenshots.\n"
                                      "  md:  FILE.md plus FILE_images/ beside it\n"
                                      "  pdf: an A4 PDF\n"
                                      "Screenshots are taken only from the data folder; others are skipped with a warning."));
    options.addPositional(QStringLiteral("action"), QStringLiteral("export"));
    options.addOption({QStringLiteral("portfolio"), QStringLiteral("Portfolio name."), QStringLiteral("P")});
    options.addOption({QStringLiteral("format"), QStringLiteral("md or pdf."), QStringLiteral("FORMAT")});
    options.addOption({QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE")});
    int exitCode = Ok;
    if (!options.parse(arguments, context, &exitCode))
        return exitCode;
    if (options.positional().value(0) != QLatin1String("export")) {
        context.err << "cryptolens-cli journal: say export\n";
        return UserError;
    }
    if (!options.require(context, QStringLiteral("portfolio")) || !options.require(context, QStringLiteral("format"))
        || !options.require(context, QStringLiteral("out")))
        return UserError;
    const QString format = options.value(QStringLiteral("format"));
    if (format != QLatin1String("md") && format != QLatin1String("pdf")) {
        context.err << "option --format: md or pdf, not '" << format << "'\n";
        return UserError;
    }
    const QString out = options.value(QStringLiteral("out"));
    if (!QFileInfo(out).absoluteDir().exists()) {
        context.err << "option --out: the folder of '" << out << "' does not exist\n";
        return UserError;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        context.err << "journal export needs the GUI libraries' application object (fonts, images); "
                       "cryptolens-cli's main() must create a QGuiApplication for this command\n";
        return InternalError;
    }
    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    QString error;
    const auto snapshot = portfolio::PortfolioSnapshot::load(connection, options.value(QStringLiteral("portfolio")), &error);
    if (!snapshot) {
        context.err << error << "\n";
        return UserError;
    }
    portfolio::JournalExportOptions exportOptions;
    exportOptions.dataDir = options.dataDir();
    exportOptions.generatedAt = model::SystemClock::instance().nowMs();
    const auto result = format == QLatin1String("md") ? portfolio::JournalMarkdownExporter::write(*snapshot, out, exportOptions)
                                                      : portfolio::JournalPdfExporter::write(*snapshot, out, exportOptions);
    for (const QString &warning : result.warnings)
        context.err << "warning: " << warning << "\n";
    if (!result.ok) {
        context.err << "export failed: " << result.error << "\n";
        return InternalError;
    }
    context.err << "wrote " << out;
    if (format == QLatin1String("md"))
        context.err << " and " << portfolio::JournalMarkdownExporter::imagesFolderName(out) << "/";
    context.err << ": " << result.trades << " trades, " << result.images << " screenshots\n";
    return Ok;
}

} // namespace cl::cli
