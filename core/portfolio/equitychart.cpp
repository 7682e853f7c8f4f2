#include "equitychart.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cl::portfolio {

namespace {

const QColor kInk(0x33, 0x33, 0x33);
const QColor kGrid(0xe3, 0xe6, 0xea);
const QColor kEquity(0x1f, 0x4e, 0x79);
const QColor kEquityFill(0x1f, 0x4e, 0x79, 28);
const QColor kDrawdown(0xb0, 0x3a, 0x2e);
const QColor kDrawdownFill(0xb0, 0x3a, 0x2e, 60);
const QColor kBaseline(0x99, 0x99, 0x99);

// 1, 2, 2.5, 5 x 10^n steps so axis labels are round numbers.
double niceStep(double range, int targetTicks)
{
    if (!(range > 0))
        return 1.0;
    const double raw = range / targetTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

QString axisNumber(double v, double step)
{
    const int decimals = step >= 1.0 ? 0 : std::min(6, int(std::ceil(-std::log10(step))));
    if (std::fabs(v) >= 1e6 && step >= 1e5)
        return QString::number(v / 1e6, 'f', step >= 1e6 ? 0 : 1) + QLatin1Char('M');
    if (std::fabs(v) >= 1e4 && step >= 1e3)
        return QString::number(v / 1e3, 'f', step >= 1e4 ? 0 : 1) + QLatin1Char('k');
    return QString::number(v, 'f', decimals);
}

// Keeps the first, last, min and max of each pixel column so a long curve keeps its extremes.
std::vector<QPointF> downsample(const std::vector<QPointF> &points, double left, double width)
{
    const size_t columns = size_t(std::max(1.0, width));
    if (points.size() <= columns * 4)
        return points;
    std::vector<QPointF> out;
    out.reserve(columns * 4);
    size_t i = 0;
    while (i < points.size()) {
        const auto column = size_t(std::clamp((points[i].x() - left), 0.0, width - 1));
        size_t j = i;
        size_t lo = i, hi = i;
        while (j < points.size() && size_t(std::clamp(points[j].x() - left, 0.0, width - 1)) == column) {
            if (points[j].y() < points[lo].y())
                lo = j;
            if (points[j].y() > points[hi].y())
                hi = j;
            ++j;
        }
        std::vector<size_t> keep{i, lo, hi, j - 1};
        std::sort(keep.begin(), keep.end());
        keep.erase(std::unique(keep.begin(), keep.end()), keep.end());
        for (size_t k : keep)
            out.push_back(points[k]);
        i = j;
    }
    return out;
}

} // namespace

QImage EquityChart::render(const EquityCurve &curve, const Style &style)
{
    const QSizeF size = style.logicalSize;
    QImage image((size * style.scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(style.scale);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(10);
    p.setFont(font);
    const QFontMetricsF fm(font);

    const auto &points = curve.points();
    if (points.size() < 2) {
        p.setPen(kInk);
        p.drawText(QRectF(QPointF(0, 0), size), Qt::AlignCenter, QStringLiteral("No closed trades yet"));
        return image;
    }

    double lo = points.front().equity, hi = lo;
    for (const EquityPoint &e : points) {
        lo = std::min(lo, e.equity);
        hi = std::max(hi, e.equity);
    }
    if (hi - lo < 1e-9 * std::max(1.0, std::fabs(hi))) {
        hi += 1.0;
        lo -= 1.0;
    }
    const double step = niceStep(hi - lo, 5);
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;
    const std::vector<double> underwater = curve.underwater();
    const double worst = std::min(-1e-4, *std::min_element(underwater.begin(), underwater.end()));
    const double ddStep = niceStep(-worst * 100.0, 2) / 100.0;
    const double ddLow = -std::ceil(-worst / ddStep) * ddStep;

    double labelWidth = 0;
    for (double v = lo; v <= hi + step / 2; v += step)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(axisNumber(v, step)));
    const double left = labelWidth + 12;
    const double right = size.width() - 10;
    const double top = 18;
    const double bottom = size.height() - 22;
    const double split = top + (bottom - top) * 0.72;
    const QRectF equityRect(QPointF(left, top), QPointF(right, split - 16));
    const QRectF ddRect(QPointF(left, split + 8), QPointF(right, bottom));

    const qint64 t0 = points.front().time;
    const qint64 t1 = std::max(points.back().time, t0 + 1);
    auto x = [&](qint64 t) { return left + (right - left) * double(t - t0) / double(t1 - t0); };
    auto yEquity = [&](double v) { return equityRect.bottom() - equityRect.height() * (v - lo) / (hi - lo); };
    auto yDrawdown = [&](double v) { return ddRect.top() + ddRect.height() * (v / ddLow); };

    // Grid and value labels.
    p.setPen(QPen(kGrid, 0.8));
    for (double v = lo; v <= hi + step / 2; v += step) {
        p.drawLine(QPointF(left, yEquity(v)), QPointF(right, yEquity(v)));
    }
    for (double v = 0; v >= ddLow - ddStep / 2; v -= ddStep)
        p.drawLine(QPointF(left, yDrawdown(v)), QPointF(right, yDrawdown(v)));
    p.setPen(kInk);
    for (double v = lo; v <= hi + step / 2; v += step)
        p.drawText(QRectF(0, yEquity(v) - 7, left - 6, 14), Qt::AlignRight | Qt::AlignVCenter, axisNumber(v, step));
    for (double v = 0; v >= ddLow - ddStep / 2; v -= ddStep)
        p.drawText(QRectF(0, yDrawdown(v) - 7, left - 6, 14), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(v * 100.0, 'f', ddStep * 100 >= 1 ? 0 : 1) + QLatin1Char('%'));

    // Time labels: about six, at UTC dates.
    // The first and last are always shown; one in between is left out when it would touch a neighbour.
    const int labels = 6;
    auto timeLabel = [&](int i, double *at) {
        const qint64 t = t0 + (t1 - t0) * i / labels;
        const QString text = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(
            t1 - t0 > 400LL * 86'400'000 ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
        *at = std::clamp(x(t) - fm.horizontalAdvance(text) / 2, left - 4, right - fm.horizontalAdvance(text));
        return text;
    };
    double lastLeft = 0;
    const QString lastText = timeLabel(labels, &lastLeft);
    p.drawText(QPointF(lastLeft, bottom + 15), lastText);
    double previousRight = -1e9;
    for (int i = 0; i < labels; ++i) {
        double at = 0;
        const QString text = timeLabel(i, &at);
        const double w = fm.horizontalAdvance(text);
        if (at < previousRight + 10 || at + w > lastLeft - 10)
            continue;
        p.drawText(QPointF(at, bottom + 15), text);
        previousRight = at + w;
    }

    // Equity as a step line: the balance changes at each exit and stays until the next.
    std::vector<QPointF> line;
    line.reserve(points.size() * 2);
    for (size_t i = 0; i < points.size(); ++i) {
        if (i > 0)
            line.emplace_back(x(points[i].time), yEquity(points[i - 1].equity));
        line.emplace_back(x(points[i].time), yEquity(points[i].equity));
    }
    line = downsample(line, left, right - left);
    QPainterPath path(line.front());
    for (size_t i = 1; i < line.size(); ++i)
        path.lineTo(line[i]);
    QPainterPath area = path;
    area.lineTo(line.back().x(), equityRect.bottom());
    area.lineTo(line.front().x(), equityRect.bottom());
    area.closeSubpath();
    p.fillPath(area, kEquityFill);
    p.setPen(QPen(kBaseline, 0.8, Qt::DashLine));
    p.drawLine(QPointF(left, yEquity(curve.initialBalance())), QPointF(right, yEquity(curve.initialBalance())));
    p.setPen(QPen(kEquity, 1.6));
    p.drawPath(path);

    // Underwater panel.
    std::vector<QPointF> dd;
    dd.reserve(points.size() * 2);
    for (size_t i = 0; i < points.size(); ++i) {
        if (i > 0)
            dd.emplace_back(x(points[i].time), yDrawdown(underwater[i - 1]));
        dd.emplace_back(x(points[i].time), yDrawdown(underwater[i]));
    }
    dd = downsample(dd, left, right - left);
    QPainterPath ddPath(QPointF(dd.front().x(), yDrawdown(0)));
    for (const QPointF &pt : dd)
        ddPath.lineTo(pt);
    ddPath.lineTo(dd.back().x(), yDrawdown(0));
    ddPath.closeSubpath();
    p.fillPath(ddPath, kDrawdownFill);
    p.setPen(QPen(kDrawdown, 1.0));
    for (size_t i = 1; i < dd.size(); ++i)
        p.drawLine(dd[i - 1], dd[i]);

    // Titles inside the panels.
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(kInk);
    const QString unit = style.currency.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(style.currency);
    p.drawText(QPointF(left, top - 5), QStringLiteral("Realized equity") + unit);
    p.drawText(QPointF(left, split + 2), QStringLiteral("Drawdown"));
    p.setPen(QPen(kInk, 0.8));
    p.drawLine(QPointF(left, equityRect.bottom()), QPointF(right, equityRect.bottom()));
    p.drawLine(QPointF(left, ddRect.bottom()), QPointF(right, ddRect.bottom()));
    p.end();
    return image;
}

} // namespace cl::portfolio
