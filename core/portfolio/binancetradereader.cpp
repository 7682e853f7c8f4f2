#include "binancetradereader.h"

#include "csvlinereader.h"
#include "tradepnl.h"

#include "candles/candlecsvreader.h"
#include "model/symbol.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

namespace cl::portfolio {

namespace {

const QStringList kHeader{QStringLiteral("Date(UTC)"), QStringLiteral("Pair"), QStringLiteral("Side"),
                          QStringLiteral("Price"), QStringLiteral("Executed"), QStringLiteral("Amount"),
                          QStringLiteral("Fee")};

struct Row
{
    qint64 line = 0;
    qint64 time = 0;
    model::Symbol symbol;
    QString pair;
    bool buy = true;
    double price = 0.0;
    double quantity = 0.0;
    double fee = 0.0;            // in the quote asset
    QString unvaluedFeeAsset;    // set when the fee is in a third asset
};

// "62,000.50" -> 62000.5. Thousands separators only appear in quoted fields; the decimal point is '.'.
bool parseAmount(QString text, double *value)
{
    text.remove(QLatin1Char(','));
    const QByteArray bytes = text.toLatin1();
    const auto [end, ec] = std::from_chars(bytes.constData(), bytes.constData() + bytes.size(), *value);
    return !bytes.isEmpty() && end == bytes.constData() + bytes.size() && ec == std::errc() && std::isfinite(*value);
}

// "0.00100000BTC" -> 0.001 with asset BTC. The asset is matched against the ones expected first, since
// assets may start with a digit (1INCH) and a greedy number would eat it.
bool splitAmount(const QString &text, const QStringList &expected, double *value, QString *asset)
{
    for (const QString &a : expected) {
        if (text.endsWith(a) && parseAmount(text.left(text.size() - a.size()), value)) {
            *asset = a;
            return true;
        }
    }
    qsizetype i = 0;
    while (i < text.size() && (text[i].isDigit() || text[i] == QLatin1Char('.') || text[i] == QLatin1Char(',')))
        ++i;
    *asset = text.mid(i);
    return parseAmount(text.left(i), value);
}

QString parseRow(const QStringList &f, Row *row)
{
    if (f.size() != kHeader.size())
        return QStringLiteral("wrong column count: expected %1, found %2").arg(kHeader.size()).arg(f.size());
    QString date = f[0];
    if (!date.endsWith(QLatin1Char('Z')) && !date.contains(QLatin1Char('+')))
        date += QLatin1Char('Z'); // the column is UTC by name
    const QByteArray dateBytes = date.toLatin1();
    if (!candles::CandleCsvReader::parseTimestamp(std::string_view(dateBytes.constData(), size_t(dateBytes.size())), &row->time))
        return QStringLiteral("invalid Date(UTC) %1: expected 2024-03-01 12:30:00").arg(CsvLineReader::quoted(f[0]));
    const auto symbol = model::Symbol::fromNative(model::ExchangeId::Binance, f[1]);
    if (!symbol)
        return QStringLiteral("unknown pair %1").arg(CsvLineReader::quoted(f[1]));
    row->symbol = *symbol;
    row->pair = f[1];
    const QString side = f[2].toUpper();
    if (side != QLatin1String("BUY") && side != QLatin1String("SELL"))
        return QStringLiteral("bad side %1: BUY or SELL").arg(CsvLineReader::quoted(f[2]));
    row->buy = side == QLatin1String("BUY");
    if (!parseAmount(f[3], &row->price))
        return QStringLiteral("non-numeric or NaN/infinite Price %1").arg(CsvLineReader::quoted(f[3]));
    if (row->price <= 0)
        return QStringLiteral("Price %1 must be positive").arg(CsvLineReader::quoted(f[3]));
    QString asset;
    if (!splitAmount(f[4], {symbol->base()}, &row->quantity, &asset))
        return QStringLiteral("non-numeric or NaN/infinite Executed %1").arg(CsvLineReader::quoted(f[4]));
    if (!asset.isEmpty() && asset != symbol->base())
        return QStringLiteral("Executed %1 is not in %2").arg(CsvLineReader::quoted(f[4]), symbol->base());
    if (row->quantity <= 0)
        return QStringLiteral("Executed %1 must be positive").arg(CsvLineReader::quoted(f[4]));
    double amount = 0;
    if (!splitAmount(f[5], {symbol->quote()}, &amount, &asset) || amount < 0)
        return QStringLiteral("non-numeric or negative Amount %1").arg(CsvLineReader::quoted(f[5]));
    double fee = 0;
    if (!splitAmount(f[6], {symbol->quote(), symbol->base()}, &fee, &asset))
        return QStringLiteral("non-numeric or NaN/infinite Fee %1").arg(CsvLineReader::quoted(f[6]));
    if (fee < 0)
        return QStringLiteral("negative Fee %1").arg(CsvLineReader::quoted(f[6]));
    if (asset.isEmpty() || asset == symbol->quote())
        row->fee = fee;
    else if (asset == symbol->base())
        row->fee = fee * row->price;
    else if (fee > 0)
        row->unvaluedFeeAsset = asset;
    return {};
}

} // namespace

TradeParseResult BinanceTradeReader::read(QIODevice &device)
{
    TradeParseResult result;
    CsvLineReader reader(device);
    QByteArray line;
    QStringList fields;
    QString why;
    const auto header = reader.next(&line);
    if (header != CsvLineReader::Result::Line || !CsvLineReader::split(line, &fields, &why) || fields != kHeader) {
        result.fatalLine = reader.lineNumber();
        result.fatalError = header == CsvLineReader::Result::End
            ? QStringLiteral("the file is empty")
            : QStringLiteral("header must be \"Date(UTC)\",\"Pair\",\"Side\",\"Price\",\"Executed\",\"Amount\",\"Fee\" "
                             "(Binance spot trade history), found %1")
                  .arg(CsvLineReader::quoted(QString::fromUtf8(line.left(200))));
        return result;
    }
    std::vector<Row> rows;
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
        Row row;
        row.line = reader.lineNumber();
        if (r == CsvLineReader::Result::TooLong)
            why = QStringLiteral("line is longer than %1 bytes").arg(CsvLineReader::kMaxLineBytes);
        else if (CsvLineReader::split(line, &fields, &why))
            why = parseRow(fields, &row);
        if (!why.isEmpty()) {
            result.problems.push_back({row.line, why, false});
            ++result.rowsInvalid;
            continue;
        }
        rows.push_back(std::move(row));
    }
    if (rows.empty())
        return result;

    // Binance lists the newest fill first; rows of the same second then come in reverse order too.
    const bool newestFirst = rows.front().time > rows.back().time;
    std::stable_sort(rows.begin(), rows.end(), [newestFirst](const Row &a, const Row &b) {
        if (a.time != b.time)
            return a.time < b.time;
        return newestFirst ? a.line > b.line : a.line < b.line;
    });

    struct Position
    {
        ParsedTrade trade;
        double open = 0.0;
        bool active = false;
    };
    std::map<QString, Position> positions;
    QSet<QString> usedIds;
    QHash<QString, int> unvalued;
    auto finish = [&](Position &p) {
        p.trade.trade.status = p.open > 0 ? TradeStatus::Open : TradeStatus::Closed;
        result.trades.push_back(std::move(p.trade));
        p = Position{};
    };
    for (const Row &row : rows) {
        if (!row.unvaluedFeeAsset.isEmpty())
            ++unvalued[row.unvaluedFeeAsset];
        Position &p = positions[row.pair];
        if (row.buy) {
            if (!p.active) {
                QString id = QStringLiteral("binance-%1-%2").arg(row.pair).arg(row.time);
                for (int n = 2; usedIds.contains(id); ++n)
                    id = QStringLiteral("binance-%1-%2-%3").arg(row.pair).arg(row.time).arg(n);
                usedIds.insert(id);
                p.active = true;
                p.trade.line = row.line;
                p.trade.trade.externalId = id;
                p.trade.trade.exchange = QStringLiteral("binance");
                p.trade.trade.symbol = row.symbol.toString();
                p.trade.trade.direction = Direction::Long;
            }
            p.trade.trade.fills.push_back({0, FillKind::Entry, row.time, row.price, row.quantity, row.fee});
            p.open += row.quantity;
            continue;
        }
        if (!p.active) {
            result.problems.push_back({row.line,
                                       QStringLiteral("warning: SELL of %1 %2 without an open position in this file "
                                                      "(bought before the export starts?): skipped")
                                           .arg(row.quantity, 0, 'g', 12)
                                           .arg(row.symbol.base()),
                                       true});
            continue;
        }
        const double entered = p.trade.trade.entryQuantity();
        double quantity = row.quantity;
        if (quantity > p.open * (1.0 + 1e-9)) {
            result.problems.push_back({row.line,
                                       QStringLiteral("warning: SELL of %1 %2 is more than the %3 bought in this file: "
                                                      "the excess is skipped")
                                           .arg(row.quantity, 0, 'g', 12)
                                           .arg(row.symbol.base())
                                           .arg(p.open, 0, 'g', 12),
                                       true});
        }
        quantity = std::min(quantity, p.open);
        const double fee = row.fee * (quantity / row.quantity);
        p.trade.trade.fills.push_back({0, FillKind::Exit, row.time, row.price, quantity, fee});
        p.open -= quantity;
        if (p.open <= entered * 1e-9) {
            p.open = 0;
            finish(p);
        }
    }
    for (auto &[pair, p] : positions) {
        if (p.active)
            finish(p);
    }
    std::stable_sort(result.trades.begin(), result.trades.end(),
                     [](const ParsedTrade &a, const ParsedTrade &b) { return a.trade.fills.front().time < b.trade.fills.front().time; });
    for (auto it = unvalued.cbegin(); it != unvalued.cend(); ++it)
        result.problems.push_back({0,
                                   QStringLiteral("warning: %1 fees paid in %2 are not valued (no %2 price in the file) "
                                                  "and count as 0")
                                       .arg(it.value())
                                       .arg(it.key()),
                                   true});
    return result;
}

} // namespace cl::portfolio
