#include "signalscommand.h"

#include "analysis/analysisjson.h"
#include "analysis/signalrepository.h"
#include "clioptions.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"

#include <QDateTime>
#include <limits>

namespace cl::cli {

int SignalsCommand::run(const QStringList &arguments, CliContext &context)
{
    CliOptions options(
        QStringLiteral("cryptolens-cli signals"), QStringLiteral("Stored confluence signals, newest first."));
    options.addOption({QStringLiteral("exchange"), QStringLiteral("Only this exchange's symbol (with --symbol)."),
        QStringLiteral("E")});
    options.addOption({QStringLiteral("symbol"), QStringLiteral("Only this symbol BASE/QUOTE."), QStringLiteral("S")});
    options.addOption({QStringLiteral("since"), QStringLiteral("Only signals created at or after T (ms or ISO-8601)."),
        QStringLiteral("T")});
    options.addOption({QStringLiteral("format"), QStringLiteral("table or json."), QStringLiteral("FORMAT"),
        QStringLiteral("table")});
    int exitCode = Ok;
    if (!options.parse(arguments, context, &exitCode))
        return exitCode;
    const QString format = options.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        context.err << "option --format: table or json, not '" << format << "'\n";
        return UserError;
    }
    const auto since = options.time(context, QStringLiteral("since"), std::numeric_limits<qint64>::min());
    if (!since)
        return UserError;
    std::optional<model::Symbol> symbol;
    std::optional<model::ExchangeId> exchange;
    if (options.isSet(QStringLiteral("symbol")) && !(symbol = options.symbol(context)))
        return UserError;
    if (options.isSet(QStringLiteral("exchange")) && !(exchange = options.exchange(context)))
        return UserError;

    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    QString error;
    analysis::SignalRepository repository(connection);
    model::SignalList found;
    if (symbol) {
        // A symbol may be stored on several exchanges; --exchange narrows it to one.
        for (const auto &record : storage::SymbolRepository(connection).all(&error)) {
            if (record.symbol == *symbol && (!exchange || record.exchange == *exchange)) {
                const auto rows = repository.list(record.id, *since, &error);
                found.insert(found.end(), rows.begin(), rows.end());
            }
        }
        std::stable_sort(found.begin(), found.end(),
            [](const model::Signal &a, const model::Signal &b) { return a.createdAt > b.createdAt; });
    } else {
        found = repository.list(0, *since, &error);
        if (exchange)
            std::erase_if(found, [&](const model::Signal &s) { return s.exchange != *exchange; });
    }
    if (!error.isEmpty()) {
        context.err << "cannot read the signals: " << error << "\n";
        return InternalError;
    }

    if (format == QLatin1String("json")) {
        std::string out = "[";
        for (size_t k = 0; k < found.size(); ++k) {
            out += k == 0 ? "\n  " : ",\n  ";
            analysis::AnalysisJson::appendSignal(out, found[k]);
        }
        out += found.empty() ? "]\n" : "\n]\n";
        context.out << QString::fromStdString(out);
        return Ok;
    }
    auto number = [](double v) { return QString::number(v, 'g', 10); };
    std::vector<QStringList> table{{QStringLiteral("CREATED"), QStringLiteral("EXCHANGE"), QStringLiteral("SYMBOL"),
        QStringLiteral("DIRECTION"), QStringLiteral("SCORE"), QStringLiteral("ALIGNED"), QStringLiteral("SOURCE"),
        QStringLiteral("ENTRY"), QStringLiteral("STOP"), QStringLiteral("TP1"), QStringLiteral("TP2"),
        QStringLiteral("TP3"), QStringLiteral("STATUS")}};
    for (const model::Signal &s : found) {
        table.push_back({QDateTime::fromMSecsSinceEpoch(s.createdAt, Qt::UTC).toString(Qt::ISODate),
            model::exchangeIdToString(s.exchange), s.symbol.toString(),
            QLatin1String(s.direction == model::Direction::Bullish ? "long" : "short"), QString::number(s.score),
            s.alignedText(),
            s.sourceTimeframe.toString() + QLatin1Char(' ') + QLatin1String(model::patternTypeLabel(s.sourceType)),
            number(s.entry), number(s.stop), number(s.tp1), number(s.tp2), number(s.tp3),
            QLatin1String(model::signalStatusCode(s.status))});
    }
    std::vector<qsizetype> widths(table.front().size(), 0);
    for (const auto &line : table) {
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[size_t(c)] = std::max(widths[size_t(c)], line[c].size());
    }
    for (const auto &line : table) {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c)
            text += c + 1 == line.size() ? line[c] : line[c].leftJustified(widths[size_t(c)] + 2);
        context.out << text << "\n";
    }
    if (found.empty())
        context.err << "no signals\n";
    return Ok;
}

} // namespace cl::cli
