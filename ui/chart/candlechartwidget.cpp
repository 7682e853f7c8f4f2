#include "candlechartwidget.h"

#include "analysis/indicators.h"
#include "annotationpainter.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>
#include <limits>

namespace cl::chart {

CandleChartWidget::CandleChartWidget(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    m_repaintTimer.setSingleShot(true);
    m_repaintTimer.setInterval(kRepaintIntervalMs);
    connect(&m_repaintTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    m_merger.setTimeframe(m_timeframe);
    relayout();
}

CandleChartWidget::~CandleChartWidget() = default;

void CandleChartWidget::setSeries(model::ExchangeId exchange, const model::Symbol &symbol, model::Timeframe timeframe)
{
    m_exchange = exchange;
    m_symbol = symbol;
    m_timeframe = timeframe;
    m_merger.setTimeframe(timeframe);
    ++m_generation; // answers for the previous series are dropped
    m_loading = false;
    m_historyExhausted = false;
    m_patterns.clear();
    m_signals.clear();
    m_highlight = {}; // the zone belongs to the old series
    m_highlightScrolled = false;
    setCandles({});
}

void CandleChartWidget::setDatabasePath(const QString &path)
{
    m_databasePath = path;
    m_historyExhausted = false;
}

void CandleChartWidget::reload()
{
    ++m_generation;
    m_loading = false;
    m_historyExhausted = false;
    startLoad(false);
}

void CandleChartWidget::setCandles(model::CandleSeries candles)
{
    m_candles = std::move(candles);
    m_candles.shrink_to_fit();
    m_merger.reset();
    m_viewport.setCount(int(m_candles.size()));
    dataChanged(0);
    m_viewport.resetZoom();
    m_autoScale = true;
    viewChanged();
    applyHighlight();
}

void CandleChartWidget::setIndicators(Indicators indicators)
{
    if (indicators == m_enabled)
        return;
    m_enabled = indicators;
    recomputeIndicators();
    relayout();
    viewChanged();
}

bool CandleChartWidget::setIndicatorParameters(const IndicatorParameters &parameters)
{
    if (!parameters.isValid())
        return false;
    if (parameters == m_indicatorValues.parameters)
        return true;
    m_indicatorValues.clear(); // lines of the old periods must not stand under the new labels
    m_indicatorValues.parameters = parameters;
    recomputeIndicators();
    viewChanged();
    return true;
}

QString CandleChartWidget::indicatorLabel(Indicator indicator) const
{
    const IndicatorParameters &p = m_indicatorValues.parameters;
    switch (indicator) {
    case Indicator::Volume:
        return tr("Volume");
    case Indicator::Ema:
        return tr("EMA %1").arg(p.emaPeriod);
    case Indicator::Sma:
        return tr("SMA %1").arg(p.smaPeriod);
    case Indicator::Bollinger:
        return tr("BB %1 %2").arg(p.bollingerPeriod).arg(p.bollingerK);
    case Indicator::Rsi:
        return tr("RSI %1").arg(p.rsiPeriod);
    case Indicator::Macd:
        return tr("MACD %1 %2 %3").arg(p.macdFast).arg(p.macdSlow).arg(p.macdSignal);
    case Indicator::None:
        break;
    }
    return QString();
}

void CandleChartWidget::setLogScale(bool on)
{
    m_viewport.setLogScale(on);
    m_autoScale = true;
    viewChanged();
}

void CandleChartWidget::setAutoScale(bool on)
{
    m_autoScale = on;
    viewChanged();
}

void CandleChartWidget::setTimeZoneMode(TimeZoneMode mode)
{
    m_timeZone = mode;
    viewChanged();
}

void CandleChartWidget::setTheme(const ChartTheme &theme)
{
    m_theme = theme;
    viewChanged();
}

void CandleChartWidget::setPatterns(const model::PatternList &patterns)
{
    m_patterns = patterns;
    viewChanged();
    applyHighlight();
}

void CandleChartWidget::setSignals(const model::SignalList &signalList)
{
    m_signals = signalList;
    scheduleRepaint(); // signal levels live on the overlay
}

void CandleChartWidget::setAlertLines(const AlertLineList &alerts)
{
    m_alerts = alerts;
    scheduleRepaint();
}

void CandleChartWidget::setTradeMarkers(const TradeMarkerList &markers)
{
    m_markers = markers;
    viewChanged();
}

void CandleChartWidget::highlightPattern(const model::PatternKey &pattern)
{
    if (pattern.isNull()) {
        clearHighlight();
        return;
    }
    m_highlight = pattern;
    m_highlightScrolled = false;
    m_staticDirty = true; // zones are on the static layer
    update();
    applyHighlight();
}

void CandleChartWidget::clearHighlight()
{
    if (m_highlight.isNull())
        return;
    m_highlight = {};
    m_highlightScrolled = false;
    m_staticDirty = true;
    update();
}

// Runs whenever one of its inputs arrives (patterns, candles, an older page) until it has scrolled once.
// Older candles come through the same pager as a pan to the left; finishLoad calls back here with each
// page until the zone's candle is loaded or the history is exhausted.
void CandleChartWidget::applyHighlight()
{
    if (m_highlight.isNull() || m_highlightScrolled || m_loading || m_candles.empty())
        return;
    const auto pattern = std::find_if(m_patterns.begin(), m_patterns.end(),
                                      [this](const model::Pattern &p) { return m_highlight.matches(p); });
    if (pattern == m_patterns.end())
        return; // pending: the zones load asynchronously
    if (pattern->detectedAt < m_candles.front().openTime && !m_historyExhausted && !m_databasePath.isEmpty()
        && !m_symbol.isNull()) {
        startLoad(true);
        return;
    }
    const int index = std::min(AnnotationPainter::candleAtOrAfter(m_candles, pattern->detectedAt),
                               int(m_candles.size()) - 1);
    // The zone's start a little left of the right border: what happened after it stays in view. Leaving
    // the live edge stops following it, like a pan; End or a double-click return.
    const double visible = m_viewport.plotRect().width() / m_viewport.spacing();
    m_viewport.setRightEdge(index + 1 + std::max(1.0, visible * kHighlightContextShare));
    m_autoScale = true;
    m_highlightScrolled = true;
    viewChanged();
}

void CandleChartWidget::resetView()
{
    m_autoScale = true;
    m_viewport.resetZoom();
    viewChanged();
}

void CandleChartWidget::scrollToEnd()
{
    m_viewport.scrollToEnd();
    viewChanged();
}

size_t CandleChartWidget::memoryBytes() const
{
    return m_candles.capacity() * sizeof(model::Candle) + m_summary.memoryBytes() + m_indicatorValues.memoryBytes()
        + m_columns.capacity() * sizeof(ColumnBar);
}

bool CandleChartWidget::matches(model::ExchangeId exchange, const model::Symbol &symbol) const
{
    return !m_symbol.isNull() && exchange == m_exchange && symbol == m_symbol;
}

void CandleChartWidget::onFormingCandle(const market::FormingCandle &candle)
{
    if (matches(candle.exchange, candle.symbol))
        applyLiveCandle(m_merger.merge(candle.candle));
}

void CandleChartWidget::onCandlesClosed(const market::ClosedCandles &closed)
{
    if (!matches(closed.exchange, closed.symbol))
        return;
    if (closed.timeframe == m_timeframe) {
        if (isBackfillBatch(closed.candles)) {
            scheduleReload();
            return;
        }
        for (const model::Candle &c : closed.candles)
            applyLiveCandle(c);
    } else if (closed.timeframe == model::Timeframe::M1) {
        // A higher-timeframe chart keeps its forming candle up to date from the closed minutes.
        for (const model::Candle &c : closed.candles)
            m_merger.addClosedMinute(c);
        if (m_merger.base())
            applyLiveCandle(*m_merger.base());
    }
}

// A live close is one candle right after the newest loaded one. A batch of several (a REST backfill after a
// connect or reconnect), or candles older than the newest loaded one, belong somewhere inside the series:
// they are committed already, so the chart reloads its newest page from the database instead of patching.
bool CandleChartWidget::isBackfillBatch(const model::CandleSeries &candles) const
{
    if (candles.empty())
        return false;
    if (m_candles.empty())
        return candles.size() > 1;
    const qint64 newest = m_candles.back().openTime;
    if (candles.front().openTime < newest)
        return true;
    return candles.size() > 1 && candles.front().openTime > newest + m_timeframe.durationMs();
}

void CandleChartWidget::scheduleReload()
{
    if (m_reloadScheduled)
        return;
    m_reloadScheduled = true;
    // Coalesces the pages of one backfill (they arrive within a few hundred milliseconds).
    QTimer::singleShot(kBackfillReloadDelayMs, this, [this] {
        m_reloadScheduled = false;
        reload();
    });
}

// The newest candle changes in place, a newer one is appended; older updates are ignored (history
// comes from the database).
void CandleChartWidget::applyLiveCandle(const model::Candle &candle)
{
    const bool following = m_viewport.isAtEnd();
    if (m_candles.empty() || candle.openTime > m_candles.back().openTime) {
        m_candles.push_back(candle);
        m_viewport.setCount(int(m_candles.size()));
        if (following)
            m_viewport.scrollToEnd();
        dataChanged(int(m_candles.size()) - 1);
        viewChanged();
        return;
    }
    if (candle.openTime != m_candles.back().openTime)
        return;
    m_candles.back() = candle;
    const int last = int(m_candles.size()) - 1;
    m_summary.updateFrom(m_candles, last);
    // The live candle is on the overlay; the static layer only follows when the scales must change.
    const bool outside = candle.high > m_viewport.maxPrice() || candle.low < m_viewport.minPrice();
    if ((m_autoScale && outside) || candle.volume > m_volumeMax)
        m_staticDirty = true;
    scheduleRepaint();
}

void CandleChartWidget::dataChanged(int from)
{
    if (from <= 0) {
        m_summary.rebuild(m_candles);
        m_indicatorValues.clear(); // lines of other candles (a new series, a prepend) would be misplaced
    }
    else
        m_summary.updateFrom(m_candles, from);
    recomputeIndicators();
    m_staticDirty = true;
}

// EMA, RSI and MACD depend on the whole history, so a new candle means a new pass over every close: tens
// of milliseconds at a million candles, too long for the GUI thread. A pool thread computes them from a
// copy of the closes; answers overtaken by newer data are dropped. Until one arrives the previous lines
// stay (shorter by the new candles); after a prepend their indices no longer match and they are cleared.
void CandleChartWidget::recomputeIndicators()
{
    ++m_indicatorGeneration;
    if (!ChartIndicators::needsCloses(m_enabled) || m_candles.empty()) {
        m_indicatorValues.clear();
        m_indicatorsPending = false;
        return;
    }
    m_indicatorsPending = true;
    auto *watcher = new QFutureWatcher<ChartIndicators>(this);
    const quint64 generation = m_indicatorGeneration;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_indicatorGeneration)
            return;
        m_indicatorValues = watcher->result();
        m_indicatorsPending = false;
        m_staticDirty = true;
        update();
    });
    watcher->setFuture(QtConcurrent::run([closes = analysis::closesOf(m_candles), enabled = m_enabled,
                                          settings = m_indicatorValues.settingsOnly()] {
        ChartIndicators result = settings;
        result.recomputeFromCloses(closes, enabled);
        return result;
    }));
}

void CandleChartWidget::relayout()
{
    m_layout = ChartLayout::compute(QSizeF(size()), m_enabled);
    m_viewport.setPlotRect(m_layout.price);
    m_staticDirty = true;
}

void CandleChartWidget::viewChanged()
{
    m_staticDirty = true;
    const ChartViewport::IndexRange range = m_viewport.visibleRange();
    emit visibleRangeChanged(range.first, range.end);
    maybeLoadHistory();
    update();
}

void CandleChartWidget::scheduleRepaint()
{
    if (!m_repaintTimer.isActive())
        m_repaintTimer.start();
}

// Older candles are fetched once the left edge comes within a screen of the oldest loaded one.
void CandleChartWidget::maybeLoadHistory()
{
    if (m_databasePath.isEmpty() || m_loading || m_historyExhausted || m_candles.empty() || m_symbol.isNull())
        return;
    const ChartViewport::IndexRange range = m_viewport.visibleRange();
    if (range.first > std::max(100, range.size()))
        return;
    startLoad(true);
}

void CandleChartWidget::startLoad(bool older)
{
    if (m_databasePath.isEmpty() || m_symbol.isNull())
        return;
    HistoryLoader::Request request;
    request.databasePath = m_databasePath;
    request.exchange = m_exchange;
    request.symbol = m_symbol;
    request.timeframe = m_timeframe;
    request.generation = m_generation;
    request.limit = older ? kHistoryChunk : kInitialCandles;
    request.before = older && !m_candles.empty() ? m_candles.front().openTime : 0;
    m_loading = true;
    auto *watcher = new QFutureWatcher<HistoryLoader::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, older] {
        watcher->deleteLater();
        finishLoad(watcher->result(), older);
    });
    watcher->setFuture(QtConcurrent::run([request, older] {
        return older ? HistoryLoader::olderThan(request) : HistoryLoader::newest(request);
    }));
}

void CandleChartWidget::finishLoad(const HistoryLoader::Result &result, bool older)
{
    if (result.generation != m_generation)
        return; // the series changed meanwhile
    m_loading = false;
    if (!older) {
        // Live candles that arrived during the load are newer than anything stored; keep them.
        model::CandleSeries merged = result.candles;
        const qint64 newest = merged.empty() ? std::numeric_limits<qint64>::min() : merged.back().openTime;
        for (const model::Candle &c : m_candles) {
            if (c.openTime > newest)
                merged.push_back(c);
        }
        setCandles(std::move(merged));
        for (const model::Candle &minute : result.openBucketMinutes)
            m_merger.addClosedMinute(minute);
        if (m_merger.base())
            applyLiveCandle(*m_merger.base());
        emit historyLoaded(int(result.candles.size()));
        return;
    }
    const qint64 oldest = m_candles.empty() ? std::numeric_limits<qint64>::max() : m_candles.front().openTime;
    const auto usable = std::lower_bound(result.candles.begin(), result.candles.end(), oldest,
                                         [](const model::Candle &c, qint64 t) { return c.openTime < t; });
    const int added = int(usable - result.candles.begin());
    if (added == 0) {
        m_historyExhausted = true;
        emit historyLoaded(0);
        applyHighlight();
        return;
    }
    m_candles.insert(m_candles.begin(), result.candles.begin(), usable);
    m_viewport.setCount(int(m_candles.size()));
    // The same candles stay under the same pixels.
    m_viewport.setRightEdge(m_viewport.rightEdge() + added);
    dataChanged(0);
    emit historyLoaded(added);
    viewChanged();
    applyHighlight();
}

} // namespace cl::chart
