#include "patternengine.h"

#include "patternstatusupdater.h"
#include "tradinglevelcalculator.h"
#include "zonegate.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>

namespace cl::analysis {

using model::Direction;
using model::Pattern;
using model::PatternStatus;
using model::PatternType;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

} // namespace

PatternEngine::PatternEngine(model::Timeframe timeframe, AnalysisSettings settings)
    : m_timeframe(timeframe), m_settings(std::move(settings)), m_timeframeMs(timeframe.durationMs()),
      m_expiryMs(m_settings.expiryMs(timeframe)), m_overlapThreshold(m_settings.overlapFor(timeframe)),
      m_atr(m_settings.atrPeriod), m_windowHigh(m_settings.levelsWindow + 1), m_windowLow(m_settings.levelsWindow + 1),
      m_localHigh(m_settings.levelsWindow + 1), m_localLow(m_settings.levelsWindow + 1)
{
    // The ring holds every candle a detector or the levels window can reach back to.
    const int reach = std::max({m_settings.sweepLookback + m_settings.sweepSwingRadius, m_settings.levelsWindow,
                                m_settings.orderBlockAveragePeriod, m_settings.orderBlockScan,
                                2 * m_settings.sweepSwingRadius})
        + 2;
    const size_t capacity = std::bit_ceil(size_t(reach));
    m_ring.assign(capacity, Slot{});
    m_ringMask = qint64(capacity) - 1;
    const size_t swings = std::bit_ceil(size_t(m_settings.sweepLookback + m_settings.sweepSwingRadius + 2));
    m_sweepHighs.reset(swings);
    m_sweepLows.reset(swings);
}

bool PatternEngine::addCandle(const model::Candle &candle)
{
    if (m_count > 0 && candle.openTime <= m_lastOpen)
        return false;
    m_added.clear();
    m_changed.clear();
    const qint64 i = m_count;
    const qint64 now = candle.openTime + m_timeframeMs;

    qint64 t0 = m_profiling ? nowNs() : 0;
    updateStatuses(candle.high, candle.low, candle.close, now, 0, false);
    qint64 t1 = m_profiling ? nowNs() : 0;

    slot(i) = Slot{candle.open, candle.high, candle.low, candle.close, std::abs(candle.close - candle.open)};
    m_atr.update(candle.high, candle.low, candle.close);
    markSwings(i);
    m_count = i + 1;
    m_lastOpen = candle.openTime;

    m_index = i;
    m_openTime = candle.openTime;
    m_now = now;
    m_typesAdded = 0;
    const qint64 levelsBefore = m_stageTimes.levelsNs;
    if (i >= 2)
        detectFairValueGap(i);
    if (i >= m_settings.orderBlockAveragePeriod - 1)
        detectOrderBlock(i);
    if (i >= m_settings.sweepFirstIndex)
        detectLiquiditySweep(i);
    trackLevelWindow(i); // W of candle i + 1 now includes candle i
    if (m_profiling) {
        const qint64 t2 = nowNs();
        m_stageTimes.statusNs += t1 - t0;
        m_stageTimes.detectNs += (t2 - t1) - (m_stageTimes.levelsNs - levelsBefore);
    }
    return true;
}

void PatternEngine::addCandles(std::span<const model::Candle> candles)
{
    for (const model::Candle &candle : candles)
        addCandle(candle);
}

bool PatternEngine::applyStatusCandle(const model::Candle &candle, qint64 closeMs)
{
    m_added.clear();
    m_changed.clear();
    // A finer candle inside a pattern's detection candle is part of that candle, not "later".
    updateStatuses(candle.high, candle.low, candle.close, closeMs, candle.openTime, true);
    return !m_changed.empty();
}

void PatternEngine::updateStatuses(double high, double low, double close, qint64 now, qint64 minOpenTime, bool guard)
{
    size_t kept = 0;
    for (size_t k = 0; k < m_active.size(); ++k) {
        const int index = m_active[k];
        Pattern &p = m_patterns[size_t(index)];
        if (!(guard && minOpenTime < p.detectedAt + m_timeframeMs) && PatternStatusUpdater::apply(p, high, low, close, now, m_expiryMs, m_settings))
            m_changed.push_back(index);
        if (p.status == PatternStatus::Active)
            m_active[kept++] = index;
    }
    m_active.resize(kept);
}

// Swing flags of the liquidity sweep: candle s is a swing high when its high is >= every high within
// `radius` candles on both sides (ties count). Known once candle s + radius has closed.
void PatternEngine::markSwings(qint64 i)
{
    const int r = m_settings.sweepSwingRadius;
    const qint64 s = i - r;
    if (s < r)
        return;
    const Slot &centre = slot(s);
    bool high = true;
    bool low = true;
    for (qint64 k = s - r; k <= s + r && (high || low); ++k) {
        const Slot &other = slot(k);
        high = high && centre.high >= other.high;
        low = low && centre.low <= other.low;
    }
    const qint64 first = i - m_settings.sweepLookback; // no swing older than this is eligible from candle i on
    m_sweepHighs.expire(first);
    m_sweepLows.expire(first);
    if (high)
        m_sweepHighs.push(s, centre.high);
    if (low)
        m_sweepLows.push(s, centre.low);
}

// After candle i: W of the next candle is max(0, i + 1 - window) .. i. A local high s (strictly above the
// `radius` highs on each side, all inside W) is known once candle s + radius is in.
void PatternEngine::trackLevelWindow(qint64 i)
{
    const int window = m_settings.levelsWindow;
    const int r = m_settings.levelsSwingRadius;
    const Slot &c = slot(i);
    m_windowHigh.expire(i + 1 - window);
    m_windowLow.expire(i + 1 - window);
    m_windowHigh.push(i, c.high);
    m_windowLow.push(i, c.low);
    m_localHigh.expire(i + 1 - window + r);
    m_localLow.expire(i + 1 - window + r);
    const qint64 s = i - r;
    if (s < r)
        return;
    const Slot &centre = slot(s);
    bool high = true;
    bool low = true;
    for (qint64 k = s - r; k <= s + r && (high || low); ++k) {
        if (k == s)
            continue;
        const Slot &other = slot(k);
        high = high && centre.high > other.high;
        low = low && centre.low < other.low;
    }
    if (high)
        m_localHigh.push(s, centre.high);
    if (low)
        m_localLow.push(s, centre.low);
}

void PatternEngine::detectFairValueGap(qint64 i)
{
    const Slot &c1 = slot(i - 2);
    const Slot &c3 = slot(i);
    if (c1.high < c3.low)
        accept(PatternType::Fvg, Direction::Bullish, c1.high, c3.low);
    else if (c1.low > c3.high)
        accept(PatternType::Fvg, Direction::Bearish, c3.high, c1.low);
}

void PatternEngine::detectOrderBlock(qint64 i)
{
    const int period = m_settings.orderBlockAveragePeriod;
    double sum = 0.0;
    for (qint64 k = i - period + 1; k <= i; ++k)
        sum += slot(k).absBody;
    const double average = sum / double(period);
    if (average == 0.0)
        return;
    const Slot &strong = slot(i);
    if (!(strong.absBody > m_settings.orderBlockStrength * average))
        return;
    const bool bullish = strong.close > strong.open;
    if (!bullish && !(strong.close < strong.open))
        return;
    const qint64 oldest = std::max<qint64>(i - m_settings.orderBlockScan, 1);
    for (qint64 j = i - 1; j >= oldest; --j) {
        const Slot &c = slot(j);
        const bool opposite = bullish ? c.close < c.open : c.close > c.open;
        if (!opposite)
            continue;
        const double low = std::min(c.open, c.close);
        const double high = std::max(c.open, c.close);
        if (accept(PatternType::OrderBlock, bullish ? Direction::Bullish : Direction::Bearish, low, high))
            return;
    }
}

void PatternEngine::detectLiquiditySweep(qint64 i)
{
    // Eligible swings: s in [max(r, i - lookback), i - r - 1], oldest first. The queues hold swings
    // s >= i - lookback (expired in markSwings) up to s = i - r (found with this candle: not yet eligible).
    const qint64 last = i - m_settings.sweepSwingRadius - 1;
    const Slot &c = slot(i);
    for (size_t k = 0; k < m_sweepLows.size; ++k) {
        const auto &swing = m_sweepLows.at(k);
        if (swing.index > last)
            break;
        if (c.low < swing.price && c.close > swing.price
            && accept(PatternType::LiquiditySweep, Direction::Bullish, c.low, swing.price))
            return; // the unique key would drop every bearish candidate of this candle
    }
    for (size_t k = 0; k < m_sweepHighs.size; ++k) {
        const auto &swing = m_sweepHighs.at(k);
        if (swing.index > last)
            break;
        if (c.high > swing.price && c.close < swing.price
            && accept(PatternType::LiquiditySweep, Direction::Bearish, swing.price, c.high))
            return;
    }
}

// The zone gate, then steps 3 (levels) for an accepted zone.
bool PatternEngine::accept(PatternType type, Direction direction, double zoneLow, double zoneHigh)
{
    if (!ZoneGate::isTradeable(zoneLow, zoneHigh, m_settings.minZonePct))
        return false;
    const unsigned typeBit = 1u << unsigned(type);
    if (m_typesAdded & typeBit)
        return false;
    for (const int index : m_active) {
        const Pattern &other = m_patterns[size_t(index)];
        if (other.type == type && other.direction == direction
            && ZoneGate::overlap(other.zoneLow, other.zoneHigh, zoneLow, zoneHigh) >= m_overlapThreshold)
            return false;
    }
    const qint64 t0 = m_profiling ? nowNs() : 0;
    // Swings of W: the extreme local high/low, else the extreme of W (NaN when W is empty).
    const double swingHigh = !m_localHigh.empty() ? m_localHigh.front() : !m_windowHigh.empty() ? m_windowHigh.front() : kNaN;
    const double swingLow = !m_localLow.empty() ? m_localLow.front() : !m_windowLow.empty() ? m_windowLow.front() : kNaN;
    Pattern p;
    p.type = type;
    p.direction = direction;
    p.timeframe = m_timeframe;
    p.detectedAt = m_openTime;
    p.zoneLow = zoneLow;
    p.zoneHigh = zoneHigh;
    p.statusAt = m_now;
    p.levels = TradingLevelCalculator::levels(type, direction, zoneLow, zoneHigh, m_atr.valueOrZero(),
                                              {swingHigh, swingLow});
    const int index = int(m_patterns.size());
    m_patterns.push_back(p);
    m_active.push_back(index);
    m_added.push_back(index);
    m_typesAdded |= typeBit;
    if (m_profiling)
        m_stageTimes.levelsNs += nowNs() - t0;
    return true;
}

void PatternEngine::dropFinished()
{
    model::PatternList kept;
    kept.reserve(m_active.size());
    for (const int index : m_active)
        kept.push_back(m_patterns[size_t(index)]);
    m_patterns = std::move(kept);
    for (size_t k = 0; k < m_active.size(); ++k)
        m_active[k] = int(k);
    m_added.clear();
    m_changed.clear();
}

} // namespace cl::analysis
