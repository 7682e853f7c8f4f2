#pragma once

#include "chartindicators.h"

#include <QRectF>
#include <QSizeF>

namespace cl::chart {

// Where each part of the chart sits: the price pane on top, then the enabled lower panes (volume, RSI,
// MACD) stacked under it, the price axis at the right and the time axis at the bottom. All panes share
// the horizontal mapping of the price pane.
struct ChartLayout
{
    static constexpr double kPriceAxisWidth = 78.0;
    static constexpr double kTimeAxisHeight = 24.0;
    static constexpr double kLowerPaneShare = 0.16; // of the height, per lower pane

    QRectF price;
    QRectF volume; // empty when hidden
    QRectF rsi;
    QRectF macd;
    QRectF priceAxis; // right of the price pane, full height of the panes
    QRectF timeAxis;

    static ChartLayout compute(const QSizeF &size, Indicators enabled);
    // The pane under a point: 0 price, 1 volume, 2 RSI, 3 MACD, -1 none (axes).
    int paneAt(const QPointF &point) const;
};

} // namespace cl::chart
