#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>
#include <vector>

namespace cl::portfolio {

enum class Direction : quint8 { Long, Short };
enum class TradeStatus : quint8 { Pending, Open, Closed, Cancelled };
enum class FillKind : quint8 { Entry, Exit };

QString directionToString(Direction direction);
std::optional<Direction> parseDirection(QStringView text);
QString statusToString(TradeStatus status);
std::optional<TradeStatus> parseStatus(QStringView text);

// One execution of a trade: an entry adds to the position, an exit takes from it (FIFO against the entries).
struct Fill
{
    qint64 id = 0;            // fills.id, 0 before it is stored
    FillKind kind = FillKind::Entry;
    qint64 time = 0;          // UTC milliseconds
    double price = 0.0;
    double quantity = 0.0;
    double fee = 0.0;         // in the portfolio currency

    friend bool operator==(const Fill &, const Fill &) = default;
};

// A trade of a portfolio as the journal keeps it. The fills are the truth; the summary columns of the
// trades table (entry/exit price, quantity, exit time) are derived from them when stored.
struct Trade
{
    qint64 id = 0;            // trades.id, 0 before it is stored
    qint64 portfolioId = 0;
    QString externalId;       // the user's own id (trade CSV) or the importer's; makes re-import idempotent
    QString exchange;         // exchangeIdToString() of where it was traded; empty when the source does not say
    QString symbol;           // BASE/QUOTE
    Direction direction = Direction::Long;
    TradeStatus status = TradeStatus::Open;
    double fees = 0.0;        // fees not attributed to a fill (the trade CSV's fees column, funding ...)
    std::optional<double> stopLoss;
    std::optional<double> takeProfit;
    std::optional<double> riskPct;      // of the account at entry, as entered by the user
    std::optional<qint64> signalId;
    std::optional<qint64> patternId;
    QString patternType;      // fvg, order_block, liquidity_sweep or the user's own label; empty when none
    QString timeframe;        // 1m ... 1w; empty when none
    std::vector<Fill> fills;  // in time order
    QStringList tags;         // names, filled by the repository on load

    double entryQuantity() const;
    double exitQuantity() const;
    std::optional<qint64> entryTime() const;  // first entry fill
    std::optional<qint64> lastExitTime() const;

    friend bool operator==(const Trade &, const Trade &) = default;
};

} // namespace cl::portfolio
