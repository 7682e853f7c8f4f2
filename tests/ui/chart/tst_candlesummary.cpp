#include "chart/candlesummary.h"
#include "testsupport.h"

#include <QTest>

#include <random>

using cl::chart::CandleSummary;
using cl::model::Candle;

class TstCandleSummary : public QObject
{
    Q_OBJECT

private:
    static CandleSummary::Range bruteForce(const std::vector<Candle> &candles, int first, int end)
    {
        CandleSummary::Range r;
        for (int i = first; i < end; ++i)
            r.add(candles[size_t(i)].high, candles[size_t(i)].low, candles[size_t(i)].volume);
        return r;
    }
    static void compare(const CandleSummary::Range &a, const CandleSummary::Range &b)
    {
        QCOMPARE(a.valid, b.valid);
        if (!a.valid)
            return;
        QCOMPARE(a.high, b.high);
        QCOMPARE(a.low, b.low);
        QVERIFY(qAbs(a.volume - b.volume) <= 1e-9 * qMax(1.0, b.volume));
    }

private slots:
    void queriesMatchBruteForce_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("one block") << 16;
        QTest::newRow("ragged") << 1000;
        QTest::newRow("several levels") << 70'000;
    }
    void queriesMatchBruteForce()
    {
        QFETCH(int, count);
        std::mt19937_64 rng(count + 1);
        const auto candles = cl::test::randomMinuteCandles(rng, 0, count);
        CandleSummary summary;
        summary.rebuild(candles);
        std::uniform_int_distribution<int> pick(0, count);
        for (int k = 0; k < 300; ++k) {
            int a = pick(rng);
            int b = pick(rng);
            if (a > b)
                std::swap(a, b);
            compare(summary.query(candles, a, b), bruteForce(candles, a, b));
        }
        compare(summary.query(candles, 0, count), bruteForce(candles, 0, count));
        compare(summary.query(candles, -5, count + 5), bruteForce(candles, 0, count)); // clamped
    }

    void updateFromFollowsChangesAndAppends()
    {
        std::mt19937_64 rng(3);
        auto candles = cl::test::randomMinuteCandles(rng, 0, 5000);
        CandleSummary summary;
        summary.rebuild(candles);
        candles.back().high = 1e9; // the live candle spikes
        summary.updateFrom(candles, int(candles.size()) - 1);
        QCOMPARE(summary.query(candles, 0, int(candles.size())).high, 1e9);
        const auto more = cl::test::randomMinuteCandles(rng, candles.back().openTime + 60'000, 3000);
        candles.insert(candles.end(), more.begin(), more.end());
        summary.updateFrom(candles, 5000);
        compare(summary.query(candles, 100, 7999), bruteForce(candles, 100, 7999));
        compare(summary.query(candles, 4096, 8000), bruteForce(candles, 4096, 8000));
    }

    void costsLittleMemory()
    {
        std::mt19937_64 rng(5);
        const auto candles = cl::test::randomMinuteCandles(rng, 0, 100'000);
        CandleSummary summary;
        summary.rebuild(candles);
        QVERIFY(double(summary.memoryBytes()) / candles.size() < 2.0);
    }
};

QTEST_APPLESS_MAIN(TstCandleSummary)
#include "tst_candlesummary.moc"
