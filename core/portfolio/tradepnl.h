#pragma once

#include "trade.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cl::portfolio {

// The money side of one trade, derived from its fills (spec/metrics.md "Series").
struct TradeResult
{
    // What the breakdowns group by, copied from the trade.
    qint64 tradeId = 0;
    QString externalId;
    QString symbol;
    Direction direction = Direction::Long;
    QString patternType;
    QString timeframe;
    QStringList tags;
    QString mood;                   // the plan's mood when the journal has one

    bool closed = false;            // everything entered has been exited
    qint64 entryTime = 0;           // first entry fill
    std::optional<qint64> exitTime; // last exit fill of a closed trade
    double quantity = 0.0;          // entered
    double openQuantity = 0.0;      // entered minus exited
    double entryPrice = 0.0;        // the entry price, or the quantity-weighted mean of several entry fills
    double exitPrice = 0.0;         // the same over the exit fills; 0 without exits
    double fees = 0.0;              // all fees: the trade's own and its fills'

    // Closed trades: realized P&L net of every fee; pnl% on the entry notional; R on the planned risk.
    double pnl = 0.0;
    double pnlPct = 0.0;
    // Open trades: what the partial exits realized so far (matched FIFO, net of the fills' fees).
    double realizedPartial = 0.0;
    std::optional<double> riskAmount;  // |entry - stop| * quantity, when a stop is set and differs from entry
    std::optional<double> rMultiple;   // pnl / riskAmount, closed trades only
    std::optional<double> plannedRR;   // |TP - entry| / |entry - stop|, when both are set
};

// Long: (exit - entry) * qty - fees; short: (entry - exit) * qty - fees. Exits are matched FIFO against the
// entry fills (lots), so a partial exit realizes the oldest lot first.
class TradePnl
{
public:
    static TradeResult evaluate(const Trade &trade);
    // What the still open lots are worth against a mark price (the dashed line of the equity chart).
    static double unrealized(const Trade &trade, double markPrice);
    // True when the exits cover the entries (relative tolerance for quantities that went through text).
    static bool isFullyExited(double entered, double exited);
};

} // namespace cl::portfolio
