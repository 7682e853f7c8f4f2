// Backtester: fixed-risk sizing, fees, slippage and R through the portfolio's P&L rules; no look-ahead,
// determinism and cancellation on a generated history replayed through the analysis engine.
#include "backtest/backtester.h"
#include "backtest/backtestjson.h"
#include "backtest/setupcollector.h"
#include "candles/candleaggregator.h"
#include "analysis/patternengine.h"
#include "portfolio/metricsjson.h"
#include "testsupport.h"

#include <QTest>

using namespace cl::backtest;
using cl::model::Candle;
using cl::model::CandleSeries;
using cl::model::Timeframe;

namespace {

constexpr qint64 kTf = 900'000;
constexpr qint64 kStart = 1'704'067'200'000; // 2024-01-01T00:00Z

CandleSeries series(std::initializer_list<std::array<double, 4>> ohlc, qint64 start = kStart)
{
    CandleSeries out;
    qint64 t = start;
    for (const auto &c : ohlc) {
        out.push_back(Candle{t, c[0], c[1], c[2], c[3], 1.0});
        t += kTf;
    }
    return out;
}

TradeSetup setupAt(qint64 detectedAt)
{
    TradeSetup s;
    s.timeframe = Timeframe::M15;
    s.detectedAt = detectedAt;
    s.knownAt = detectedAt + kTf;
    s.zoneLow = 97;
    s.zoneHigh = 100;
    s.entry = 100;
    s.stop = 95;
    s.tp1 = 110;
    s.tp2 = 120;
    s.tp3 = 130;
    return s;
}

// Entry on candle 1, target 110 on candle 2.
const CandleSeries kWin = series({{101, 102, 100.5, 101}, {101, 102, 99, 100}, {100, 111, 99, 110}});

BacktestData generated(Timeframe tf, quint64 seed, int days)
{
    std::mt19937_64 rng(seed);
    BacktestData data;
    data.symbol = *cl::model::Symbol::parse(u"SOL/USDT");
    data.timeframe = tf;
    data.minutes = cl::test::randomMinuteCandles(rng, kStart, days * 1440);
    data.candles = tf == Timeframe::M1 ? data.minutes : cl::candles::CandleAggregator::aggregate(data.minutes, tf);
    return data;
}

} // namespace

class TstBacktester : public QObject
{
    Q_OBJECT

private slots:
    void fixedRiskSizing()
    {
        const std::vector<TradeSetup> setups{setupAt(kStart)};
        const auto r = Backtester::simulate(kWin, setups, BacktestSettings{}, Timeframe::M15);
        QCOMPARE(r.trades.size(), size_t(1));
        const BacktestTrade &t = r.trades[0];
        QCOMPARE(t.quantity, 20.0); // 1 % of 10 000 over a 5.0 risk
        QCOMPARE(t.pnl, 200.0);
        QCOMPARE(t.r, 2.0);
        QCOMPARE(t.outcome, Outcome::Win);
        QCOMPARE(r.metrics.trades.trades, 1);
        QCOMPARE(r.metrics.netProfit, 200.0);
    }

    void feesAndSlippage()
    {
        BacktestSettings s;
        s.feeBps = 10;
        const std::vector<TradeSetup> setups{setupAt(kStart)};
        auto r = Backtester::simulate(kWin, setups, s, Timeframe::M15);
        QCOMPARE(r.trades[0].fees, 2.0 + 2.2);
        QCOMPARE(r.trades[0].pnl, 200.0 - 4.2);
        QCOMPARE(r.trades[0].r, (200.0 - 4.2) / 100.0);
        s.feeBps = 0;
        s.slippageBps = 10;
        r = Backtester::simulate(kWin, setups, s, Timeframe::M15);
        const double entry = 100.0 * 1.001;
        const double qty = 100.0 / (entry - 95.0);
        QCOMPARE(r.trades[0].entryPrice, entry);
        QCOMPARE(r.trades[0].quantity, qty);
        QCOMPARE(r.trades[0].exitPrice, 110.0 * 0.999);
        QCOMPARE(r.trades[0].pnl, (110.0 * 0.999 - entry) * qty);
    }

    void inconclusiveIsZeroR()
    {
        BacktestSettings s;
        s.feeBps = 10;
        const auto candles = series({{101, 102, 100.5, 101}, {101, 102, 99, 100}, {100, 111, 94, 100}});
        const std::vector<TradeSetup> setups{setupAt(kStart)};
        const auto r = Backtester::simulate(candles, setups, s, Timeframe::M15);
        QCOMPARE(r.trades[0].outcome, Outcome::Inconclusive);
        QCOMPARE(r.trades[0].pnl, 0.0);
        QCOMPARE(r.trades[0].r, 0.0);
        QCOMPARE(r.trades[0].exitPrice, 100.0);
    }

    void sizingCompoundsRealizedEquity()
    {
        // The second setup enters after the first one's exit: 1 % of 10 200.
        const auto candles = series({{101, 102, 100.5, 101}, {101, 102, 99, 100}, {100, 111, 99, 110},
            {105, 106, 101, 102}, {101, 102, 99, 100}, {100, 111, 99, 110}});
        const std::vector<TradeSetup> setups{setupAt(kStart), setupAt(kStart + 3 * kTf)};
        const auto r = Backtester::simulate(candles, setups, BacktestSettings{}, Timeframe::M15);
        QCOMPARE(r.trades.size(), size_t(2));
        QCOMPARE(r.trades[1].quantity, 102.0 / 5.0);
        QCOMPARE(r.metrics.netProfit, 200.0 + 204.0);
        QCOMPARE(r.metrics.curve.points().size(), size_t(3));
    }

    void setupsAreTheEnginesPatterns()
    {
        // Without 1m statuses the replay is PatternEngine::addCandle over the same candles, nothing else.
        const BacktestData data = generated(Timeframe::M15, 7, 20);
        BacktestSettings s;
        s.useMinuteStatuses = false;
        const auto collected = SetupCollector::collect(data, s);
        cl::analysis::PatternEngine engine(Timeframe::M15);
        engine.addCandles(data.candles);
        QVERIFY(!engine.patterns().empty());
        QCOMPARE(collected.setups.size(), engine.patterns().size());
        for (size_t i = 0; i < collected.setups.size(); ++i) {
            const auto &p = engine.patterns()[i];
            const auto &st = collected.setups[i];
            QCOMPARE(st.detectedAt, p.detectedAt);
            QCOMPARE(st.knownAt, p.detectedAt + kTf);
            QCOMPARE(st.type, p.type);
            QCOMPARE(st.entry, p.levels.entry);
            QCOMPARE(st.stop, p.levels.stop);
        }
    }

    void noLookAhead_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<int>("entry");
        QTest::newRow("patterns, limit") << int(BacktestSettings::Source::Patterns) << int(BacktestSettings::EntryMethod::Limit);
        QTest::newRow("patterns, next open") << int(BacktestSettings::Source::Patterns)
                                             << int(BacktestSettings::EntryMethod::NextOpen);
        QTest::newRow("signals, limit") << int(BacktestSettings::Source::Signals) << int(BacktestSettings::EntryMethod::Limit);
    }

    void noLookAhead()
    {
        QFETCH(int, source);
        QFETCH(int, entry);
        BacktestData data = generated(Timeframe::M15, 11, 30);
        BacktestSettings s;
        s.source = BacktestSettings::Source(source);
        s.entryMethod = BacktestSettings::EntryMethod(entry);
        if (s.source == BacktestSettings::Source::Signals) {
            for (const Timeframe tf : {Timeframe::M5, Timeframe::H1, Timeframe::H4, Timeframe::D1})
                data.others[tf.index()] = cl::candles::CandleAggregator::aggregate(data.minutes, tf);
        }
        const auto r = Backtester::run(data, s);
        QVERIFY(!r.trades.empty());
        for (const BacktestTrade &t : r.trades) {
            // A pattern is known once its detection candle has closed; a signal once it is created.
            const qint64 known = t.fromSignal ? t.detectedAt : t.detectedAt + kTf;
            QVERIFY2(t.entryTime >= known, qPrintable(QString::number(t.detectedAt)));
            QVERIFY(t.entryTime < t.exitTime);
            QVERIFY(t.fromSignal == (s.source == BacktestSettings::Source::Signals));
        }
        QCOMPARE(r.metrics.trades.trades, int(r.trades.size()));
    }

    void deterministic()
    {
        const BacktestData data = generated(Timeframe::M15, 3, 20);
        BacktestSettings s;
        s.feeBps = 4;
        s.slippageBps = 2;
        const QByteArray first = BacktestJson::write(Backtester::run(data, s));
        const QByteArray second = BacktestJson::write(Backtester::run(data, s));
        QCOMPARE(first, second);
        QVERIFY(first.contains("\"outcome\""));
    }

    void metricsLeaveOutOnlyTheBreakdowns()
    {
        // No backtest view or output shows the breakdowns, so they are not computed; everything else is
        // what the portfolio's own metrics give for the same trades.
        const BacktestData data = generated(Timeframe::M15, 3, 20);
        const auto r = Backtester::run(data, BacktestSettings{});
        QVERIFY(r.metrics.trades.trades > 0);
        QVERIFY(r.metrics.breakdowns.empty());
        const auto full = cl::portfolio::PerformanceMetrics::compute(
            BacktestSettings{}.initialBalance, r.metrics.curve.closedTrades());
        QCOMPARE(full.breakdowns.size(), size_t(7));
        QCOMPARE(cl::portfolio::MetricsJson::write(r.metrics), cl::portfolio::MetricsJson::write(full));
    }

    void cancellable()
    {
        const BacktestData data = generated(Timeframe::M1, 5, 5);
        std::atomic_bool cancel{true};
        RunControl control;
        control.cancel = &cancel;
        const auto r = Backtester::run(data, BacktestSettings{}, control);
        QVERIFY(r.cancelled);
        QVERIFY(r.trades.empty());
        QVERIFY(r.candles < qint64(data.candles.size()));
    }

    void progressReachesOne()
    {
        const BacktestData data = generated(Timeframe::M1, 5, 5);
        double last = 0.0;
        int calls = 0;
        RunControl control;
        control.progress = [&](double f) {
            QVERIFY(f >= last);
            last = f;
            ++calls;
        };
        Backtester::run(data, BacktestSettings{}, control);
        QVERIFY(calls > 1);
        QCOMPARE(last, 1.0);
    }
};

QTEST_GUILESS_MAIN(TstBacktester)
#include "tst_backtester.moc"
