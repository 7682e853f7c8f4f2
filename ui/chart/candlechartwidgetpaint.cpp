// CandleChartWidget: the static layer and the overlay.
#include "annotationpainter.h"
#include "candlechartwidget.h"
#include "candlepainter.h"
#include "chartframe.h"
#include "indicatorpainter.h"
#include "priceaxis.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cl::chart {

namespace {
constexpr double kPricePadding = 0.08; // of the visible range, above and below

QString volumeText(double volume)
{
    if (volume >= 1e9)
        return QString::number(volume / 1e9, 'f', 2) + QLatin1Char('B');
    if (volume >= 1e6)
        return QString::number(volume / 1e6, 'f', 2) + QLatin1Char('M');
    if (volume >= 1e4)
        return QString::number(volume / 1e3, 'f', 1) + QLatin1Char('K');
    return QString::number(volume, 'f', volume >= 100 ? 0 : 2);
}
} // namespace

int CandleChartWidget::priceDecimals() const
{
    return m_candles.empty() ? 2 : PriceAxis::decimalsFor(m_candles.back().close);
}

double CandleChartWidget::roundedPrice(double price) const
{
    const double scale = std::pow(10.0, priceDecimals());
    return std::round(price * scale) / scale;
}

void CandleChartWidget::autoScale()
{
    const ChartViewport::IndexRange range = m_viewport.visibleRange();
    const CandleSummary::Range r = m_summary.query(m_candles, range.first, range.end);
    if (!r.valid)
        return;
    if (m_viewport.isLogScale() && r.low > 0) {
        const double lo = std::log10(r.low);
        const double hi = std::log10(r.high);
        const double pad = std::max((hi - lo) * kPricePadding, 1e-6);
        m_viewport.setPriceRange(std::pow(10.0, lo - pad), std::pow(10.0, hi + pad));
        return;
    }
    const double pad = (r.high - r.low) * kPricePadding;
    m_viewport.setPriceRange(r.low - pad, r.high + pad);
}

void CandleChartWidget::paintEvent(QPaintEvent *)
{
    ++m_paints;
    const qreal dpr = devicePixelRatioF();
    if (m_staticDirty || m_static.devicePixelRatio() != dpr || m_static.size() != (QSizeF(size()) * dpr).toSize())
        renderStatic();
    QPainter p(this);
    p.drawPixmap(0, 0, m_static);
    paintOverlay(p);
}

void CandleChartWidget::renderStatic()
{
    ++m_staticRenders;
    m_staticDirty = false;
    const qreal dpr = devicePixelRatioF();
    const QSize device = (QSizeF(size()) * dpr).toSize();
    if (m_static.size() != device || m_static.devicePixelRatio() != dpr) {
        m_static = QPixmap(device);
        m_static.setDevicePixelRatio(dpr);
    }
    m_static.fill(m_theme.background);
    QPainter p(&m_static);
    p.setFont(font());
    if (m_autoScale)
        autoScale();
    const ChartViewport::IndexRange range = m_viewport.visibleRange();
    // The newest candle belongs to the overlay, so live updates do not redraw this layer.
    const int staticEnd = std::max(range.first, std::min(range.end, int(m_candles.size()) - 1));
    const bool columnMode = m_viewport.spacing() < CandleDecimator::kThresholdSpacing;
    m_columns.clear();
    if (columnMode)
        CandleDecimator::columns(m_candles, m_summary, m_viewport, 1.0 / dpr, staticEnd, m_columns);
    const ChartFrame frame{m_candles, m_summary, m_indicatorValues, m_viewport, m_layout, m_theme, m_enabled, dpr,
                           columnMode, m_columns, range.first, staticEnd};
    m_volumeMax = CandlePainter::visibleVolumeMax(frame);

    const std::vector<double> priceTicks = PriceAxis::ticks(m_viewport.minPrice(), m_viewport.maxPrice(),
                                                            m_layout.price.height(), m_viewport.isLogScale());
    const std::vector<TimeAxis::Tick> timeTicks = TimeAxis::ticks(m_candles, m_viewport, m_timeZone);
    const QRectF panes(m_layout.price.topLeft(), m_layout.timeAxis.topRight());
    PriceAxis::drawGrid(p, m_viewport, priceTicks, m_theme);
    TimeAxis::drawGrid(p, panes, timeTicks, m_theme);

    AnnotationPainter::drawZones(p, frame, m_patterns, m_highlight);
    LineSamples samples;
    samples.build(frame);
    IndicatorPainter::drawOverlays(p, frame, samples);
    CandlePainter::drawCandles(p, frame);
    AnnotationPainter::drawTradeMarkers(p, frame, m_markers);
    CandlePainter::drawVolume(p, frame, m_volumeMax);
    IndicatorPainter::drawRsi(p, frame, samples);
    IndicatorPainter::drawMacd(p, frame, samples);

    // Pane separators, axis borders and labels.
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(m_theme.axisLine, 0));
    for (const QRectF &pane : {m_layout.volume, m_layout.rsi, m_layout.macd}) {
        if (!pane.isEmpty())
            p.drawLine(QPointF(pane.left(), pane.top() + 0.5), QPointF(m_layout.priceAxis.right(), pane.top() + 0.5));
    }
    p.drawLine(QPointF(m_layout.priceAxis.left() + 0.5, 0), QPointF(m_layout.priceAxis.left() + 0.5, height()));
    p.drawLine(QPointF(0, m_layout.timeAxis.top() + 0.5), QPointF(width(), m_layout.timeAxis.top() + 0.5));
    PriceAxis::drawLabels(p, m_viewport, m_layout.priceAxis, priceTicks, priceDecimals(), m_theme);
    TimeAxis::drawLabels(p, m_layout.timeAxis, timeTicks, m_theme);
    p.setPen(m_theme.axisText);
    const auto paneTitle = [&](const QRectF &pane, const QString &title) {
        if (!pane.isEmpty())
            p.drawText(pane.adjusted(6, 2, 0, 0), Qt::AlignLeft | Qt::AlignTop, title);
    };
    paneTitle(m_layout.volume, indicatorLabel(Indicator::Volume));
    paneTitle(m_layout.rsi, indicatorLabel(Indicator::Rsi));
    paneTitle(m_layout.macd, indicatorLabel(Indicator::Macd));
}

void CandleChartWidget::paintOverlay(QPainter &p)
{
    const qreal dpr = devicePixelRatioF();
    const ChartViewport::IndexRange range = m_viewport.visibleRange();
    const bool columnMode = m_viewport.spacing() < CandleDecimator::kThresholdSpacing;
    const ChartFrame frame{m_candles, m_summary, m_indicatorValues, m_viewport, m_layout, m_theme, m_enabled, dpr,
                           columnMode, m_columns, range.first, range.end};
    const int decimals = priceDecimals();
    if (!m_candles.empty()) {
        const int last = int(m_candles.size()) - 1;
        if (last >= range.first && last < range.end) {
            p.save();
            p.setClipRect(m_layout.price);
            CandlePainter::drawCandle(p, frame, last);
            p.restore();
            CandlePainter::drawVolumeBar(p, frame, last, m_volumeMax);
        }
        // The last price: a dotted line across and a tag in the direction's colour.
        const model::Candle &c = m_candles.back();
        const QColor colour = c.close >= c.open ? m_theme.bullish : m_theme.bearish;
        const double y = frame.snap(m_viewport.yOfPrice(c.close)) + 0.5 / dpr;
        if (y >= m_layout.price.top() && y <= m_layout.price.bottom()) {
            p.setPen(QPen(colour, 1.0, Qt::DotLine));
            p.drawLine(QPointF(m_layout.price.left(), y), QPointF(m_layout.price.right(), y));
            PriceAxis::drawTag(p, m_layout.priceAxis, y, PriceAxis::format(c.close, decimals), colour,
                               m_theme.labelText);
        }
    }
    AnnotationPainter::drawSignals(p, frame, m_signals, decimals);
    AnnotationPainter::drawAlertLines(p, frame, m_alerts, decimals);
    if (m_hover)
        paintCrosshair(p, frame);
    paintLegend(p, frame);
}

void CandleChartWidget::setCrosshair(const QPointF &pos)
{
    m_mouse = pos;
    m_hover = true;
    m_crosshairIndex = m_candles.empty() ? -1
                                         : std::clamp(int(std::floor(m_viewport.indexUnitAt(pos.x()))), 0,
                                                      int(m_candles.size()) - 1);
    m_crosshairPrice = m_viewport.priceAt(pos.y());
    if (m_magnet && m_crosshairIndex >= 0 && m_layout.price.contains(pos)) {
        // Snap to the nearest of the candle's open, high, low and close on screen.
        const model::Candle &c = m_candles[size_t(m_crosshairIndex)];
        double best = m_crosshairPrice;
        double bestDistance = 1e300;
        for (double v : {c.open, c.high, c.low, c.close}) {
            const double d = std::abs(m_viewport.yOfPrice(v) - pos.y());
            if (d < bestDistance) {
                bestDistance = d;
                best = v;
            }
        }
        m_crosshairPrice = best;
    }
    update();
}

void CandleChartWidget::paintCrosshair(QPainter &p, const ChartFrame &frame)
{
    if (m_crosshairIndex < 0)
        return;
    const QRectF panes(m_layout.price.topLeft(), m_layout.timeAxis.topRight());
    const double x = frame.snap(m_viewport.xOfCandle(m_crosshairIndex)) + 0.5 / frame.dpr;
    p.setPen(QPen(m_theme.crosshair, 1.0, Qt::DashLine));
    p.drawLine(QPointF(x, panes.top()), QPointF(x, panes.bottom()));
    if (m_layout.price.contains(m_mouse)) {
        const double y = frame.snap(m_viewport.yOfPrice(m_crosshairPrice)) + 0.5 / frame.dpr;
        p.drawLine(QPointF(panes.left(), y), QPointF(panes.right(), y));
        PriceAxis::drawTag(p, m_layout.priceAxis, y, PriceAxis::format(m_crosshairPrice, priceDecimals()),
                           m_theme.crosshair, m_theme.labelText);
    } else if (panes.contains(m_mouse)) {
        p.drawLine(QPointF(panes.left(), m_mouse.y()), QPointF(panes.right(), m_mouse.y()));
    }
    const QString time = TimeAxis::fullLabel(m_candles[size_t(m_crosshairIndex)].openTime, m_timeframe.durationMs(),
                                             m_timeZone);
    const QFontMetricsF metrics(p.font());
    const double w = metrics.horizontalAdvance(time) + 12;
    const QRectF box(std::clamp(x - w / 2, 0.0, std::max(0.0, m_layout.timeAxis.right() - w)), m_layout.timeAxis.top() + 1,
                     w, m_layout.timeAxis.height() - 2);
    p.fillRect(box, m_theme.crosshair);
    p.setPen(m_theme.labelText);
    p.drawText(box, Qt::AlignCenter, time);
}

void CandleChartWidget::paintLegend(QPainter &p, const ChartFrame &frame)
{
    if (m_candles.empty())
        return;
    const int index = m_hover && m_crosshairIndex >= 0 ? m_crosshairIndex : int(m_candles.size()) - 1;
    const model::Candle &c = m_candles[size_t(index)];
    const int decimals = priceDecimals();
    const double change = c.open != 0 ? (c.close - c.open) / c.open * 100.0 : 0.0;
    QString line = m_symbol.isNull() ? QString() : QString(m_symbol.toString() + QStringLiteral("  ") + m_timeframe.toString() + QStringLiteral("   "));
    line += tr("O %1  H %2  L %3  C %4  V %5  %6%")
                .arg(PriceAxis::format(c.open, decimals), PriceAxis::format(c.high, decimals),
                     PriceAxis::format(c.low, decimals), PriceAxis::format(c.close, decimals), volumeText(c.volume),
                     QString::number(change, 'f', 2));
    QStringList values;
    const ChartIndicators &ind = frame.indicators;
    const auto value = [&](const std::vector<float> &series, const QString &name) {
        if (size_t(index) < series.size() && !std::isnan(series[size_t(index)]))
            values << name + QLatin1Char(' ') + PriceAxis::format(series[size_t(index)], decimals);
    };
    if (m_enabled.testFlag(Indicator::Ema))
        value(ind.ema(), indicatorLabel(Indicator::Ema));
    if (m_enabled.testFlag(Indicator::Sma))
        value(ind.sma(), indicatorLabel(Indicator::Sma));
    if (m_enabled.testFlag(Indicator::Bollinger))
        value(ind.bollingerMid(), indicatorLabel(Indicator::Bollinger));
    if (m_enabled.testFlag(Indicator::Rsi) && size_t(index) < ind.rsi().size() && !std::isnan(ind.rsi()[size_t(index)]))
        values << tr("RSI %1").arg(double(ind.rsi()[size_t(index)]), 0, 'f', 1);
    const QFontMetricsF metrics(p.font());
    const double lineHeight = metrics.height();
    const QString second = values.join(QStringLiteral("   "));
    const double w = std::max(metrics.horizontalAdvance(line), metrics.horizontalAdvance(second)) + 12;
    const QRectF box(m_layout.price.left() + 4, m_layout.price.top() + 4, w, lineHeight * (second.isEmpty() ? 1 : 2) + 6);
    p.fillRect(box, m_theme.legendBackground);
    p.setPen(c.close >= c.open ? m_theme.bullish : m_theme.bearish);
    p.drawText(box.adjusted(6, 3, 0, 0), Qt::AlignLeft | Qt::AlignTop, line);
    if (!second.isEmpty()) {
        p.setPen(m_theme.text);
        p.drawText(box.adjusted(6, 3 + lineHeight, 0, 0), Qt::AlignLeft | Qt::AlignTop, second);
    }
}

} // namespace cl::chart
