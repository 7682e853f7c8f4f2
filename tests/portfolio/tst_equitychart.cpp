// The equity curve image: size, the curve and drawdown colours where they belong, the empty case.
#include "portfolio/equitychart.h"

#include <QTest>

using namespace cl::portfolio;

namespace {

TradeResult closed(const char *id, qint64 exitDay, double pnl)
{
    TradeResult t;
    t.externalId = QString::fromLatin1(id);
    t.closed = true;
    t.entryTime = 0;
    t.exitTime = exitDay * 86'400'000;
    t.pnl = pnl;
    return t;
}

int countNear(const QImage &image, QColor colour, int yFrom, int yTo)
{
    int n = 0;
    for (int y = yFrom; y < yTo; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 30 && std::abs(c.green() - colour.green()) < 30
                && std::abs(c.blue() - colour.blue()) < 30)
                ++n;
        }
    }
    return n;
}

} // namespace

class TstEquityChart : public QObject
{
    Q_OBJECT

private slots:
    void drawsTheCurveAboveAndTheDrawdownBelow()
    {
        const EquityCurve curve(1000, {closed("1", 1, 100), closed("2", 3, -300), closed("3", 6, 400)});
        EquityChart::Style style;
        style.logicalSize = QSize(600, 300);
        style.scale = 2.0;
        style.currency = QStringLiteral("USDT");
        const QImage image = EquityChart::render(curve, style);
        QCOMPARE(image.size(), QSize(1200, 600));
        const QColor equityBlue(0x1f, 0x4e, 0x79);
        const QColor drawdownRed(0xb0, 0x3a, 0x2e);
        const int split = int(image.height() * 0.70);
        QVERIFY(countNear(image, equityBlue, 0, split) > 500);
        QVERIFY(countNear(image, drawdownRed, split, image.height()) > 100);
        QCOMPARE(countNear(image, drawdownRed, 0, split / 2), 0);
    }

    void thousandsOfPointsAreDownsampledNotDropped()
    {
        std::vector<TradeResult> trades;
        for (int i = 0; i < 20'000; ++i)
            trades.push_back(closed(QByteArray::number(i).constData(), i / 10, i % 2 ? 5.0 : -4.0));
        trades.push_back(closed("spike", 1000, -3000)); // the deepest point must still be drawn
        const QImage image = EquityChart::render(EquityCurve(10'000, trades), {});
        QVERIFY(!image.isNull());
    }

    void emptyCurveSaysSo()
    {
        const QImage image = EquityChart::render(EquityCurve(1000, {}), {});
        QVERIFY(!image.isNull());
        QVERIFY(countNear(image, QColor(0x33, 0x33, 0x33), 0, image.height()) > 0); // the message
    }
};

QTEST_MAIN(TstEquityChart)
#include "tst_equitychart.moc"
