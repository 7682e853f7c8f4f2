#pragma once

#include "candlesummary.h"
#include "chartviewport.h"
#include "model/candle.h"

#include <span>
#include <vector>

namespace cl::chart {

// One bar standing for all candles whose centre falls into one pixel column.
struct ColumnBar
{
    double x = 0.0; // centre of the column, logical pixels
    double open = 0.0;  // of the first candle
    double high = 0.0;  // max
    double low = 0.0;   // min
    double close = 0.0; // of the last candle
    double volume = 0.0; // sum
    int first = 0;       // candle range [first, end)
    int end = 0;
};

// When candles are narrower than about two pixels, drawing each one only overdraws; the chart draws
// one OHLC bar per pixel column instead (device pixels, so it stays sharp at any device pixel ratio).
class CandleDecimator
{
public:
    static constexpr double kThresholdSpacing = 2.0;

    // Bars of the candles [0, limit) visible in the viewport, one per column of width columnWidth.
    // Columns partition the candles: every candle belongs to exactly one bar.
    static void columns(std::span<const model::Candle> candles, const CandleSummary &summary,
                        const ChartViewport &viewport, double columnWidth, int limit, std::vector<ColumnBar> &out);
    // The candle index whose centre is at or right of x (the boundary between two columns).
    static int firstCandleFrom(const ChartViewport &viewport, double x);
};

} // namespace cl::chart
