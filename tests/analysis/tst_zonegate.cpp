#include "analysis/zonegate.h"

#include <QTest>

using cl::analysis::ZoneGate;

class TstZoneGate : public QObject
{
    Q_OBJECT

private slots:
    void tradeable_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<bool>("expected");
        QTest::newRow("(100, 100.15) passes") << 100.0 << 100.15 << true;
        QTest::newRow("(100, 100.1) fails") << 100.0 << 100.1 << false;
        QTest::newRow("0.05% gap filtered") << 100.0 << 100.05 << false;
        QTest::newRow("zl = 0 fails") << 0.0 << 1.0 << false;
        QTest::newRow("zl < 0 fails") << -1.0 << 1.0 << false;
        QTest::newRow("inverted zone fails") << 101.0 << 100.0 << false;
        QTest::newRow("NaN fails") << std::numeric_limits<double>::quiet_NaN() << 1.0 << false;
        QTest::newRow("tiny prices") << 0.00001 << 0.0000100151 << true;
        QTest::newRow("large prices, 0.13 % fails") << 61230.0 << 61310.5 << false;
        QTest::newRow("large prices, 0.2 % passes") << 61230.0 << 61352.46 << true;
    }
    void tradeable()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(bool, expected);
        QCOMPARE(ZoneGate::isTradeable(low, high, 0.15), expected);
    }

    void overlap_data()
    {
        QTest::addColumn<double>("l1");
        QTest::addColumn<double>("h1");
        QTest::addColumn<double>("l2");
        QTest::addColumn<double>("h2");
        QTest::addColumn<double>("expected");
        QTest::newRow("[100,105] vs [110,115] -> 0") << 100.0 << 105.0 << 110.0 << 115.0 << 0.0;
        QTest::newRow("identical -> 1") << 100.0 << 105.0 << 100.0 << 105.0 << 1.0;
        QTest::newRow("[100,110] vs [105,115] -> 0.5") << 100.0 << 110.0 << 105.0 << 115.0 << 0.5;
        QTest::newRow("[100,120] vs [105,110] -> 1") << 100.0 << 120.0 << 105.0 << 110.0 << 1.0;
        QTest::newRow("symmetric") << 105.0 << 110.0 << 100.0 << 120.0 << 1.0;
        QTest::newRow("touching edges -> 0") << 100.0 << 105.0 << 105.0 << 110.0 << 0.0;
        QTest::newRow("size 0 -> 0") << 100.0 << 100.0 << 99.0 << 101.0 << 0.0;
    }
    void overlap()
    {
        QFETCH(double, l1);
        QFETCH(double, h1);
        QFETCH(double, l2);
        QFETCH(double, h2);
        QFETCH(double, expected);
        QCOMPARE(ZoneGate::overlap(l1, h1, l2, h2), expected);
    }
};

QTEST_APPLESS_MAIN(TstZoneGate)
#include "tst_zonegate.moc"
