#pragma once

#include "model/candle.h"
#include "model/timeframe.h"

#include <limits>
#include <span>
#include <vector>

namespace cl::candles {

// Builds higher-timeframe candles from ascending 1m candles (spec/patterns.md): open = first, high = max,
// low = min, close = last, volume = sum in time order. A bucket exists when at least one of its 1m candles
// does, and is emitted only once closed: bucket start + duration <= closedBeforeMs (partial or not).
// Every timeframe is built from the 1m candles directly (never 1h from 15m), so volumes add up in the same
// order as a brute-force sum and the results are bit-identical to it.
class CandleAggregator
{
public:
    static constexpr qint64 kNoCutoff = std::numeric_limits<qint64>::max();

    static model::CandleSeries aggregate(std::span<const model::Candle> minutes, model::Timeframe timeframe,
                                         qint64 closedBeforeMs = kNoCutoff);

    // Every timeframe in one pass over the 1m candles; result[k] belongs to timeframes[k].
    static std::vector<model::CandleSeries> aggregate(std::span<const model::Candle> minutes,
                                                      std::span<const model::Timeframe> timeframes,
                                                      qint64 closedBeforeMs = kNoCutoff);
};

} // namespace cl::candles
