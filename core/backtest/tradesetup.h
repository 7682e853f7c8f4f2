#pragma once

#include "model/pattern.h"
#include "model/timeframe.h"

namespace cl::backtest {

// What the analysis said could be traded: a pattern with its trading levels, or a confluence signal.
// knownAt is the first moment the replay may act on it (the close of the detection candle, or the
// signal's creation time): nothing before it can fill.
struct TradeSetup
{
    model::PatternType type = model::PatternType::Fvg; // the pattern, or the signal's source pattern
    model::Direction direction = model::Direction::Bullish;
    model::Timeframe timeframe;
    bool fromSignal = false;
    qint64 detectedAt = 0; // pattern: open time of its detection candle; signal: created_at
    qint64 knownAt = 0;
    double zoneLow = 0.0;
    double zoneHigh = 0.0;
    double entry = 0.0;
    double stop = 0.0;
    double tp1 = 0.0;
    double tp2 = 0.0;
    double tp3 = 0.0;

    bool isLong() const { return direction == model::Direction::Bullish; }
};

} // namespace cl::backtest
