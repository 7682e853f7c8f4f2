#include "parameterheatmap.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cl::ui {

ParameterHeatmap::ParameterHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(200, 140);
}

void ParameterHeatmap::setData(std::vector<double> xs, std::vector<double> ys, std::vector<Cell> cells,
    const QString &xName, const QString &yName)
{
    m_xs = std::move(xs);
    m_ys = std::move(ys);
    m_xName = xName;
    m_yName = yName;
    m_grid.assign(m_xs.size() * m_ys.size(), std::nan(""));
    for (const Cell &c : cells) {
        const auto xi = std::find(m_xs.begin(), m_xs.end(), c.x) - m_xs.begin();
        const auto yi = std::find(m_ys.begin(), m_ys.end(), c.y) - m_ys.begin();
        if (size_t(xi) < m_xs.size() && size_t(yi) < m_ys.size())
            m_grid[size_t(yi) * m_xs.size() + size_t(xi)] = c.score;
    }
    update();
}

double ParameterHeatmap::scoreAt(size_t xIndex, size_t yIndex) const
{
    if (xIndex >= m_xs.size() || yIndex >= m_ys.size())
        return std::nan("");
    return m_grid[yIndex * m_xs.size() + xIndex];
}

void ParameterHeatmap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (m_xs.empty() || m_ys.empty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No trials"));
        return;
    }
    double low = INFINITY;
    double high = -INFINITY;
    for (const double v : m_grid) {
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    }
    const int left = 56;
    const int bottom = 36;
    const QRectF area(left, 8, width() - left - 8, height() - bottom - 8);
    const double cw = area.width() / double(m_xs.size());
    const double ch = area.height() / double(m_ys.size());
    for (size_t yi = 0; yi < m_ys.size(); ++yi) {
        for (size_t xi = 0; xi < m_xs.size(); ++xi) {
            const double v = scoreAt(xi, yi);
            // Rows from the bottom: the smallest y value is drawn lowest, as on a chart.
            const QRectF cell(area.left() + double(xi) * cw, area.bottom() - double(yi + 1) * ch, cw, ch);
            QColor color(0x70, 0x70, 0x70);
            if (std::isfinite(v)) {
                const double t = high > low ? (v - low) / (high - low) : 0.5;
                color = QColor::fromHsvF(float(t * 0.33), 0.75f, 0.85f); // red .. green
            }
            p.fillRect(cell.adjusted(1, 1, -1, -1), color);
            if (std::isfinite(v) && cw > 34 && ch > 14)
                p.drawText(cell, Qt::AlignCenter, QString::number(v, 'g', 3));
        }
    }
    p.setPen(palette().text().color());
    for (size_t xi = 0; xi < m_xs.size(); ++xi)
        p.drawText(QRectF(area.left() + double(xi) * cw, area.bottom() + 2, cw, 16), Qt::AlignCenter,
            QString::number(m_xs[xi], 'g', 4));
    for (size_t yi = 0; yi < m_ys.size(); ++yi)
        p.drawText(QRectF(0, area.bottom() - double(yi + 1) * ch, left - 4, ch), Qt::AlignRight | Qt::AlignVCenter,
            QString::number(m_ys[yi], 'g', 4));
    p.drawText(QRectF(area.left(), height() - 18, area.width(), 16), Qt::AlignCenter, m_xName);
    p.save();
    p.translate(10, area.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-area.height() / 2, -8, area.height(), 16), Qt::AlignCenter, m_yName);
    p.restore();
}

} // namespace cl::ui
