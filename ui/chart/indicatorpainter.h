#pragma once

#include "chartframe.h"

class QPainter;

namespace cl::chart {

// EMA, SMA and Bollinger lines over the price pane; the RSI and MACD panes.
class IndicatorPainter
{
public:
    static void drawOverlays(QPainter &p, const ChartFrame &frame, const LineSamples &samples);
    static void drawRsi(QPainter &p, const ChartFrame &frame, const LineSamples &samples);
    static void drawMacd(QPainter &p, const ChartFrame &frame, const LineSamples &samples);
};

} // namespace cl::chart
