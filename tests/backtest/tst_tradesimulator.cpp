// The fill rules of issue 8 on hand-built 15m candles: entry trigger, stop first, target first, one candle
// reaching both (inconclusive, or stop-first), expiry of a pending entry and of an open trade.
#include "backtest/tradesimulator.h"

#include <QTest>

using namespace cl::backtest;
using cl::model::Candle;
using cl::model::CandleSeries;
using cl::model::Timeframe;


namespace {

constexpr qint64 kTf = 900'000; // 15m

// Candle k opens at k * 15m; candle 0 is the detection candle.
CandleSeries series(std::initializer_list<std::array<double, 4>> ohlc)
{
    CandleSeries out;
    qint64 t = 0;
    for (const auto &c : ohlc) {
        out.push_back(Candle{t, c[0], c[1], c[2], c[3], 1.0});
        t += kTf;
    }
    return out;
}

TradeSetup longSetup()
{
    TradeSetup s;
    s.direction = cl::model::Direction::Bullish;
    s.timeframe = Timeframe::M15;
    s.detectedAt = 0;
    s.knownAt = kTf;
    s.zoneLow = 97;
    s.zoneHigh = 100;
    s.entry = 100;
    s.stop = 95;
    s.tp1 = 110;
    s.tp2 = 120;
    s.tp3 = 130;
    return s;
}

TradeSetup shortSetup()
{
    TradeSetup s = longSetup();
    s.direction = cl::model::Direction::Bearish;
    s.zoneLow = 100;
    s.zoneHigh = 103;
    s.stop = 105;
    s.tp1 = 90;
    s.tp2 = 80;
    s.tp3 = 70;
    return s;
}

std::vector<TradeSimulator::Simulated> run(const CandleSeries &candles, const TradeSetup &setup,
    const BacktestSettings &settings, TradeSimulator::Counts *counts = nullptr)
{
    const std::vector<TradeSetup> setups{setup};
    return TradeSimulator::simulate(candles, setups, settings, Timeframe::M15, counts);
}

} // namespace

class TstTradeSimulator : public QObject
{
    Q_OBJECT

private slots:
    void fillRules_data()
    {
        QTest::addColumn<CandleSeries>("candles");
        QTest::addColumn<bool>("isLong");
        QTest::addColumn<bool>("stopFirst");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("entryIndex");
        QTest::addColumn<int>("exitIndex");
        QTest::addColumn<double>("exitPrice");

        // The detection candle reaches the entry but cannot fill it; candle 2 is the first later one that does.
        QTest::newRow("entry trigger, then target") << series({{101, 102, 99, 101}, {105, 106, 101, 104},
            {103, 104, 99, 101}, {101, 111, 100, 110}}) << true << false << int(Outcome::Win) << 2 << 3 << 110.0;
        QTest::newRow("touch fills") << series({{101, 102, 100.5, 101}, {101, 102, 100, 101}, {101, 110, 100, 109}})
                                     << true << false << int(Outcome::Win) << 1 << 2 << 110.0;
        QTest::newRow("stop first") << series({{101, 102, 100.5, 101}, {101, 102, 99.5, 100}, {100, 104, 94, 96},
            {96, 115, 95, 114}}) << true << false << int(Outcome::Loss) << 1 << 2 << 95.0;
        // The entry candle's own high above the target does not count: only candles after the entry.
        QTest::newRow("target first, not on the entry candle") << series({{101, 102, 100.5, 101}, {101, 115, 99, 112},
            {105, 108, 102, 106}, {106, 111, 104, 110}, {110, 111, 90, 91}}) << true << false << int(Outcome::Win) << 1
                                                               << 3 << 110.0;
        QTest::newRow("same candle: inconclusive at the entry") << series({{101, 102, 100.5, 101},
            {101, 102, 99, 100}, {100, 111, 94, 100}}) << true << false << int(Outcome::Inconclusive) << 1 << 2 << 100.0;
        QTest::newRow("same candle: stop first setting") << series({{101, 102, 100.5, 101}, {101, 102, 99, 100},
            {100, 111, 94, 100}}) << true << true << int(Outcome::Loss) << 1 << 2 << 95.0;
        QTest::newRow("gap through the stop fills at the open") << series({{101, 102, 100.5, 101},
            {101, 102, 99, 100}, {93, 94, 90, 92}}) << true << false << int(Outcome::Loss) << 1 << 2 << 93.0;
        QTest::newRow("short: target") << series({{99, 99.5, 98, 99}, {99, 100.5, 98, 99}, {99, 99.5, 89, 90}})
                                       << false << false << int(Outcome::Win) << 1 << 2 << 90.0;
        QTest::newRow("short: stop") << series({{99, 99.5, 98, 99}, {99, 100.5, 98, 99}, {100, 106, 99, 105}})
                                     << false << false << int(Outcome::Loss) << 1 << 2 << 105.0;
        QTest::newRow("short: same candle") << series({{99, 99.5, 98, 99}, {99, 100.5, 98, 99}, {100, 106, 89, 99}})
                                            << false << false << int(Outcome::Inconclusive) << 1 << 2 << 100.0;
    }

    void fillRules()
    {
        QFETCH(CandleSeries, candles);
        QFETCH(bool, isLong);
        QFETCH(bool, stopFirst);
        QFETCH(int, outcome);
        QFETCH(int, entryIndex);
        QFETCH(int, exitIndex);
        QFETCH(double, exitPrice);
        BacktestSettings settings;
        settings.sameCandle = stopFirst ? BacktestSettings::SameCandle::StopFirst : BacktestSettings::SameCandle::Inconclusive;
        const auto trades = run(candles, isLong ? longSetup() : shortSetup(), settings);
        QCOMPARE(trades.size(), size_t(1));
        const auto &t = trades.front();
        QCOMPARE(int(t.trade.outcome), outcome);
        QCOMPARE(t.trade.entryIndex, entryIndex);
        QCOMPARE(t.trade.exitIndex, exitIndex);
        QCOMPARE(t.trade.entryTime, candles[size_t(entryIndex)].openTime);
        QCOMPARE(t.trade.exitTime, candles[size_t(exitIndex)].openTime);
        QVERIFY(t.trade.detectedAt < t.trade.entryTime);
        QVERIFY(t.trade.entryTime < t.trade.exitTime);
        QCOMPARE(t.rawEntry, 100.0);
        QCOMPARE(t.exits.size(), size_t(1));
        QCOMPARE(t.exits.front().price, exitPrice);
        QCOMPARE(t.exits.front().noFee, outcome == int(Outcome::Inconclusive));
    }

    void openTradeExpiresAfterItsLifetime()
    {
        BacktestSettings settings;
        settings.lifetimeCandles[Timeframe::M15] = 3;
        // Entered on candle 1; candles 2, 3, 4 reach neither 95 nor 110: expired at candle 4's close.
        const auto candles = series({{101, 102, 100.5, 101}, {101, 102, 99, 100}, {100, 105, 96, 104},
            {104, 109, 101, 105}, {105, 106, 97, 98}, {98, 120, 90, 119}});
        const auto trades = run(candles, longSetup(), settings);
        QCOMPARE(trades.size(), size_t(1));
        QCOMPARE(trades[0].trade.outcome, Outcome::Expired);
        QCOMPARE(trades[0].trade.exitIndex, 4);
        QCOMPARE(trades[0].exits.front().price, 98.0);
    }

    void pendingEntryExpires()
    {
        BacktestSettings settings;
        settings.lifetimeCandles[Timeframe::M15] = 3;
        // Candles 1..3 stay above the entry; candle 4 reaches it, one candle too late.
        const auto candles = series({{101, 102, 100.5, 101}, {102, 103, 101, 102}, {102, 103, 101, 102},
            {102, 103, 100.5, 102}, {101, 102, 99, 100}, {100, 111, 99, 110}});
        TradeSimulator::Counts counts;
        QVERIFY(run(candles, longSetup(), settings, &counts).empty());
        QCOMPARE(counts.unfilled, qint64(1));
        settings.expiryMultiplier = 2.0; // six candles: now it fills on candle 4
        const auto trades = run(candles, longSetup(), settings);
        QCOMPARE(trades.size(), size_t(1));
        QCOMPARE(trades[0].trade.entryIndex, 4);
    }

    void unresolvedAtTheEndIsNotReported()
    {
        const auto candles = series({{101, 102, 100.5, 101}, {101, 102, 99, 100}, {100, 105, 96, 104}});
        TradeSimulator::Counts counts;
        QVERIFY(run(candles, longSetup(), BacktestSettings{}, &counts).empty());
        QCOMPARE(counts.openAtEnd, qint64(1));
    }

    void nextOpenEntry()
    {
        BacktestSettings settings;
        settings.entryMethod = BacktestSettings::EntryMethod::NextOpen;
        const auto candles = series({{101, 102, 100.5, 101}, {103, 104, 102, 103}, {103, 111, 102, 110}});
        const auto trades = run(candles, longSetup(), settings);
        QCOMPARE(trades.size(), size_t(1));
        QCOMPARE(trades[0].rawEntry, 103.0);
        QCOMPARE(trades[0].trade.entryIndex, 1);
        QCOMPARE(trades[0].trade.outcome, Outcome::Win);
        // An open already beyond the target is no trade.
        TradeSimulator::Counts counts;
        QVERIFY(run(series({{101, 102, 100.5, 101}, {111, 112, 110.5, 111}}), longSetup(), settings, &counts).empty());
        QCOMPARE(counts.invalid, qint64(1));
    }

    void scaledExits()
    {
        BacktestSettings settings;
        settings.exitMode = BacktestSettings::ExitMode::Scaled;
        const auto candles = series({{101, 102, 100.5, 101}, {101, 102, 99, 100}, {100, 112, 99, 111},
            {111, 121, 108, 119}, {119, 119, 94, 95}});
        const auto trades = run(candles, longSetup(), settings);
        QCOMPARE(trades.size(), size_t(1));
        const auto &exits = trades[0].exits;
        QCOMPARE(exits.size(), size_t(3));
        QCOMPARE(exits[0].price, 110.0);
        QCOMPARE(exits[1].price, 120.0);
        QCOMPARE(exits[2].price, 95.0);
        QCOMPARE(exits[2].index, 4);
        QCOMPARE(exits[0].fraction + exits[1].fraction + exits[2].fraction, 1.0);
    }

    void rrTargetAndStopBuffer()
    {
        BacktestSettings settings;
        settings.rrTarget = 1.0;
        settings.stopBufferMultiple = 2.0; // stop 97 - 2 * 2 = 93, R = 7, target 107
        QCOMPARE(TradeSimulator::adjustedStop(longSetup(), 2.0), 93.0);
        QCOMPARE(TradeSimulator::adjustedStop(shortSetup(), 2.0), 107.0);
        const auto candles = series({{101, 102, 100.5, 101}, {101, 102, 99, 100}, {100, 107, 99, 106}});
        const auto trades = run(candles, longSetup(), settings);
        QCOMPARE(trades.size(), size_t(1));
        QCOMPARE(trades[0].trade.stop, 93.0);
        QCOMPARE(trades[0].trade.target, 107.0);
        QCOMPARE(trades[0].trade.outcome, Outcome::Win);
    }

    void defaultLifetimes()
    {
        const BacktestSettings s;
        QCOMPARE(s.lifetime(Timeframe::M5), 200);
        QCOMPARE(s.lifetime(Timeframe::M15), 150);
        QCOMPARE(s.lifetime(Timeframe::M30), 120);
        QCOMPARE(s.lifetime(Timeframe::H1), 100);
        QCOMPARE(s.lifetime(Timeframe::H2), 80);
        QCOMPARE(s.lifetime(Timeframe::H4), 60);
        QCOMPARE(s.lifetime(Timeframe::D1), 30);
    }
};

QTEST_GUILESS_MAIN(TstTradeSimulator)
#include "tst_tradesimulator.moc"
