#pragma once

#include "chart/chartannotations.h"
#include "chart/charttheme.h"
#include "chart/indicatorparameters.h"
#include "chart/timeaxis.h"
#include "portfolio/journaltrademarkers.h"
#include "market/marketevents.h"
#include "model/clock.h"
#include "model/pattern.h"

#include <QHash>
#include <QSet>
#include <QTabWidget>
#include <QTimer>
#include <QVariantMap>

namespace cl::chart {
class ChartView;
}

namespace cl::ui {

// The workstation's charts as tabs, each a ChartView remembering its own symbol, timeframe and
// indicators (saveStates / restoreStates). Live candles go to every chart; each ignores other series.
class ChartTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit ChartTabs(const model::Clock &clock, QWidget *parent = nullptr);

    chart::ChartView *addChart(const QVariantMap &state = {});
    void closeChart(int index);
    chart::ChartView *chartAt(int index) const;
    chart::ChartView *currentChart() const;
    // Shows exchange:symbol on timeframe: the current tab when it has no series yet, else a tab already
    // showing it, else a new tab. With a pattern (a matrix cell, a signal's source pattern) the chart
    // highlights that zone and scrolls to it; its zones then include it even when older than the newest ones.
    chart::ChartView *openChart(const QString &exchange, const QString &symbol, const QString &timeframe,
                                const model::PatternKey &pattern = {});

    void setDatabasePath(const QString &path);
    void setSymbolChoices(const QStringList &keys);
    void setChartTheme(const chart::ChartTheme &theme);
    void setTimeZoneMode(chart::TimeZoneMode mode);
    // The indicator periods of new charts; open charts without periods of their own follow them too.
    void setIndicatorDefaults(const chart::IndicatorParameters &defaults);
    void setSnapshotDirectory(const QString &directory);

    QList<QVariantMap> saveStates() const;
    void restoreStates(const QList<QVariantMap> &states);

    // Reloads the pattern zones and signal levels of every chart showing exchange:symbol (all when empty),
    // from the database on a pool thread. Calls within kAnnotationReloadDelayMs are coalesced: the analysis
    // reports changes in bursts (catch-up, closes on many timeframes), each chart reads once per burst.
    void reloadAnnotations(const QString &seriesKey = QString());
    static constexpr int kAnnotationReloadDelayMs = 150;
    // For tests: starts the coalesced reloads now / whether some are waiting.
    void flushAnnotationReloads();
    bool isAnnotationReloadPending() const { return m_annotationTimer.isActive(); }
    // How many annotation reads were started so far (one database read each).
    quint64 annotationReadCount() const { return m_annotationRequest; }

    // Alert levels per series key ("binance:BTC/USDT"), drawn as draggable lines on the charts of that series.
    void setAlertLines(const QHash<QString, chart::AlertLineList> &lines);

    // The journal's trades, drawn as entry and exit markers on every chart of their symbol.
    void setJournalMarkers(const JournalTradeMarkers &markers);
    // A backtest's trades on one chart, next to the journal's; they go when the chart changes series.
    void setBacktestMarkers(chart::ChartView *view, const chart::TradeMarkerList &markers);

signals:
    // A chart received its zones and signal levels (patterns, signals: how many).
    void annotationsLoaded(cl::chart::ChartView *view, int patterns, int signalCount);
    // The chart's context menu "Create alert at PRICE"; lastPrice is the series' newest close.
    void createAlertRequested(cl::model::ExchangeId exchange, const cl::model::Symbol &symbol, double price,
                              double lastPrice);
    // An alert line was dragged to a new level.
    void alertLevelMoved(qint64 alertId, double price);

public slots:
    void onFormingCandle(const cl::market::FormingCandle &candle);
    void onCandlesClosed(const cl::market::ClosedCandles &closed);

private:
    void updateTitle(chart::ChartView *view);
    void loadAnnotations(chart::ChartView *view);
    void applyTradeMarkers(chart::ChartView *view);

    const model::Clock &m_clock;
    QString m_path;
    QStringList m_symbols;
    chart::ChartTheme m_theme;
    chart::TimeZoneMode m_timeZone = chart::TimeZoneMode::Utc;
    chart::IndicatorParameters m_indicatorDefaults;
    QString m_snapshotDirectory;
    QHash<QString, chart::AlertLineList> m_alertLines;
    JournalTradeMarkers m_journalMarkers;
    QHash<const chart::ChartView *, chart::TradeMarkerList> m_backtestMarkers;

    // annotations
    QTimer m_annotationTimer;
    QSet<QString> m_pendingAnnotationKeys;
    bool m_reloadAllAnnotations = false;
    model::PatternKey m_openingPattern; // the pattern openChart is switching a chart's series for
    quint64 m_annotationRequest = 0;
    QHash<const chart::ChartView *, quint64> m_annotationRequests; // each chart's newest; older answers drop
};

} // namespace cl::ui
