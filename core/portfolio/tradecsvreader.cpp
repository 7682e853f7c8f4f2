#include "tradecsvreader.h"

#include "csvlinereader.h"

#include "candles/candlecsvreader.h"
#include "model/symbol.h"
#include "model/timeframe.h"

#include <QHash>

#include <charconv>
#include <cmath>

namespace cl::portfolio {

namespace {

constexpr int kColumns = 13;
enum Column { Id, SymbolCol, DirectionCol, EntryTime, ExitTime, EntryPrice, ExitPrice, Quantity, Fees, Stop, Target,
              PatternType, TimeframeCol };
constexpr qsizetype kMaxIdLength = 128;

// A finite number; the reason naming the column otherwise.
QString parseNumber(const QString &text, const char *name, double *value)
{
    const QByteArray bytes = text.toLatin1();
    const auto [end, ec] = std::from_chars(bytes.constData(), bytes.constData() + bytes.size(), *value);
    if (bytes.isEmpty() || end != bytes.constData() + bytes.size()
        || (ec != std::errc() && ec != std::errc::result_out_of_range))
        return QStringLiteral("non-numeric %1 %2").arg(QLatin1String(name), CsvLineReader::quoted(text));
    if (std::isnan(*value))
        return QStringLiteral("%1 is NaN").arg(QLatin1String(name));
    if (std::isinf(*value) || ec == std::errc::result_out_of_range)
        return QStringLiteral("%1 %2 is infinite or out of range").arg(QLatin1String(name), CsvLineReader::quoted(text));
    return {};
}

QString parsePositive(const QString &text, const char *name, double *value)
{
    QString why = parseNumber(text, name, value);
    if (!why.isEmpty())
        return why;
    if (*value < 0)
        return QStringLiteral("negative %1 %2").arg(QLatin1String(name), CsvLineReader::quoted(text));
    if (*value == 0)
        return QStringLiteral("%1 is zero: it must be positive").arg(QLatin1String(name));
    return {};
}

QString parseTime(const QString &text, const char *name, qint64 *ms)
{
    const QByteArray bytes = text.toLatin1();
    if (!candles::CandleCsvReader::parseTimestamp(std::string_view(bytes.constData(), size_t(bytes.size())), ms))
        return QStringLiteral("invalid %1 %2: expected ISO-8601 UTC like 2024-03-01T12:00:00Z")
            .arg(QLatin1String(name), CsvLineReader::quoted(text));
    return {};
}

} // namespace

QString TradeCsvReader::parseRow(const QStringList &f, Trade *trade)
{
    if (f.size() != kColumns)
        return QStringLiteral("wrong column count: expected %1, found %2").arg(kColumns).arg(f.size());
    Trade t;
    t.externalId = f[Id];
    if (t.externalId.isEmpty())
        return QStringLiteral("empty id");
    if (t.externalId.size() > kMaxIdLength)
        return QStringLiteral("id longer than %1 characters").arg(kMaxIdLength);
    QString why;
    const auto symbol = model::Symbol::parse(f[SymbolCol], &why);
    if (!symbol)
        return QStringLiteral("bad symbol %1: %2").arg(CsvLineReader::quoted(f[SymbolCol]), why);
    t.symbol = symbol->toString();
    const auto direction = parseDirection(f[DirectionCol]);
    if (!direction)
        return QStringLiteral("bad direction %1: long or short").arg(CsvLineReader::quoted(f[DirectionCol]));
    t.direction = *direction;

    qint64 entryTime = 0;
    double entryPrice = 0;
    double quantity = 0;
    if (!(why = parseTime(f[EntryTime], "entry_time", &entryTime)).isEmpty()
        || !(why = parsePositive(f[EntryPrice], "entry_price", &entryPrice)).isEmpty()
        || !(why = parsePositive(f[Quantity], "quantity", &quantity)).isEmpty())
        return why;
    if (!(why = parseNumber(f[Fees], "fees", &t.fees)).isEmpty())
        return why;
    if (t.fees < 0)
        return QStringLiteral("negative fees %1").arg(CsvLineReader::quoted(f[Fees]));
    t.fills.push_back({0, FillKind::Entry, entryTime, entryPrice, quantity, 0.0});

    const bool hasExitTime = !f[ExitTime].isEmpty();
    const bool hasExitPrice = !f[ExitPrice].isEmpty();
    if (hasExitTime != hasExitPrice)
        return hasExitTime ? QStringLiteral("exit_time without exit_price (leave both empty for an open trade)")
                           : QStringLiteral("exit_price without exit_time (leave both empty for an open trade)");
    t.status = TradeStatus::Open;
    if (hasExitTime) {
        qint64 exitTime = 0;
        double exitPrice = 0;
        if (!(why = parseTime(f[ExitTime], "exit_time", &exitTime)).isEmpty()
            || !(why = parsePositive(f[ExitPrice], "exit_price", &exitPrice)).isEmpty())
            return why;
        if (exitTime < entryTime)
            return QStringLiteral("exit_time %1 is before entry_time %2").arg(f[ExitTime], f[EntryTime]);
        t.fills.push_back({0, FillKind::Exit, exitTime, exitPrice, quantity, 0.0});
        t.status = TradeStatus::Closed;
    }
    double level = 0;
    if (!f[Stop].isEmpty()) {
        if (!(why = parsePositive(f[Stop], "stop_loss", &level)).isEmpty())
            return why;
        t.stopLoss = level;
    }
    if (!f[Target].isEmpty()) {
        if (!(why = parsePositive(f[Target], "take_profit", &level)).isEmpty())
            return why;
        t.takeProfit = level;
    }
    t.patternType = f[PatternType];
    if (!f[TimeframeCol].isEmpty()) {
        const auto tf = model::Timeframe::parse(f[TimeframeCol]);
        if (!tf)
            return QStringLiteral("bad timeframe %1 (1m 3m 5m 15m 30m 1h 2h 4h 6h 12h 1d 1w)")
                .arg(CsvLineReader::quoted(f[TimeframeCol]));
        t.timeframe = tf->toString();
    }
    *trade = std::move(t);
    return {};
}

TradeParseResult TradeCsvReader::read(QIODevice &device)
{
    TradeParseResult result;
    CsvLineReader reader(device);
    QByteArray line;
    const auto header = reader.next(&line);
    if (header != CsvLineReader::Result::Line || line.trimmed() != kHeader) {
        result.fatalLine = reader.lineNumber();
        result.fatalError = header == CsvLineReader::Result::End
            ? QStringLiteral("the file is empty")
            : QStringLiteral("header must be '%1', found %2")
                  .arg(QLatin1String(kHeader), CsvLineReader::quoted(QString::fromUtf8(line.left(200))));
        return result;
    }
    QHash<QString, qint64> firstLineOfId;
    while (true) {
        const auto r = reader.next(&line);
        if (r == CsvLineReader::Result::End)
            break;
        if (r == CsvLineReader::Result::Error) {
            result.fatalLine = reader.lineNumber();
            result.fatalError = QStringLiteral("read error after line %1").arg(reader.lineNumber());
            return result;
        }
        ++result.rowsRead;
        const qint64 lineNo = reader.lineNumber();
        auto reject = [&](const QString &reason) {
            result.problems.push_back({lineNo, reason, false});
            ++result.rowsInvalid;
        };
        if (r == CsvLineReader::Result::TooLong) {
            reject(QStringLiteral("line is longer than %1 bytes").arg(CsvLineReader::kMaxLineBytes));
            continue;
        }
        QStringList fields;
        QString why;
        if (!CsvLineReader::split(line, &fields, &why)) {
            reject(why);
            continue;
        }
        // An id is taken by its first row even when that row is invalid: a repeat is still a repeat.
        const QString id = fields.value(Id);
        if (!id.isEmpty()) {
            const auto seen = firstLineOfId.constFind(id);
            if (seen != firstLineOfId.cend()) {
                reject(QStringLiteral("duplicate id %1 (first on line %2)").arg(CsvLineReader::quoted(id)).arg(*seen));
                continue;
            }
            firstLineOfId.insert(id, lineNo);
        }
        Trade trade;
        why = parseRow(fields, &trade);
        if (!why.isEmpty()) {
            reject(why);
            continue;
        }
        result.trades.push_back({lineNo, std::move(trade)});
    }
    return result;
}

} // namespace cl::portfolio
