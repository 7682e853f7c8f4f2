#include "chart/candledecimator.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace cl::chart;
using cl::model::Candle;

class TstCandleDecimator : public QObject
{
    Q_OBJECT

private slots:
    void columnsPartitionAndAggregate_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("spacing");
        QTest::addColumn<double>("columnWidth");
        QTest::newRow("1m candles, dpr 1") << 1'000'000 << 0.0 << 1.0;
        QTest::newRow("100k, dpr 2") << 100'000 << 0.0 << 0.5;
        QTest::newRow("1.5 px per candle") << 5000 << 1.5 << 1.0;
        QTest::newRow("0.7 px, dpr 1.5") << 5000 << 0.7 << 1.0 / 1.5;
    }
    void columnsPartitionAndAggregate()
    {
        QFETCH(int, count);
        QFETCH(double, spacing);
        QFETCH(double, columnWidth);
        std::mt19937_64 rng(11);
        const auto candles = cl::test::randomMinuteCandles(rng, 0, count);
        CandleSummary summary;
        summary.rebuild(candles);
        ChartViewport vp;
        vp.setPlotRect(QRectF(10, 0, 1500, 800));
        vp.setCount(count);
        vp.setSpacing(spacing > 0 ? spacing : 1e-9); // 0: fully zoomed out
        vp.scrollToEnd();
        std::vector<ColumnBar> bars;
        CandleDecimator::columns(candles, summary, vp, columnWidth, count, bars);
        QVERIFY(!bars.empty());
        QVERIFY(bars.size() <= size_t(std::ceil(1500 / columnWidth)));
        const auto range = vp.visibleRange();
        // Every candle whose centre is inside the plot is in exactly one bar, in order.
        int expectedFirst = bars.front().first;
        QVERIFY(expectedFirst <= range.first + 1);
        QCOMPARE(bars.back().end, count);
        double lastX = -1;
        for (const ColumnBar &bar : bars) {
            QCOMPARE(bar.first, expectedFirst);
            QVERIFY(bar.end > bar.first);
            QVERIFY(bar.x > lastX);
            lastX = bar.x;
            expectedFirst = bar.end;
            // Brute force over the column's candles.
            double high = -1e300, low = 1e300, volume = 0;
            for (int i = bar.first; i < bar.end; ++i) {
                high = std::max(high, candles[size_t(i)].high);
                low = std::min(low, candles[size_t(i)].low);
                volume += candles[size_t(i)].volume;
                // Each candle's centre lies inside its column.
                const double x = vp.xOfCandle(i);
                QVERIFY(x >= bar.x - columnWidth / 2 - 1e-6 && x < bar.x + columnWidth / 2 + 1e-6);
            }
            QCOMPARE(bar.open, candles[size_t(bar.first)].open);
            QCOMPARE(bar.close, candles[size_t(bar.end - 1)].close);
            QCOMPARE(bar.high, high);
            QCOMPARE(bar.low, low);
            QVERIFY(qAbs(bar.volume - volume) <= 1e-9 * volume);
        }
    }

    void limitLeavesTheLiveCandleOut()
    {
        std::mt19937_64 rng(12);
        const auto candles = cl::test::randomMinuteCandles(rng, 0, 20'000);
        CandleSummary summary;
        summary.rebuild(candles);
        ChartViewport vp;
        vp.setPlotRect(QRectF(0, 0, 1000, 500));
        vp.setCount(20'000);
        vp.setSpacing(0.5);
        vp.scrollToEnd();
        std::vector<ColumnBar> bars;
        CandleDecimator::columns(candles, summary, vp, 1.0, 19'999, bars);
        QCOMPARE(bars.back().end, 19'999);
    }

    void knownColumn()
    {
        // Four candles per pixel: the bar of the first four must be (open of 0, max, min, close of 3).
        std::vector<Candle> candles{{0, 10, 12, 9, 11, 1}, {1, 11, 15, 10, 14, 2}, {2, 14, 14, 7, 8, 3},
                                    {3, 8, 9, 8, 9, 4}};
        for (int i = 4; i < 200; ++i)
            candles.push_back({i, 9, 10, 9, 10, 5});
        CandleSummary summary;
        summary.rebuild(candles);
        ChartViewport vp;
        vp.setPlotRect(QRectF(0, 0, 100, 100));
        vp.setCount(200);
        vp.setSpacing(0.25);
        vp.setRightEdge(400); // index unit 0 at x = 0
        QCOMPARE(vp.spacing(), 0.25);
        QCOMPARE(vp.xOfIndexUnit(0), 0.0);
        std::vector<ColumnBar> bars;
        CandleDecimator::columns(candles, summary, vp, 1.0, 200, bars);
        QCOMPARE(bars.size(), size_t(50));
        QCOMPARE(bars[0].first, 0);
        QCOMPARE(bars[0].end, 4);
        QCOMPARE(bars[0].open, 10.0);
        QCOMPARE(bars[0].high, 15.0);
        QCOMPARE(bars[0].low, 7.0);
        QCOMPARE(bars[0].close, 9.0);
        QCOMPARE(bars[0].volume, 10.0);
        QCOMPARE(bars[0].x, 0.5);
        QCOMPARE(bars[1].first, 4);
        QCOMPARE(bars[1].end, 8);
    }
};

QTEST_APPLESS_MAIN(TstCandleDecimator)
#include "tst_candledecimator.moc"
