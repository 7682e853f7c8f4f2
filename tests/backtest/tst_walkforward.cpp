// Walk-forward: the window arithmetic (rolling and anchored), and a run whose out-of-sample trades all
// come from their window's out-of-sample period.
#include "backtest/walkforward.h"
#include "candles/candleaggregator.h"
#include "testsupport.h"

#include <QTest>

using namespace cl::backtest;
using cl::model::Timeframe;

Q_DECLARE_METATYPE(std::vector<cl::backtest::WalkForwardWindow>)

class TstWalkForward : public QObject
{
    Q_OBJECT

private slots:
    void windows_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("oosPct");
        QTest::addColumn<bool>("anchored");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<std::vector<WalkForwardWindow>>("expected");

        // 100 steps, 4 windows, 20 % OOS: IS = floor(100 / (1 + 4 * 0.25)) = 50, OOS = floor(50 * 0.25) = 12,
        // the 2 steps left over are at the start.
        QTest::newRow("rolling") << qint64(0) << qint64(100) << 4 << 20.0 << false << qint64(1)
                                 << std::vector<WalkForwardWindow>{
                                        {2, 52, 52, 64}, {14, 64, 64, 76}, {26, 76, 76, 88}, {38, 88, 88, 100}};
        QTest::newRow("anchored") << qint64(0) << qint64(100) << 4 << 20.0 << true << qint64(1)
                                  << std::vector<WalkForwardWindow>{
                                         {2, 52, 52, 64}, {2, 64, 64, 76}, {2, 76, 76, 88}, {2, 88, 88, 100}};
        // Whole 15m candles: 960 candles (10 days), 3 windows of 25 % OOS: IS 480, OOS 160.
        const qint64 m15 = 900'000;
        const qint64 t0 = 1'704'067'200'000;
        QTest::newRow("15m candles") << t0 << t0 + 960 * m15 << 3 << 25.0 << false << m15
                                     << std::vector<WalkForwardWindow>{{t0, t0 + 480 * m15, t0 + 480 * m15, t0 + 640 * m15},
                                            {t0 + 160 * m15, t0 + 640 * m15, t0 + 640 * m15, t0 + 800 * m15},
                                            {t0 + 320 * m15, t0 + 800 * m15, t0 + 800 * m15, t0 + 960 * m15}};
        QTest::newRow("one window, half") << qint64(0) << qint64(10) << 1 << 50.0 << false << qint64(1)
                                          << std::vector<WalkForwardWindow>{{0, 5, 5, 10}};
        QTest::newRow("too short") << qint64(0) << qint64(3) << 4 << 20.0 << false << qint64(1)
                                   << std::vector<WalkForwardWindow>{};
        QTest::newRow("empty range") << qint64(5) << qint64(5) << 2 << 20.0 << false << qint64(1)
                                     << std::vector<WalkForwardWindow>{};
        QTest::newRow("bad share") << qint64(0) << qint64(100) << 2 << 100.0 << false << qint64(1)
                                   << std::vector<WalkForwardWindow>{};
        QTest::newRow("no windows") << qint64(0) << qint64(100) << 0 << 20.0 << false << qint64(1)
                                    << std::vector<WalkForwardWindow>{};
    }

    void windows()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, count);
        QFETCH(double, oosPct);
        QFETCH(bool, anchored);
        QFETCH(qint64, step);
        QFETCH(std::vector<WalkForwardWindow>, expected);
        const auto got = WalkForward::windows(from, to, count, oosPct, anchored, step);
        QCOMPARE(got.size(), expected.size());
        for (size_t i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].isFrom, expected[i].isFrom);
            QCOMPARE(got[i].isTo, expected[i].isTo);
            QCOMPARE(got[i].oosFrom, expected[i].oosFrom);
            QCOMPARE(got[i].oosTo, expected[i].oosTo);
        }
        // Invariants: OOS follows IS, the OOS periods tile the end of the range without overlap.
        for (size_t i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].isTo, got[i].oosFrom);
            QVERIFY(got[i].isFrom >= from);
            if (i > 0)
                QCOMPARE(got[i].oosFrom, got[i - 1].oosTo);
        }
        if (!got.empty())
            QVERIFY(to - got.back().oosTo < step);
    }

    void outOfSampleTradesStayInTheirWindow()
    {
        std::mt19937_64 rng(21);
        BacktestData data;
        data.symbol = *cl::model::Symbol::parse(u"SOL/USDT");
        data.timeframe = Timeframe::M15;
        data.minutes = cl::test::randomMinuteCandles(rng, 1'704'067'200'000, 40 * 1440);
        data.candles = cl::candles::CandleAggregator::aggregate(data.minutes, Timeframe::M15);
        ParameterSpace space;
        space.rrTarget = {0.0, 2.0};
        space.stopBuffer = {1.0, 1.5};
        WalkForwardOptions options;
        options.windows = 3;
        options.oosPct = 25;
        options.optimization.minTrades = 1;
        const auto result = WalkForward::run(data, BacktestSettings{}, space, options);
        QCOMPARE(result.steps.size(), size_t(3));
        size_t total = 0;
        for (const auto &step : result.steps) {
            QVERIFY(step.hasBest);
            QCOMPARE(step.inSample.trials.size(), size_t(4));
            for (const auto &t : step.outOfSample.trades) {
                QVERIFY(t.detectedAt >= step.window.oosFrom);
                QVERIFY(t.exitTime < step.window.oosTo);
            }
            total += step.outOfSample.trades.size();
        }
        QCOMPARE(result.oosTrades.size(), total);
        QCOMPARE(result.outOfSample.trades.trades, int(total));
        // Same inputs, same answer.
        const auto again = WalkForward::run(data, BacktestSettings{}, space, options);
        QCOMPARE(again.oosTrades.size(), total);
        QCOMPARE(again.outOfSample.netProfit, result.outOfSample.netProfit);
        if (std::isnan(result.efficiency))
            QVERIFY(std::isnan(again.efficiency));
        else
            QCOMPARE(again.efficiency, result.efficiency);
    }
};

QTEST_GUILESS_MAIN(TstWalkForward)
#include "tst_walkforward.moc"
