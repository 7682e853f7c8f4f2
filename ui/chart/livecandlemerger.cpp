#include "livecandlemerger.h"

#include <algorithm>

namespace cl::chart {

void LiveCandleMerger::setTimeframe(model::Timeframe timeframe)
{
    m_timeframe = timeframe;
    reset();
}

void LiveCandleMerger::reset()
{
    m_base.reset();
    m_lastMinute = -1;
}

void LiveCandleMerger::fold(model::Candle &into, const model::Candle &minute)
{
    into.high = std::max(into.high, minute.high);
    into.low = std::min(into.low, minute.low);
    into.close = minute.close;
    into.volume += minute.volume;
}

void LiveCandleMerger::addClosedMinute(const model::Candle &minute)
{
    if (minute.openTime <= m_lastMinute)
        return;
    const qint64 bucket = m_timeframe.bucketStart(minute.openTime);
    if (m_base && bucket < m_base->openTime)
        return;
    if (!m_base || bucket > m_base->openTime) {
        m_base = minute;
        m_base->openTime = bucket;
    } else {
        fold(*m_base, minute);
    }
    m_lastMinute = minute.openTime;
}

model::Candle LiveCandleMerger::merge(const model::Candle &formingMinute)
{
    const qint64 bucket = m_timeframe.bucketStart(formingMinute.openTime);
    if (m_base && m_base->openTime < bucket)
        m_base.reset(); // a new bucket began
    model::Candle candle = formingMinute;
    candle.openTime = bucket;
    if (m_base && m_base->openTime == bucket) {
        candle = *m_base;
        // A forming minute that already closed (a late update) is in the base already.
        if (formingMinute.openTime > m_lastMinute)
            fold(candle, formingMinute);
    }
    return candle;
}

} // namespace cl::chart
