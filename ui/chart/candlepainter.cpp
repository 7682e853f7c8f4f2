#include "candlepainter.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cl::chart {

namespace {
// Translucent bars blend span by span, which Qt's raster engine hands to its thread pool for every tall
// bar: a thousand bars cost tens of milliseconds in thread hand-offs. The pane's background is plain,
// so the same colour mixed in advance fills as a solid rectangle.
QColor opaqueOver(const QColor &colour, const QColor &background)
{
    const double a = colour.alphaF();
    return QColor::fromRgbF(float(colour.redF() * a + background.redF() * (1 - a)),
                            float(colour.greenF() * a + background.greenF() * (1 - a)),
                            float(colour.blueF() * a + background.blueF() * (1 - a)));
}
} // namespace

QColor CandlePainter::solid(const QColor &colour, const ChartFrame &frame)
{
    return opaqueOver(colour, frame.theme.background);
}

void LineSamples::build(const ChartFrame &frame)
{
    index.clear();
    x.clear();
    if (frame.columnMode) {
        index.reserve(frame.columns.size());
        x.reserve(frame.columns.size());
        for (const ColumnBar &bar : frame.columns) {
            index.push_back(bar.end - 1);
            x.push_back(bar.x);
        }
        return;
    }
    // One candle beyond each side, so lines run to the plot's edges.
    const int from = std::max(0, frame.first - 1);
    const int to = std::min<int>(int(frame.candles.size()), frame.end + 1);
    for (int i = from; i < to; ++i) {
        index.push_back(i);
        x.push_back(frame.viewport.xOfCandle(i));
    }
}

double CandlePainter::bodyWidth(const ChartFrame &frame)
{
    const double spacing = frame.viewport.spacing();
    // Leave a gap of at least one device pixel between bodies; odd device widths centre on the wick.
    int device = int(std::floor(spacing * 0.72 * frame.dpr));
    if (device % 2 == 0)
        device -= 1;
    return std::max(1, device) / frame.dpr;
}

void CandlePainter::drawCandles(QPainter &p, const ChartFrame &frame)
{
    const ChartViewport &vp = frame.viewport;
    const double px = frame.devicePixel();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setClipRect(frame.layout.price);
    if (frame.columnMode) {
        std::vector<QRectF> up, down;
        up.reserve(frame.columns.size());
        down.reserve(frame.columns.size());
        for (const ColumnBar &bar : frame.columns) {
            const double top = frame.snap(vp.yOfPrice(bar.high));
            const double bottom = std::max(top + px, frame.snap(vp.yOfPrice(bar.low)));
            const double left = frame.snap(bar.x - px / 2);
            (bar.close >= bar.open ? up : down).push_back(QRectF(left, top, px, bottom - top));
        }
        p.setPen(Qt::NoPen);
        p.setBrush(frame.theme.bullish);
        p.drawRects(up.data(), int(up.size()));
        p.setBrush(frame.theme.bearish);
        p.drawRects(down.data(), int(down.size()));
        p.restore();
        return;
    }
    for (int i = frame.first; i < frame.end; ++i)
        drawCandle(p, frame, i);
    p.restore();
}

void CandlePainter::drawCandle(QPainter &p, const ChartFrame &frame, int index)
{
    if (index < 0 || index >= int(frame.candles.size()))
        return;
    const model::Candle &c = frame.candles[size_t(index)];
    const ChartViewport &vp = frame.viewport;
    const double px = frame.devicePixel();
    const QColor &colour = c.close >= c.open ? frame.theme.bullish : frame.theme.bearish;
    const double centre = frame.snap(vp.xOfCandle(index) - px / 2);
    const double high = frame.snap(vp.yOfPrice(c.high));
    const double low = std::max(high + px, frame.snap(vp.yOfPrice(c.low)));
    const double top = frame.snap(vp.yOfPrice(std::max(c.open, c.close)));
    const double bottom = std::max(top + px, frame.snap(vp.yOfPrice(std::min(c.open, c.close))));
    const double width = bodyWidth(frame);
    const bool aa = p.testRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.fillRect(QRectF(centre, high, px, low - high), colour);
    p.fillRect(QRectF(centre - (width - px) / 2, top, width, bottom - top), colour);
    p.setRenderHint(QPainter::Antialiasing, aa);
}

double CandlePainter::visibleVolumeMax(const ChartFrame &frame)
{
    double max = 0.0;
    if (frame.columnMode) {
        for (const ColumnBar &bar : frame.columns)
            max = std::max(max, bar.volume);
    } else {
        for (int i = frame.first; i < frame.end; ++i)
            max = std::max(max, frame.candles[size_t(i)].volume);
    }
    // The live candle is drawn on the overlay but shares the scale.
    if (!frame.candles.empty() && frame.viewport.visibleRange().end == int(frame.candles.size()))
        max = std::max(max, frame.candles.back().volume);
    return max;
}

void CandlePainter::drawVolume(QPainter &p, const ChartFrame &frame, double volumeMax)
{
    const QRectF pane = frame.layout.volume;
    if (pane.isEmpty() || !(volumeMax > 0))
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setClipRect(pane);
    p.setPen(Qt::NoPen);
    const double scale = (pane.height() - 4) / volumeMax;
    std::vector<QRectF> up, down;
    if (frame.columnMode) {
        const double px = frame.devicePixel();
        for (const ColumnBar &bar : frame.columns) {
            const double h = std::max(px, frame.snap(bar.volume * scale));
            (bar.close >= bar.open ? up : down).push_back(QRectF(frame.snap(bar.x - px / 2), pane.bottom() - h, px, h));
        }
    } else {
        const double width = bodyWidth(frame);
        for (int i = frame.first; i < frame.end; ++i) {
            const model::Candle &c = frame.candles[size_t(i)];
            const double h = std::max(frame.devicePixel(), frame.snap(c.volume * scale));
            const double left = frame.snap(frame.viewport.xOfCandle(i) - frame.devicePixel() / 2) - (width - frame.devicePixel()) / 2;
            (c.close >= c.open ? up : down).push_back(QRectF(left, pane.bottom() - h, width, h));
        }
    }
    p.setBrush(solid(frame.theme.bullishVolume, frame));
    p.drawRects(up.data(), int(up.size()));
    p.setBrush(solid(frame.theme.bearishVolume, frame));
    p.drawRects(down.data(), int(down.size()));
    p.restore();
}

void CandlePainter::drawVolumeBar(QPainter &p, const ChartFrame &frame, int index, double volumeMax)
{
    const QRectF pane = frame.layout.volume;
    if (pane.isEmpty() || !(volumeMax > 0) || index < 0 || index >= int(frame.candles.size()))
        return;
    const model::Candle &c = frame.candles[size_t(index)];
    const double h = std::clamp(c.volume * (pane.height() - 4) / volumeMax, frame.devicePixel(), pane.height());
    const double width = bodyWidth(frame);
    const double left = frame.snap(frame.viewport.xOfCandle(index) - frame.devicePixel() / 2) - (width - frame.devicePixel()) / 2;
    p.fillRect(QRectF(left, pane.bottom() - h, width, h),
               solid(c.close >= c.open ? frame.theme.bullishVolume : frame.theme.bearishVolume, frame));
}

} // namespace cl::chart
