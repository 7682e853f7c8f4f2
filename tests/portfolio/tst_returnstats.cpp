// Every return-series reference vector of spec/metrics.md (empyrical's own test vectors).
#include "portfolio/returnstats.h"

#include <QTest>

#include <cmath>
#include <limits>

using cl::portfolio::ReturnStats;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

std::vector<double> percent(std::initializer_list<double> values)
{
    std::vector<double> out;
    for (double v : values)
        out.push_back(v / 100.0);
    return out;
}

const std::vector<double> &mixed()
{
    static const auto v = percent({kNaN, 1, 10, -4, 2, 3, 2, 1, -10});
    return v;
}
const std::vector<double> &positive()
{
    static const auto v = percent({1, 2, 1, 1, 1, 1, 1, 1, 1});
    return v;
}
const std::vector<double> &negative()
{
    static const auto v = percent({0, -6, -7, -1, -9, -2, -6, -8, -5});
    return v;
}

// Same value within a relative 1e-12 (numpy's nan-functions and ours may round the last bit differently);
// infinities and NaN must match exactly.
bool same(double actual, double expected)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    if (std::isinf(expected))
        return actual == expected;
    return std::fabs(actual - expected) <= 1e-12 * std::max(1.0, std::fabs(expected));
}

} // namespace

Q_DECLARE_METATYPE(std::vector<double>)

class TstReturnStats : public QObject
{
    Q_OBJECT

private slots:
    void sharpe_data()
    {
        QTest::addColumn<std::vector<double>>("returns");
        QTest::addColumn<double>("annualization");
        QTest::addColumn<double>("expected");
        QTest::newRow("mixed A=252") << mixed() << 252.0 << 1.7238613961706866;
        QTest::newRow("positive A=252") << positive() << 252.0 << 52.915026221291804;
        QTest::newRow("negative A=252") << negative() << 252.0 << -24.406808633910085;
        QTest::newRow("mixed A=365") << mixed() << 365.0 << 2.0746675114386086;
        QTest::newRow("constant: std 0 is empty") << std::vector<double>{0.01, 0.01, 0.01} << 365.0 << kNaN;
        QTest::newRow("one period is empty") << std::vector<double>{0.01} << 365.0 << kNaN;
        QTest::newRow("no periods is empty") << std::vector<double>{} << 365.0 << kNaN;
    }
    void sharpe()
    {
        QFETCH(std::vector<double>, returns);
        QFETCH(double, annualization);
        QFETCH(double, expected);
        const double actual = ReturnStats::sharpe(returns, 0.0, annualization);
        QVERIFY2(same(actual, expected), qPrintable(QString::number(actual, 'g', 17)));
    }

    void sharpeWithRiskFreeRateSubtractsThePerPeriodRate()
    {
        const double rfAnnual = 0.05;
        const double rfp = ReturnStats::perPeriodRate(rfAnnual, 365.0);
        QVERIFY(same(rfp, std::pow(1.05, 1.0 / 365.0) - 1.0));
        std::vector<double> shifted = ReturnStats::withoutNaN(mixed());
        for (double &v : shifted)
            v -= rfp;
        QVERIFY(same(ReturnStats::sharpe(mixed(), rfp, 365.0), ReturnStats::sharpe(shifted, 0.0, 365.0)));
        QVERIFY(ReturnStats::sharpe(mixed(), rfp, 365.0) < 2.0746675114386086);
    }

    void sortino_data()
    {
        QTest::addColumn<std::vector<double>>("returns");
        QTest::addColumn<double>("annualization");
        QTest::addColumn<double>("expected");
        QTest::newRow("mixed A=252") << mixed() << 252.0 << 2.605531251673693;
        QTest::newRow("negative A=252") << negative() << 252.0 << -13.532743075043401;
        QTest::newRow("positive A=252: no downside is +inf") << positive() << 252.0 << kInf;
        QTest::newRow("mixed A=365") << mixed() << 365.0 << 3.1357573467873823;
        QTest::newRow("no downside, zero mean is empty") << std::vector<double>{0.0, 0.0, 0.0} << 365.0 << kNaN;
        QTest::newRow("one losing period is -sqrt(A)") << std::vector<double>{-0.01} << 365.0 << -std::sqrt(365.0);
        QTest::newRow("one winning period is +inf") << std::vector<double>{0.01} << 365.0 << kInf;
        QTest::newRow("no periods is empty") << std::vector<double>{} << 365.0 << kNaN;
    }
    void sortino()
    {
        QFETCH(std::vector<double>, returns);
        QFETCH(double, annualization);
        QFETCH(double, expected);
        const double actual = ReturnStats::sortino(returns, 0.0, annualization);
        QVERIFY2(same(actual, expected), qPrintable(QString::number(actual, 'g', 17)));
    }

    void downsideRisk_data()
    {
        QTest::addColumn<std::vector<double>>("returns");
        QTest::addColumn<double>("annualization");
        QTest::addColumn<double>("expected");
        QTest::newRow("mixed A=252") << mixed() << 252.0 << 0.60448325038829653;
        QTest::newRow("positive: none") << positive() << 252.0 << 0.0;
        // TDD is over all N periods (ddof 0), the zeros of the non-losing days included.
        QTest::newRow("all periods count") << std::vector<double>{-0.02, 0.0, 0.0, 0.0} << 1.0 << 0.01;
    }
    void downsideRisk()
    {
        QFETCH(std::vector<double>, returns);
        QFETCH(double, annualization);
        QFETCH(double, expected);
        const double actual = ReturnStats::downsideRisk(returns, 0.0, annualization);
        QVERIFY2(same(actual, expected), qPrintable(QString::number(actual, 'g', 17)));
    }

    void maxDrawdown_data()
    {
        QTest::addColumn<std::vector<double>>("returns");
        QTest::addColumn<double>("expected");
        QTest::newRow("mixed") << mixed() << -0.1;
        QTest::newRow("negative") << negative() << -0.36590730;
        QTest::newRow("positive") << positive() << 0.0;
    }
    void maxDrawdown()
    {
        QFETCH(std::vector<double>, returns);
        QFETCH(double, expected);
        const double actual = ReturnStats::maxDrawdown(returns);
        // The spec gives the negative vector to 8 decimals.
        QVERIFY2(std::fabs(actual - expected) < 1e-8, qPrintable(QString::number(actual, 'g', 17)));
    }

    void valueAtRisk_data()
    {
        QTest::addColumn<std::vector<double>>("returns");
        QTest::addColumn<double>("cutoff");
        QTest::addColumn<double>("expected");
        const std::vector<double> v{1, 81, 82, 83, 84, 85};
        QTest::newRow("cutoff 0.1") << v << 0.1 << 41.0;
        QTest::newRow("cutoff 0.2") << v << 0.2 << 81.0;
        QTest::newRow("cutoff 0.3") << v << 0.3 << 81.5;
        QTest::newRow("order does not matter") << std::vector<double>{85, 1, 83, 81, 84, 82} << 0.3 << 81.5;
        QTest::newRow("NaN is skipped") << std::vector<double>{1, kNaN, 81, 82, 83, 84, 85} << 0.1 << 41.0;
        QTest::newRow("empty") << std::vector<double>{} << 0.05 << kNaN;
    }
    void valueAtRisk()
    {
        QFETCH(std::vector<double>, returns);
        QFETCH(double, cutoff);
        QFETCH(double, expected);
        const double actual = ReturnStats::valueAtRisk(returns, cutoff);
        QVERIFY2(same(actual, expected), qPrintable(QString::number(actual, 'g', 17)));
    }

    void conditionalValueAtRisk_data()
    {
        QTest::addColumn<std::vector<double>>("returns");
        QTest::addColumn<double>("expected");
        // N = 20: k = int(19 * 0.05) = 0, the lowest alone; N = 41: k = 2, the mean of the three lowest.
        std::vector<double> twenty(20, 0.01);
        twenty[7] = -0.04;
        twenty[3] = -0.03;
        QTest::newRow("N=20 k=0") << twenty << -0.04;
        std::vector<double> fortyOne(41, 0.0);
        fortyOne[0] = -0.03;
        fortyOne[10] = -0.02;
        fortyOne[20] = -0.01;
        fortyOne[30] = -0.005;
        QTest::newRow("N=41 k=2") << fortyOne << -0.02;
    }
    void conditionalValueAtRisk()
    {
        QFETCH(std::vector<double>, returns);
        QFETCH(double, expected);
        const double actual = ReturnStats::conditionalValueAtRisk(returns, 0.05);
        QVERIFY2(same(actual, expected), qPrintable(QString::number(actual, 'g', 17)));
    }

    void volatilityIsSampleStdTimesSqrtA()
    {
        const std::vector<double> r{0.01, -0.02, 0.03};
        // mean 0.006667, deviations^2 sum = 0.00126667, / 2 = 0.000633333
        QVERIFY(same(ReturnStats::annualVolatility(r, 365.0), std::sqrt(0.00126666666666666667 / 2.0) * std::sqrt(365.0)));
        QVERIFY(std::isnan(ReturnStats::annualVolatility(std::vector<double>{0.01}, 365.0)));
    }

    void sumMatchesNumpysPairwiseOrder()
    {
        // 0.1 added 1000 times: numpy's pairwise sum gives 100.00000000000001 (a naive loop gives 99.9999999999986).
        const std::vector<double> tenths(1000, 0.1);
        QCOMPARE(ReturnStats::sum(tenths), 100.00000000000001);
        QCOMPARE(ReturnStats::sum(std::vector<double>{}), 0.0);
    }
};

QTEST_GUILESS_MAIN(TstReturnStats)
#include "tst_returnstats.moc"
