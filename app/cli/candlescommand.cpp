#include "candlescommand.h"

#include "clioptions.h"

#include "candles/candleaggregator.h"
#include "model/systemclock.h"
#include "storage/candleimporter.h"
#include "storage/candlerepository.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"

#include <QLocale>

namespace cl::cli {

int CandlesCommand::run(const QStringList &arguments, CliContext &context)
{
    CliOptions options(QStringLiteral("cryptolens-cli candles <import|export|aggregate>"),
                       QStringLiteral("Stored candles.\n"
                                      "  import FILE.csv   --exchange E --symbol S --timeframe TF [--skip-invalid]\n"
                                      "  export            --exchange E --symbol S --timeframe TF [--from T] [--to T] [--format csv|json]\n"
                                      "  aggregate         --exchange E --symbol S [--timeframes LIST] [--now T]"));
    options.addPositional(QStringLiteral("action"), QStringLiteral("import, export or aggregate"));
    options.addPositional(QStringLiteral("file"), QStringLiteral("Candle CSV to import."), QStringLiteral("[FILE.csv]"));
    options.addOption({QStringLiteral("exchange"), QStringLiteral("Exchange id."), QStringLiteral("E")});
    options.addOption({QStringLiteral("symbol"), QStringLiteral("Symbol BASE/QUOTE."), QStringLiteral("S")});
    options.addOption({QStringLiteral("timeframe"), QStringLiteral("Timeframe of the candles."), QStringLiteral("TF")});
    options.addOption({QStringLiteral("timeframes"), QStringLiteral("Timeframes to build (default: all above 1m)."),
                       QStringLiteral("LIST")});
    options.addOption({QStringLiteral("skip-invalid"), QStringLiteral("Import the valid rows and list the bad ones.")});
    options.addOption({QStringLiteral("from"), QStringLiteral("First open time (ms or ISO-8601)."), QStringLiteral("T")});
    options.addOption({QStringLiteral("to"), QStringLiteral("Last open time (ms or ISO-8601)."), QStringLiteral("T")});
    options.addOption({QStringLiteral("format"), QStringLiteral("csv or json."), QStringLiteral("FORMAT"), QStringLiteral("csv")});
    options.addOption({QStringLiteral("now"),
                       QStringLiteral("aggregate: buckets that end after this time are still running and are not stored "
                                      "(ms or ISO-8601; default: now)."),
                       QStringLiteral("T")});
    int exitCode = Ok;
    if (!options.parse(arguments, context, &exitCode))
        return exitCode;
    const QString action = options.positional().value(0);
    if (action == QLatin1String("import"))
        return importCsv(options, context);
    if (action == QLatin1String("export"))
        return exportCandles(options, context);
    if (action == QLatin1String("aggregate"))
        return aggregate(options, context);
    context.err << "cryptolens-cli candles: say import, export or aggregate\n";
    return UserError;
}

int CandlesCommand::importCsv(const CliOptions &options, CliContext &context)
{
    const QString file = options.positional().value(1);
    if (file.isEmpty()) {
        context.err << "cryptolens-cli candles import: name the CSV file to import\n";
        return UserError;
    }
    const auto exchange = options.exchange(context);
    const auto symbol = options.symbol(context);
    const auto timeframe = options.timeframe(context);
    if (!exchange || !symbol || !timeframe)
        return UserError;
    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;

    storage::CandleImporter importer(connection);
    const storage::CandleImporter::Options importOptions{*exchange, *symbol, *timeframe, options.isSet(QStringLiteral("skip-invalid"))};
    const auto report = importer.importFile(file, importOptions, [&](const candles::CsvProblem &problem) {
        context.err << file << ':' << problem.line << ": " << problem.reason << "\n";
    });
    if (!report.fatalError.isEmpty()) {
        context.err << report.fatalError << "\nnothing imported\n";
        return UserError;
    }
    if (!report.committed) {
        context.err << "nothing imported: " << report.rowsInvalid << " invalid of " << report.rowsRead
                    << " rows (fix them, or use --skip-invalid to import the " << report.rowsValid << " valid rows)\n";
        return UserError;
    }
    context.err << "imported " << report.rowsValid << " rows of " << symbol->toString() << ' ' << timeframe->toString()
                << " on " << model::exchangeIdToString(*exchange) << ": " << report.changed << " new or changed, "
                << report.unchanged << " unchanged";
    if (report.rowsInvalid > 0)
        context.err << "; skipped " << report.rowsInvalid << " invalid rows";
    context.err << "\n";
    return Ok;
}

int CandlesCommand::exportCandles(const CliOptions &options, CliContext &context)
{
    const auto exchange = options.exchange(context);
    const auto symbol = options.symbol(context);
    const auto timeframe = options.timeframe(context);
    const auto from = options.time(context, QStringLiteral("from"), storage::CandleRepository::kMinTime);
    const auto to = options.time(context, QStringLiteral("to"), storage::CandleRepository::kMaxTime);
    if (!exchange || !symbol || !timeframe || !from || !to)
        return UserError;
    const QString format = options.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        context.err << "option --format: csv or json, not '" << format << "'\n";
        return UserError;
    }
    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    QString error;
    const auto symbolId = storage::SymbolRepository(connection).find(*exchange, *symbol, &error);
    if (!symbolId) {
        context.err << "no candles stored for " << symbol->toString() << " on " << model::exchangeIdToString(*exchange) << "\n";
        return UserError;
    }
    const bool json = format == QLatin1String("json");
    // Shortest text that reads back to the same double: exact, and 100.1 stays "100.1".
    auto number = [](double v) { return QString::number(v, 'g', QLocale::FloatingPointShortest); };
    context.out << (json ? "[" : "timestamp,open,high,low,close,volume\n");
    bool first = true;
    storage::CandleRepository candles(connection);
    const bool ok = candles.forEach(*symbolId, *timeframe, *from, *to, [&](const model::Candle &c) {
        if (json) {
            context.out << (first ? "\n" : ",\n") << "  {\"timestamp\": " << c.openTime << ", \"open\": " << number(c.open)
                        << ", \"high\": " << number(c.high) << ", \"low\": " << number(c.low)
                        << ", \"close\": " << number(c.close) << ", \"volume\": " << number(c.volume) << '}';
        } else {
            context.out << c.openTime << ',' << number(c.open) << ',' << number(c.high) << ',' << number(c.low) << ','
                        << number(c.close) << ',' << number(c.volume) << '\n';
        }
        first = false;
        return true;
    }, &error);
    if (json)
        context.out << (first ? "]\n" : "\n]\n");
    if (!ok) {
        context.err << "export failed: " << error << "\n";
        return InternalError;
    }
    return Ok;
}

int CandlesCommand::aggregate(const CliOptions &options, CliContext &context)
{
    const auto exchange = options.exchange(context);
    const auto symbol = options.symbol(context);
    if (!exchange || !symbol)
        return UserError;
    QList<model::Timeframe> targets;
    if (options.isSet(QStringLiteral("timeframes"))) {
        const auto list = options.timeframeList(context, QStringLiteral("timeframes"));
        if (!list)
            return UserError;
        targets = *list;
    } else {
        for (model::Timeframe tf : model::Timeframe::all()) {
            if (tf != model::Timeframe::M1)
                targets.append(tf);
        }
    }
    targets.removeAll(model::Timeframe(model::Timeframe::M1));
    // A bucket is stored once its time has passed; the one still running waits for the live feed.
    const auto now = options.time(context, QStringLiteral("now"), model::SystemClock::instance().nowMs());
    if (!now)
        return UserError;

    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    QString error;
    const auto symbolId = storage::SymbolRepository(connection).find(*exchange, *symbol, &error);
    storage::CandleRepository candles(connection);
    const model::CandleSeries minutes = symbolId ? candles.load(*symbolId, model::Timeframe::M1) : model::CandleSeries{};
    if (minutes.empty()) {
        context.err << "no 1m candles stored for " << symbol->toString() << " on " << model::exchangeIdToString(*exchange) << "\n";
        return UserError;
    }
    const auto built = candles::CandleAggregator::aggregate(minutes, std::span(targets.cbegin(), targets.cend()), *now);
    if (!connection.exec("BEGIN IMMEDIATE", &error)) {
        context.err << error << "\n";
        return InternalError;
    }
    for (qsizetype k = 0; k < targets.size(); ++k) {
        storage::CandleRepository::UpsertCounts counts;
        if (!candles.upsert(*symbolId, targets[k], built[size_t(k)], &counts, &error)) {
            QString ignored;
            connection.exec("ROLLBACK", &ignored);
            context.err << "aggregation not stored: " << error << "\n";
            return InternalError;
        }
        context.err << targets[k].toString() << ": " << built[size_t(k)].size() << " candles (" << counts.changed
                    << " new or changed)\n";
    }
    if (!connection.exec("COMMIT", &error)) {
        context.err << error << "\n";
        return InternalError;
    }
    return Ok;
}

} // namespace cl::cli
