#include "portfolio/equitydownsampler.h"

#include <QTest>

#include <cmath>

using cl::portfolio::EquityDownsampler;

class TstEquityDownsampler : public QObject
{
    Q_OBJECT

private slots:
    void shortCurvesUntouched()
    {
        const std::vector<QPointF> points{{0, 1}, {1, 2}, {2, 0}};
        QCOMPARE(EquityDownsampler::downsample(points, 3000), points);
        QVERIFY(EquityDownsampler::downsample({}, 3000).empty());
    }

    void keepsExtremesAndEnds_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("maxPoints");
        QTest::newRow("100k to 3000") << 100'000 << 3000;
        QTest::newRow("3001 to 3000") << 3001 << 3000;
        QTest::newRow("10k to 8") << 10'000 << 8;
    }
    void keepsExtremesAndEnds()
    {
        QFETCH(int, count);
        QFETCH(int, maxPoints);
        std::vector<QPointF> points;
        for (int i = 0; i < count; ++i)
            points.emplace_back(i, 1000 + 100 * std::sin(i / 50.0) + (i % 7));
        points[size_t(count / 3)].setY(-5000);   // the deepest trough
        points[size_t(count / 2)].setY(9000);    // the highest peak
        const auto out = EquityDownsampler::downsample(points, size_t(maxPoints));
        QVERIFY(out.size() <= size_t(maxPoints));
        QCOMPARE(out.front(), points.front());
        QCOMPARE(out.back(), points.back());
        double lo = 1e18, hi = -1e18;
        for (size_t i = 0; i < out.size(); ++i) {
            lo = std::min(lo, out[i].y());
            hi = std::max(hi, out[i].y());
            if (i > 0)
                QVERIFY(out[i].x() > out[i - 1].x());   // x strictly increasing, no duplicates
        }
        QCOMPARE(lo, -5000.0);
        QCOMPARE(hi, 9000.0);
    }
};

QTEST_GUILESS_MAIN(TstEquityDownsampler)
#include "tst_equitydownsampler.moc"
