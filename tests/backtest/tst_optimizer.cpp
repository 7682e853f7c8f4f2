// Optimizer: grid order, seeded random search reproducible from the seed, the minimum-trades guard, results
// independent of the thread count, parameter-space parsing and cancellation.
#include "backtest/optimizer.h"
#include "candles/candleaggregator.h"
#include "testsupport.h"

#include <QTest>

using namespace cl::backtest;
using cl::model::Timeframe;

namespace {

BacktestData generated()
{
    std::mt19937_64 rng(17);
    BacktestData data;
    data.symbol = *cl::model::Symbol::parse(u"SOL/USDT");
    data.timeframe = Timeframe::M15;
    data.minutes = cl::test::randomMinuteCandles(rng, 1'704'067'200'000, 20 * 1440);
    data.candles = cl::candles::CandleAggregator::aggregate(data.minutes, Timeframe::M15);
    return data;
}

ParameterSpace space()
{
    ParameterSpace s;
    s.minZonePct = {0.1, 0.15, 0.3};
    s.overlap = {0.5, 0.6};
    s.rrTarget = {0.0, 1.5, 3.0};
    s.stopBuffer = {1.0, 2.0};
    s.entryMethod = {BacktestSettings::EntryMethod::Limit, BacktestSettings::EntryMethod::NextOpen};
    s.expiryMultiplier = {0.5, 1.0};
    return s;
}

} // namespace

class TstOptimizer : public QObject
{
    Q_OBJECT

private slots:
    void gridPlan()
    {
        const auto trials = Optimizer::plan(BacktestSettings{}, space(), OptimizationOptions{}, Timeframe::M15);
        QCOMPARE(trials.size(), space().gridSize());
        QCOMPARE(trials.size(), size_t(144));
        // The last parameter varies fastest.
        QCOMPARE(trials[0].settings.expiryMultiplier, 0.5);
        QCOMPARE(trials[1].settings.expiryMultiplier, 1.0);
        QCOMPARE(trials[2].settings.entryMethod, BacktestSettings::EntryMethod::NextOpen);
        QCOMPARE(trials.back().settings.analysis.minZonePct, 0.3);
        QCOMPARE(trials.back().settings.analysis.overlapFor(Timeframe::M15), 0.6);
        QCOMPARE(trials.back().settings.analysis.overlapFor(Timeframe::H1), 0.70); // other timeframes untouched
        for (const auto &t : trials)
            QCOMPARE(t.seed, quint64(0));
    }

    void randomPlanFollowsTheSeed()
    {
        OptimizationOptions o;
        o.mode = OptimizationOptions::Mode::Random;
        o.randomTrials = 40;
        o.seed = 42;
        const auto a = Optimizer::plan(BacktestSettings{}, space(), o, Timeframe::M15);
        const auto b = Optimizer::plan(BacktestSettings{}, space(), o, Timeframe::M15);
        o.seed = 43;
        const auto c = Optimizer::plan(BacktestSettings{}, space(), o, Timeframe::M15);
        QCOMPARE(a.size(), size_t(40));
        int differ = 0;
        for (size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].seed, b[i].seed);
            QCOMPARE(Optimizer::trialParams(a[i], Timeframe::M15), Optimizer::trialParams(b[i], Timeframe::M15));
            if (Optimizer::trialParams(a[i], Timeframe::M15) != Optimizer::trialParams(c[i], Timeframe::M15))
                ++differ;
        }
        QVERIFY(differ > 20);
        // A trial is reproducible from its own seed alone: the first trial of a run seeded so that
        // trial 5's seed comes first is not needed; trial 5 has the same params in any run of seed 42.
        o.seed = 42;
        o.randomTrials = 6;
        const auto shorter = Optimizer::plan(BacktestSettings{}, space(), o, Timeframe::M15);
        QCOMPARE(shorter[5].seed, a[5].seed);
        QCOMPARE(Optimizer::trialParams(shorter[5], Timeframe::M15), Optimizer::trialParams(a[5], Timeframe::M15));
    }

    void minimumTradesGuard()
    {
        const BacktestData data = generated();
        ParameterSpace s;
        s.rrTarget = {0.0, 2.0};
        OptimizationOptions o;
        o.minTrades = 1'000'000;
        auto r = Optimizer::run(data, BacktestSettings{}, s, o);
        QCOMPARE(r.trials.size(), size_t(2));
        QCOMPARE(r.best, -1);
        for (const auto &t : r.trials) {
            QVERIFY(t.guarded);
            QVERIFY(std::isnan(t.score));
            QVERIFY(t.trades > 0);
        }
        o.minTrades = 1;
        r = Optimizer::run(data, BacktestSettings{}, s, o);
        QVERIFY(r.best >= 0);
        QVERIFY(!r.trials[size_t(r.best)].guarded);
        for (const auto &t : r.trials)
            QVERIFY(t.score <= r.trials[size_t(r.best)].score);
    }

    void sameResultOnAnyThreadCount()
    {
        const BacktestData data = generated();
        OptimizationOptions o;
        o.mode = OptimizationOptions::Mode::Random;
        o.randomTrials = 12;
        o.seed = 7;
        o.minTrades = 1;
        o.maxThreads = 1;
        const auto one = Optimizer::run(data, BacktestSettings{}, space(), o);
        o.maxThreads = 4;
        const auto four = Optimizer::run(data, BacktestSettings{}, space(), o);
        QCOMPARE(one.best, four.best);
        for (size_t i = 0; i < one.trials.size(); ++i) {
            QCOMPARE(one.trials[i].trades, four.trials[i].trades);
            QCOMPARE(one.trials[i].metrics.netProfit, four.trials[i].metrics.netProfit);
        }
    }

    void parseSpace_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("size");
        QTest::newRow("empty keeps defaults") << QString() << true << 1;
        QTest::newRow("all") << QStringLiteral("min_zone=0.1,0.15;overlap=0.5,0.6;rr=0,2;stop_buffer=1,1.5;"
                                               "entry=limit,next_open;expiry=1,2")
                             << true << 64;
        QTest::newRow("unknown name") << QStringLiteral("foo=1") << false << 0;
        QTest::newRow("not a number") << QStringLiteral("rr=1,x") << false << 0;
        QTest::newRow("NaN") << QStringLiteral("rr=nan") << false << 0;
        QTest::newRow("negative rr") << QStringLiteral("rr=-1") << false << 0;
        QTest::newRow("overlap above 1") << QStringLiteral("overlap=1.5") << false << 0;
        QTest::newRow("no values") << QStringLiteral("rr=") << false << 0;
        QTest::newRow("bad entry") << QStringLiteral("entry=market") << false << 0;
        QTest::newRow("no equals") << QStringLiteral("rr") << false << 0;
    }

    void parseSpace()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, size);
        QString error;
        const auto parsed = ParameterSpace::parse(text, &error);
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(int(parsed->gridSize()), size);
        else
            QVERIFY(!error.isEmpty());
    }

    void cancellable()
    {
        const BacktestData data = generated();
        std::atomic_bool cancel{true};
        RunControl control;
        control.cancel = &cancel;
        const auto r = Optimizer::run(data, BacktestSettings{}, space(), OptimizationOptions{}, control);
        QVERIFY(r.cancelled);
        QCOMPARE(r.best, -1);
    }
};

QTEST_GUILESS_MAIN(TstOptimizer)
#include "tst_optimizer.moc"
