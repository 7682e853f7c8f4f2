#include "chartviewport.h"

#include <algorithm>
#include <cmath>

namespace cl::chart {

namespace {
// log10 of a non-positive price has no meaning; such prices sit at the bottom of a log chart.
constexpr double kLogFloor = 1e-12;
} // namespace

void ChartViewport::setPlotRect(const QRectF &rect)
{
    const bool atEnd = isAtEnd();
    m_plot = rect;
    m_spacing = std::clamp(m_spacing, minSpacing(), kMaxSpacing);
    if (atEnd)
        scrollToEnd();
    clampRightEdge();
}

void ChartViewport::setCount(int count)
{
    m_count = std::max(0, count);
    m_spacing = std::clamp(m_spacing, minSpacing(), kMaxSpacing);
    clampRightEdge();
}

double ChartViewport::minSpacing() const
{
    const double width = std::max(1.0, m_plot.width() - kRightMarginPx);
    return std::min(kDefaultSpacing, width / std::max(1, m_count));
}

void ChartViewport::setSpacing(double spacing)
{
    m_spacing = std::clamp(spacing, minSpacing(), kMaxSpacing);
    clampRightEdge();
}

void ChartViewport::setRightEdge(double rightEdge)
{
    m_rightEdge = rightEdge;
    clampRightEdge();
}

// Keeps at least a few candles on screen whichever way the user drags.
void ChartViewport::clampRightEdge()
{
    const double visibleUnits = m_plot.width() / m_spacing;
    const double keep = std::min<double>(5.0, m_count);
    const double maxEdge = m_count + visibleUnits - keep;
    const double minEdge = keep;
    m_rightEdge = std::clamp(m_rightEdge, std::min(minEdge, maxEdge), std::max(minEdge, maxEdge));
}

int ChartViewport::candleAt(double x) const
{
    const double unit = indexUnitAt(x);
    if (unit < 0 || unit >= m_count)
        return -1;
    return int(std::floor(unit));
}

ChartViewport::IndexRange ChartViewport::visibleRange() const
{
    const double left = m_rightEdge - m_plot.width() / m_spacing;
    IndexRange range;
    range.first = std::clamp(int(std::floor(left)), 0, m_count);
    range.end = std::clamp(int(std::ceil(m_rightEdge)), 0, m_count);
    return range;
}

void ChartViewport::zoomAt(double factor, double anchorX)
{
    const double anchorUnit = indexUnitAt(anchorX);
    const double spacing = std::clamp(m_spacing * factor, minSpacing(), kMaxSpacing);
    if (spacing == m_spacing)
        return;
    m_spacing = spacing;
    m_rightEdge = anchorUnit + (m_plot.right() - anchorX) / m_spacing;
    clampRightEdge();
}

void ChartViewport::panPixels(double dx)
{
    m_rightEdge -= dx / m_spacing;
    clampRightEdge();
}

void ChartViewport::scrollToEnd()
{
    m_rightEdge = m_count + kRightMarginPx / m_spacing;
    clampRightEdge();
}

void ChartViewport::scrollToStart()
{
    m_rightEdge = m_plot.width() / m_spacing;
    clampRightEdge();
}

void ChartViewport::resetZoom()
{
    m_spacing = std::clamp(kDefaultSpacing, minSpacing(), kMaxSpacing);
    scrollToEnd();
}

bool ChartViewport::isAtEnd() const
{
    // Half a candle of tolerance: a follow-the-edge chart stays following after rounding.
    return m_rightEdge >= m_count + kRightMarginPx / m_spacing - 0.5;
}

void ChartViewport::setPriceRange(double low, double high)
{
    if (!(high > low)) {
        const double pad = std::max(std::abs(low) * 0.01, 1e-9);
        low -= pad;
        high += pad;
    }
    m_low = low;
    m_high = high;
}

double ChartViewport::toScale(double price) const
{
    return m_log ? std::log10(std::max(price, kLogFloor)) : price;
}

double ChartViewport::fromScale(double value) const
{
    return m_log ? std::pow(10.0, value) : value;
}

double ChartViewport::yOfPrice(double price) const
{
    const double lo = toScale(m_low);
    const double hi = toScale(m_high);
    const double span = hi - lo;
    if (!(span > 0))
        return m_plot.center().y();
    return m_plot.bottom() - (toScale(price) - lo) / span * m_plot.height();
}

double ChartViewport::priceAt(double y) const
{
    const double lo = toScale(m_low);
    const double hi = toScale(m_high);
    return fromScale(lo + (m_plot.bottom() - y) / m_plot.height() * (hi - lo));
}

void ChartViewport::scalePrice(double factor)
{
    const double lo = toScale(m_low);
    const double hi = toScale(m_high);
    const double mid = (lo + hi) / 2;
    const double half = (hi - lo) / 2 * factor;
    m_low = fromScale(mid - half);
    m_high = fromScale(mid + half);
}

void ChartViewport::panPrice(double dy)
{
    const double lo = toScale(m_low);
    const double hi = toScale(m_high);
    const double shift = dy / m_plot.height() * (hi - lo);
    m_low = fromScale(lo + shift);
    m_high = fromScale(hi + shift);
}

} // namespace cl::chart
