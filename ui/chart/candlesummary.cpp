#include "candlesummary.h"

#include <algorithm>

namespace cl::chart {

void CandleSummary::Range::add(double h, double l, double v)
{
    if (!valid) {
        high = h;
        low = l;
        volume = v;
        valid = true;
        return;
    }
    high = std::max(high, h);
    low = std::min(low, l);
    volume += v;
}

void CandleSummary::rebuild(std::span<const model::Candle> candles)
{
    m_levels.clear();
    updateFrom(candles, 0);
}

void CandleSummary::updateFrom(std::span<const model::Candle> candles, int from)
{
    size_t below = candles.size();
    size_t fromBlock = size_t(std::max(0, from));
    size_t level = 0;
    // A level of a single block would only repeat the one below.
    while (below > 1) {
        const size_t count = (below + kFanOut - 1) / kFanOut;
        fromBlock /= kFanOut;
        if (m_levels.size() <= level)
            m_levels.emplace_back();
        m_levels[level].resize(count);
        rebuildLevel(level, candles, std::min(fromBlock, count));
        below = count;
        ++level;
    }
    m_levels.resize(level);
}

void CandleSummary::rebuildLevel(size_t level, std::span<const model::Candle> candles, size_t fromBlock)
{
    std::vector<Block> &blocks = m_levels[level];
    for (size_t b = fromBlock; b < blocks.size(); ++b) {
        Range r;
        const size_t first = b * kFanOut;
        if (level == 0) {
            const size_t end = std::min(candles.size(), first + kFanOut);
            for (size_t i = first; i < end; ++i)
                r.add(candles[i].high, candles[i].low, candles[i].volume);
        } else {
            const std::vector<Block> &below = m_levels[level - 1];
            const size_t end = std::min(below.size(), first + kFanOut);
            for (size_t i = first; i < end; ++i)
                r.add(below[i].high, below[i].low, below[i].volume);
        }
        blocks[b] = {r.high, r.low, r.volume};
    }
}

CandleSummary::Range CandleSummary::query(std::span<const model::Candle> candles, int first, int end) const
{
    Range r;
    first = std::max(first, 0);
    end = std::min<int>(end, int(candles.size()));
    size_t i = size_t(std::max(first, 0));
    const size_t stop = size_t(std::max(end, first));
    while (i < stop) {
        // The biggest aligned block that starts at i and fits before stop.
        size_t size = 1;
        int level = -1;
        for (size_t l = 0; l < m_levels.size(); ++l) {
            const size_t s = size * kFanOut;
            if (i % s != 0 || i + s > stop)
                break;
            size = s;
            level = int(l);
        }
        if (level < 0) {
            const model::Candle &c = candles[i];
            r.add(c.high, c.low, c.volume);
        } else {
            const Block &b = m_levels[size_t(level)][i / size];
            r.add(b.high, b.low, b.volume);
        }
        i += size;
    }
    return r;
}

size_t CandleSummary::memoryBytes() const
{
    size_t bytes = 0;
    for (const auto &level : m_levels)
        bytes += level.capacity() * sizeof(Block);
    return bytes;
}

} // namespace cl::chart
