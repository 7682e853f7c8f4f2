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

QRectF AnnotationPainter::zoneRect(const ChartFrame &frame, const model::Pattern &pattern)
{
    const ChartViewport &vp = frame.viewport;
    const int start = candleAtOrAfter(frame.candles, pattern.detectedAt);
    const double left = vp.xOfIndexUnit(start);
    double right = frame.layout.price.right();
    if (!pattern.isActive()) {
        // statusAt is the close time of the candle that ended the zone, i.e. the next candle's open, so the
        // zone stops at the right edge of that candle. A missing statusAt keeps the detection candle only.
        const int end = pattern.statusAt > pattern.detectedAt ? candleAtOrAfter(frame.candles, pattern.statusAt)
                                                              : start + 1;
        right = vp.xOfIndexUnit(std::max(end, start + 1));
    }
    if (!(right > left))
        return {};
    return QRectF(QPointF(left, vp.yOfPrice(pattern.zoneHigh)), QPointF(std::max(right, left + 2),
                                                                         vp.yOfPrice(pattern.zoneLow)));
}

QString AnnotationPainter::zoneLabel(const model::Pattern &pattern)
{
    const bool bullish = pattern.direction == model::Direction::Bullish;
    const QString direction = bullish ? QCoreApplication::translate("cl::chart::AnnotationPainter", "bull")
                                      : QCoreApplication::translate("cl::chart::AnnotationPainter", "bear");
    return QStringLiteral("%1 %2 %3 · %4%")
        .arg(QString::fromLatin1(model::patternTypeLabel(pattern.type)), direction, pattern.timeframe.toString())
        .arg(std::clamp(pattern.fillPct, 0.0, 100.0), 0, 'f', 0);
}

void AnnotationPainter::drawZones(QPainter &p, const ChartFrame &frame, const model::PatternList &patterns,
                                  const model::PatternKey &highlight)
{
    const QRectF plot = frame.layout.price;
    p.save();
    p.setClipRect(plot);
    p.setRenderHint(QPainter::Antialiasing, false);
    const model::Pattern *highlighted = nullptr;
    QRectF highlightedZone;
    std::vector<QRectF> labels;
    for (const model::Pattern &pattern : patterns) {
        const QRectF zone = zoneRect(frame, pattern);
        if (!(zone.width() > 0) || zone.right() < plot.left() || zone.left() > plot.right())
            continue;
        if (highlight.matches(pattern)) {
            highlighted = &pattern; // on top of the others
            highlightedZone = zone;
            continue;
        }
        drawZone(p, frame, pattern, zone, labels);
    }
    if (highlighted)
        drawHighlightedZone(p, frame, *highlighted, highlightedZone);
    p.restore();
}

namespace {
// Price fills a bullish zone from above and a bearish one from below; returns the y of the fill level.
double drawFillLevel(QPainter &p, const ChartFrame &frame, const model::Pattern &pattern, const QRectF &zone)
{
    const bool bullish = pattern.direction == model::Direction::Bullish;
    const double fill = std::clamp(pattern.fillPct, 0.0, 100.0) / 100.0;
    if (!(fill > 0))
        return bullish ? zone.top() : zone.bottom();
    const double level = bullish ? zone.top() + zone.height() * fill : zone.bottom() - zone.height() * fill;
    const QRectF filled = bullish ? QRectF(zone.topLeft(), QPointF(zone.right(), level))
                                  : QRectF(QPointF(zone.left(), level), zone.bottomRight());
    p.fillRect(filled, frame.theme.zoneFill);
    p.setPen(QPen(bullish ? frame.theme.bullish : frame.theme.bearish, 0, Qt::DashLine));
    p.drawLine(QPointF(zone.left(), level), QPointF(zone.right(), level));
    return level;
}

QColor scaledAlpha(QColor colour, double factor, int minimum)
{
    colour.setAlpha(std::clamp(int(colour.alpha() * factor), minimum, 255));
    return colour;
}
} // namespace

void AnnotationPainter::drawZone(QPainter &p, const ChartFrame &frame, const model::Pattern &pattern,
                                 const QRectF &zone, std::vector<QRectF> &labels)
{
    const bool bullish = pattern.direction == model::Direction::Bullish;
    const QColor colour = bullish ? frame.theme.zoneBullish : frame.theme.zoneBearish;
    if (!pattern.isActive()) {
        // History: where a zone was and until when; its final fill (100% when filled) adds nothing.
        p.fillRect(zone, scaledAlpha(colour, 0.4, 8));
        return;
    }
    p.fillRect(zone, colour);
    drawFillLevel(p, frame, pattern, zone);
    p.setPen(bullish ? frame.theme.bullish : frame.theme.bearish);
    const QString text = QString::fromLatin1(model::patternTypeLabel(pattern.type))
        + (pattern.fillPct > 0 ? QStringLiteral(" · %1%").arg(std::min(pattern.fillPct, 100.0), 0, 'f', 0)
                               : QString());
    // Zones detected on the same candle start at the same x: their labels would print over each other.
    const QFontMetricsF metrics(p.font());
    const QRectF label = placeLabel(
        QRectF(zone.topLeft() + QPointF(3, 1), QSizeF(metrics.horizontalAdvance(text) + 2, metrics.height())), labels);
    p.drawText(label, Qt::AlignLeft | Qt::AlignTop | Qt::TextDontClip, text);
}

QRectF AnnotationPainter::placeLabel(QRectF wanted, std::vector<QRectF> &taken)
{
    // Each move goes below a label it covered, so the top only grows and the loop ends.
    for (bool moved = true; moved;) {
        moved = false;
        for (const QRectF &other : taken) {
            if (wanted.intersects(other)) {
                wanted.moveTop(other.bottom() + 1);
                moved = true;
            }
        }
    }
    taken.push_back(wanted);
    return wanted;
}

void AnnotationPainter::drawHighlightedZone(QPainter &p, const ChartFrame &frame, const model::Pattern &pattern,
                                            const QRectF &zone)
{
    const QRectF plot = frame.layout.price;
    const bool bullish = pattern.direction == model::Direction::Bullish;
    p.fillRect(zone, scaledAlpha(bullish ? frame.theme.zoneBullish : frame.theme.zoneBearish, 2.5, 90));
    drawFillLevel(p, frame, pattern, zone);
    QPen outline(frame.theme.highlight, 2.0);
    outline.setJoinStyle(Qt::MiterJoin);
    p.setPen(outline);
    p.setBrush(Qt::NoBrush);
    p.drawRect(zone.adjusted(1, 1, -1, -1));

    // The label sits on a tag in the accent colour above the zone (inside when there is no room), kept
    // inside the plot even when the zone reaches past its edges.
    const QString text = zoneLabel(pattern);
    const QFontMetricsF metrics(p.font());
    const QSizeF size(metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
    double y = zone.top() - size.height() - 1;
    if (y < plot.top())
        y = zone.top() + 3;
    y = std::clamp(y, plot.top(), std::max(plot.top(), plot.bottom() - size.height()));
    const double x = std::clamp(std::max(zone.left(), plot.left()) + 2, plot.left(),
                                std::max(plot.left(), plot.right() - size.width()));
    const QRectF tag(QPointF(x, y), size);
    p.fillRect(tag, frame.theme.highlight);
    p.setPen(frame.theme.background);
    p.drawText(tag, Qt::AlignCenter, text);
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
