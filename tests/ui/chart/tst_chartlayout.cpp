#include "chart/chartlayout.h"

#include <QTest>

using namespace cl::chart;

class TstChartLayout : public QObject
{
    Q_OBJECT

private slots:
    void panesStackUnderThePrice_data()
    {
        QTest::addColumn<int>("flags");
        QTest::addColumn<int>("lowerPanes");
        QTest::newRow("price only") << 0 << 0;
        QTest::newRow("volume") << int(Indicator::Volume) << 1;
        QTest::newRow("overlays add no pane") << int(Indicator::Ema | Indicator::Bollinger) << 0;
        QTest::newRow("all") << int(Indicator::Volume | Indicator::Rsi | Indicator::Macd) << 3;
    }
    void panesStackUnderThePrice()
    {
        QFETCH(int, flags);
        QFETCH(int, lowerPanes);
        const ChartLayout layout = ChartLayout::compute(QSizeF(1000, 600), Indicators::fromInt(flags));
        QCOMPARE(layout.price.width(), 1000 - ChartLayout::kPriceAxisWidth);
        QCOMPARE(layout.priceAxis.left(), layout.price.right());
        QCOMPARE(layout.timeAxis.bottom(), 600.0);
        double y = layout.price.bottom();
        int panes = 0;
        for (const QRectF &pane : {layout.volume, layout.rsi, layout.macd}) {
            if (pane.isEmpty())
                continue;
            ++panes;
            QCOMPARE(pane.top(), y);
            QCOMPARE(pane.left(), layout.price.left());
            QCOMPARE(pane.width(), layout.price.width());
            y = pane.bottom();
        }
        QCOMPARE(panes, lowerPanes);
        QCOMPARE(layout.timeAxis.top(), y);
        QCOMPARE(layout.paneAt(QPointF(10, 10)), 0);
        QCOMPARE(layout.paneAt(layout.priceAxis.center()), -1);
        if (!layout.volume.isEmpty())
            QCOMPARE(layout.paneAt(layout.volume.center()), 1);
        if (!layout.macd.isEmpty())
            QCOMPARE(layout.paneAt(layout.macd.center()), 3);
    }

    void tinySizesStayValid()
    {
        const ChartLayout layout = ChartLayout::compute(QSizeF(5, 5), Indicator::Volume | Indicator::Rsi);
        QVERIFY(layout.price.width() > 0);
        QVERIFY(layout.price.height() > 0);
    }
};

QTEST_APPLESS_MAIN(TstChartLayout)
#include "tst_chartlayout.moc"
