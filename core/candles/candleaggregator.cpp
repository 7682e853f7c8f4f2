#include "candleaggregator.h"

#include <algorithm>
#include <array>

namespace cl::candles {

namespace {

using model::Candle;
using model::CandleSeries;
using model::Timeframe;

constexpr qint64 kNotStarted = std::numeric_limits<qint64>::min();
constexpr int kHigher = Timeframe::Count - 1; // 3m .. 1w; slot k holds Timeframe::Id(k + 1)

// Each timeframe above 5m and the finer timeframe it is built from; every bucket of the finer one lies
// inside exactly one bucket of the coarser one (weeks start on a day boundary, days on a 12h one ...).
constexpr std::array<std::pair<Timeframe::Id, Timeframe::Id>, 9> kCascade{{{Timeframe::M15, Timeframe::M5},
                                                                          {Timeframe::M30, Timeframe::M15},
                                                                          {Timeframe::H1, Timeframe::M30},
                                                                          {Timeframe::H2, Timeframe::H1},
                                                                          {Timeframe::H4, Timeframe::H2},
                                                                          {Timeframe::H6, Timeframe::H2},
                                                                          {Timeframe::H12, Timeframe::H6},
                                                                          {Timeframe::D1, Timeframe::H12},
                                                                          {Timeframe::W1, Timeframe::D1}}};

// Twelve running volume sums, one per timeframe slot, each added to in 1m order. With GCC and Clang they
// are three 4-wide vectors, so one candle costs a handful of vector adds instead of twelve scalar
// read-modify-writes; each lane is still its own sequential sum, so the result is bit-identical.
class VolumeSums
{
public:
#if defined(__GNUC__)
    using Lanes = double __attribute__((vector_size(32)));
    void add(double v)
    {
        const Lanes splat = {v, v, v, v};
        m_lanes[0] += splat;
        m_lanes[1] += splat;
        m_lanes[2] += splat;
    }
    double operator[](int k) const { return m_lanes[k / 4][k % 4]; }
    void reset(int k) { m_lanes[k / 4][k % 4] = 0.0; }

private:
    Lanes m_lanes[3] = {};
#else
    void add(double v)
    {
        for (double &sum : m_sums)
            sum += v;
    }
    double operator[](int k) const { return m_sums[size_t(k)]; }
    void reset(int k) { m_sums[size_t(k)] = 0.0; }

private:
    std::array<double, 12> m_sums{};
#endif
};

// One bucket being filled. end = start + duration so the loops compare instead of dividing.
struct Bucket
{
    qint64 start = 0;
    qint64 end = kNotStarted;
    double open = 0, high = 0, low = 0, close = 0;
};

// Starts the bucket holding t; the next bucket usually follows the last one, so only a gap needs a division.
inline void startBucket(Bucket &b, Timeframe tf, qint64 duration, qint64 t)
{
    b.start = (b.end != kNotStarted && t < b.end + duration) ? b.end : tf.bucketStart(t);
    b.end = b.start + duration;
}

inline void addTo(Bucket &b, const Candle &c)
{
    b.high = std::max(b.high, c.high);
    b.low = std::min(b.low, c.low);
    b.close = c.close;
}

// Folds candles of a finer timeframe into tf (open/high/low/close only; volumes come from the 1m pass).
CandleSeries cascade(const CandleSeries &finer, Timeframe tf)
{
    CandleSeries out;
    out.reserve(finer.size() / 2 + 1);
    const qint64 duration = tf.durationMs();
    Bucket b;
    for (const Candle &c : finer) {
        if (c.openTime < b.end) {
            addTo(b, c);
            continue;
        }
        if (b.end != kNotStarted)
            out.push_back({b.start, b.open, b.high, b.low, b.close, 0.0});
        startBucket(b, tf, duration, c.openTime);
        b.open = c.open, b.high = c.high, b.low = c.low, b.close = c.close;
    }
    if (b.end != kNotStarted)
        out.push_back({b.start, b.open, b.high, b.low, b.close, 0.0});
    return out;
}

// The one pass over the 1m candles: 3m and 5m candles in full (volumes included), and the in-order volume
// sums of every higher timeframe in volumes[k] (k >= 2). The volume accumulators form a plain array updated for every candle without
// branches, which the compiler turns into vector adds; each lane is still one sequential sum.
struct MinutePass
{
    CandleSeries m3, m5;
    std::array<std::vector<double>, kHigher> volumes;
};

MinutePass runMinutePass(std::span<const Candle> minutes)
{
    MinutePass pass;
    pass.m3.reserve(minutes.size() / 3 + 1);
    pass.m5.reserve(minutes.size() / 5 + 1);
    std::array<Timeframe, kHigher> tfs{};
    std::array<qint64, kHigher> durations{};
    std::array<qint64, kHigher> ends{};
    for (int k = 0; k < kHigher; ++k) {
        tfs[k] = Timeframe(Timeframe::Id(k + 1));
        durations[k] = tfs[k].durationMs();
        ends[k] = kNotStarted;
        if (k >= 2)
            pass.volumes[k].reserve(minutes.size() / size_t(durations[k] / 60'000) + 1);
    }
    VolumeSums volume;
    Bucket b3, b5;

    auto closeVolume = [&](int k) {
        if (ends[k] != kNotStarted)
            pass.volumes[k].push_back(volume[k]);
        volume.reset(k);
    };
    for (const Candle &m : minutes) {
        const qint64 t = m.openTime;
        if (t < b3.end) {
            addTo(b3, m);
        } else {
            if (b3.end != kNotStarted)
                pass.m3.push_back({b3.start, b3.open, b3.high, b3.low, b3.close, volume[0]});
            volume.reset(0);
            startBucket(b3, tfs[0], durations[0], t);
            b3.open = m.open, b3.high = m.high, b3.low = m.low, b3.close = m.close;
        }
        if (t < b5.end) {
            addTo(b5, m);
        } else {
            if (b5.end != kNotStarted)
                pass.m5.push_back({b5.start, b5.open, b5.high, b5.low, b5.close, volume[1]});
            volume.reset(1);
            startBucket(b5, tfs[1], durations[1], t);
            b5.open = m.open, b5.high = m.high, b5.low = m.low, b5.close = m.close;
            // Every boundary of 15m .. 1w is also a 5m boundary: only here can they change.
            for (int k = 2; k < kHigher; ++k) {
                if (t >= ends[k]) {
                    closeVolume(k);
                    ends[k] = tfs[k].bucketStart(t) + durations[k];
                }
            }
        }
        volume.add(m.volume);
    }
    for (int k = 2; k < kHigher; ++k)
        closeVolume(k);
    if (b3.end != kNotStarted)
        pass.m3.push_back({b3.start, b3.open, b3.high, b3.low, b3.close, volume[0]});
    if (b5.end != kNotStarted)
        pass.m5.push_back({b5.start, b5.open, b5.high, b5.low, b5.close, volume[1]});
    return pass;
}

void dropUnclosed(CandleSeries &candles, Timeframe tf, qint64 closedBeforeMs)
{
    const qint64 duration = tf.durationMs();
    while (!candles.empty() && candles.back().openTime > closedBeforeMs - duration)
        candles.pop_back();
}

} // namespace

model::CandleSeries CandleAggregator::aggregate(std::span<const model::Candle> minutes, model::Timeframe timeframe,
                                                qint64 closedBeforeMs)
{
    const model::Timeframe one[] = {timeframe};
    return std::move(aggregate(minutes, one, closedBeforeMs).front());
}

std::vector<model::CandleSeries> CandleAggregator::aggregate(std::span<const model::Candle> minutes,
                                                             std::span<const model::Timeframe> timeframes,
                                                             qint64 closedBeforeMs)
{
    MinutePass pass = runMinutePass(minutes);
    std::array<CandleSeries, Timeframe::Count> built;
    built[Timeframe::M3] = std::move(pass.m3);
    built[Timeframe::M5] = std::move(pass.m5);
    for (const auto &[target, source] : kCascade)
        built[target] = cascade(built[source], target);
    for (int k = 0; k < kHigher; ++k) {
        CandleSeries &series = built[k + 1];
        if (k >= 2) {
            // Same buckets in the same order: a bucket exists in both iff one of its minutes does.
            Q_ASSERT(series.size() == pass.volumes[k].size());
            for (size_t i = 0; i < series.size(); ++i)
                series[i].volume = pass.volumes[k][i];
        }
        dropUnclosed(series, Timeframe::Id(k + 1), closedBeforeMs);
    }
    std::vector<CandleSeries> results(timeframes.size());
    for (size_t i = timeframes.size(); i-- > 0;) {
        const Timeframe tf = timeframes[i];
        const bool askedAgainEarlier = std::find(timeframes.begin(), timeframes.begin() + qsizetype(i), tf) != timeframes.begin() + qsizetype(i);
        if (tf == Timeframe::M1) {
            results[i].assign(minutes.begin(), minutes.end());
            dropUnclosed(results[i], tf, closedBeforeMs);
        } else if (askedAgainEarlier) {
            results[i] = built[tf.index()];
        } else {
            results[i] = std::move(built[tf.index()]); // the last use: no copy
        }
    }
    return results;
}

} // namespace cl::candles
