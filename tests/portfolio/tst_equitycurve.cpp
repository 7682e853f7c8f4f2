// The per-trade equity curve, its drawdowns and the zero-filled daily returns of spec/metrics.md.
#include "portfolio/equitycurve.h"

#include <QTest>

using namespace cl::portfolio;

namespace {

constexpr qint64 kDay = 86'400'000;
constexpr qint64 kHour = 3'600'000;
const qint64 kJan1 = 1'704'067'200'000; // 2024-01-01T00:00:00Z

TradeResult closed(const char *id, qint64 entry, qint64 exit, double pnl)
{
    TradeResult r;
    r.externalId = QString::fromLatin1(id);
    r.closed = true;
    r.entryTime = entry;
    r.exitTime = exit;
    r.pnl = pnl;
    return r;
}

} // namespace

class TstEquityCurve : public QObject
{
    Q_OBJECT

private slots:
    void startsAtTheEarliestEntryAndSkipsOpenTrades()
    {
        TradeResult open;
        open.entryTime = kJan1 - 10 * kDay;
        const EquityCurve curve(1000, {closed("b", kJan1 + kHour, kJan1 + 2 * kDay, 50), open,
                                       closed("a", kJan1, kJan1 + kDay, -20)});
        QCOMPARE(curve.points().size(), size_t(3));
        QCOMPARE(curve.points()[0].time, kJan1);
        QCOMPARE(curve.points()[0].equity, 1000.0);
        QCOMPARE(curve.points()[1].equity, 980.0);
        QCOMPARE(curve.points()[2].equity, 1030.0);
        QCOMPARE(curve.finalEquity(), 1030.0);
    }

    void tiesAtTheSameExitAreOrderedById_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("integers numerically") << QStringList{QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("2")} << QStringList{QStringLiteral("2"), QStringLiteral("9"), QStringLiteral("10")};
        QTest::newRow("text lexically") << QStringList{QStringLiteral("b"), QStringLiteral("a10"), QStringLiteral("a9")} << QStringList{QStringLiteral("a10"), QStringLiteral("a9"), QStringLiteral("b")};
    }
    void tiesAtTheSameExitAreOrderedById()
    {
        QFETCH(QStringList, ids);
        QFETCH(QStringList, expected);
        std::vector<TradeResult> trades;
        for (const QString &id : ids)
            trades.push_back(closed(id.toLatin1().constData(), kJan1, kJan1 + kDay, 1));
        const EquityCurve curve(100, trades);
        QStringList order;
        for (const TradeResult &t : curve.closedTrades())
            order << t.externalId;
        QCOMPARE(order, expected);
    }

    void drawdownPercentAndCurrencyComeFromDifferentEpisodes()
    {
        // episode 1: 1000 -> 500 (-50 %, -500); episode 2: 3000 -> 2400 (-20 %, -600).
        const EquityCurve curve(1000, {closed("1", kJan1, kJan1 + kDay, -500), closed("2", kJan1, kJan1 + 2 * kDay, 2500),
                                       closed("3", kJan1, kJan1 + 3 * kDay, -600), closed("4", kJan1, kJan1 + 4 * kDay, 700)});
        const DrawdownStats d = curve.drawdown();
        QCOMPARE(d.maxPct, -0.5);
        QCOMPARE(d.maxAbs, -600.0);
        QCOMPARE(d.longestDays, 2.0);     // from the start (day 0) to day 2
        QVERIFY(!d.longestUnrecovered);
    }

    void unrecoveredDrawdownCountsToTheLastExit()
    {
        // Peak at day 1 + 6 h, never recovered; the last exit is day 4 + 12 h: 3.25 days.
        const EquityCurve curve(1000, {closed("1", kJan1, kJan1 + kDay + 6 * kHour, 100),
                                       closed("2", kJan1, kJan1 + 2 * kDay, -50),
                                       closed("3", kJan1, kJan1 + 4 * kDay + 12 * kHour, 20)});
        const DrawdownStats d = curve.drawdown();
        QCOMPARE(d.longestDays, 3.25);
        QVERIFY(d.longestUnrecovered);
        QCOMPARE(d.maxAbs, -50.0);
    }

    void recoveryAtExactlyThePeakEndsTheEpisode()
    {
        const EquityCurve curve(1000, {closed("1", kJan1, kJan1 + kDay, -10), closed("2", kJan1, kJan1 + 3 * kDay, 10),
                                       closed("3", kJan1, kJan1 + 4 * kDay, -1)});
        const DrawdownStats d = curve.drawdown();
        QCOMPARE(d.longestDays, 3.0);
        QVERIFY(!d.longestUnrecovered);
    }

    void noDrawdown()
    {
        const EquityCurve curve(1000, {closed("1", kJan1, kJan1 + kDay, 10), closed("2", kJan1, kJan1 + 9 * kDay, 0)});
        const DrawdownStats d = curve.drawdown();
        QCOMPARE(d.maxPct, 0.0);
        QCOMPARE(d.maxAbs, 0.0);
        QCOMPARE(d.longestDays, 0.0);
        QVERIFY(!d.longestUnrecovered);
    }

    void dailyReturnsAreZeroFilledUtcDays()
    {
        // Entry Jan 1 22:00; exits Jan 2 01:00 (+100), Jan 2 23:59 (-50), Jan 5 00:00 (+200).
        const EquityCurve curve(1000, {closed("1", kJan1 + 22 * kHour, kJan1 + kDay + kHour, 100),
                                       closed("2", kJan1 + 23 * kHour, kJan1 + 2 * kDay - 60'000, -50),
                                       closed("3", kJan1 + 2 * kDay, kJan1 + 4 * kDay, 200)});
        const DailyReturns d = curve.daily();
        QCOMPARE(d.date(0), QDate(2024, 1, 1));
        const std::vector<double> equity{1000, 1050, 1050, 1050, 1250};
        QCOMPARE(d.equity, equity);
        const std::vector<double> returns{0.0, 1050.0 / 1000.0 - 1.0, 0.0, 0.0, 1250.0 / 1050.0 - 1.0};
        QCOMPARE(d.returns, returns);
    }

    void oneDay()
    {
        const EquityCurve curve(1000, {closed("1", kJan1 + kHour, kJan1 + 2 * kHour, 10)});
        const DailyReturns d = curve.daily();
        QCOMPARE(d.returns.size(), size_t(1));
        QCOMPARE(d.returns[0], 1010.0 / 1000.0 - 1.0);
    }

    void empty()
    {
        const EquityCurve curve(1000, {});
        QVERIFY(curve.isEmpty());
        QVERIFY(curve.daily().returns.empty());
        QCOMPARE(curve.finalEquity(), 1000.0);
        QCOMPARE(curve.drawdown().maxPct, 0.0);
    }

    void timesBefore1970UseFloorDays()
    {
        QCOMPARE(EquityCurve::dayOf(-1), qint64(-1));
        QCOMPARE(EquityCurve::dayOf(0), qint64(0));
        QCOMPARE(EquityCurve::dayOf(kDay - 1), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TstEquityCurve)
#include "tst_equitycurve.moc"
