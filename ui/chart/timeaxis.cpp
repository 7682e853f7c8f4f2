#include "timeaxis.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace cl::chart {

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kMonth = 30 * kDay; // a marker: month steps walk the calendar
constexpr qint64 kYear = 365 * kDay;
constexpr std::array<qint64, 19> kSteps{kMinute, 2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute,
                                        kHour, 2 * kHour, 3 * kHour, 6 * kHour, 12 * kHour, kDay, 2 * kDay, 7 * kDay,
                                        14 * kDay, kMonth, 3 * kMonth, kYear, 5 * kYear};

QDateTime inZone(qint64 timeMs, TimeZoneMode zone)
{
    return QDateTime::fromMSecsSinceEpoch(timeMs, zone == TimeZoneMode::Utc ? Qt::UTC : Qt::LocalTime);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// The first round time >= t for the step, and the one after a given tick.
qint64 firstTick(qint64 t, qint64 step, TimeZoneMode zone)
{
    if (step >= kMonth) {
        const QDate d = inZone(t, zone).date();
        const int months = step >= kYear ? 12 * int(step / kYear) : int(step / kMonth);
        int index = d.year() * 12 + (d.month() - 1);
        index = (index + months - 1) / months * months;
        const QDate first(index / 12, index % 12 + 1, 1);
        return QDateTime(first, QTime(0, 0), zone == TimeZoneMode::Utc ? Qt::UTC : Qt::LocalTime).toMSecsSinceEpoch();
    }
    const qint64 offset = TimeAxis::offsetMs(t, zone);
    return (floorDiv(t + offset - 1, step) + 1) * step - offset;
}

qint64 nextTick(qint64 tick, qint64 step, TimeZoneMode zone)
{
    if (step >= kMonth) {
        const int months = step >= kYear ? 12 * int(step / kYear) : int(step / kMonth);
        return inZone(tick, zone).addMonths(months).toMSecsSinceEpoch();
    }
    // Recomputed from the zone each time, so ticks stay on round local times across DST changes.
    return firstTick(tick + 1, step, zone);
}
} // namespace

qint64 TimeAxis::offsetMs(qint64 timeMs, TimeZoneMode zone)
{
    if (zone == TimeZoneMode::Utc)
        return 0;
    return qint64(inZone(timeMs, zone).offsetFromUtc()) * 1000;
}

QString TimeAxis::label(qint64 timeMs, qint64 stepMs, TimeZoneMode zone)
{
    const QDateTime dt = inZone(timeMs, zone);
    if (stepMs >= kYear || (stepMs >= kMonth && dt.date().month() == 1))
        return dt.toString(QStringLiteral("yyyy"));
    if (stepMs >= kMonth)
        return dt.toString(QStringLiteral("MMM"));
    if (stepMs >= kDay || dt.time() == QTime(0, 0))
        return dt.toString(QStringLiteral("d MMM"));
    return dt.toString(QStringLiteral("HH:mm"));
}

QString TimeAxis::fullLabel(qint64 timeMs, qint64 candleMs, TimeZoneMode zone)
{
    const QDateTime dt = inZone(timeMs, zone);
    return dt.toString(candleMs >= kDay ? QStringLiteral("ddd d MMM yyyy") : QStringLiteral("ddd d MMM yyyy HH:mm"));
}

std::vector<TimeAxis::Tick> TimeAxis::ticks(std::span<const model::Candle> candles, const ChartViewport &viewport,
                                            TimeZoneMode zone)
{
    std::vector<Tick> out;
    const ChartViewport::IndexRange range = viewport.visibleRange();
    if (range.size() < 2)
        return out;
    const qint64 t0 = candles[size_t(range.first)].openTime;
    const qint64 t1 = candles[size_t(range.end - 1)].openTime;
    const double pixels = std::max(1.0, viewport.xOfCandle(range.end - 1) - viewport.xOfCandle(range.first));
    const double msPerPx = double(t1 - t0) / pixels;
    qint64 step = kSteps.back();
    for (qint64 s : kSteps) {
        if (s / std::max(msPerPx, 1e-9) >= kMinTickGapPx) {
            step = s;
            break;
        }
    }
    const auto begin = candles.begin() + range.first;
    const auto end = candles.begin() + range.end;
    double lastX = -1e9;
    for (qint64 t = firstTick(t0, step, zone); t <= t1 && out.size() < 200; t = nextTick(t, step, zone)) {
        const auto it = std::lower_bound(begin, end, t,
                                         [](const model::Candle &c, qint64 time) { return c.openTime < time; });
        if (it == end)
            break;
        const double x = viewport.xOfCandle(int(it - candles.begin()));
        if (x - lastX < kMinTickGapPx * 0.6)
            continue;
        lastX = x;
        out.push_back({x, it->openTime, label(t, step, zone)});
    }
    return out;
}

void TimeAxis::drawGrid(QPainter &p, const QRectF &panes, const std::vector<Tick> &ticks, const ChartTheme &theme)
{
    p.setPen(QPen(theme.grid, 0));
    for (const Tick &tick : ticks) {
        const double x = std::round(tick.x) + 0.5;
        p.drawLine(QPointF(x, panes.top()), QPointF(x, panes.bottom()));
    }
}

void TimeAxis::drawLabels(QPainter &p, const QRectF &axis, const std::vector<Tick> &ticks, const ChartTheme &theme)
{
    p.setPen(theme.axisText);
    const QFontMetricsF metrics(p.font());
    for (const Tick &tick : ticks) {
        const double w = metrics.horizontalAdvance(tick.label) + 4;
        p.drawText(QRectF(tick.x - w / 2, axis.top() + 3, w, axis.height() - 4), Qt::AlignHCenter | Qt::AlignTop,
                   tick.label);
    }
}

} // namespace cl::chart
