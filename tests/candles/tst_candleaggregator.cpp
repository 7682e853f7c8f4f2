#include "candles/candleaggregator.h"
#include "testsupport.h"

#include <QTest>

#include <map>

using cl::candles::CandleAggregator;
using cl::model::Candle;
using cl::model::CandleSeries;
using cl::model::Timeframe;

namespace {

// The definition, written the slow obvious way: group by bucket start, fold in time order.
CandleSeries bruteForce(const CandleSeries &minutes, Timeframe tf, qint64 closedBefore)
{
    std::map<qint64, CandleSeries> buckets;
    for (const Candle &m : minutes)
        buckets[tf.bucketStart(m.openTime)].push_back(m);
    CandleSeries out;
    for (const auto &[start, members] : buckets) {
        if (start + tf.durationMs() > closedBefore)
            continue;
        Candle c{start, members.front().open, members.front().high, members.front().low, members.back().close, 0.0};
        for (const Candle &m : members) {
            c.high = std::max(c.high, m.high);
            c.low = std::min(c.low, m.low);
            c.volume += m.volume;
        }
        out.push_back(c);
    }
    return out;
}

} // namespace

class TstCandleAggregator : public QObject
{
    Q_OBJECT

private slots:
    void matchesBruteForceOnRandomDataWithGaps_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<double>("gapChance");
        QTest::newRow("dense") << quint64(1) << 0.0;
        QTest::newRow("some gaps") << quint64(2) << 0.2;
        QTest::newRow("sparse") << quint64(3) << 0.97;
    }
    void matchesBruteForceOnRandomDataWithGaps()
    {
        QFETCH(quint64, seed);
        QFETCH(double, gapChance);
        std::mt19937_64 rng(seed);
        // Starts on a Thursday evening late in December: weeks, days and the year boundary are crossed.
        const auto minutes = cl::test::randomMinuteCandles(rng, 1'703'800'000'000 - 1'703'800'000'000 % 60'000, 40'000, gapChance);
        const qint64 cutoff = minutes[minutes.size() * 3 / 4].openTime + 17 * 60'000;
        const auto &all = Timeframe::all();
        for (qint64 closedBefore : {CandleAggregator::kNoCutoff, cutoff}) {
            const auto built = CandleAggregator::aggregate(minutes, std::span(all.begin(), all.end()), closedBefore);
            for (size_t k = 0; k < all.size(); ++k) {
                const auto expected = bruteForce(minutes, all[k], closedBefore);
                QVERIFY2(built[k] == expected, qPrintable(all[k].toString())); // bit-identical, volumes included
                QCOMPARE(CandleAggregator::aggregate(minutes, all[k], closedBefore), expected);
            }
        }
    }

    void partialBucketIsStoredOnceItsTimeHasPassed()
    {
        const CandleSeries minutes{{0, 1, 2, 0.5, 1.5, 1}, {60'000, 1.5, 3, 1, 2, 2}, {3'600'000, 2, 2, 2, 2, 0}};
        const Timeframe hour(Timeframe::H1);
        auto hours = CandleAggregator::aggregate(minutes, hour, 3'600'000); // second hour still running
        QCOMPARE(hours.size(), size_t(1));
        QCOMPARE(hours[0], (Candle{0, 1, 3, 0.5, 2, 3}));
        hours = CandleAggregator::aggregate(minutes, hour, 7'200'000);
        QCOMPARE(hours.size(), size_t(2));
        QCOMPARE(hours[1], (Candle{3'600'000, 2, 2, 2, 2, 0})); // a zero-volume minute still makes a bucket
    }

    void weeklyBucketsStartOnMonday()
    {
        // 2024-03-03 is a Sunday, 2024-03-04 a Monday.
        const CandleSeries minutes{{1'709'510'400'000 - 60'000, 1, 1, 1, 1, 1}, {1'709'510'400'000, 2, 2, 2, 2, 1}};
        const auto weeks = CandleAggregator::aggregate(minutes, Timeframe::W1);
        QCOMPARE(weeks.size(), size_t(2));
        QCOMPARE(weeks[0].openTime, 1'708'905'600'000); // Monday 2024-02-26
        QCOMPARE(weeks[1].openTime, 1'709'510'400'000);
    }

    void emptyInputGivesNothing()
    {
        QVERIFY(CandleAggregator::aggregate({}, Timeframe::H4).empty());
    }
};

QTEST_GUILESS_MAIN(TstCandleAggregator)
#include "tst_candleaggregator.moc"
