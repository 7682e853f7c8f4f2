#pragma once

#include "candledecimator.h"
#include "candlesummary.h"
#include "chartannotations.h"
#include "chartindicators.h"
#include "chartlayout.h"
#include "charttheme.h"
#include "chartviewport.h"
#include "historyloader.h"
#include "livecandlemerger.h"
#include "timeaxis.h"
#include "market/marketevents.h"
#include "model/pattern.h"
#include "model/signal.h"

#include <QPixmap>
#include <QTimer>
#include <QWidget>

class QMenu;

namespace cl::chart {

struct ChartFrame;

// The candle chart: a QPainter widget over one flat std::vector<Candle>. Only the visible range is drawn;
// below two pixels per candle one bar per device-pixel column. The candles, panes, zones and axes are
// drawn into a cached pixmap (the static layer) that is redrawn only when the view or the data changes;
// the crosshair, the live candle and the price lines go on an overlay painted over it on every frame.
// Live updates are coalesced to at most 60 repaints a second.
class CandleChartWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRepaintIntervalMs = 16;
    static constexpr qint64 kInitialCandles = 5000;
    static constexpr int kBackfillReloadDelayMs = 300;
    static constexpr qint64 kHistoryChunk = 5000;
    // Share of the visible candles kept right of a highlighted zone's start.
    static constexpr double kHighlightContextShare = 0.3;

    explicit CandleChartWidget(QWidget *parent = nullptr);
    ~CandleChartWidget() override;

    // Which series the chart shows; live events of other series are ignored. Clears the candles.
    void setSeries(model::ExchangeId exchange, const model::Symbol &symbol, model::Timeframe timeframe);
    model::ExchangeId exchange() const { return m_exchange; }
    const model::Symbol &symbol() const { return m_symbol; }
    model::Timeframe timeframe() const { return m_timeframe; }

    // The database the chart reads history from (its own read connection on a pool thread).
    void setDatabasePath(const QString &path);
    // Loads the newest candles of the series from the database, asynchronously (finished: historyLoaded).
    void reload();
    bool isLoading() const { return m_loading; }
    bool isReloadScheduled() const { return m_reloadScheduled; }
    // Indicator lines are computed on a pool thread; true while a computation is under way.
    bool indicatorsPending() const { return m_indicatorsPending; }

    void setCandles(model::CandleSeries candles);
    const model::CandleSeries &candles() const { return m_candles; }

    void setIndicators(Indicators indicators);
    Indicators indicators() const { return m_enabled; }
    // The periods of the lines; the lines are recomputed (on the pool thread) with them. An invalid set is
    // refused (false) and changes nothing.
    bool setIndicatorParameters(const IndicatorParameters &parameters);
    const IndicatorParameters &indicatorParameters() const { return m_indicatorValues.parameters; }
    // The legend's and the panes' name of an indicator with its periods ("EMA 21", "BB 20 2", "MACD 12 26 9").
    QString indicatorLabel(Indicator indicator) const;
    // The lines as last computed (they may lag the candles while indicatorsPending()).
    const ChartIndicators &indicatorLines() const { return m_indicatorValues; }
    void setLogScale(bool on);
    bool isLogScale() const { return m_viewport.isLogScale(); }
    void setAutoScale(bool on);
    bool isAutoScale() const { return m_autoScale; }
    void setTimeZoneMode(TimeZoneMode mode);
    TimeZoneMode timeZoneMode() const { return m_timeZone; }
    void setMagnet(bool on) { m_magnet = on; }
    void setTheme(const ChartTheme &theme);
    const ChartTheme &theme() const { return m_theme; }

    void setPatterns(const model::PatternList &patterns);
    const model::PatternList &patterns() const { return m_patterns; }
    void setSignals(const model::SignalList &signalList);
    void setAlertLines(const AlertLineList &alerts);
    void setTradeMarkers(const TradeMarkerList &markers);
    const TradeMarkerList &tradeMarkers() const { return m_markers; }

    // Draws the zone of pattern patternId so it stands out and scrolls it into view (a matrix or signal
    // click). Until setPatterns brings the pattern the highlight waits; a zone older than the loaded
    // candles pages older history in first. A series change clears it; End / double-click go back live.
    void highlightPattern(const model::PatternKey &pattern);
    const model::PatternKey &highlightedPattern() const { return m_highlight; }
    // True while the highlight waits for its pattern or for older candles, before the scroll.
    bool isHighlightPending() const { return !m_highlight.isNull() && !m_highlightScrolled; }
    void clearHighlight();

    const ChartViewport &viewport() const { return m_viewport; }
    const ChartLayout &chartLayout() const { return m_layout; }
    // Back to the default zoom at the live edge with autoscale on (double-click does this).
    void resetView();
    void scrollToEnd();

    // The context menu for a point of the widget ("Create alert at PRICE"); the caller owns it.
    QMenu *createContextMenu(const QPoint &pos);
    // The crosshair position (widget coordinates), the price it snapped to and its candle.
    void setCrosshair(const QPointF &pos);
    double crosshairPrice() const { return m_crosshairPrice; }
    int crosshairIndex() const { return m_crosshairIndex; }

    // For tests and the benchmark: how often the static layer and the whole widget were painted.
    int staticRenderCount() const { return m_staticRenders; }
    int paintCount() const { return m_paints; }
    size_t memoryBytes() const;

public slots:
    void onFormingCandle(const cl::market::FormingCandle &candle);
    void onCandlesClosed(const cl::market::ClosedCandles &closed);

signals:
    void alertLevelMoved(qint64 alertId, double price);
    void createAlertRequested(double price);
    void historyLoaded(int added);
    void visibleRangeChanged(int first, int end);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    enum class Drag : quint8 { None, Pan, PriceAxis, TimeAxis, Alert };

    // data
    bool matches(model::ExchangeId exchange, const model::Symbol &symbol) const;
    void applyLiveCandle(const model::Candle &candle);
    bool isBackfillBatch(const model::CandleSeries &candles) const;
    void scheduleReload();
    // Candles from `from` on changed or were added (0: everything, e.g. after a prepend).
    void dataChanged(int from);
    void recomputeIndicators();
    void relayout();
    void viewChanged();
    void scheduleRepaint();
    void maybeLoadHistory();
    void startLoad(bool older);
    void finishLoad(const HistoryLoader::Result &result, bool older);
    // Scrolls to the highlighted zone once its pattern and candles are there (else pages older history).
    void applyHighlight();

    // painting (candlechartwidgetpaint.cpp)
    void renderStatic();
    void autoScale();
    void paintOverlay(QPainter &p);
    void paintLegend(QPainter &p, const ChartFrame &frame);
    void paintCrosshair(QPainter &p, const ChartFrame &frame);
    int priceDecimals() const;
    // A price picked with the mouse, to the decimals the axis shows: an alert at "100490.75" is stored as that,
    // not as the pixel's 100490.754132.
    double roundedPrice(double price) const;

    // input helpers
    int alertAt(const QPointF &pos) const;

    model::CandleSeries m_candles;
    CandleSummary m_summary;
    ChartIndicators m_indicatorValues;
    Indicators m_enabled = Indicator::Volume;
    ChartViewport m_viewport;
    ChartLayout m_layout;
    ChartTheme m_theme = ChartTheme::dark();
    TimeZoneMode m_timeZone = TimeZoneMode::Utc;
    bool m_autoScale = true;
    bool m_magnet = true;

    model::ExchangeId m_exchange = model::ExchangeId::Binance;
    model::Symbol m_symbol;
    model::Timeframe m_timeframe = model::Timeframe::H1;
    LiveCandleMerger m_merger;

    model::PatternList m_patterns;
    model::SignalList m_signals;
    AlertLineList m_alerts;
    TradeMarkerList m_markers;

    // static layer
    QPixmap m_static;
    bool m_staticDirty = true;
    std::vector<ColumnBar> m_columns;
    double m_volumeMax = 0.0;
    int m_staticRenders = 0;
    int m_paints = 0;
    QTimer m_repaintTimer;

    // crosshair and drag
    bool m_hover = false;
    QPointF m_mouse;
    double m_crosshairPrice = 0.0;
    int m_crosshairIndex = -1;
    Drag m_drag = Drag::None;
    QPointF m_dragLast;
    qint64 m_dragAlertId = 0;

    // indicators
    quint64 m_indicatorGeneration = 0;
    bool m_indicatorsPending = false;

    // history
    QString m_databasePath;
    bool m_loading = false;
    bool m_historyExhausted = false;
    bool m_reloadScheduled = false; // a backfill batch arrived that the loaded candles cannot take in place
    quint64 m_generation = 0;

    // highlighted pattern
    model::PatternKey m_highlight;
    bool m_highlightScrolled = false; // scrolled there once; later reloads of the zones do not scroll again
};

} // namespace cl::chart
