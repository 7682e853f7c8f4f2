#pragma once

#include "model/candle.h"

#include <span>
#include <vector>

namespace cl::chart {

// High, low and volume of any run of candles in a few dozen steps instead of one step per candle:
// a pyramid of blocks (16 candles, 16 blocks, ...) each holding its max high, min low and volume sum.
// It costs about 1.6 bytes per candle and lets a chart showing a million candles find every pixel
// column's bar and the autoscale range without touching each candle.
class CandleSummary
{
public:
    static constexpr int kFanOut = 16;

    struct Range
    {
        double high = 0.0;
        double low = 0.0;
        double volume = 0.0; // sum
        bool valid = false;

        void add(double h, double l, double v);
    };

    void rebuild(std::span<const model::Candle> candles);
    // Recomputes the blocks holding candles [from, end) after they changed or were appended.
    void updateFrom(std::span<const model::Candle> candles, int from);
    // Candles [first, end) of the same span the summary was built from.
    Range query(std::span<const model::Candle> candles, int first, int end) const;
    size_t memoryBytes() const;

private:
    struct Block
    {
        double high;
        double low;
        double volume;
    };
    void rebuildLevel(size_t level, std::span<const model::Candle> candles, size_t fromBlock);

    std::vector<std::vector<Block>> m_levels; // level L block covers kFanOut^(L+1) candles
};

} // namespace cl::chart
