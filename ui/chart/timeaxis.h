#pragma once

#include "charttheme.h"
#include "chartviewport.h"
#include "model/candle.h"

#include <QRectF>
#include <QString>

#include <span>
#include <vector>

class QPainter;

namespace cl::chart {

enum class TimeZoneMode : quint8 { Utc, Local };

// The bottom time axis: ticks on round times (in UTC or the machine's local time, a setting) placed at
// the candle that holds them, so gaps in the data do not bend the axis.
class TimeAxis
{
public:
    static constexpr double kMinTickGapPx = 90.0;

    struct Tick
    {
        double x = 0.0;
        qint64 timeMs = 0;
        QString label;
    };

    static std::vector<Tick> ticks(std::span<const model::Candle> candles, const ChartViewport &viewport,
                                   TimeZoneMode zone);
    // Offset of the zone from UTC at timeMs, in ms (0 for UTC).
    static qint64 offsetMs(qint64 timeMs, TimeZoneMode zone);
    // The label of a tick with the given step ("14:30", "12 Mar", "Mar", "2024").
    static QString label(qint64 timeMs, qint64 stepMs, TimeZoneMode zone);
    // Full date and time for the crosshair label.
    static QString fullLabel(qint64 timeMs, qint64 candleMs, TimeZoneMode zone);

    static void drawGrid(QPainter &p, const QRectF &panes, const std::vector<Tick> &ticks, const ChartTheme &theme);
    static void drawLabels(QPainter &p, const QRectF &axis, const std::vector<Tick> &ticks, const ChartTheme &theme);
};

} // namespace cl::chart
