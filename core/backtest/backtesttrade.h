#pragma once

#include "model/pattern.h"
#include "model/timeframe.h"

#include <optional>

namespace cl::backtest {

// win: the target (or, scaled, a positive result); loss: the stop; inconclusive: one candle reached both
// (0 R unless the stop-first setting applies); expired: still open when its lifetime ran out.
enum class Outcome : quint8 { Win, Loss, Inconclusive, Expired };

const char *outcomeCode(Outcome outcome);

// One simulated trade. Times are candle open times (UTC ms) of the traded timeframe, as detected_at is:
// the entry candle is the first one after detection that reached the entry, the exit candle the one that
// reached the stop or target (always a later candle than the entry's).
struct BacktestTrade
{
    model::PatternType type = model::PatternType::Fvg;
    model::Direction direction = model::Direction::Bullish;
    model::Timeframe timeframe;
    bool fromSignal = false;
    qint64 detectedAt = 0;
    qint64 entryTime = 0;
    qint64 exitTime = 0;
    int entryIndex = 0; // into the traded candles
    int exitIndex = 0;
    double entryPrice = 0.0; // the fill, slippage included
    double exitPrice = 0.0; // quantity-weighted over the exits, slippage included
    double stop = 0.0;
    double target = 0.0; // the last target aimed at
    double quantity = 0.0;
    double fees = 0.0;
    Outcome outcome = Outcome::Expired;
    double r = 0.0; // pnl / (|entry - stop| * quantity)
    double pnl = 0.0; // net of fees

    bool isLong() const { return direction == model::Direction::Bullish; }
};

} // namespace cl::backtest
