#include "highertimeframeroller.h"

#include <algorithm>

namespace cl::candles {

namespace {
constexpr qint64 kMinute = 60'000;
}

std::vector<model::Timeframe> HigherTimeframeRoller::higherTimeframes()
{
    const auto &all = model::Timeframe::all();
    return {all.begin() + 1, all.end()};
}

HigherTimeframeRoller::HigherTimeframeRoller(TradingSession session, std::vector<model::Timeframe> timeframes)
    : m_session(std::move(session)), m_timeframes(std::move(timeframes)), m_bars(m_timeframes.size())
{
}

bool HigherTimeframeRoller::add(const model::Candle &minute, std::vector<Bar> &out)
{
    if (minute.openTime <= m_lastMinute)
        return false;
    const bool alwaysOpen = m_session.isAlwaysOpen();
    if (!alwaysOpen && !m_session.isOpen(minute.openTime))
        return false;
    m_lastMinute = minute.openTime;
    for (size_t k = 0; k < m_timeframes.size(); ++k) {
        OpenBar &bar = m_bars[k];
        if (bar.active && minute.openTime >= bar.endMs)
            emitBar(k, out);
        if (!bar.active) {
            qint64 start = 0;
            qint64 end = 0;
            if (alwaysOpen) { // the hot path: no QDateTime
                start = m_timeframes[k].bucketStart(minute.openTime);
                end = start + m_timeframes[k].durationMs();
            } else {
                const auto interval = m_session.barAt(m_timeframes[k], minute.openTime);
                start = interval->startMs;
                end = interval->endMs;
            }
            bar.candle = minute;
            bar.candle.openTime = start;
            bar.endMs = end;
            bar.active = true;
            bar.partialStart = !bar.started && minute.openTime != start;
            bar.started = true;
            // The bar was emitted already (advance() said its time had passed) and now gets a later minute of
            // it: what was emitted lacked this minute, and what is rolled from here lacks the earlier ones.
            bar.dirty = start == bar.lastEmittedStart;
        } else {
            model::Candle &c = bar.candle;
            c.high = std::max(c.high, minute.high);
            c.low = std::min(c.low, minute.low);
            c.close = minute.close;
            c.volume += minute.volume;
        }
        if (minute.openTime + kMinute >= bar.endMs)
            emitBar(k, out);
    }
    return true;
}

void HigherTimeframeRoller::advance(qint64 closedBeforeMs, std::vector<Bar> &out)
{
    for (size_t k = 0; k < m_bars.size(); ++k) {
        if (m_bars[k].active && m_bars[k].endMs <= closedBeforeMs)
            emitBar(k, out);
    }
}

bool HigherTimeframeRoller::isOpenBar(model::Timeframe timeframe, qint64 minuteOpenTime) const
{
    for (size_t k = 0; k < m_timeframes.size(); ++k) {
        if (m_timeframes[k] == timeframe) {
            const OpenBar &bar = m_bars[k];
            return bar.active && bar.candle.openTime <= minuteOpenTime && minuteOpenTime < bar.endMs;
        }
    }
    return false;
}

bool HigherTimeframeRoller::markDirty(qint64 minuteOpenTime)
{
    bool any = false;
    for (OpenBar &bar : m_bars) {
        if (bar.active && bar.candle.openTime <= minuteOpenTime && minuteOpenTime < bar.endMs) {
            bar.dirty = true;
            any = true;
        }
    }
    return any;
}

void HigherTimeframeRoller::emitBar(size_t slot, std::vector<Bar> &out)
{
    OpenBar &bar = m_bars[slot];
    out.push_back({m_timeframes[slot], bar.candle, bar.endMs, bar.partialStart, bar.dirty});
    bar.active = false;
    bar.lastEmittedStart = bar.candle.openTime;
}

} // namespace cl::candles
