#pragma once

#include "trade.h"

#include "model/signal.h"

#include <QString>

#include <optional>
#include <vector>

namespace cl::portfolio {

// A trade not yet entered: what "Log trade" on a signal prefills in the trade dialog and the order ticket.
struct TradeDraft
{
    QString exchange = QStringLiteral("binance");
    QString symbol;                 // BASE/QUOTE
    Direction direction = Direction::Long;
    std::optional<double> entry;
    std::optional<double> stop;
    std::vector<double> targets;    // TP1, TP2, TP3 as the signal set them (zeros left out)
    QString timeframe;              // the source pattern's timeframe
    QString patternType;            // fvg, order_block, liquidity_sweep
    std::optional<qint64> signalId;
    std::optional<qint64> patternId;

    // Bullish signals are long trades, bearish ones short.
    static TradeDraft fromSignal(const model::Signal &signal);

    // The trade to store: one entry fill of quantity at the entry price and time; the first target is the
    // take-profit. Without an entry price there is no fill (a pending trade).
    Trade toTrade(qint64 portfolioId, double quantity, qint64 entryTime, double entryFee = 0.0) const;
    // The risk % of the account for quantity: |entry - stop| * quantity / balance * 100.
    std::optional<double> riskPct(double quantity, double balance) const;
};

} // namespace cl::portfolio
