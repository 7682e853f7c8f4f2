// Trade metrics of spec/metrics.md: the reference trade P&L vector and the edge cases.
#include "portfolio/tradestats.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cl::portfolio;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

std::vector<TradeResult> closedWith(const std::vector<double> &pnls)
{
    std::vector<TradeResult> out;
    qint64 t = 0;
    for (double pnl : pnls) {
        TradeResult r;
        r.closed = true;
        r.entryTime = t;
        r.exitTime = t + 86'400'000;
        r.pnl = pnl;
        t += 86'400'000;
        out.push_back(r);
    }
    return out;
}

bool same(double actual, double expected, double tolerance = 1e-9)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    if (std::isinf(expected))
        return actual == expected;
    return std::fabs(actual - expected) <= tolerance;
}

} // namespace

Q_DECLARE_METATYPE(std::vector<double>)

class TstTradeStats : public QObject
{
    Q_OBJECT

private slots:
    void metrics_data()
    {
        QTest::addColumn<std::vector<double>>("pnls");
        QTest::addColumn<double>("expectancy");
        QTest::addColumn<double>("winRate");
        QTest::addColumn<double>("profitFactor");
        QTest::addColumn<double>("payoff");
        QTest::addColumn<double>("kelly");
        // The spec's vector (its figures are given to 9 decimals).
        QTest::newRow("spec vector") << std::vector<double>{100, 200, 50, -150, 300, -100, 80, -30} << 56.25 << 62.5
                                     << 2.607142857 << 1.564285714 << 0.385273973;
        QTest::newRow("no trades: empty") << std::vector<double>{} << kNaN << kNaN << kNaN << kNaN << kNaN;
        QTest::newRow("no losses: profit factor infinite, payoff and Kelly empty")
            << std::vector<double>{10, 20} << 15.0 << 100.0 << kInf << kNaN << kNaN;
        QTest::newRow("only breakevens: win rate 0, profit factor infinite")
            << std::vector<double>{0, 0, 0} << 0.0 << 0.0 << kInf << kNaN << kNaN;
        QTest::newRow("wins and breakevens") << std::vector<double>{0, 30} << 15.0 << 50.0 << kInf << kNaN << kNaN;
        QTest::newRow("only losses") << std::vector<double>{-5, -15} << -10.0 << 0.0 << 0.0 << kNaN << kNaN;
        QTest::newRow("one win one loss") << std::vector<double>{30, -10} << 10.0 << 50.0 << 3.0 << 3.0 << 0.5 - 0.5 / 3.0;
    }
    void metrics()
    {
        QFETCH(std::vector<double>, pnls);
        QFETCH(double, expectancy);
        QFETCH(double, winRate);
        QFETCH(double, profitFactor);
        QFETCH(double, payoff);
        QFETCH(double, kelly);
        const TradeStats s = TradeStats::compute(closedWith(pnls));
        QCOMPARE(s.trades, int(pnls.size()));
        QVERIFY2(same(s.expectancy, expectancy), qPrintable(QString::number(s.expectancy, 'g', 17)));
        QVERIFY2(same(s.winRate, winRate), qPrintable(QString::number(s.winRate, 'g', 17)));
        QVERIFY2(same(s.profitFactor, profitFactor), qPrintable(QString::number(s.profitFactor, 'g', 17)));
        QVERIFY2(same(s.payoff, payoff), qPrintable(QString::number(s.payoff, 'g', 17)));
        QVERIFY2(same(s.kelly, kelly), qPrintable(QString::number(s.kelly, 'g', 17)));
    }

    void specVectorDetails()
    {
        const TradeStats s = TradeStats::compute(closedWith({100, 200, 50, -150, 300, -100, 80, -30}));
        QCOMPARE(s.wins, 5);
        QCOMPARE(s.losses, 3);
        QCOMPARE(s.grossProfit, 730.0);
        QCOMPARE(s.grossLoss, -280.0);
        QCOMPARE(s.avgWin, 146.0);
        QVERIFY(same(s.avgLoss, -280.0 / 3.0, 1e-12));
        QCOMPARE(s.netPnl, 450.0);
        QCOMPARE(s.largestWin, 300.0);
        QCOMPARE(s.largestLoss, -150.0);
        QCOMPARE(s.maxConsecutiveWins, 3);
        QCOMPARE(s.maxConsecutiveLosses, 1);
    }

    void expectancyInRUsesOnlyTradesWithAStop()
    {
        auto trades = closedWith({100, -50, 30});
        trades[0].rMultiple = 2.0;
        trades[1].rMultiple = -1.0;
        trades[0].plannedRR = 3.0;
        trades[1].plannedRR = 2.0;
        const TradeStats s = TradeStats::compute(trades);
        QCOMPARE(s.tradesWithR, 2);
        QCOMPARE(s.expectancyR, 0.5);
        QCOMPARE(s.avgPlannedRR, 2.5);
        QVERIFY(std::isnan(TradeStats::compute(closedWith({1, 2})).expectancyR));
    }

    void openTradesCountInNoMetric()
    {
        auto trades = closedWith({100, -50});
        TradeResult open;
        open.closed = false;
        open.pnl = 1e9;
        trades.push_back(open);
        const TradeStats s = TradeStats::compute(trades);
        QCOMPARE(s.trades, 2);
        QCOMPARE(s.netPnl, 50.0);
    }
};

QTEST_GUILESS_MAIN(TstTradeStats)
#include "tst_tradestats.moc"
