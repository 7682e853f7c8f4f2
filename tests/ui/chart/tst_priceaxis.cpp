#include "chart/priceaxis.h"

#include <QTest>

#include <cmath>

using cl::chart::PriceAxis;

class TstPriceAxis : public QObject
{
    Q_OBJECT

private slots:
    void niceSteps_data()
    {
        QTest::addColumn<double>("raw");
        QTest::addColumn<double>("step");
        QTest::newRow("1") << 1.0 << 1.0;
        QTest::newRow("1.4") << 1.4 << 1.0;
        QTest::newRow("2.2") << 2.2 << 2.0;
        QTest::newRow("4") << 4.0 << 5.0;
        QTest::newRow("8") << 8.0 << 10.0;
        QTest::newRow("0.025") << 0.025 << 0.02;
        QTest::newRow("260") << 260.0 << 200.0;
        QTest::newRow("zero") << 0.0 << 1.0;
        QTest::newRow("nan") << double(NAN) << 1.0;
    }
    void niceSteps()
    {
        QFETCH(double, raw);
        QFETCH(double, step);
        QVERIFY(qAbs(PriceAxis::niceStep(raw) - step) < step * 1e-12);
    }

    void linearTicksAreRoundAndSpaced()
    {
        const auto ticks = PriceAxis::ticks(36'123.4, 37'987.6, 720, false);
        QVERIFY(ticks.size() >= 5);
        QVERIFY(ticks.size() <= size_t(720 / PriceAxis::kMinTickGapPx));
        const double step = ticks[1] - ticks[0];
        for (size_t i = 0; i < ticks.size(); ++i) {
            QVERIFY(ticks[i] >= 36'123.4 && ticks[i] <= 37'987.6);
            QVERIFY(qAbs(std::remainder(ticks[i], step)) < 1e-6);
            if (i > 0)
                QVERIFY(qAbs(ticks[i] - ticks[i - 1] - step) < 1e-6);
        }
    }

    void logTicksFollowDecades()
    {
        const auto ticks = PriceAxis::ticks(0.5, 70'000, 800, true);
        QVERIFY(!ticks.empty());
        for (double t : ticks) {
            const double mantissa = t / std::pow(10.0, std::floor(std::log10(t) + 1e-9));
            QVERIFY2(qAbs(mantissa - 1) < 1e-9 || qAbs(mantissa - 2) < 1e-9 || qAbs(mantissa - 5) < 1e-9,
                     qPrintable(QString::number(t)));
        }
        QVERIFY(std::find(ticks.begin(), ticks.end(), 1000.0) != ticks.end());
        // A narrow log range falls back to linear ticks.
        QVERIFY(PriceAxis::ticks(100, 110, 500, true).size() >= 5);
    }

    void degenerateRangesGiveNoTicks()
    {
        QVERIFY(PriceAxis::ticks(5, 5, 500, false).empty());
        QVERIFY(PriceAxis::ticks(6, 5, 500, false).empty());
        QVERIFY(PriceAxis::ticks(NAN, 5, 500, false).empty());
        QVERIFY(PriceAxis::ticks(1, 5, 0, false).empty());
    }

    void decimalsFitThePrice_data()
    {
        QTest::addColumn<double>("price");
        QTest::addColumn<int>("decimals");
        QTest::newRow("btc") << 43'250.5 << 2;
        QTest::newRow("eth") << 2'250.5 << 2;
        QTest::newRow("sol") << 95.3 << 3;
        QTest::newRow("ada") << 0.5123 << 5;
        QTest::newRow("shib") << 0.00000912 << 10;
        QTest::newRow("zero") << 0.0 << 2;
    }
    void decimalsFitThePrice()
    {
        QFETCH(double, price);
        QFETCH(int, decimals);
        QCOMPARE(PriceAxis::decimalsFor(price), decimals);
        QCOMPARE(PriceAxis::format(1.5, 2), QStringLiteral("1.50"));
    }
};

QTEST_APPLESS_MAIN(TstPriceAxis)
#include "tst_priceaxis.moc"
