#include "tradescommand.h"

#include "clioptions.h"

#include "model/exchangeid.h"
#include "portfolio/metricstext.h"
#include "portfolio/portfoliorepository.h"
#include "portfolio/portfoliosnapshot.h"
#include "portfolio/tradeimporter.h"
#include "storage/sqlconnection.h"

namespace cl::cli {

int TradesCommand::run(const QStringList &arguments, CliContext &context)
{
    CliOptions options(QStringLiteral("cryptolens-cli trades <import|list>"),
                       QStringLiteral("Trades of a portfolio.\n"
                                      "  import FILE.csv  --portfolio P [--format ours|binance] [--exchange ID] [--skip-invalid]\n"
                                      "  list             --portfolio P\n"
                                      "Import is all-or-nothing unless --skip-invalid; ids already stored are skipped."));
    options.addPositional(QStringLiteral("action"), QStringLiteral("import or list"));
    options.addPositional(QStringLiteral("file"), QStringLiteral("Trade file to import."), QStringLiteral("[FILE.csv]"));
    options.addOption({QStringLiteral("portfolio"), QStringLiteral("Portfolio name."), QStringLiteral("P")});
    options.addOption({QStringLiteral("format"),
                       QStringLiteral("ours (the trade CSV of spec/cli.md) or binance (spot trade-history export)."),
                       QStringLiteral("FORMAT"), QStringLiteral("ours")});
    options.addOption({QStringLiteral("exchange"),
                       QStringLiteral("Where the trades were made (binance, bybit, okx, coinbase, kraken, kucoin, sim); "
                                      "a Binance export is binance."),
                       QStringLiteral("ID")});
    options.addOption({QStringLiteral("skip-invalid"), QStringLiteral("Import the valid rows and list the bad ones.")});
    int exitCode = Ok;
    if (!options.parse(arguments, context, &exitCode))
        return exitCode;
    const QString action = options.positional().value(0);
    if (action == QLatin1String("import"))
        return importFile(options, context);
    if (action == QLatin1String("list"))
        return list(options, context);
    context.err << "cryptolens-cli trades: say import or list\n";
    return UserError;
}

int TradesCommand::importFile(const CliOptions &options, CliContext &context)
{
    const QString file = options.positional().value(1);
    if (file.isEmpty()) {
        context.err << "cryptolens-cli trades import: name the trade file to import\n";
        return UserError;
    }
    if (!options.require(context, QStringLiteral("portfolio")))
        return UserError;
    const auto format = portfolio::TradeImporter::parseFormat(options.value(QStringLiteral("format")));
    if (!format) {
        context.err << "option --format: ours or binance, not '" << options.value(QStringLiteral("format")) << "'\n";
        return UserError;
    }
    const QString exchange = options.value(QStringLiteral("exchange"));
    if (!exchange.isEmpty() && !model::parseExchangeId(exchange)) {
        context.err << "option --exchange: binance, bybit, okx, coinbase, kraken, kucoin or sim, not '" << exchange << "'\n";
        return UserError;
    }
    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    QString error;
    const QString name = options.value(QStringLiteral("portfolio"));
    const auto target = portfolio::PortfolioRepository(connection).findByName(name, &error);
    if (!target) {
        context.err << "no portfolio named '" << name << "' (create it with `cryptolens-cli portfolio create`)\n";
        return UserError;
    }
    portfolio::TradeImporter importer(connection);
    const portfolio::TradeImporter::Options importOptions{target->id, *format, options.isSet(QStringLiteral("skip-invalid")), exchange};
    const auto report = importer.importFile(file, importOptions, [&](const portfolio::ImportProblem &problem) {
        context.err << file;
        if (problem.line > 0)
            context.err << ':' << problem.line;
        context.err << ": " << problem.reason << "\n";
    });
    if (!report.fatalError.isEmpty()) {
        context.err << report.fatalError << "\nnothing imported\n";
        return report.committed ? InternalError : UserError;
    }
    if (!report.committed) {
        context.err << "nothing imported: " << report.rowsInvalid << " invalid of " << report.rowsRead
                    << " rows (fix them, or use --skip-invalid to import the " << report.tradesValid << " valid trades)\n";
        return UserError;
    }
    context.err << "imported " << report.imported << " trades into '" << name << "'";
    if (report.alreadyStored > 0)
        context.err << "; " << report.alreadyStored << " already stored (skipped)";
    if (report.rowsInvalid > 0)
        context.err << "; skipped " << report.rowsInvalid << " invalid rows";
    context.err << "\n";
    return Ok;
}

int TradesCommand::list(const CliOptions &options, CliContext &context)
{
    if (!options.require(context, QStringLiteral("portfolio")))
        return UserError;
    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    QString error;
    const auto snapshot = portfolio::PortfolioSnapshot::load(connection, options.value(QStringLiteral("portfolio")), &error);
    if (!snapshot) {
        context.err << error << "\n";
        return UserError;
    }
    using portfolio::MetricsText;
    context.out << "id                  exchange  symbol       dir    status     entry time              qty            pnl       R\n";
    for (size_t i = 0; i < snapshot->trades.size(); ++i) {
        const auto &t = snapshot->trades[i];
        const auto &r = snapshot->results[i];
        context.out << t.externalId.leftJustified(20, QLatin1Char(' '), true)
                    << (t.exchange.isEmpty() ? QStringLiteral("—") : t.exchange).leftJustified(10) << t.symbol.leftJustified(13)
                    << portfolio::directionToString(t.direction).leftJustified(7)
                    << (r.closed ? QStringLiteral("closed") : portfolio::statusToString(t.status)).leftJustified(11)
                    << MetricsText::utc(r.entryTime).leftJustified(22) << QString::number(r.quantity, 'g', 10).rightJustified(5)
                    << (r.closed ? MetricsText::number(r.pnl) : QStringLiteral("open")).rightJustified(15)
                    << (r.rMultiple ? MetricsText::number(*r.rMultiple) : QStringLiteral("—")).rightJustified(8) << "\n";
    }
    return Ok;
}

} // namespace cl::cli
