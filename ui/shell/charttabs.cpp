#include "charttabs.h"

#include "analysis/patternrepository.h"
#include "analysis/signalrepository.h"
#include "chart/candlechartwidget.h"
#include "chart/chartview.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QScopedValueRollback>
#include <QtConcurrent>

#include <algorithm>
#include <utility>

namespace cl::ui {

ChartTabs::ChartTabs(const model::Clock &clock, QWidget *parent)
    : QTabWidget(parent), m_clock(clock), m_theme(chart::ChartTheme::dark())
{
    setObjectName(QStringLiteral("chartTabs"));
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    connect(this, &QTabWidget::tabCloseRequested, this, &ChartTabs::closeChart);
    m_annotationTimer.setSingleShot(true);
    m_annotationTimer.setInterval(kAnnotationReloadDelayMs);
    connect(&m_annotationTimer, &QTimer::timeout, this, &ChartTabs::flushAnnotationReloads);
}

chart::ChartView *ChartTabs::addChart(const QVariantMap &state)
{
    auto *view = new chart::ChartView(this);
    view->setObjectName(QStringLiteral("chartView%1").arg(count() + 1));
    view->setClock(&m_clock);
    view->chart()->setTheme(m_theme);
    view->chart()->setTimeZoneMode(m_timeZone);
    view->setDefaultIndicatorParameters(m_indicatorDefaults); // before restoreState: a saved chart keeps its own
    if (!m_snapshotDirectory.isEmpty())
        view->setSnapshotDirectory(m_snapshotDirectory);
    view->setSymbolChoices(m_symbols);
    if (!state.isEmpty())
        view->restoreState(state);
    if (!m_path.isEmpty())
        view->setDatabasePath(m_path);
    connect(view, &chart::ChartView::seriesChanged, this, [this, view] {
        updateTitle(view);
        loadAnnotations(view);
        view->chart()->setAlertLines(m_alertLines.value(view->seriesKey()));
        m_backtestMarkers.remove(view); // they were the old series' trades
        applyTradeMarkers(view);
    });
    chart::CandleChartWidget *chart = view->chart();
    connect(chart, &chart::CandleChartWidget::createAlertRequested, this, [this, chart](double price) {
        const double last = chart->candles().empty() ? price : chart->candles().back().close;
        emit createAlertRequested(chart->exchange(), chart->symbol(), price, last);
    });
    connect(chart, &chart::CandleChartWidget::alertLevelMoved, this, &ChartTabs::alertLevelMoved);
    chart->setAlertLines(m_alertLines.value(view->seriesKey()));
    m_backtestMarkers.remove(view); // a closed chart's, should the new one have its address
    applyTradeMarkers(view);
    setCurrentIndex(addTab(view, tr("Chart")));
    updateTitle(view);
    return view;
}

void ChartTabs::setAlertLines(const QHash<QString, chart::AlertLineList> &lines)
{
    m_alertLines = lines;
    for (int i = 0; i < count(); ++i)
        chartAt(i)->chart()->setAlertLines(m_alertLines.value(chartAt(i)->seriesKey()));
}

void ChartTabs::setJournalMarkers(const JournalTradeMarkers &markers)
{
    m_journalMarkers = markers;
    for (int i = 0; i < count(); ++i)
        applyTradeMarkers(chartAt(i));
}

void ChartTabs::setBacktestMarkers(chart::ChartView *view, const chart::TradeMarkerList &markers)
{
    if (indexOf(view) < 0)
        return;
    m_backtestMarkers.insert(view, markers);
    applyTradeMarkers(view);
}

void ChartTabs::applyTradeMarkers(chart::ChartView *view)
{
    chart::CandleChartWidget *chart = view->chart();
    if (chart->symbol().isNull()) {
        chart->setTradeMarkers({});
        return;
    }
    chart::TradeMarkerList markers =
        m_journalMarkers.forSeries(model::exchangeIdToString(chart->exchange()), chart->symbol().toString());
    const chart::TradeMarkerList backtest = m_backtestMarkers.value(view);
    markers.insert(markers.end(), backtest.begin(), backtest.end());
    chart->setTradeMarkers(markers);
}

void ChartTabs::closeChart(int index)
{
    if (count() <= 1)
        return; // the workstation always shows a chart
    QWidget *view = widget(index);
    m_backtestMarkers.remove(qobject_cast<chart::ChartView *>(view));
    removeTab(index);
    delete view;
}

chart::ChartView *ChartTabs::chartAt(int index) const
{
    return qobject_cast<chart::ChartView *>(widget(index));
}

chart::ChartView *ChartTabs::currentChart() const
{
    return qobject_cast<chart::ChartView *>(currentWidget());
}

chart::ChartView *ChartTabs::openChart(const QString &exchange, const QString &symbol, const QString &timeframe,
                                      const model::PatternKey &pattern)
{
    const QString key = exchange + QLatin1Char(':') + symbol;
    const auto tf = model::Timeframe::parse(timeframe);
    chart::ChartView *target = nullptr;
    for (int i = 0; i < count() && !target; ++i) {
        if (chartAt(i)->seriesKey() == key)
            target = chartAt(i);
    }
    if (!target && currentChart() && currentChart()->seriesKey().isEmpty())
        target = currentChart();
    if (!target)
        target = addChart();
    if (!m_symbols.contains(key)) {
        m_symbols.append(key);
        for (int i = 0; i < count(); ++i)
            chartAt(i)->setSymbolChoices(m_symbols);
    }
    chart::CandleChartWidget *chart = target->chart();
    const model::Timeframe wanted = tf.value_or(chart->timeframe());
    if (target->seriesKey() != key || chart->timeframe() != wanted) {
        // The zones the series change loads already include the pattern (it may be older than the newest).
        const QScopedValueRollback opening(m_openingPattern, pattern);
        if (target->setSeries(key, wanted))
            chart->highlightPattern(pattern);
    } else if (!pattern.isNull()) {
        // Already showing the series: keep its candles and view, only fetch the zone when it is not drawn.
        chart->highlightPattern(pattern);
        const auto &patterns = chart->patterns();
        if (std::none_of(patterns.begin(), patterns.end(), [&pattern](const model::Pattern &p) { return pattern.matches(p); }))
            loadAnnotations(target);
    }
    setCurrentWidget(target);
    return target;
}

void ChartTabs::setDatabasePath(const QString &path)
{
    m_path = path;
    for (int i = 0; i < count(); ++i)
        chartAt(i)->setDatabasePath(path);
    reloadAnnotations();
}

void ChartTabs::reloadAnnotations(const QString &seriesKey)
{
    if (seriesKey.isEmpty())
        m_reloadAllAnnotations = true;
    else
        m_pendingAnnotationKeys.insert(seriesKey);
    // Not restarted by later calls: a long burst still reloads every kAnnotationReloadDelayMs.
    if (!m_annotationTimer.isActive())
        m_annotationTimer.start();
}

void ChartTabs::flushAnnotationReloads()
{
    m_annotationTimer.stop();
    const bool all = std::exchange(m_reloadAllAnnotations, false);
    const QSet<QString> keys = std::exchange(m_pendingAnnotationKeys, {});
    for (int i = 0; i < count(); ++i) {
        if (all || keys.contains(chartAt(i)->seriesKey()))
            loadAnnotations(chartAt(i));
    }
}

namespace {
// What a chart draws over its candles: zones of its timeframe and the symbol's recent signals. The newest
// ones are enough: older zones are far off screen and expired long ago.
constexpr size_t kMaxPatterns = 500;
constexpr size_t kMaxSignals = 50;

struct Annotations
{
    model::PatternList patterns;
    model::SignalList signalList;
};

// The highlighted zone (a matrix or signal click) is drawn even when older than the newest kMaxPatterns.
void addHighlighted(storage::SqlConnection &connection, qint64 symbolId, const model::PatternKey &key,
                    model::Timeframe timeframe, model::PatternList &patterns)
{
    if (key.isNull() || key.timeframe != timeframe
        || std::any_of(patterns.begin(), patterns.end(), [&key](const model::Pattern &p) { return key.matches(p); }))
        return;
    const auto pattern = analysis::PatternRepository(connection).find(symbolId, key);
    if (!pattern || pattern->timeframe != timeframe)
        return;
    const auto at = std::upper_bound(patterns.begin(), patterns.end(), pattern->detectedAt,
                                     [](qint64 t, const model::Pattern &p) { return t < p.detectedAt; });
    patterns.insert(at, *pattern);
}
} // namespace

void ChartTabs::loadAnnotations(chart::ChartView *view)
{
    const auto *chart = view->chart();
    if (m_path.isEmpty() || chart->symbol().isNull())
        return;
    auto *watcher = new QFutureWatcher<Annotations>(this);
    QPointer<chart::ChartView> target(view);
    const QString key = view->seriesKey();
    const model::Timeframe timeframe = chart->timeframe();
    const model::PatternKey include = m_openingPattern.isNull() ? chart->highlightedPattern() : m_openingPattern;
    const quint64 request = ++m_annotationRequest;
    m_annotationRequests.insert(view, request);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, target, key, timeframe, request] {
        watcher->deleteLater();
        // The chart may have closed or moved to another series meanwhile, or a newer read overtook this one.
        if (!target || target->seriesKey() != key || target->chart()->timeframe() != timeframe
            || m_annotationRequests.value(target.data()) != request)
            return;
        const Annotations result = watcher->result();
        target->chart()->setPatterns(result.patterns);
        target->chart()->setSignals(result.signalList);
        emit annotationsLoaded(target, int(result.patterns.size()), int(result.signalList.size()));
    });
    watcher->setFuture(QtConcurrent::run([path = m_path, exchange = chart->exchange(), symbol = chart->symbol(), timeframe,
                                          include] {
        Annotations result;
        QString error;
        storage::SqlConnection connection;
        if (!connection.open(path, storage::SqlConnection::Mode::ReadOnly, &error))
            return result;
        const auto id = storage::SymbolRepository(connection).find(exchange, symbol, &error);
        if (!id)
            return result;
        result.patterns = analysis::PatternRepository(connection).load(*id, timeframe, false, &error);
        if (result.patterns.size() > kMaxPatterns)
            result.patterns.erase(result.patterns.begin(), result.patterns.end() - qsizetype(kMaxPatterns));
        addHighlighted(connection, *id, include, timeframe, result.patterns);
        result.signalList = analysis::SignalRepository(connection).list(*id, 0, &error);
        if (result.signalList.size() > kMaxSignals)
            result.signalList.resize(kMaxSignals); // newest first
        return result;
    }));
}

void ChartTabs::setSymbolChoices(const QStringList &keys)
{
    m_symbols = keys;
    for (int i = 0; i < count(); ++i)
        chartAt(i)->setSymbolChoices(keys);
}

void ChartTabs::setChartTheme(const chart::ChartTheme &theme)
{
    m_theme = theme;
    for (int i = 0; i < count(); ++i)
        chartAt(i)->chart()->setTheme(theme);
}

void ChartTabs::setTimeZoneMode(chart::TimeZoneMode mode)
{
    m_timeZone = mode;
    for (int i = 0; i < count(); ++i)
        chartAt(i)->chart()->setTimeZoneMode(mode);
}

void ChartTabs::setIndicatorDefaults(const chart::IndicatorParameters &defaults)
{
    m_indicatorDefaults = defaults;
    for (int i = 0; i < count(); ++i)
        chartAt(i)->setDefaultIndicatorParameters(defaults);
}

void ChartTabs::setSnapshotDirectory(const QString &directory)
{
    m_snapshotDirectory = directory;
    for (int i = 0; i < count(); ++i)
        chartAt(i)->setSnapshotDirectory(directory);
}

QList<QVariantMap> ChartTabs::saveStates() const
{
    QList<QVariantMap> states;
    for (int i = 0; i < count(); ++i)
        states.append(chartAt(i)->saveState());
    return states;
}

void ChartTabs::restoreStates(const QList<QVariantMap> &states)
{
    m_backtestMarkers.clear();
    while (count() > 0) {
        QWidget *view = widget(0);
        removeTab(0);
        delete view;
    }
    for (const QVariantMap &state : states)
        addChart(state);
    if (count() == 0)
        addChart();
    setCurrentIndex(0);
}

void ChartTabs::onFormingCandle(const market::FormingCandle &candle)
{
    for (int i = 0; i < count(); ++i)
        chartAt(i)->chart()->onFormingCandle(candle);
}

void ChartTabs::onCandlesClosed(const market::ClosedCandles &closed)
{
    for (int i = 0; i < count(); ++i)
        chartAt(i)->chart()->onCandlesClosed(closed);
}

void ChartTabs::updateTitle(chart::ChartView *view)
{
    const int index = indexOf(view);
    if (index < 0)
        return;
    const auto *chart = view->chart();
    setTabText(index, chart->symbol().isNull() ? tr("Chart")
                                               : QStringLiteral("%1 · %2").arg(chart->symbol().toString(), chart->timeframe().toString()));
    setTabToolTip(index, view->seriesKey());
}

} // namespace cl::ui
