#include "analysis/patternrepository.h"
#include "chart/candlechartwidget.h"
#include "chart/chartview.h"
#include "model/manualclock.h"
#include "shell/charttabs.h"
#include "storage/candlerepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace cl;
using model::Timeframe;

namespace {
constexpr qint64 kHour = 3'600'000;
constexpr qint64 kStart = 1'700'000'000'000 / kHour * kHour;
constexpr int kCandles = 1000;
constexpr int kOldIndex = 50;      // the two old zones, older than the newest 500
constexpr int kOtherOldIndex = 60;
constexpr int kNewerFrom = 300;    // 600 newer zones from here on
constexpr int kNewerCount = 600;
const QString kBtc = QStringLiteral("binance:BTC/USDT");
const QString kEth = QStringLiteral("binance:ETH/USDT");

model::CandleSeries hourlyCandles(int count)
{
    model::CandleSeries candles;
    for (int i = 0; i < count; ++i) {
        const double open = 100.0 + (i % 7) * 0.1;
        candles.push_back({kStart + i * kHour, open, open + 0.5, open - 0.5, open + ((i % 2) ? 0.2 : -0.2), 10.0});
    }
    return candles;
}

model::Pattern zoneAt(int index)
{
    model::Pattern p;
    p.timeframe = Timeframe::H1;
    p.direction = index % 2 ? model::Direction::Bearish : model::Direction::Bullish;
    p.detectedAt = kStart + index * kHour;
    p.statusAt = p.detectedAt + kHour;
    p.zoneLow = 100.1;
    p.zoneHigh = 100.4;
    p.fillPct = 20;
    return p;
}

bool contains(const model::PatternList &patterns, const model::PatternKey &key)
{
    return std::any_of(patterns.begin(), patterns.end(), [&key](const model::Pattern &p) { return key.matches(p); });
}
} // namespace

// ChartTabs: the indicator periods of its charts; against a real SQLite file, opening a chart at a pattern
// (matrix / signal click) and the coalesced annotation reloads.
class TstChartTabs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    // Named by their natural keys, as the matrix and the signal list name them (live patterns have no row id).
    const model::PatternKey m_old = model::PatternKey::of(zoneAt(kOldIndex));
    const model::PatternKey m_otherOld = model::PatternKey::of(zoneAt(kOtherOldIndex));
    model::ManualClock m_clock{kStart + kCandles * kHour};

    static chart::ChartView *viewOf(const QList<QVariant> &annotationsLoaded)
    {
        return annotationsLoaded.at(0).value<chart::ChartView *>();
    }

    static chart::IndicatorParameters defaults()
    {
        chart::IndicatorParameters p;
        p.emaPeriod = 34;
        p.rsiPeriod = 9;
        return p;
    }

    static chart::IndicatorParameters own()
    {
        chart::IndicatorParameters p;
        p.emaPeriod = 55;
        p.smaPeriod = 100;
        p.macdFast = 8;
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("tabs.sqlite"));
        QCOMPARE(storage::Database::prepare(m_path).status, storage::Database::Status::Ok);
        storage::SqlConnection connection;
        QString error;
        QVERIFY(connection.open(m_path, storage::SqlConnection::Mode::ReadWrite, &error));
        storage::SymbolRepository symbols(connection);
        const qint64 btc = *symbols.ensure(model::ExchangeId::Binance, *model::Symbol::parse(u"BTC/USDT"));
        const qint64 eth = *symbols.ensure(model::ExchangeId::Binance, *model::Symbol::parse(u"ETH/USDT"));
        storage::CandleRepository candles(connection);
        for (const qint64 id : {btc, eth}) {
            QVERIFY2(candles.upsert(id, Timeframe::H1, hourlyCandles(kCandles), nullptr, &error), qPrintable(error));
            QVERIFY2(candles.upsert(id, Timeframe::H4, hourlyCandles(kCandles), nullptr, &error), qPrintable(error));
        }
        model::PatternList patterns{zoneAt(kOldIndex), zoneAt(kOtherOldIndex)};
        for (int i = 0; i < kNewerCount; ++i)
            patterns.push_back(zoneAt(kNewerFrom + i));
        QVERIFY(connection.exec("BEGIN", &error));
        analysis::PatternRepository repository(connection);
        QVERIFY2(repository.upsert(btc, patterns, nullptr, &error), qPrintable(error));
        QVERIFY(connection.exec("COMMIT", &error));
        const model::PatternList stored = repository.load(btc, Timeframe::H1, false, &error);
        QCOMPARE(stored.size(), size_t(kNewerCount + 2));
        QCOMPARE(stored[0].detectedAt, kStart + kOldIndex * kHour);
        const auto byKey = repository.find(btc, m_old, &error);
        QVERIFY(byKey);
        QCOMPARE(byKey->id, stored[0].id);
        QVERIFY(m_old.matches(*byKey));
        QVERIFY(!repository.find(eth, m_old, &error)); // another symbol's pattern is not found
        QVERIFY(!repository.find(btc, {Timeframe::H4, m_old.type, m_old.detectedAt}, &error)); // nor another timeframe's
        QVERIFY(!repository.find(btc, model::PatternKey(), &error));
    }

    // --- indicator periods ---
    // NOTE: these three tests were first written by the indicator-settings helper; this file was overwritten by
    // mistake and they are rebuilt here from that helper's test names and assertions (see the report).

    void newChartsStartWithTheDefaults()
    {
        ui::ChartTabs tabs(m_clock);
        chart::ChartView *old = tabs.addChart();
        tabs.setIndicatorDefaults(defaults());
        chart::ChartView *view = tabs.addChart();
        QCOMPARE(tabs.count(), 2);
        QCOMPARE(view->indicatorParameters(), defaults());
        QVERIFY(!view->hasOwnIndicatorParameters());
        QCOMPARE(old->indicatorParameters(), defaults()); // an open chart without periods of its own follows
    }

    void restoredChartsKeepTheirOwnPeriods()
    {
        ui::ChartTabs tabs(m_clock);
        tabs.setIndicatorDefaults(defaults());
        const QVariantMap mine{{QStringLiteral("timeframe"), QStringLiteral("4h")},
                               {QStringLiteral("indicatorParameters"), own().toVariantMap()},
                               {QStringLiteral("ownIndicatorParameters"), true}};
        const QVariantMap following{{QStringLiteral("timeframe"), QStringLiteral("4h")}};
        tabs.restoreStates({mine, following});
        QCOMPARE(tabs.count(), 2);
        QCOMPARE(tabs.chartAt(0)->indicatorParameters(), own());
        QCOMPARE(tabs.chartAt(1)->indicatorParameters(), defaults());
    }

    void changedDefaultsReachOnlyChartsWithoutTheirOwn()
    {
        ui::ChartTabs tabs(m_clock);
        chart::ChartView *following = tabs.addChart();
        chart::ChartView *custom = tabs.addChart();
        QVERIFY(custom->setIndicatorParameters(own()));
        tabs.setIndicatorDefaults(defaults());
        QCOMPARE(following->indicatorParameters(), defaults());
        QCOMPARE(custom->indicatorParameters(), own());
        QCOMPARE(tabs.addChart()->indicatorParameters(), defaults());
    }

    // --- the highlighted pattern and annotation reloads ---

    // A matrix click on a zone older than the newest 500 the chart loads: the chart opens, the zone is among its
    // zones, highlighted, and scrolled into view.
    void openChartHighlightsAnOldPattern()
    {
        ui::ChartTabs tabs(m_clock);
        tabs.resize(1200, 700);
        tabs.addChart();
        tabs.setDatabasePath(m_path);
        tabs.show();
        QSignalSpy annotated(&tabs, &ui::ChartTabs::annotationsLoaded);
        chart::ChartView *view = tabs.openChart(QStringLiteral("binance"), QStringLiteral("BTC/USDT"),
                                                QStringLiteral("1h"), m_old);
        QCOMPARE(tabs.count(), 1); // the empty current tab took the series
        chart::CandleChartWidget *chart = view->chart();
        QCOMPARE(chart->highlightedPattern(), m_old);
        QTRY_VERIFY_WITH_TIMEOUT(!chart->isHighlightPending(), 10'000);
        QVERIFY(annotated.count() >= 1);
        QCOMPARE(chart->patterns().size(), size_t(501)); // the newest 500 and the highlighted one
        QVERIFY(contains(chart->patterns(), m_old));
        QVERIFY(std::is_sorted(chart->patterns().begin(), chart->patterns().end(),
                               [](const model::Pattern &a, const model::Pattern &b) { return a.detectedAt < b.detectedAt; }));
        const chart::ChartViewport::IndexRange range = chart->viewport().visibleRange();
        QVERIFY2(range.first <= kOldIndex && kOldIndex < range.end,
                 qPrintable(QStringLiteral("%1..%2").arg(range.first).arg(range.end)));
        QVERIFY(!chart->viewport().isAtEnd());

        // The coalesced reload after an analysis burst keeps the highlighted zone.
        annotated.clear();
        tabs.reloadAnnotations(kBtc);
        QTRY_COMPARE_WITH_TIMEOUT(annotated.count(), 1, 10'000);
        QVERIFY(contains(chart->patterns(), m_old));
        QCOMPARE(chart->highlightedPattern(), m_old);

        // Another zone of the series it shows: the same chart, its candles are not reloaded, the new zone is
        // fetched and highlighted.
        QTRY_VERIFY_WITH_TIMEOUT(!chart->isLoading(), 10'000); // the pager learning there is nothing older
        QSignalSpy historyLoaded(chart, &chart::CandleChartWidget::historyLoaded);
        const size_t candles = chart->candles().size();
        QCOMPARE(tabs.openChart(QStringLiteral("binance"), QStringLiteral("BTC/USDT"), QStringLiteral("1h"), m_otherOld),
                 view);
        QCOMPARE(chart->highlightedPattern(), m_otherOld);
        QTRY_VERIFY_WITH_TIMEOUT(contains(chart->patterns(), m_otherOld) && !chart->isHighlightPending(), 10'000);
        QCOMPARE(chart->candles().size(), candles);
        QCOMPARE(historyLoaded.count(), 0);
        QVERIFY(chart->viewport().visibleRange().first <= kOtherOldIndex);

        // Another timeframe is another series: the highlight goes.
        tabs.openChart(QStringLiteral("binance"), QStringLiteral("BTC/USDT"), QStringLiteral("4h"));
        QVERIFY(chart->highlightedPattern().isNull());
    }

    // During analysis catch-up patternsChanged arrives in bursts: one read per chart of the series per burst.
    // The journal's trades on every chart of their symbol and exchange; a backtest's on its own chart only,
    // until that chart changes series.
    void journalAndBacktestTradesAreMarkedOnTheirCharts()
    {
        ui::ChartTabs tabs(m_clock);
        chart::ChartView *btc1h = tabs.addChart();
        QVERIFY(btc1h->setSeries(kBtc, Timeframe::H1));
        chart::ChartView *btc4h = tabs.addChart();
        QVERIFY(btc4h->setSeries(kBtc, Timeframe::H4));
        chart::ChartView *okx = tabs.addChart();
        QVERIFY(okx->setSeries(QStringLiteral("okx:BTC/USDT"), Timeframe::H1));
        chart::ChartView *eth = tabs.addChart();
        QVERIFY(eth->setSeries(QStringLiteral("binance:ETH/USDT"), Timeframe::H1));

        portfolio::Trade onBinance;
        onBinance.exchange = QStringLiteral("binance");
        onBinance.symbol = QStringLiteral("BTC/USDT");
        onBinance.fills = {{0, portfolio::FillKind::Entry, kStart + 10 * kHour, 100.2, 1.0, 0.0},
                           {0, portfolio::FillKind::Exit, kStart + 20 * kHour, 100.6, 1.0, 0.0}};
        tabs.setJournalMarkers(ui::JournalTradeMarkers({onBinance}));
        QCOMPARE(btc1h->chart()->tradeMarkers().size(), size_t(2));
        QCOMPARE(btc4h->chart()->tradeMarkers().size(), size_t(2));
        QVERIFY(okx->chart()->tradeMarkers().empty());
        QVERIFY(eth->chart()->tradeMarkers().empty());

        const chart::TradeMarkerList backtest{{kStart + 30 * kHour, 100.3, true, QStringLiteral("entry")}};
        tabs.setBacktestMarkers(btc1h, backtest);
        QCOMPARE(btc1h->chart()->tradeMarkers().size(), size_t(3));
        QCOMPARE(btc4h->chart()->tradeMarkers().size(), size_t(2));
        // A later journal change keeps the backtest's markers beside it.
        tabs.setJournalMarkers(ui::JournalTradeMarkers());
        QCOMPARE(btc1h->chart()->tradeMarkers().size(), size_t(1));
        tabs.setJournalMarkers(ui::JournalTradeMarkers({onBinance}));
        // Another series on that chart: the backtest was of the old one.
        QVERIFY(btc1h->setSeries(QStringLiteral("binance:ETH/USDT"), Timeframe::H1));
        QVERIFY(btc1h->chart()->tradeMarkers().empty());
        QVERIFY(btc1h->setSeries(kBtc, Timeframe::H1));
        QCOMPARE(btc1h->chart()->tradeMarkers().size(), size_t(2));
        // A new chart of the symbol gets the journal's markers at once.
        chart::ChartView *added = tabs.addChart();
        QVERIFY(added->setSeries(kBtc, Timeframe::M15));
        QCOMPARE(added->chart()->tradeMarkers().size(), size_t(2));
    }

    void reloadsAreCoalescedPerSeries()
    {
        ui::ChartTabs tabs(m_clock);
        tabs.resize(1200, 700);
        chart::ChartView *btc1h = tabs.addChart();
        QVERIFY(btc1h->setSeries(kBtc, Timeframe::H1));
        chart::ChartView *btc4h = tabs.addChart();
        QVERIFY(btc4h->setSeries(kBtc, Timeframe::H4));
        chart::ChartView *eth = tabs.addChart();
        QVERIFY(eth->setSeries(kEth, Timeframe::H1));
        QSignalSpy annotated(&tabs, &ui::ChartTabs::annotationsLoaded);
        tabs.setDatabasePath(m_path);
        QVERIFY(tabs.isAnnotationReloadPending());
        QTRY_COMPARE_WITH_TIMEOUT(annotated.count(), 3, 10'000);

        annotated.clear();
        const quint64 reads = tabs.annotationReadCount();
        for (int i = 0; i < 20; ++i)
            tabs.reloadAnnotations(kBtc);
        QVERIFY(tabs.isAnnotationReloadPending());
        QCOMPARE(tabs.annotationReadCount(), reads); // nothing read yet
        QTRY_COMPARE_WITH_TIMEOUT(annotated.count(), 2, 10'000);
        QVERIFY(!tabs.isAnnotationReloadPending());
        QCOMPARE(tabs.annotationReadCount(), reads + 2);
        QSet<chart::ChartView *> views{viewOf(annotated.at(0)), viewOf(annotated.at(1))};
        QCOMPARE(views, (QSet<chart::ChartView *>{btc1h, btc4h}));
        QCOMPARE(annotated.at(0).at(1).toInt() + annotated.at(1).at(1).toInt(), 500); // BTC 1h zones; none on 4h

        // A burst of several keys and "all": each chart once; flushAnnotationReloads starts them at once.
        annotated.clear();
        for (int i = 0; i < 5; ++i) {
            tabs.reloadAnnotations(kEth);
            tabs.reloadAnnotations(kBtc);
            tabs.reloadAnnotations();
        }
        tabs.flushAnnotationReloads();
        QVERIFY(!tabs.isAnnotationReloadPending());
        QCOMPARE(tabs.annotationReadCount(), reads + 2 + 3);
        QTRY_COMPARE_WITH_TIMEOUT(annotated.count(), 3, 10'000);
        views.clear();
        for (const QList<QVariant> &loaded : annotated)
            views.insert(viewOf(loaded));
        QCOMPARE(views.size(), 3);
        tabs.flushAnnotationReloads(); // nothing left
        QCOMPARE(tabs.annotationReadCount(), reads + 2 + 3);
    }
};

QTEST_MAIN(TstChartTabs)
#include "tst_charttabs.moc"
