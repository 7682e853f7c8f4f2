#include "indicatorpainter.h"

#include "candlepainter.h"

#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace cl::chart {

namespace {
// One device pixel, cosmetic: Qt's raster engine strokes such pens with its fast line drawer, while a
// wider pen turns every polyline of a thousand points into a path to fill (over 100 ms a frame).
QPen linePen(const QColor &colour, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(colour, 1.0, style);
    pen.setCosmetic(true);
    return pen;
}

// A line through values[samples.index[k]] mapped by toY; NaN values break the line.
template<typename ToY>
void drawLine(QPainter &p, const std::vector<float> &values, const LineSamples &samples, ToY toY)
{
    if (values.empty())
        return;
    QPolygonF line;
    line.reserve(qsizetype(samples.index.size()));
    auto flush = [&] {
        if (line.size() > 1)
            p.drawPolyline(line);
        line.clear();
    };
    for (size_t k = 0; k < samples.index.size(); ++k) {
        const int i = samples.index[k];
        const float v = i >= 0 && size_t(i) < values.size() ? values[size_t(i)] : NAN;
        if (std::isnan(v)) {
            flush();
            continue;
        }
        line << QPointF(samples.x[k], toY(double(v)));
    }
    flush();
}
} // namespace

void IndicatorPainter::drawOverlays(QPainter &p, const ChartFrame &frame, const LineSamples &samples)
{
    const ChartViewport &vp = frame.viewport;
    const auto toY = [&vp](double v) { return vp.yOfPrice(v); };
    p.save();
    p.setClipRect(frame.layout.price);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(Qt::NoBrush);
    const ChartIndicators &ind = frame.indicators;
    if (frame.enabled.testFlag(Indicator::Bollinger)) {
        p.setPen(linePen(frame.theme.bollinger));
        drawLine(p, ind.bollingerUpper(), samples, toY);
        drawLine(p, ind.bollingerLower(), samples, toY);
        p.setPen(linePen(frame.theme.bollinger, Qt::DashLine));
        drawLine(p, ind.bollingerMid(), samples, toY);
    }
    if (frame.enabled.testFlag(Indicator::Sma)) {
        p.setPen(linePen(frame.theme.sma));
        drawLine(p, ind.sma(), samples, toY);
    }
    if (frame.enabled.testFlag(Indicator::Ema)) {
        p.setPen(linePen(frame.theme.ema));
        drawLine(p, ind.ema(), samples, toY);
    }
    p.restore();
}

void IndicatorPainter::drawRsi(QPainter &p, const ChartFrame &frame, const LineSamples &samples)
{
    const QRectF pane = frame.layout.rsi;
    if (pane.isEmpty())
        return;
    const auto toY = [&pane](double v) { return pane.bottom() - 3 - v / 100.0 * (pane.height() - 6); };
    p.save();
    p.setClipRect(pane);
    p.setPen(QPen(frame.theme.rsiBands, 0, Qt::DashLine));
    for (double level : {30.0, 70.0})
        p.drawLine(QPointF(pane.left(), toY(level)), QPointF(pane.right(), toY(level)));
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(linePen(frame.theme.rsi));
    drawLine(p, frame.indicators.rsi(), samples, toY);
    p.restore();
}

void IndicatorPainter::drawMacd(QPainter &p, const ChartFrame &frame, const LineSamples &samples)
{
    const QRectF pane = frame.layout.macd;
    const ChartIndicators &ind = frame.indicators;
    if (pane.isEmpty() || ind.macd().empty())
        return;
    double extent = 0.0;
    for (int i : samples.index) {
        for (const auto *series : {&ind.macd(), &ind.macdSignalLine(), &ind.macdHist()}) {
            // The lines may lag the candles by the newest ones while a recomputation runs.
            const float v = size_t(i) < series->size() ? (*series)[size_t(i)] : NAN;
            if (!std::isnan(v))
                extent = std::max(extent, double(std::abs(v)));
        }
    }
    if (!(extent > 0))
        return;
    const double mid = pane.center().y();
    const double scale = (pane.height() / 2 - 3) / extent;
    const auto toY = [mid, scale](double v) { return mid - v * scale; };
    p.save();
    p.setClipRect(pane);
    p.setPen(QPen(frame.theme.grid, 0));
    p.drawLine(QPointF(pane.left(), mid), QPointF(pane.right(), mid));
    const double width = std::max(frame.devicePixel(), frame.viewport.spacing() * 0.6);
    const QColor up = CandlePainter::solid(frame.theme.macdHistUp, frame);
    const QColor down = CandlePainter::solid(frame.theme.macdHistDown, frame);
    p.setRenderHint(QPainter::Antialiasing, false);
    for (size_t k = 0; k < samples.index.size(); ++k) {
        const size_t i = size_t(samples.index[k]);
        const float h = i < ind.macdHist().size() ? ind.macdHist()[i] : NAN;
        if (std::isnan(h))
            continue;
        const double y = toY(h);
        p.fillRect(QRectF(samples.x[k] - width / 2, std::min(y, mid), width, std::abs(y - mid)),
                   h >= 0 ? up : down);
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(linePen(frame.theme.macd));
    drawLine(p, ind.macd(), samples, toY);
    p.setPen(linePen(frame.theme.macdSignal));
    drawLine(p, ind.macdSignalLine(), samples, toY);
    p.restore();
}

} // namespace cl::chart
