#include "candleaggregator.h"

#include <algorithm>

namespace cl::candles {

namespace {

// The bucket being filled for one timeframe. bucketEnd caches start + duration so the hot loop
// compares instead of dividing for every candle.
struct Bucket
{
    model::Timeframe timeframe;
    qint64 durationMs = 0;
    qint64 bucketEnd = std::numeric_limits<qint64>::min();
    bool open = false;
    model::Candle candle;
    model::CandleSeries *output = nullptr;
};

inline void emitIfClosed(Bucket &bucket, qint64 closedBeforeMs)
{
    if (bucket.open && bucket.bucketEnd <= closedBeforeMs)
        bucket.output->push_back(bucket.candle);
}

inline void add(Bucket &bucket, const model::Candle &m, qint64 closedBeforeMs)
{
    if (m.openTime >= bucket.bucketEnd || !bucket.open) {
        emitIfClosed(bucket, closedBeforeMs);
        const qint64 start = bucket.timeframe.bucketStart(m.openTime);
        bucket.bucketEnd = start + bucket.durationMs;
        bucket.candle = {start, m.open, m.high, m.low, m.close, m.volume};
        bucket.open = true;
        return;
    }
    model::Candle &c = bucket.candle;
    c.high = std::max(c.high, m.high);
    c.low = std::min(c.low, m.low);
    c.close = m.close;
    c.volume += m.volume;
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
    std::vector<model::CandleSeries> results(timeframes.size());
    std::vector<Bucket> buckets(timeframes.size());
    for (size_t k = 0; k < timeframes.size(); ++k) {
        buckets[k].timeframe = timeframes[k];
        buckets[k].durationMs = timeframes[k].durationMs();
        buckets[k].output = &results[k];
        results[k].reserve(minutes.size() / size_t(buckets[k].durationMs / 60'000) + 2);
    }
    for (const model::Candle &m : minutes) {
        for (Bucket &bucket : buckets)
            add(bucket, m, closedBeforeMs);
    }
    for (Bucket &bucket : buckets)
        emitIfClosed(bucket, closedBeforeMs);
    return results;
}

} // namespace cl::candles
