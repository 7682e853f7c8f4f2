#include "annotationpainter.h"

#include "priceaxis.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cl::chart {

int AnnotationPainter::candleAtOrAfter(std::span<const model::Candle> candles, qint64 timeMs)
{
    const auto it = std::lower_bound(candles.begin(), candles.end(), timeMs,
                                     [](const model::Candle &c, qint64 t) { return c.openTime < t; });
    return int(it - candles.begin());
}

void AnnotationPainter::drawZones(QPainter &p, const ChartFrame &frame, const model::PatternList &patterns)
{
    const ChartViewport &vp = frame.viewport;
    const QRectF plot = frame.layout.price;
    p.save();
    p.setClipRect(plot);
    p.setRenderHint(QPainter::Antialiasing, false);
    for (const model::Pattern &pattern : patterns) {
        const double left = vp.xOfIndexUnit(candleAtOrAfter(frame.candles, pattern.detectedAt));
        // statusAt is the close time of the candle that ended the zone, i.e. the next candle's open.
        const double right = pattern.isActive() ? plot.right()
                                                : vp.xOfIndexUnit(candleAtOrAfter(frame.candles, pattern.statusAt));
        if (right < plot.left() || left > plot.right())
            continue;
        const double top = vp.yOfPrice(pattern.zoneHigh);
        const double bottom = vp.yOfPrice(pattern.zoneLow);
        const QRectF zone(QPointF(left, top), QPointF(std::max(right, left + 2), bottom));
        const bool bullish = pattern.direction == model::Direction::Bullish;
        p.fillRect(zone, bullish ? frame.theme.zoneBullish : frame.theme.zoneBearish);
        // Price fills a bullish zone from above and a bearish one from below.
        const double fill = std::clamp(pattern.fillPct, 0.0, 100.0) / 100.0;
        if (fill > 0) {
            const double level = bullish ? top + zone.height() * fill : bottom - zone.height() * fill;
            const QRectF filled = bullish ? QRectF(QPointF(left, top), QPointF(zone.right(), level))
                                          : QRectF(QPointF(left, level), QPointF(zone.right(), bottom));
            p.fillRect(filled, frame.theme.zoneFill);
            p.setPen(QPen(bullish ? frame.theme.bullish : frame.theme.bearish, 0, Qt::DashLine));
            p.drawLine(QPointF(left, level), QPointF(zone.right(), level));
        }
        p.setPen(bullish ? frame.theme.bullish : frame.theme.bearish);
        const QString text = QString::fromLatin1(model::patternTypeLabel(pattern.type))
            + (fill > 0 ? QStringLiteral(" %1%").arg(pattern.fillPct, 0, 'f', 0) : QString());
        p.drawText(zone.adjusted(3, 1, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextDontClip, text);
    }
    p.restore();
}

void AnnotationPainter::drawTradeMarkers(QPainter &p, const ChartFrame &frame, const TradeMarkerList &markers)
{
    const ChartViewport &vp = frame.viewport;
    p.save();
    p.setClipRect(frame.layout.price);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    for (const TradeMarker &m : markers) {
        const int index = candleAtOrAfter(frame.candles, m.timeMs + 1) - 1; // the candle the trade happened in
        if (index < 0)
            continue;
        const double x = vp.xOfCandle(index);
        const double y = vp.yOfPrice(m.price);
        const double s = 6.0;
        QPainterPath arrow;
        // Buys point up from below the price, sells down from above, like most terminals.
        if (m.buy) {
            arrow.moveTo(x, y);
            arrow.lineTo(x - s, y + 1.6 * s);
            arrow.lineTo(x + s, y + 1.6 * s);
        } else {
            arrow.moveTo(x, y);
            arrow.lineTo(x - s, y - 1.6 * s);
            arrow.lineTo(x + s, y - 1.6 * s);
        }
        arrow.closeSubpath();
        p.setBrush(m.buy ? frame.theme.tradeBuy : frame.theme.tradeSell);
        p.drawPath(arrow);
        if (!m.label.isEmpty()) {
            p.setPen(m.buy ? frame.theme.tradeBuy : frame.theme.tradeSell);
            p.drawText(QPointF(x + s + 2, m.buy ? y + 1.6 * s : y - 1.6 * s + 10), m.label);
            p.setPen(Qt::NoPen);
        }
    }
    p.restore();
}

void AnnotationPainter::drawLevel(QPainter &p, const ChartFrame &frame, double fromX, double price,
                                  const QColor &colour, const QString &name, int decimals, Qt::PenStyle style)
{
    if (!(price > 0) && !(price < 0))
        return;
    const double y = frame.snap(frame.viewport.yOfPrice(price)) + 0.5 / frame.dpr;
    const QRectF plot = frame.layout.price;
    if (y < plot.top() || y > plot.bottom())
        return;
    p.setPen(QPen(colour, 1.0, style));
    p.drawLine(QPointF(std::max(fromX, plot.left()), y), QPointF(plot.right(), y));
    // The axis tag holds the price only (it is narrow); the name sits on the line at the right.
    if (!name.isEmpty()) {
        const QFontMetricsF metrics(p.font());
        p.drawText(QRectF(plot.right() - 204, y - metrics.height() - 1, 200, metrics.height()),
                   Qt::AlignRight | Qt::AlignBottom, name);
    }
    PriceAxis::drawTag(p, frame.layout.priceAxis, y, PriceAxis::format(price, decimals), colour, frame.theme.labelText);
}

void AnnotationPainter::drawSignals(QPainter &p, const ChartFrame &frame, const model::SignalList &signalList,
                                    int decimals)
{
    p.save();
    for (const model::Signal &s : signalList) {
        const double from = frame.viewport.xOfIndexUnit(candleAtOrAfter(frame.candles, s.createdAt));
        const auto level = [&](double price, const QColor &colour, const char *name) {
            drawLevel(p, frame, from, price, colour, QCoreApplication::translate("cl::chart::AnnotationPainter", name),
                      decimals, Qt::DashLine);
        };
        level(s.entry, frame.theme.entry, QT_TRANSLATE_NOOP("cl::chart::AnnotationPainter", "Entry"));
        level(s.stop, frame.theme.stop, QT_TRANSLATE_NOOP("cl::chart::AnnotationPainter", "SL"));
        level(s.tp1, frame.theme.target, QT_TRANSLATE_NOOP("cl::chart::AnnotationPainter", "TP1"));
        level(s.tp2, frame.theme.target, QT_TRANSLATE_NOOP("cl::chart::AnnotationPainter", "TP2"));
        level(s.tp3, frame.theme.target, QT_TRANSLATE_NOOP("cl::chart::AnnotationPainter", "TP3"));
    }
    p.restore();
}

void AnnotationPainter::drawAlertLines(QPainter &p, const ChartFrame &frame, const AlertLineList &alerts, int decimals)
{
    p.save();
    for (const AlertLine &a : alerts) {
        const QString name = a.label.isEmpty() ? QCoreApplication::translate("cl::chart::AnnotationPainter", "Alert")
                                               : a.label;
        drawLevel(p, frame, frame.layout.price.left(), a.price, frame.theme.alert, name, decimals, Qt::DotLine);
    }
    p.restore();
}

} // namespace cl::chart
