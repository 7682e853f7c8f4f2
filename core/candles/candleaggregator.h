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
//
// Every volume is summed from the 1m volumes in time order, as a brute-force sum would, so results are
// bit-identical to it. Open/high/low/close are exact under any grouping, so those cascade through nested
// timeframes (15m from 5m, 1h from 30m ... 1w from 1d) and only 3m and 5m touch every 1m candle.
class CandleAggregator
{
public:
    static constexpr qint64 kNoCutoff = std::numeric_limits<qint64>::max();

    static model::CandleSeries aggregate(std::span<const model::Candle> minutes, model::Timeframe timeframe,
                                         qint64 closedBeforeMs = kNoCutoff);

    // result[k] belongs to timeframes[k] (1m is passed through, closed ones only).
    static std::vector<model::CandleSeries> aggregate(std::span<const model::Candle> minutes,
                                                      std::span<const model::Timeframe> timeframes,
                                                      qint64 closedBeforeMs = kNoCutoff);
};

} // namespace cl::candles
