#include "chartlayout.h"

#include <algorithm>

namespace cl::chart {

ChartLayout ChartLayout::compute(const QSizeF &size, Indicators enabled)
{
    ChartLayout layout;
    const double width = std::max(10.0, size.width() - kPriceAxisWidth);
    const double panesHeight = std::max(10.0, size.height() - kTimeAxisHeight);
    int lower = 0;
    for (Indicator pane : {Indicator::Volume, Indicator::Rsi, Indicator::Macd})
        lower += enabled.testFlag(pane) ? 1 : 0;
    const double lowerHeight = panesHeight * kLowerPaneShare;
    const double priceHeight = std::max(10.0, panesHeight - lower * lowerHeight);
    layout.price = QRectF(0, 0, width, priceHeight);
    double y = priceHeight;
    auto take = [&](Indicator pane, QRectF &rect) {
        if (!enabled.testFlag(pane))
            return;
        rect = QRectF(0, y, width, lowerHeight);
        y += lowerHeight;
    };
    take(Indicator::Volume, layout.volume);
    take(Indicator::Rsi, layout.rsi);
    take(Indicator::Macd, layout.macd);
    layout.priceAxis = QRectF(width, 0, kPriceAxisWidth, y);
    layout.timeAxis = QRectF(0, y, width, kTimeAxisHeight);
    return layout;
}

int ChartLayout::paneAt(const QPointF &point) const
{
    const QRectF panes[] = {price, volume, rsi, macd};
    for (int i = 0; i < 4; ++i) {
        if (!panes[i].isEmpty() && panes[i].contains(point))
            return i;
    }
    return -1;
}

} // namespace cl::chart
