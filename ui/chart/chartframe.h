#pragma once

#include "candledecimator.h"
#include "candlesummary.h"
#include "chartindicators.h"
#include "chartlayout.h"
#include "charttheme.h"
#include "chartviewport.h"
#include "model/candle.h"

#include <cmath>
#include <span>
#include <vector>

namespace cl::chart {

// Everything the painters read to draw one frame; the widget owns the data, painters are stateless.
struct ChartFrame
{
    std::span<const model::Candle> candles;
    const CandleSummary &summary;
    const ChartIndicators &indicators;
    const ChartViewport &viewport;
    const ChartLayout &layout;
    const ChartTheme &theme;
    Indicators enabled;
    double dpr = 1.0;
    bool columnMode = false;
    const std::vector<ColumnBar> &columns; // the bars in column mode
    int first = 0;                         // visible candles of the static layer [first, end)
    int end = 0;

    // Snaps a logical coordinate to the device pixel grid, so 1-device-pixel lines stay sharp.
    double snap(double v) const { return std::round(v * dpr) / dpr; }
    double devicePixel() const { return 1.0 / dpr; }
};

// The points an indicator line passes through: one per candle, or one per column in column mode
// (the value of the column's last candle).
struct LineSamples
{
    std::vector<int> index;
    std::vector<double> x;

    void build(const ChartFrame &frame);
};

} // namespace cl::chart
