#pragma once

#include "model/candle.h"
#include "model/timeframe.h"
#include "tradingsession.h"

#include <limits>
#include <span>
#include <vector>

namespace cl::candles {

// Rolls closed 1m candles into every higher timeframe incrementally (spec/patterns.md: open = first, high = max,
// low = min, close = last, volume = sum in time order), one open bar per timeframe. A bar is emitted once complete:
// when the first 1m of a later bar arrives, or when everything before its end is closed (the 1m of its last minute
// arrived, or advance() with the exchange's closed-before time). On the same 1m input it yields exactly what
// CandleAggregator yields (tests/candles/tst_highertimeframeroller.cpp). With a TradingSession the bars follow
// the session (TradingSession::barAt); 1m candles outside it are ignored.
class HigherTimeframeRoller
{
public:
    struct Bar
    {
        model::Timeframe timeframe;
        model::Candle candle;
        qint64 endMs = 0;          // exclusive end (cut at the session close where one applies)
        bool partialStart = false; // first bar after construction, opened after its start: earlier 1m may exist
        // A 1m inside it changed after it was rolled (markDirty), or it continues a bar already emitted: either
        // way only the stored 1m candles give it exactly.
        bool dirty = false;
    };

    static std::vector<model::Timeframe> higherTimeframes(); // 3m .. 1w

    explicit HigherTimeframeRoller(TradingSession session = {},
                                   std::vector<model::Timeframe> timeframes = higherTimeframes());

    // Adds the next closed 1m candle; it must open after the previous one (false, ignored, otherwise or outside
    // the session). Appends the bars it completes to *out (per timeframe in time order).
    bool add(const model::Candle &minute, std::vector<Bar> &out);
    // Everything before closedBeforeMs is closed: emits the bars that end by then.
    void advance(qint64 closedBeforeMs, std::vector<Bar> &out);
    // A 1m candle at or before lastMinute() changed: open bars holding it can no longer be rolled exactly.
    // Returns false when no open bar holds it (the caller recomputes the closed bars from storage).
    bool markDirty(qint64 minuteOpenTime);
    // Whether the open bar of this timeframe holds minuteOpenTime.
    bool isOpenBar(model::Timeframe timeframe, qint64 minuteOpenTime) const;

    qint64 lastMinute() const { return m_lastMinute; }
    const TradingSession &session() const { return m_session; }
    const std::vector<model::Timeframe> &timeframes() const { return m_timeframes; }

private:
    struct OpenBar
    {
        model::Candle candle;
        qint64 endMs = 0;
        bool active = false;
        bool started = false; // any bar seen yet (for partialStart)
        bool partialStart = false;
        bool dirty = false;
        qint64 lastEmittedStart = std::numeric_limits<qint64>::min();
    };

    void emitBar(size_t slot, std::vector<Bar> &out);

    TradingSession m_session;
    std::vector<model::Timeframe> m_timeframes;
    std::vector<OpenBar> m_bars;
    qint64 m_lastMinute = std::numeric_limits<qint64>::min();
};

} // namespace cl::candles
