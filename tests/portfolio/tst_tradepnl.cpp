// P&L of one trade: long, short, fees, partial exits matched FIFO, R multiple, open trades.
#include "portfolio/tradepnl.h"

#include <QTest>

using namespace cl::portfolio;

namespace {

Fill entry(qint64 t, double price, double qty, double fee = 0.0)
{
    return {0, FillKind::Entry, t, price, qty, fee};
}
Fill exit(qint64 t, double price, double qty, double fee = 0.0)
{
    return {0, FillKind::Exit, t, price, qty, fee};
}

Trade makeTrade(Direction d, std::vector<Fill> fills, double fees = 0.0, std::optional<double> stop = {},
                std::optional<double> target = {})
{
    Trade t;
    t.externalId = QStringLiteral("t");
    t.symbol = QStringLiteral("BTC/USDT");
    t.direction = d;
    t.fills = std::move(fills);
    t.fees = fees;
    t.stopLoss = stop;
    t.takeProfit = target;
    return t;
}

} // namespace

class TstTradePnl : public QObject
{
    Q_OBJECT

private slots:
    void closedTrade_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<double>("entryPrice");
        QTest::addColumn<double>("exitPrice");
        QTest::addColumn<double>("qty");
        QTest::addColumn<double>("fees");
        QTest::addColumn<double>("pnl");
        QTest::addColumn<double>("pnlPct");
        QTest::newRow("long win") << 0 << 100.0 << 110.0 << 2.0 << 1.0 << 19.0 << 9.5;
        QTest::newRow("long loss") << 0 << 100.0 << 95.0 << 2.0 << 0.0 << -10.0 << -5.0;
        QTest::newRow("short win") << 1 << 100.0 << 90.0 << 3.0 << 0.5 << 29.5 << 29.5 / 3.0;
        QTest::newRow("short loss") << 1 << 100.0 << 104.0 << 1.0 << 0.0 << -4.0 << -4.0;
        QTest::newRow("fees turn a flat trade into a loss") << 0 << 50.0 << 50.0 << 4.0 << 0.2 << -0.2 << -0.1;
        QTest::newRow("breakeven") << 1 << 50.0 << 50.0 << 4.0 << 0.0 << 0.0 << 0.0;
    }
    void closedTrade()
    {
        QFETCH(int, direction);
        QFETCH(double, entryPrice);
        QFETCH(double, exitPrice);
        QFETCH(double, qty);
        QFETCH(double, fees);
        QFETCH(double, pnl);
        QFETCH(double, pnlPct);
        const auto d = direction == 0 ? Direction::Long : Direction::Short;
        const TradeResult r = TradePnl::evaluate(makeTrade(d, {entry(1000, entryPrice, qty), exit(5000, exitPrice, qty)}, fees));
        QVERIFY(r.closed);
        QCOMPARE(r.pnl, pnl);
        QVERIFY(qFuzzyCompare(1.0 + r.pnlPct, 1.0 + pnlPct));
        QCOMPARE(*r.exitTime, 5000);
        QCOMPARE(r.entryTime, 1000);
        QCOMPARE(r.fees, fees);
    }

    void singleFillIsTheSpecFormulaToTheLastBit()
    {
        // (exit - entry) * qty - fees, not exit * qty - entry * qty: the two differ in the last bits.
        const double entryPrice = 0.1, exitPrice = 0.3, qty = 3.0, fees = 0.07;
        const TradeResult r = TradePnl::evaluate(makeTrade(Direction::Long, {entry(0, entryPrice, qty), exit(1, exitPrice, qty)}, fees));
        QCOMPARE(r.pnl, (exitPrice - entryPrice) * qty - fees);
        QCOMPARE(r.pnlPct, r.pnl / (entryPrice * qty) * 100.0);
        const TradeResult s = TradePnl::evaluate(makeTrade(Direction::Short, {entry(0, exitPrice, qty), exit(1, entryPrice, qty)}, fees));
        QCOMPARE(s.pnl, (exitPrice - entryPrice) * qty - fees);
    }

    void partialExitsMatchLotsFifo()
    {
        // Two entries (10 @ 100, then 10 @ 120), exits of 15 @ 130 then 5 @ 90.
        // FIFO: 10 @ 100 -> 130 (+300), 5 @ 120 -> 130 (+50), 5 @ 120 -> 90 (-150): +200 gross.
        Trade t = makeTrade(Direction::Long, {entry(0, 100, 10), entry(10, 120, 10), exit(20, 130, 15, 1.5), exit(30, 90, 5, 0.5)}, 2.0);
        const TradeResult r = TradePnl::evaluate(t);
        QVERIFY(r.closed);
        QCOMPARE(r.quantity, 20.0);
        QCOMPARE(r.entryPrice, 110.0);
        QCOMPARE(r.exitPrice, 120.0);
        QCOMPARE(r.fees, 4.0);
        QCOMPARE(r.pnl, 196.0);
        QCOMPARE(*r.exitTime, 30);

        // After the first exit only: 10 @ 100 and 5 @ 120 are realized, 5 @ 120 stays open.
        t.fills.pop_back();
        const TradeResult open = TradePnl::evaluate(t);
        QVERIFY(!open.closed);
        QVERIFY(!open.exitTime);
        QCOMPARE(open.openQuantity, 5.0);
        QCOMPARE(open.realizedPartial, 350.0 - 1.5);
        QCOMPARE(TradePnl::unrealized(t, 125.0), 25.0);
    }

    void shortPartialExits()
    {
        Trade t = makeTrade(Direction::Short, {entry(0, 200, 4), exit(10, 180, 1), exit(20, 190, 3)});
        const TradeResult r = TradePnl::evaluate(t);
        QVERIFY(r.closed);
        QCOMPARE(r.pnl, 20.0 + 30.0);
        QCOMPARE(TradePnl::unrealized(makeTrade(Direction::Short, {entry(0, 200, 4), exit(10, 180, 1)}), 210.0), -30.0);
    }

    void rMultipleUsesRiskAmount_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<double>("exitPrice");
        QTest::addColumn<double>("stop");
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("risk");
        QTest::addColumn<double>("r");
        QTest::addColumn<double>("plannedRR");
        // entry 100, qty 2
        QTest::newRow("long 2R") << 0 << 110.0 << 95.0 << 115.0 << 10.0 << 2.0 << 3.0;
        QTest::newRow("long -1R at the stop") << 0 << 95.0 << 95.0 << 110.0 << 10.0 << -1.0 << 2.0;
        QTest::newRow("short 1.5R") << 1 << 94.0 << 104.0 << 88.0 << 8.0 << 1.5 << 3.0;
    }
    void rMultipleUsesRiskAmount()
    {
        QFETCH(int, direction);
        QFETCH(double, exitPrice);
        QFETCH(double, stop);
        QFETCH(double, target);
        QFETCH(double, risk);
        QFETCH(double, r);
        QFETCH(double, plannedRR);
        const auto d = direction == 0 ? Direction::Long : Direction::Short;
        const TradeResult res = TradePnl::evaluate(makeTrade(d, {entry(0, 100, 2), exit(1, exitPrice, 2)}, 0.0, stop, target));
        QCOMPARE(*res.riskAmount, risk);
        QCOMPARE(*res.rMultiple, r);
        QCOMPARE(*res.plannedRR, plannedRR);
    }

    void noStopMeansNoR()
    {
        const TradeResult r = TradePnl::evaluate(makeTrade(Direction::Long, {entry(0, 100, 1), exit(1, 101, 1)}));
        QVERIFY(!r.riskAmount && !r.rMultiple && !r.plannedRR);
        // A stop at the entry price is no risk: no R either.
        const TradeResult atEntry = TradePnl::evaluate(makeTrade(Direction::Long, {entry(0, 100, 1), exit(1, 101, 1)}, 0.0, 100.0, 110.0));
        QVERIFY(!atEntry.riskAmount && !atEntry.rMultiple && !atEntry.plannedRR);
    }

    void openAndCancelledTradesAreNotClosed()
    {
        const TradeResult open = TradePnl::evaluate(makeTrade(Direction::Long, {entry(0, 100, 1)}, 0.0, 90.0));
        QVERIFY(!open.closed);
        QCOMPARE(open.pnl, 0.0);
        QVERIFY(!open.rMultiple);
        QCOMPARE(*open.riskAmount, 10.0);
        Trade cancelled = makeTrade(Direction::Long, {entry(0, 100, 1), exit(1, 120, 1)});
        cancelled.status = TradeStatus::Cancelled;
        QVERIFY(!TradePnl::evaluate(cancelled).closed);
        QVERIFY(!TradePnl::evaluate(makeTrade(Direction::Long, {})).closed);
    }

    void quantitiesThatWentThroughTextStillClose()
    {
        // 0.1 + 0.2 exits of a 0.3 entry: 0.30000000000000004 vs 0.3.
        const TradeResult r = TradePnl::evaluate(makeTrade(Direction::Long, {entry(0, 10, 0.3), exit(1, 11, 0.1), exit(2, 12, 0.2)}));
        QVERIFY(r.closed);
    }
};

QTEST_GUILESS_MAIN(TstTradePnl)
#include "tst_tradepnl.moc"
