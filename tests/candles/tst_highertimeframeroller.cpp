#include "candles/candleaggregator.h"
#include "candles/highertimeframeroller.h"
#include "testsupport.h"

#include <QTest>

#include <map>
#include <random>

using cl::candles::CandleAggregator;
using cl::candles::HigherTimeframeRoller;
using cl::model::Candle;
using cl::model::CandleSeries;
using cl::model::Timeframe;

namespace {
constexpr qint64 kMin = 60'000;
constexpr qint64 kStart = 1'704'067'200'000 - 3 * 86'400'000LL; // 2023-12-29 00:00 UTC, a Friday

// Cuts random holes (single minutes, hours, whole days) into a 1m series.
CandleSeries withGaps(const CandleSeries &minutes, std::mt19937_64 &rng)
{
    CandleSeries out;
    std::uniform_int_distribution<int> roll(0, 9999);
    qint64 skipUntil = 0;
    for (const Candle &c : minutes) {
        if (c.openTime < skipUntil)
            continue;
        const int r = roll(rng);
        if (r < 3)
            skipUntil = c.openTime + 26 * 3600 * 1000LL; // longer than a day
        else if (r < 30)
            skipUntil = c.openTime + 90 * kMin;
        else if (r < 1000)
            continue; // one quiet minute
        else
            out.push_back(c);
    }
    return out;
}
} // namespace

class TstHigherTimeframeRoller : public QObject
{
    Q_OBJECT

private slots:
    void equalsAggregator_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("gaps");
        QTest::newRow("3 weeks, no gaps") << quint64(1) << 3 * 10'080 << false;
        QTest::newRow("3 weeks with gaps") << quint64(2) << 3 * 10'080 << true;
        QTest::newRow("5 weeks with gaps, other seed") << quint64(3) << 5 * 10'080 << true;
        QTest::newRow("a few minutes") << quint64(4) << 7 << true;
    }

    void equalsAggregator()
    {
        QFETCH(quint64, seed);
        QFETCH(int, minutes);
        QFETCH(bool, gaps);
        std::mt19937_64 rng(seed);
        CandleSeries input = cl::test::randomMinuteCandles(rng, kStart + 17 * kMin, minutes);
        if (gaps)
            input = withGaps(input, rng);
        QVERIFY(!input.empty());

        // The exchange clock also moves between candles (advance), at random points.
        HigherTimeframeRoller roller;
        std::vector<HigherTimeframeRoller::Bar> bars;
        std::uniform_int_distribution<int> coin(0, 3);
        for (const Candle &c : input) {
            QVERIFY(roller.add(c, bars));
            if (coin(rng) == 0)
                roller.advance(c.openTime + kMin, bars);
        }
        const qint64 closedBefore = input.back().openTime + kMin + 45 * kMin;
        roller.advance(closedBefore, bars);

        std::map<int, CandleSeries> got;
        for (const auto &bar : bars) {
            QVERIFY(bar.endMs == bar.candle.openTime + bar.timeframe.durationMs());
            got[bar.timeframe.index()].push_back(bar.candle);
        }
        for (const Timeframe tf : HigherTimeframeRoller::higherTimeframes()) {
            const CandleSeries expected = CandleAggregator::aggregate(input, tf, closedBefore);
            QCOMPARE(got[tf.index()].size(), expected.size());
            QVERIFY2(got[tf.index()] == expected, qPrintable(tf.toString()));
        }
    }

    void emitsWhenTheBucketIsComplete()
    {
        HigherTimeframeRoller roller({}, {Timeframe::M3});
        std::vector<HigherTimeframeRoller::Bar> bars;
        const qint64 t = kStart;
        roller.add({t, 1, 2, 0.5, 1.5, 1}, bars);
        roller.add({t + kMin, 1.5, 3, 1, 2, 1}, bars);
        QVERIFY(bars.empty());
        roller.advance(t + 2 * kMin, bars); // the third minute may still come
        QVERIFY(bars.empty());
        roller.advance(t + 3 * kMin, bars); // the clock passed the end: complete without it
        QCOMPARE(bars.size(), size_t(1));
        QCOMPARE(bars[0].candle, (Candle{t, 1, 3, 0.5, 2, 2}));
        QVERIFY(!bars[0].partialStart);
        // The last minute of a bucket completes it at once.
        roller.add({t + 3 * kMin, 2, 2, 2, 2, 1}, bars);
        roller.add({t + 5 * kMin, 2, 2, 2, 2, 1}, bars);
        QCOMPARE(bars.size(), size_t(2));
        // Out of order or repeated minutes are refused.
        QVERIFY(!roller.add({t + 5 * kMin, 2, 2, 2, 2, 1}, bars));
        QVERIFY(!roller.add({t, 2, 2, 2, 2, 1}, bars));
    }

    // The clock said a bar was over, and then a later minute of it arrived (an older backfill page): neither the
    // bar emitted without it nor the one rolled from it on is exact, so the second is marked for a rebuild.
    void minuteOfAnEmittedBarMarksItsContinuationDirty()
    {
        HigherTimeframeRoller roller({}, {Timeframe::M5});
        std::vector<HigherTimeframeRoller::Bar> bars;
        roller.add({kStart, 1, 2, 0.5, 1.5, 1}, bars);
        roller.advance(kStart + 10 * kMin, bars);
        QCOMPARE(bars.size(), size_t(1));
        QVERIFY(!bars[0].dirty);
        roller.add({kStart + 2 * kMin, 1.5, 9, 1, 2, 1}, bars);
        roller.add({kStart + 4 * kMin, 2, 2, 2, 2, 1}, bars); // completes the bar again
        QCOMPARE(bars.size(), size_t(2));
        QCOMPARE(bars[1].candle.openTime, kStart);
        QVERIFY(bars[1].dirty);
        // The next bar is a new one: rolled exactly.
        roller.add({kStart + 5 * kMin, 2, 2, 2, 2, 1}, bars);
        roller.advance(kStart + 10 * kMin, bars);
        QCOMPARE(bars.size(), size_t(3));
        QVERIFY(!bars[2].dirty);
    }

    void firstBarStartedMidBucketIsPartial()
    {
        HigherTimeframeRoller roller({}, {Timeframe::M5, Timeframe::H1});
        std::vector<HigherTimeframeRoller::Bar> bars;
        roller.add({kStart + 2 * kMin, 1, 1, 1, 1, 1}, bars);
        roller.advance(kStart + 2 * 3600'000, bars);
        QCOMPARE(bars.size(), size_t(2));
        QVERIFY(bars[0].partialStart && bars[1].partialStart);
        QVERIFY(roller.markDirty(kStart) == false);
        roller.add({kStart + 2 * 3600'000, 1, 1, 1, 1, 1}, bars);
        QVERIFY(roller.markDirty(kStart + 2 * 3600'000 + kMin));
        roller.advance(kStart + 4 * 3600'000, bars);
        QCOMPARE(bars.size(), size_t(4));
        QVERIFY(!bars[2].partialStart && bars[2].dirty);
        QVERIFY(!bars[3].partialStart && bars[3].dirty);
    }
};

QTEST_GUILESS_MAIN(TstHigherTimeframeRoller)
#include "tst_highertimeframeroller.moc"
