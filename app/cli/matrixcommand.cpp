#include "matrixcommand.h"

#include "analysis/analysisjson.h"
#include "analysis/analysissettings.h"
#include "analysis/patternmatrix.h"
#include "clioptions.h"
#include "model/systemclock.h"
#include "storage/sqlconnection.h"

namespace cl::cli {

namespace {

// "45m", "3h", "2d": the age of a pattern at a glance.
QString shortAge(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms) / 60'000;
    if (minutes < 60)
        return QString::number(minutes) + QLatin1Char('m');
    if (minutes < 48 * 60)
        return QString::number(minutes / 60) + QLatin1Char('h');
    return QString::number(minutes / 1440) + QLatin1Char('d');
}

} // namespace

int MatrixCommand::run(const QStringList &arguments, CliContext &context)
{
    CliOptions options(QStringLiteral("cryptolens-cli matrix"),
        QStringLiteral("The pattern matrix: for each watched symbol and timeframe the newest active pattern\n"
                       "(direction, type, age, fill %), or '.' when there is none."));
    options.addOption({QStringLiteral("format"), QStringLiteral("table or json."), QStringLiteral("FORMAT"),
        QStringLiteral("table")});
    options.addOption({QStringLiteral("timeframes"), QStringLiteral("Columns (default: 1m,5m,15m,1h,4h,1d)."),
        QStringLiteral("LIST")});
    options.addOption({QStringLiteral("now"),
        QStringLiteral("Time the ages are counted to (ms or ISO-8601; default: now)."), QStringLiteral("T")});
    int exitCode = Ok;
    if (!options.parse(arguments, context, &exitCode))
        return exitCode;
    const QString format = options.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        context.err << "option --format: table or json, not '" << format << "'\n";
        return UserError;
    }
    std::vector<model::Timeframe> timeframes = analysis::AnalysisSettings{}.matrixTimeframes;
    if (options.isSet(QStringLiteral("timeframes"))) {
        const auto list = options.timeframeList(context, QStringLiteral("timeframes"));
        if (!list || list->isEmpty())
            return UserError;
        timeframes.assign(list->begin(), list->end());
    }
    const auto now = options.time(context, QStringLiteral("now"), model::SystemClock::instance().nowMs());
    if (!now)
        return UserError;

    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    QString error;
    const auto rows = analysis::PatternMatrix::load(connection, timeframes, &error);
    if (!rows) {
        context.err << "cannot read the pattern matrix: " << error << "\n";
        return InternalError;
    }

    const int columns = int(timeframes.size());
    if (format == QLatin1String("json")) {
        std::string out = "[";
        for (size_t r = 0; r < rows->size(); ++r) {
            const auto &row = (*rows)[r];
            out += r == 0 ? "\n  {\"exchange\": " : ",\n  {\"exchange\": ";
            analysis::AnalysisJson::appendString(out, model::exchangeIdToString(row.exchange));
            out += ", \"symbol\": ";
            analysis::AnalysisJson::appendString(out, row.symbol.toString());
            out += ", \"bullish\": " + std::to_string(row.bullish) + ", \"bearish\": " + std::to_string(row.bearish)
                + ", \"timeframes\": " + std::to_string(columns) + ", \"cells\": {";
            for (int c = 0; c < columns; ++c) {
                out += c == 0 ? "\"" : ", \"";
                out += timeframes[size_t(c)].toString().toStdString() + "\": ";
                const auto &cell = row.cells[size_t(c)];
                if (!cell) {
                    out += "null";
                    continue;
                }
                out += "{\"type\": \"";
                out += model::patternTypeCode(cell->type);
                out += "\", \"direction\": \"";
                out += model::directionCode(cell->direction);
                out += "\", \"detected_at\": " + std::to_string(cell->detectedAt)
                    + ", \"age_ms\": " + std::to_string(*now - cell->detectedAt) + ", \"fill_pct\": ";
                analysis::AnalysisJson::appendNumber(out, cell->fillPct);
                out += ", \"zone_low\": ";
                analysis::AnalysisJson::appendNumber(out, cell->zoneLow);
                out += ", \"zone_high\": ";
                analysis::AnalysisJson::appendNumber(out, cell->zoneHigh);
                out += '}';
            }
            out += "}}";
        }
        out += rows->empty() ? "]\n" : "\n]\n";
        context.out << QString::fromStdString(out);
        return Ok;
    }

    QStringList header{QStringLiteral("EXCHANGE"), QStringLiteral("SYMBOL")};
    for (const model::Timeframe tf : timeframes)
        header << tf.toString();
    header << QStringLiteral("CONFLUENCE");
    std::vector<QStringList> table{header};
    for (const auto &row : *rows) {
        QStringList line{model::exchangeIdToString(row.exchange), row.symbol.toString()};
        for (const auto &cell : row.cells) {
            if (!cell) {
                line << QStringLiteral(".");
                continue;
            }
            line << QStringLiteral("%1%2 %3 %4%")
                        .arg(cell->direction == model::Direction::Bullish ? QLatin1Char('+') : QLatin1Char('-'))
                        .arg(QLatin1String(model::patternTypeLabel(cell->type)), shortAge(*now - cell->detectedAt))
                        .arg(qRound(cell->fillPct));
        }
        const bool bull = row.bullish > row.bearish;
        const bool bear = row.bearish > row.bullish;
        line << (bull || bear ? QStringLiteral("%1 %2/%3")
                                    .arg(bull ? QStringLiteral("bullish") : QStringLiteral("bearish"))
                                    .arg(bull ? row.bullish : row.bearish)
                                    .arg(columns)
                              : QStringLiteral("neutral 0/%1").arg(columns));
        table.push_back(line);
    }
    std::vector<qsizetype> widths(size_t(header.size()), 0);
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
    if (rows->empty())
        context.err << "no watched symbols and no stored patterns yet (run `detect`)\n";
    return Ok;
}

} // namespace cl::cli
