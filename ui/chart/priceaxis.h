#pragma once

#include "charttheme.h"
#include "chartviewport.h"

#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace cl::chart {

// The right price axis: round tick prices, their grid lines and the coloured price labels.
class PriceAxis
{
public:
    static constexpr double kMinTickGapPx = 36.0;

    // Tick prices inside [low, high] at least kMinTickGapPx apart on a pane heightPx tall.
    static std::vector<double> ticks(double low, double high, double heightPx, bool log);
    // A "nice" step (1, 2 or 5 times a power of ten) of about raw.
    static double niceStep(double raw);
    // Enough decimals to tell prices of this size apart (2 for BTC, 8 for small coins).
    static int decimalsFor(double price);
    static QString format(double price, int decimals);

    static void drawGrid(QPainter &p, const ChartViewport &viewport, const std::vector<double> &ticks,
                         const ChartTheme &theme);
    static void drawLabels(QPainter &p, const ChartViewport &viewport, const QRectF &axis,
                           const std::vector<double> &ticks, int decimals, const ChartTheme &theme);
    // A filled tag on the axis at price (last price, crosshair, alert and signal levels).
    static void drawTag(QPainter &p, const QRectF &axis, double y, const QString &text, const QColor &fill,
                        const QColor &textColour);
};

} // namespace cl::chart
