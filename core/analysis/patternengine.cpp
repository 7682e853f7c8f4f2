#include "patternengine.h"

#include "patternstatusupdater.h"
#include "tradinglevelcalculator.h"
#include "zonegate.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <limits>

namespace cl::analysis {

using model::Direction;
using model::Pattern;
using model::PatternStatus;
using model::PatternType;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

PatternEngine::PatternEngine(model::Timeframe timeframe, AnalysisSettings settings)
    : m_timeframe(timeframe)
    , m_settings(std::move(settings))
    , m_timeframeMs(timeframe.durationMs())
    , m_expiryMs(m_settings.expiryMs(timeframe))
    , m_overlapThreshold(m_settings.overlapFor(timeframe))
    , m_atr(m_settings.atrPeriod)
{
    // The ring holds every candle a detector or the levels window can reach back to.
    const int reach
        = std::max({m_settings.sweepLookback + m_settings.sweepSwingRadius, m_settings.levelsWindow,
              m_settings.orderBlockAveragePeriod, m_settings.orderBlockScan, 2 * m_settings.sweepSwingRadius})
        + 2;
    const size_t capacity = std::bit_ceil(size_t(reach));
    m_ring.assign(capacity, Slot{});
    m_ringMask = qint64(capacity) - 1;
    m_bodies.assign(2 * capacity, 0.0);
    m_windowHighs.reserve(size_t(m_settings.levelsWindow));
    m_windowLows.reserve(size_t(m_settings.levelsWindow));
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
    m_bodies[size_t(i & m_ringMask)] = m_bodies[size_t((i & m_ringMask) + m_ringMask + 1)] = slot(i).absBody;
    m_atr.update(candle.high, candle.low, candle.close);
    markSwings(i);
    m_count = i + 1;
    m_lastOpen = candle.openTime;

    m_index = i;
    m_openTime = candle.openTime;
    m_now = now;
    m_typesAdded = 0;
    m_swingsReady = false;
    const qint64 levelsBefore = m_stageTimes.levelsNs;
    if (i >= 2)
        detectFairValueGap(i);
    if (i >= m_settings.orderBlockAveragePeriod - 1)
        detectOrderBlock(i);
    if (i >= m_settings.sweepFirstIndex)
        detectLiquiditySweep(i);
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
    const size_t count = m_activeState.size();
    for (size_t k = 0; k < count; ++k) {
        ActiveState state = m_activeState[k];
        const bool skip = guard && minOpenTime < state.detectedAt + m_timeframeMs;
        // Most candles leave an FVG or OB as it is: no new extreme beyond the zone side, not yet expired.
        const bool untouched = state.type != PatternType::LiquiditySweep
            && (state.direction == Direction::Bullish ? low >= state.extreme : high <= state.extreme)
            && now <= state.expiresAt;
        if (!skip && !untouched) {
            Pattern &p = m_patterns[size_t(state.index)];
            if (PatternStatusUpdater::apply(p, high, low, close, now, m_expiryMs, m_settings))
                m_changed.push_back(state.index);
            if (p.status != PatternStatus::Active)
                continue;
            state.extreme = p.extreme;
        }
        m_active[kept] = state.index;
        m_activeState[kept++] = state;
    }
    m_active.resize(kept);
    m_activeState.resize(kept);
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
    // Branch-free: every neighbour is compared (no early exit), which the predictor handles far better
    // than a data-dependent loop exit.
    bool high = true;
    bool low = true;
    for (qint64 k = s - r; k <= s + r; ++k) {
        const Slot &other = slot(k);
        high &= centre.high >= other.high;
        low &= centre.low <= other.low;
    }
    const qint64 first = i - m_settings.sweepLookback; // no swing older than this is eligible from candle i on
    m_sweepHighs.expire(first);
    m_sweepLows.expire(first);
    if (high)
        m_sweepHighs.push(s, centre.high);
    if (low)
        m_sweepLows.push(s, centre.low);
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
    const qint64 first = i - period + 1;
    const Slot &candidate = slot(i);
    // Cheap rejection: S >= m_bodySum - m_bodySumError for the exact in-order sum S, so a body at or below
    // 1.5 * that bound / period (shrunk a little for the rounding of the exact test) cannot be strong.
    if (m_bodySumValid) {
        const double leaving = m_bodies[size_t((first - 1) & m_ringMask)];
        const double before = m_bodySum;
        m_bodySum = before - leaving + candidate.absBody;
        m_bodySumError += 4 * std::numeric_limits<double>::epsilon() * (before + leaving + candidate.absBody);
        const double lowest = m_bodySum - m_bodySumError;
        if (lowest > 0 && m_bodySumError < 1e-9 * m_bodySum
            && candidate.absBody * (1 + 1e-9) <= m_settings.orderBlockStrength * (lowest / double(period)))
            return;
    }
    // The exact test: summed in index order from i - period + 1 (the doubled array keeps it contiguous).
    const double sum = detail::sumInOrder(m_bodies.data() + (first & m_ringMask), period);
    m_bodySum = sum;
    m_bodySumError = 0.0;
    m_bodySumValid = true;
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
    const double low = c.low;
    const double high = c.high;
    const double close = c.close;
    auto scan = [&](const SwingQueue &queue, auto isCandidate, auto zoneOf, Direction direction) {
        const SwingQueue::Entry *entries = queue.entries.data();
        const size_t mask = queue.mask;
        const size_t head = queue.head;
        const size_t size = queue.size;
        for (size_t k = 0; k < size; ++k) {
            const SwingQueue::Entry &swing = entries[(head + k) & mask];
            if (swing.index > last)
                break;
            if (isCandidate(swing.price)) {
                const auto [zoneLow, zoneHigh] = zoneOf(swing.price);
                if (accept(PatternType::LiquiditySweep, direction, zoneLow, zoneHigh))
                    return true;
            }
        }
        return false;
    };
    // Bullish first: with the unique key, a candle sweeping both sides keeps the bullish pattern.
    if (scan(
            m_sweepLows, [&](double p) { return bool(int(low < p) & int(close > p)); },
            [&](double p) {
                return std::pair{low, p};
            },
            Direction::Bullish))
        return;
    scan(
        m_sweepHighs, [&](double p) { return bool(int(high > p) & int(close < p)); },
        [&](double p) {
            return std::pair{p, high};
        },
        Direction::Bearish);
}

// The zone gate, then steps 3 (levels) for an accepted zone.
bool PatternEngine::accept(PatternType type, Direction direction, double zoneLow, double zoneHigh)
{
    if (!ZoneGate::isTradeable(zoneLow, zoneHigh, m_settings.minZonePct))
        return false;
    const unsigned typeBit = 1u << unsigned(type);
    if (m_typesAdded & typeBit)
        return false;
    for (const ActiveState &other : m_activeState) {
        if (other.type == type && other.direction == direction
            && ZoneGate::overlap(other.zoneLow, other.zoneHigh, zoneLow, zoneHigh) >= m_overlapThreshold)
            return false;
    }
    const qint64 t0 = m_profiling ? nowNs() : 0;
    if (!m_swingsReady)
        computeSwings(m_index);
    Pattern p;
    p.type = type;
    p.direction = direction;
    p.timeframe = m_timeframe;
    p.detectedAt = m_openTime;
    p.zoneLow = zoneLow;
    p.zoneHigh = zoneHigh;
    p.statusAt = m_now;
    p.levels = TradingLevelCalculator::levels(
        type, direction, zoneLow, zoneHigh, m_atr.valueOrZero(), {m_swingHigh, m_swingLow});
    const int index = int(m_patterns.size());
    m_patterns.push_back(p);
    m_active.push_back(index);
    m_activeState.push_back(
        {zoneLow, zoneHigh, p.extreme, p.detectedAt, p.detectedAt + m_expiryMs, index, type, direction});
    m_added.push_back(index);
    m_typesAdded |= typeBit;
    if (m_profiling)
        m_stageTimes.levelsNs += nowNs() - t0;
    return true;
}

// Swings of the levels window W = candles max(0, i - window) .. i-1, shared by every pattern of candle i.
void PatternEngine::computeSwings(qint64 i)
{
    m_windowHighs.clear();
    m_windowLows.clear();
    for (qint64 k = std::max<qint64>(0, i - m_settings.levelsWindow); k < i; ++k) {
        m_windowHighs.push_back(slot(k).high);
        m_windowLows.push_back(slot(k).low);
    }
    const auto swings = TradingLevelCalculator::swings(m_windowHighs, m_windowLows, m_settings.levelsSwingRadius);
    m_swingHigh = swings.high;
    m_swingLow = swings.low;
    m_swingsReady = true;
}

void PatternEngine::dropFinished()
{
    model::PatternList kept;
    kept.reserve(m_active.size());
    for (const int index : m_active)
        kept.push_back(m_patterns[size_t(index)]);
    m_patterns = std::move(kept);
    for (size_t k = 0; k < m_active.size(); ++k) {
        m_active[k] = int(k);
        m_activeState[k].index = int(k);
    }
    m_added.clear();
    m_changed.clear();
}

} // namespace cl::analysis
