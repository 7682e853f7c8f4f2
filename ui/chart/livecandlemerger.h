#pragma once

#include "model/candle.h"
#include "model/timeframe.h"

#include <optional>

namespace cl::chart {

// Builds the chart's forming candle of any timeframe from the live 1m stream: the closed minutes of the
// current bucket (from ClosedCandles M1) merged with the forming minute (FormingCandle). On a 1m chart
// the forming minute is the candle itself.
class LiveCandleMerger
{
public:
    void setTimeframe(model::Timeframe timeframe);
    void reset();
    // A 1m candle that closed; minutes of an older bucket than the current one are ignored.
    void addClosedMinute(const model::Candle &minute);
    // The chart candle for the bucket holding the forming minute.
    model::Candle merge(const model::Candle &formingMinute);
    // The closed minutes of the current bucket, if any.
    const std::optional<model::Candle> &base() const { return m_base; }

private:
    static void fold(model::Candle &into, const model::Candle &minute);

    model::Timeframe m_timeframe = model::Timeframe::M1;
    std::optional<model::Candle> m_base; // openTime is the bucket start
    qint64 m_lastMinute = -1;            // the newest closed minute folded in (replays are ignored)
};

} // namespace cl::chart
