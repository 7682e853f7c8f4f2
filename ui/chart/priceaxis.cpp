#include "priceaxis.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cl::chart {

double PriceAxis::niceStep(double raw)
{
    if (!(raw > 0) || !std::isfinite(raw))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    const double nice = norm < 1.5 ? 1.0 : norm < 3.0 ? 2.0 : norm < 7.0 ? 5.0 : 10.0;
    return nice * magnitude;
}

std::vector<double> PriceAxis::ticks(double low, double high, double heightPx, bool log)
{
    std::vector<double> out;
    if (!(high > low) || heightPx < 1 || !std::isfinite(low) || !std::isfinite(high))
        return out;
    const int maxTicks = std::max(1, int(heightPx / kMinTickGapPx));
    // Over a wide log range equal price steps would crowd the bottom; 1-2-5 per decade spreads evenly.
    if (log && low > 0 && high / low > 4.0) {
        const double decades = std::log10(high / low);
        const double perDecade = maxTicks / decades;
        std::vector<double> mantissas = perDecade >= 3 ? std::vector<double>{1, 2, 5}
                                       : perDecade >= 1 ? std::vector<double>{1}
                                                        : std::vector<double>{};
        if (mantissas.empty()) {
            const int every = int(std::ceil(1.0 / std::max(perDecade, 1e-9)));
            for (int e = int(std::floor(std::log10(low))); e <= int(std::ceil(std::log10(high))); ++e) {
                const double v = std::pow(10.0, e);
                if (e % every == 0 && v >= low && v <= high)
                    out.push_back(v);
            }
            return out;
        }
        for (int e = int(std::floor(std::log10(low))); e <= int(std::ceil(std::log10(high))); ++e) {
            for (double m : mantissas) {
                const double v = m * std::pow(10.0, e);
                if (v >= low && v <= high)
                    out.push_back(v);
            }
        }
        return out;
    }
    const double step = niceStep((high - low) / maxTicks);
    for (double v = std::ceil(low / step) * step; v <= high && out.size() < 1000; v += step)
        out.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
    return out;
}

int PriceAxis::decimalsFor(double price)
{
    const double magnitude = std::abs(price);
    if (!(magnitude > 0) || !std::isfinite(magnitude))
        return 2;
    return std::clamp(4 - int(std::floor(std::log10(magnitude))), 2, 10);
}

QString PriceAxis::format(double price, int decimals)
{
    return QString::number(price, 'f', decimals);
}

void PriceAxis::drawGrid(QPainter &p, const ChartViewport &viewport, const std::vector<double> &ticks,
                         const ChartTheme &theme)
{
    const QRectF plot = viewport.plotRect();
    p.setPen(QPen(theme.grid, 0));
    for (double price : ticks) {
        const double y = std::round(viewport.yOfPrice(price)) + 0.5;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
}

void PriceAxis::drawLabels(QPainter &p, const ChartViewport &viewport, const QRectF &axis,
                           const std::vector<double> &ticks, int decimals, const ChartTheme &theme)
{
    p.setPen(theme.axisText);
    const QFontMetricsF metrics(p.font());
    for (double price : ticks) {
        const double y = viewport.yOfPrice(price);
        const QRectF box(axis.left() + 6, y - metrics.height() / 2, axis.width() - 8, metrics.height());
        if (box.top() < axis.top() || box.bottom() > viewport.plotRect().bottom() + 1)
            continue;
        p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, format(price, decimals));
    }
}

void PriceAxis::drawTag(QPainter &p, const QRectF &axis, double y, const QString &text, const QColor &fill,
                        const QColor &textColour)
{
    const QFontMetricsF metrics(p.font());
    const QRectF box(axis.left() + 1, y - metrics.height() / 2 - 2, axis.width() - 2, metrics.height() + 4);
    p.fillRect(box, fill);
    p.setPen(textColour);
    p.drawText(box.adjusted(5, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
}

} // namespace cl::chart
