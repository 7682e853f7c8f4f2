#pragma once

#include "analysissettings.h"
#include "atrstream.h"
#include "model/candle.h"
#include "model/pattern.h"
#include "model/timeframe.h"

#include <span>
#include <vector>

namespace cl::analysis {

// The one evaluation loop of spec/patterns.md ("Evaluation order") for one symbol and timeframe. Live,
// replay, backtest, `detect` and `analyze` all feed it closed candles one at a time, in time order:
//   1. statuses of the stored patterns from candle i (fill from the wick or sweep status from the close,
//      then expiry at now = open_time(i) + tf); a pattern never sees its own detection candle;
//   2. FVG, order block and liquidity sweep detectors for candle i, each candidate through the zone gate
//      against the patterns active at that moment (including those just accepted);
//   3. trading levels of each new pattern from candles 0..i only.
// Nothing looks ahead. Candles are kept in a fixed ring of the last few dozen, so a candle costs no
// allocation once the pattern list has grown, and an engine can run for months.
class PatternEngine
{
public:
    // Wall time spent per stage, when profiling is on (benchmarks).
    struct StageTimes
    {
        qint64 statusNs = 0;
        qint64 detectNs = 0;
        qint64 levelsNs = 0;
    };

    explicit PatternEngine(model::Timeframe timeframe, AnalysisSettings settings = {});

    // Processes the next closed candle. A candle whose open time is not after the previous one is ignored
    // (false), so feeding an overlapping batch twice stores nothing new.
    bool addCandle(const model::Candle &candle);
    void addCandles(std::span<const model::Candle> candles);

    // Live only: step 1 from a closed candle of a finer timeframe (1m) of the same symbol, closing at closeMs.
    // Patterns whose detection candle contains it are left alone. Returns true when something changed.
    bool applyStatusCandle(const model::Candle &candle, qint64 closeMs);

    // Everything detected so far, in detection order (time, then FVG, OB, sweep).
    const model::PatternList &patterns() const { return m_patterns; }
    // Indices into patterns() that the last addCandle()/applyStatusCandle() added, or changed (status or fill).
    const std::vector<int> &added() const { return m_added; }
    const std::vector<int> &changed() const { return m_changed; }
    // Indices of the active patterns, in detection order; the last one is the newest active pattern
    // (highest detected_at, and of two on the same candle the later detector).
    const std::vector<int> &activeIndices() const { return m_active; }
    const model::Pattern *newestActive() const
    {
        return m_active.empty() ? nullptr : &m_patterns[size_t(m_active.back())];
    }

    // Forgets final patterns (once stored elsewhere) so a long-running engine keeps only what can change.
    // Invalidates indices from added()/changed().
    void dropFinished();

    model::Timeframe timeframe() const { return m_timeframe; }
    const AnalysisSettings &settings() const { return m_settings; }
    qint64 candleCount() const { return m_count; }
    qint64 lastOpenTime() const { return m_lastOpen; }
    // Wilder ATR at the last candle, from the first candle fed; 0 inside its lookback.
    double atr() const { return m_atr.valueOrZero(); }

    void setProfiling(bool on) { m_profiling = on; }
    const StageTimes &stageTimes() const { return m_stageTimes; }

private:
    // What the detectors need of a past candle.
    struct Slot
    {
        double open;
        double high;
        double low;
        double close;
        double absBody;
    };

    // The hot fields of an active pattern, contiguous: the status step and the gate touch only these.
    struct ActiveState
    {
        double zoneLow;
        double zoneHigh;
        double extreme; // as Pattern::extreme
        qint64 detectedAt;
        qint64 expiresAt; // detected_at + expiry: active while now <= this
        int index; // into m_patterns
        model::PatternType type;
        model::Direction direction;
    };

    // Swings of the liquidity sweep still inside its lookback, oldest first (a fixed ring).
    struct SwingQueue
    {
        struct Entry
        {
            qint64 index;
            double price;
        };
        std::vector<Entry> entries;
        size_t mask = 0;
        size_t head = 0;
        size_t size = 0;

        void reset(size_t capacity)
        {
            entries.assign(capacity, Entry{0, 0.0});
            mask = capacity - 1;
            head = size = 0;
        }
        void push(qint64 index, double price)
        {
            entries[(head + size) & mask] = {index, price};
            ++size;
        }
        void expire(qint64 first)
        {
            while (size > 0 && entries[head].index < first) {
                head = (head + 1) & mask;
                --size;
            }
        }
        const Entry &at(size_t k) const { return entries[(head + k) & mask]; }
    };

    Slot &slot(qint64 index) { return m_ring[size_t(index & m_ringMask)]; }
    const Slot &slot(qint64 index) const { return m_ring[size_t(index & m_ringMask)]; }

    void updateStatuses(double high, double low, double close, qint64 now, qint64 minOpenTime, bool guard);
    void markSwings(qint64 i);
    void computeSwings(qint64 i);
    void detectFairValueGap(qint64 i);
    void detectOrderBlock(qint64 i);
    void detectLiquiditySweep(qint64 i);
    bool accept(model::PatternType type, model::Direction direction, double zoneLow, double zoneHigh);

    model::Timeframe m_timeframe;
    AnalysisSettings m_settings;
    qint64 m_timeframeMs;
    qint64 m_expiryMs;
    double m_overlapThreshold;

    std::vector<Slot> m_ring;
    qint64 m_ringMask = 0;
    qint64 m_count = 0;
    qint64 m_lastOpen = 0;
    AtrStream m_atr;

    model::PatternList m_patterns;
    std::vector<int> m_active; // indices of the active patterns, detection order
    std::vector<ActiveState> m_activeState; // parallel to m_active
    std::vector<double> m_bodies; // |body| twice over (k and k + capacity): any window is contiguous
    std::vector<int> m_added;
    std::vector<int> m_changed;

    // The candle being evaluated (step 2 and 3).
    qint64 m_index = 0;
    qint64 m_openTime = 0;
    qint64 m_now = 0;
    unsigned m_typesAdded = 0; // unique key: one pattern per type and candle
    SwingQueue m_sweepHighs;
    SwingQueue m_sweepLows;
    // Swings of the levels window, computed once per candle and only when it produces a pattern.
    bool m_swingsReady = false;
    double m_swingHigh = 0.0;
    double m_swingLow = 0.0;
    std::vector<double> m_windowHighs;
    std::vector<double> m_windowLows;
    // Order-block filter: a running sum of the |body| window with a bound on its rounding error. It only
    // ever skips candles that provably fail the exact test; the exact sum decides everything else.
    double m_bodySum = 0.0;
    double m_bodySumError = 0.0;
    bool m_bodySumValid = false;

    bool m_profiling = false;
    StageTimes m_stageTimes;
};

} // namespace cl::analysis
