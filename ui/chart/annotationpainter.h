#pragma once

#include "chartannotations.h"
#include "chartframe.h"
#include "model/pattern.h"
#include "model/signal.h"

#include <QRectF>

#include <vector>

class QPainter;

namespace cl::chart {

// What the analysis and the user add on top of the candles: pattern zones, signal levels, alert lines
// and journal trade markers.
class AnnotationPainter
{
public:
    // The candle holding timeMs (the first one opening at or after it); candles.size() past the end.
    static int candleAtOrAfter(std::span<const model::Candle> candles, qint64 timeMs);

    // Shaded zone from the detection candle until it was filled or expired (or the right edge while
    // active). Active zones show the traded-through part, the fill level and a label; finished ones
    // (filled, invalidated, expired) are faint and unlabelled so a busy chart stays readable. The zone
    // named by highlight (null: none) is drawn last and loud: accent outline, stronger fill, label always.
    static void drawZones(QPainter &p, const ChartFrame &frame, const model::PatternList &patterns,
                          const model::PatternKey &highlight = {});
    // Where a zone lies on screen (logical pixels, not clipped to the plot); empty when it has no width.
    static QRectF zoneRect(const ChartFrame &frame, const model::Pattern &pattern);
    // "FVG bull 1h · 35%": the label of the highlighted zone.
    static QString zoneLabel(const model::Pattern &pattern);
    static void drawTradeMarkers(QPainter &p, const ChartFrame &frame, const TradeMarkerList &markers);
    // Entry, stop and target lines with tags on the price axis (overlay).
    static void drawSignals(QPainter &p, const ChartFrame &frame, const model::SignalList &signalList, int decimals);
    static void drawAlertLines(QPainter &p, const ChartFrame &frame, const AlertLineList &alerts, int decimals);

    // Where a label that wants `wanted` goes: moved down below every label in `taken` it would cover, then
    // added to them (zones detected on the same candle start at the same x).
    static QRectF placeLabel(QRectF wanted, std::vector<QRectF> &taken);

private:
    // labels: where the labels drawn so far are; this zone's goes below any it would cover.
    static void drawZone(QPainter &p, const ChartFrame &frame, const model::Pattern &pattern, const QRectF &zone,
                         std::vector<QRectF> &labels);
    static void drawHighlightedZone(QPainter &p, const ChartFrame &frame, const model::Pattern &pattern,
                                    const QRectF &zone);
    static void drawLevel(QPainter &p, const ChartFrame &frame, double fromX, double price, const QColor &colour,
                          const QString &name, int decimals, Qt::PenStyle style);
};

} // namespace cl::chart
