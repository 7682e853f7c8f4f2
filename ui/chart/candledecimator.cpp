#include "candledecimator.h"

#include <algorithm>
#include <cmath>

namespace cl::chart {

int CandleDecimator::firstCandleFrom(const ChartViewport &viewport, double x)
{
    return int(std::ceil(viewport.indexUnitAt(x) - 0.5));
}

void CandleDecimator::columns(std::span<const model::Candle> candles, const CandleSummary &summary,
                              const ChartViewport &viewport, double columnWidth, int limit,
                              std::vector<ColumnBar> &out)
{
    out.clear();
    limit = std::min<int>(limit, int(candles.size()));
    const QRectF plot = viewport.plotRect();
    const int columnCount = int(std::ceil(plot.width() / columnWidth));
    // Both sides of a boundary use the same x, so the columns partition the candles exactly.
    int first = std::clamp(firstCandleFrom(viewport, plot.left()), 0, limit);
    for (int k = 0; k < columnCount && first < limit; ++k) {
        const double right = plot.left() + (k + 1) * columnWidth;
        const int end = std::clamp(firstCandleFrom(viewport, right), first, limit);
        if (end > first) {
            const CandleSummary::Range r = summary.query(candles, first, end);
            ColumnBar bar;
            bar.x = plot.left() + (k + 0.5) * columnWidth;
            bar.open = candles[size_t(first)].open;
            bar.close = candles[size_t(end - 1)].close;
            bar.high = r.high;
            bar.low = r.low;
            bar.volume = r.volume;
            bar.first = first;
            bar.end = end;
            out.push_back(bar);
        }
        first = end;
    }
}

} // namespace cl::chart
