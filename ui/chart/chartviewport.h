#pragma once

#include <QRectF>

namespace cl::chart {

// The visible window of the chart and the maths between data and pixels, free of any widget.
// Horizontally the chart counts in "index units": candle i occupies [i, i+1), its centre is i + 0.5.
// rightEdge() is the index unit at the right border of the plot, spacing() the pixels per candle.
// Vertically a price range maps onto the plot's height, linearly or logarithmically.
class ChartViewport
{
public:
    // Empty space right of the newest candle, so the live candle is not glued to the price axis.
    static constexpr double kRightMarginPx = 60.0;
    static constexpr double kMaxSpacing = 80.0;
    static constexpr double kDefaultSpacing = 8.0;

    struct IndexRange
    {
        int first = 0; // first visible candle
        int end = 0;   // one past the last visible candle
        bool isEmpty() const { return end <= first; }
        int size() const { return end - first; }
    };

    void setPlotRect(const QRectF &rect);
    const QRectF &plotRect() const { return m_plot; }
    void setCount(int count);
    int count() const { return m_count; }

    // --- horizontal ---
    double spacing() const { return m_spacing; }
    double rightEdge() const { return m_rightEdge; }
    void setSpacing(double spacing);
    void setRightEdge(double rightEdge);
    // Zooming out stops when every candle fits the plot; in stops at kMaxSpacing.
    double minSpacing() const;

    double xOfIndexUnit(double unit) const { return m_plot.right() - (m_rightEdge - unit) * m_spacing; }
    double xOfCandle(int index) const { return xOfIndexUnit(index + 0.5); }
    double indexUnitAt(double x) const { return m_rightEdge - (m_plot.right() - x) / m_spacing; }
    // The candle under x, or -1 outside the data.
    int candleAt(double x) const;
    IndexRange visibleRange() const;

    // Changes the spacing by factor, keeping the index unit under anchorX where it is.
    void zoomAt(double factor, double anchorX);
    // Moves the content right by dx pixels (a drag to the right shows older candles).
    void panPixels(double dx);
    void scrollToEnd();
    void scrollToStart();
    void resetZoom();
    bool isAtEnd() const;

    // --- vertical ---
    void setLogScale(bool on) { m_log = on; }
    bool isLogScale() const { return m_log; }
    void setPriceRange(double low, double high);
    double minPrice() const { return m_low; }
    double maxPrice() const { return m_high; }
    double yOfPrice(double price) const;
    double priceAt(double y) const;
    // Stretches (factor > 1) or squeezes the price range around its middle, in the scale's own space.
    void scalePrice(double factor);
    // Moves the price range by dy pixels (drag down shows higher prices).
    void panPrice(double dy);

private:
    double toScale(double price) const;
    double fromScale(double value) const;
    void clampRightEdge();

    QRectF m_plot{0, 0, 100, 100};
    int m_count = 0;
    double m_spacing = kDefaultSpacing;
    double m_rightEdge = 0.0;
    double m_low = 0.0;
    double m_high = 1.0;
    bool m_log = false;
};

} // namespace cl::chart
