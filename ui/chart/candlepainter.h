#pragma once

#include "chartframe.h"

class QPainter;

namespace cl::chart {

// Candles (or per-column bars when they are narrower than two pixels) and the volume pane.
class CandlePainter
{
public:
    static void drawCandles(QPainter &p, const ChartFrame &frame);
    // A single candle (the live one, drawn on the overlay).
    static void drawCandle(QPainter &p, const ChartFrame &frame, int index);
    // The highest volume the volume pane must show: of the visible candles or columns.
    static double visibleVolumeMax(const ChartFrame &frame);
    static void drawVolume(QPainter &p, const ChartFrame &frame, double volumeMax);
    static void drawVolumeBar(QPainter &p, const ChartFrame &frame, int index, double volumeMax);
    // A translucent theme colour mixed over the chart background (fills without per-span blending).
    static QColor solid(const QColor &colour, const ChartFrame &frame);

private:
    static double bodyWidth(const ChartFrame &frame);
};

} // namespace cl::chart
