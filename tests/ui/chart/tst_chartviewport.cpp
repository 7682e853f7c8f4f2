#include "chart/chartviewport.h"

#include <QTest>

using cl::chart::ChartViewport;

class TstChartViewport : public QObject
{
    Q_OBJECT

private:
    static ChartViewport make(int count, double spacing, double width = 1000)
    {
        ChartViewport vp;
        vp.setPlotRect(QRectF(0, 0, width, 500));
        vp.setCount(count);
        vp.setSpacing(spacing);
        vp.scrollToEnd();
        return vp;
    }

private slots:
    void priceToYAndBack_data()
    {
        QTest::addColumn<bool>("log");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("price");
        QTest::addColumn<double>("expectedY");
        // Plot is 500 px tall starting at y = 0: the low maps to 500, the high to 0.
        QTest::newRow("linear low") << false << 100.0 << 200.0 << 100.0 << 500.0;
        QTest::newRow("linear high") << false << 100.0 << 200.0 << 200.0 << 0.0;
        QTest::newRow("linear middle") << false << 100.0 << 200.0 << 150.0 << 250.0;
        QTest::newRow("linear outside") << false << 100.0 << 200.0 << 250.0 << -250.0;
        QTest::newRow("log low") << true << 10.0 << 1000.0 << 10.0 << 500.0;
        QTest::newRow("log decade") << true << 10.0 << 1000.0 << 100.0 << 250.0;
        QTest::newRow("log high") << true << 10.0 << 1000.0 << 1000.0 << 0.0;
    }
    void priceToYAndBack()
    {
        QFETCH(bool, log);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(double, price);
        QFETCH(double, expectedY);
        ChartViewport vp;
        vp.setPlotRect(QRectF(0, 0, 800, 500));
        vp.setLogScale(log);
        vp.setPriceRange(low, high);
        QVERIFY(qAbs(vp.yOfPrice(price) - expectedY) < 1e-9);
        QVERIFY(qAbs(vp.priceAt(expectedY) - price) < 1e-9 * price);
    }

    void logScaleClampsNonPositivePrices()
    {
        ChartViewport vp;
        vp.setPlotRect(QRectF(0, 0, 800, 500));
        vp.setLogScale(true);
        vp.setPriceRange(1, 100);
        QVERIFY(std::isfinite(vp.yOfPrice(0.0)));
        QVERIFY(vp.yOfPrice(0.0) > 500);
        QVERIFY(std::isfinite(vp.yOfPrice(-5.0)));
    }

    void emptyPriceRangeIsWidened()
    {
        ChartViewport vp;
        vp.setPriceRange(100, 100);
        QVERIFY(vp.maxPrice() > vp.minPrice());
        QVERIFY(vp.minPrice() < 100 && vp.maxPrice() > 100);
    }

    void indexToXAndBack()
    {
        ChartViewport vp = make(1000, 10);
        // At the end the newest candle's right side sits kRightMarginPx left of the plot's right border.
        QCOMPARE(vp.rightEdge(), 1000 + ChartViewport::kRightMarginPx / 10);
        QCOMPARE(vp.xOfIndexUnit(1000), 1000 - ChartViewport::kRightMarginPx);
        QCOMPARE(vp.xOfCandle(999), 1000 - ChartViewport::kRightMarginPx - 5);
        QCOMPARE(vp.candleAt(vp.xOfCandle(999)), 999);
        QCOMPARE(vp.candleAt(vp.xOfCandle(500) + 4.9), 500);
        QCOMPARE(vp.candleAt(vp.xOfCandle(500) - 5.1), 499);
        QCOMPARE(vp.candleAt(999.0), -1); // in the right margin
        QCOMPARE(vp.indexUnitAt(vp.xOfIndexUnit(123.25)), 123.25);
    }

    void visibleRangeCoversThePlot()
    {
        ChartViewport vp = make(1000, 10);
        const auto range = vp.visibleRange();
        QCOMPARE(range.end, 1000);
        // 1000 px at 10 px per candle with 60 px of margin: 94 candles.
        QCOMPARE(range.first, 1000 - 94);
        ChartViewport few = make(20, 10);
        QCOMPARE(few.visibleRange().first, 0);
        QCOMPARE(few.visibleRange().end, 20);
    }

    void zoomKeepsTheAnchor()
    {
        ChartViewport vp = make(10'000, 8);
        vp.panPixels(3000); // away from the end
        const double anchorX = 400;
        const double before = vp.indexUnitAt(anchorX);
        vp.zoomAt(2.0, anchorX);
        QCOMPARE(vp.spacing(), 16.0);
        QVERIFY(qAbs(vp.indexUnitAt(anchorX) - before) < 1e-9);
        vp.zoomAt(0.25, anchorX);
        QCOMPARE(vp.spacing(), 4.0);
        QVERIFY(qAbs(vp.indexUnitAt(anchorX) - before) < 1e-9);
    }

    void zoomIsBounded()
    {
        ChartViewport vp = make(1'000'000, 8);
        vp.zoomAt(1e-9, 500);
        // Fully zoomed out every candle fits the plot (minus the right margin).
        QVERIFY(qAbs(vp.spacing() * 1'000'000 - (1000 - ChartViewport::kRightMarginPx)) < 1e-6);
        vp.scrollToEnd();
        QCOMPARE(vp.visibleRange().first, 0);
        QCOMPARE(vp.visibleRange().end, 1'000'000);
        vp.zoomAt(1e9, 500);
        QCOMPARE(vp.spacing(), ChartViewport::kMaxSpacing);
    }

    void panMovesByPixels()
    {
        ChartViewport vp = make(10'000, 10);
        QVERIFY(vp.isAtEnd());
        vp.panPixels(100); // drag right: older candles come in
        QVERIFY(!vp.isAtEnd());
        const auto before = vp.visibleRange();
        vp.panPixels(100);
        QCOMPARE(vp.visibleRange().end, before.end - 10);
        QCOMPARE(vp.visibleRange().first, before.first - 10);
        vp.panPixels(-1e9); // far into the future: clamped, a few candles stay visible
        QVERIFY(vp.visibleRange().size() >= 5);
        vp.panPixels(1e9); // far into the past
        QCOMPARE(vp.visibleRange().first, 0);
        QVERIFY(vp.visibleRange().size() >= 5);
    }

    void scrollToStartAndEnd()
    {
        ChartViewport vp = make(10'000, 10);
        vp.scrollToStart();
        QCOMPARE(vp.visibleRange().first, 0);
        QCOMPARE(vp.xOfIndexUnit(0), 0.0);
        vp.scrollToEnd();
        QCOMPARE(vp.visibleRange().end, 10'000);
        QVERIFY(vp.isAtEnd());
    }

    void priceScaleAndPan()
    {
        ChartViewport vp;
        vp.setPlotRect(QRectF(0, 0, 800, 500));
        vp.setPriceRange(100, 200);
        vp.scalePrice(2.0);
        QCOMPARE(vp.minPrice(), 50.0);
        QCOMPARE(vp.maxPrice(), 250.0);
        vp.panPrice(250); // half the height: half the range up
        QCOMPARE(vp.minPrice(), 150.0);
        QCOMPARE(vp.maxPrice(), 350.0);
        vp.setLogScale(true);
        vp.setPriceRange(10, 1000);
        vp.scalePrice(0.5); // squeezes in log space: 10^1.5 .. 10^2.5
        QVERIFY(qAbs(vp.minPrice() - std::pow(10.0, 1.5)) < 1e-9);
        QVERIFY(qAbs(vp.maxPrice() - std::pow(10.0, 2.5)) < 1e-9);
    }
};

QTEST_APPLESS_MAIN(TstChartViewport)
#include "tst_chartviewport.moc"
