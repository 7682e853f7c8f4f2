// PerformanceMetrics on whole histories: a hand-computed portfolio and the edge cases of spec/metrics.md.
#include "portfolio/performancemetrics.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cl::portfolio;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;
const qint64 kJan30 = 1'706'572'800'000; // 2024-01-30T00:00:00Z

TradeResult trade(const char *id, qint64 entry, std::optional<qint64> exit, double pnl, std::optional<double> r = {})
{
    TradeResult t;
    t.externalId = QString::fromLatin1(id);
    t.symbol = QStringLiteral("BTC/USDT");
    t.entryTime = entry;
    t.exitTime = exit;
    t.closed = exit.has_value();
    t.quantity = 1;
    t.pnl = exit ? pnl : 0.0;
    t.rMultiple = r;
    return t;
}

// The history of the end-to-end test (tests/portfolio/tst_portfoliocli.cpp), as results: six closed trades
// from 2024-01-30 to 2024-02-25 and one open trade.
std::vector<TradeResult> handHistory()
{
    return {
        trade("1", kJan30 + 8 * kHour, kJan30 + kDay + 16 * kHour, 96, 0.96),
        trade("2", kJan30 + 2 * kDay + 9 * kHour + kHour / 2, kJan30 + 4 * kDay + 12 * kHour, -103, -0.515),
        trade("3", kJan30 + 6 * kDay, kJan30 + 11 * kDay, 294),
        trade("4", kJan30 + 13 * kDay + 14 * kHour, kJan30 + 13 * kDay + 20 * kHour, 99, 1.98),
        trade("5", kJan30 + 16 * kDay + 10 * kHour, kJan30 + 21 * kDay + 10 * kHour, -205, -2.05),
        trade("6", kJan30 + 23 * kDay, kJan30 + 26 * kDay, 18, 0.36),
        trade("7", kJan30 + 27 * kDay, std::nullopt, 0),
    };
}

bool same(double actual, double expected)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    if (std::isinf(expected))
        return actual == expected;
    return std::fabs(actual - expected) <= 1e-12 * std::max(1.0, std::fabs(expected));
}

#define CHECK_SAME(actual, expected) QVERIFY2(same(actual, expected), qPrintable(QString::number(actual, 'g', 17)))

} // namespace

class TstPerformanceMetrics : public QObject
{
    Q_OBJECT

private slots:
    void handComputedHistory()
    {
        // Expected values computed independently from the spec's formulas with numpy.
        // Equity: 10000 -> 10096 -> 9993 -> 10287 -> 10386 -> 10181 -> 10199; N = 27 days (Jan 30 .. Feb 25).
        const MetricsReport m = PerformanceMetrics::compute(10'000, handHistory());
        QCOMPARE(m.trades.trades, 6);
        QCOMPARE(m.openTrades, 1);
        QCOMPARE(m.days, 27);
        CHECK_SAME(m.trades.winRate, 66.666666666666657);
        CHECK_SAME(m.trades.profitFactor, 1.6461038961038961);
        CHECK_SAME(m.trades.avgWin, 126.75);
        CHECK_SAME(m.trades.avgLoss, -154.0);
        CHECK_SAME(m.trades.payoff, 0.82305194805194803);
        CHECK_SAME(m.trades.expectancy, 33.166666666666664);
        CHECK_SAME(m.trades.expectancyR, 0.147);
        CHECK_SAME(m.trades.kelly, 0.2616699539776462);
        CHECK_SAME(m.cagr, 0.30522674141615025);
        CHECK_SAME(m.volatility, 0.14663453383319086);
        CHECK_SAME(m.sharpe, 1.887373304431812);
        CHECK_SAME(m.sortino, 3.3877313438671672);
        CHECK_SAME(m.maxDrawdownPct, -1.973810899287498);
        CHECK_SAME(m.maxDrawdownAbs, -205.0);
        CHECK_SAME(m.maxDrawdownDays, 12.166666666666666);
        QVERIFY(m.maxDrawdownUnrecovered);
        CHECK_SAME(m.calmar, 15.46382895779582);
        CHECK_SAME(m.recoveryFactor, 0.9707317073170731);
        CHECK_SAME(m.var95, -0.007141442155309063);
        CHECK_SAME(m.cvar95, -0.014970084607372536);
        QCOMPARE(m.monthly.size(), size_t(2));
        QCOMPARE(m.monthly[0].year, 2024);
        QCOMPARE(m.monthly[0].month, 1);
        CHECK_SAME(m.monthly[0].pnl, 96.0);
        CHECK_SAME(m.monthly[0].returnPct, 0.96);
        QCOMPARE(m.monthly[1].month, 2);
        CHECK_SAME(m.monthly[1].pnl, 103.0);
        CHECK_SAME(m.monthly[1].returnPct, 1.020206022186998);
        QCOMPARE(m.yearly.size(), size_t(1));
        CHECK_SAME(m.yearly[0].returnPct, 1.99);
    }

    void annualizationIsConfigurable()
    {
        MetricsOptions stocks;
        stocks.annualization = 252;
        const MetricsReport a = PerformanceMetrics::compute(10'000, handHistory());
        const MetricsReport b = PerformanceMetrics::compute(10'000, handHistory(), stocks);
        CHECK_SAME(b.sharpe, a.sharpe * std::sqrt(252.0 / 365.0));
        CHECK_SAME(b.volatility, a.volatility * std::sqrt(252.0 / 365.0));
        CHECK_SAME(b.cagr, a.cagr); // N counts calendar days whatever A is
    }

    void riskFreeRateLowersSharpe()
    {
        MetricsOptions withRf;
        withRf.riskFreeAnnual = 0.05;
        QVERIFY(PerformanceMetrics::compute(10'000, handHistory(), withRf).sharpe
                < PerformanceMetrics::compute(10'000, handHistory()).sharpe);
    }

    void noTrades()
    {
        const MetricsReport m = PerformanceMetrics::compute(10'000, {trade("1", kJan30, std::nullopt, 0)});
        QCOMPARE(m.trades.trades, 0);
        QCOMPARE(m.openTrades, 1);
        for (double v : {m.trades.winRate, m.trades.profitFactor, m.trades.payoff, m.trades.kelly, m.cagr, m.sharpe,
                         m.sortino, m.calmar, m.var95, m.cvar95})
            QVERIFY(std::isnan(v));
        QVERIFY(m.monthly.empty());
        QCOMPARE(m.finalEquity, 10'000.0);
    }

    void noLosses()
    {
        const MetricsReport m = PerformanceMetrics::compute(
            1000, {trade("1", kJan30, kJan30 + kDay, 10), trade("2", kJan30, kJan30 + 3 * kDay, 20)});
        QCOMPARE(m.trades.profitFactor, kInf);
        QVERIFY(std::isnan(m.trades.payoff));
        QVERIFY(std::isnan(m.trades.kelly));
        QCOMPARE(m.sortino, kInf);
        QCOMPARE(m.maxDrawdownPct, 0.0);
        QCOMPARE(m.maxDrawdownDays, 0.0);
        QVERIFY(std::isnan(m.calmar));          // no drawdown: empty
        QVERIFY(std::isnan(m.recoveryFactor));
        QVERIFY(std::isnan(m.var95));           // 4 days < 20
    }

    void onlyBreakevens()
    {
        const MetricsReport m = PerformanceMetrics::compute(
            1000, {trade("1", kJan30, kJan30 + kDay, 0), trade("2", kJan30, kJan30 + 2 * kDay, 0)});
        QCOMPARE(m.trades.winRate, 0.0);
        QCOMPARE(m.trades.profitFactor, kInf);
        QVERIFY(std::isnan(m.trades.avgWin));
        QVERIFY(std::isnan(m.trades.avgLoss));
        QCOMPARE(m.trades.expectancy, 0.0);
        QVERIFY(std::isnan(m.sharpe));          // std 0
        QVERIFY(std::isnan(m.sortino));         // no downside and zero mean
        QCOMPARE(m.cagr, 0.0);
        QCOMPARE(m.volatility, 0.0);
    }

    void oneDay()
    {
        const MetricsReport m = PerformanceMetrics::compute(1000, {trade("1", kJan30 + kHour, kJan30 + 5 * kHour, -10)});
        QCOMPARE(m.days, 1);
        CHECK_SAME(m.cagr, std::pow(0.99, 365.0) - 1.0);
        QVERIFY(std::isnan(m.volatility));      // ddof 1 needs two days
        QVERIFY(std::isnan(m.sharpe));
        CHECK_SAME(m.sortino, -std::sqrt(365.0));
        CHECK_SAME(m.maxDrawdownPct, -1.0);
        CHECK_SAME(m.maxDrawdownDays, 4.0 / 24.0); // entry 01:00 to exit 05:00
        QVERIFY(m.maxDrawdownUnrecovered);
        QCOMPARE(m.monthly.size(), size_t(1));
    }

    void varNeedsTwentyDays()
    {
        std::vector<TradeResult> trades;
        for (int i = 0; i < 19; ++i)
            trades.push_back(trade(QByteArray::number(i).constData(), kJan30, kJan30 + i * kDay + kHour, i % 3 ? 5 : -7));
        QVERIFY(std::isnan(PerformanceMetrics::compute(1000, trades).var95));
        trades.push_back(trade("19", kJan30, kJan30 + 19 * kDay + kHour, 1));
        const MetricsReport m = PerformanceMetrics::compute(1000, trades);
        QCOMPARE(m.days, 20);
        QVERIFY(!std::isnan(m.var95));
        QVERIFY(!std::isnan(m.cvar95));
        QVERIFY(m.cvar95 <= m.var95);
    }

    void monthsWithoutExitsAreListedWithZeros()
    {
        const qint64 mar1 = 1'709'251'200'000; // 2024-03-01
        const MetricsReport m = PerformanceMetrics::compute(
            1000, {trade("1", kJan30, kJan30 + kDay, 10), trade("2", kJan30, mar1 + kDay, -5)});
        QCOMPARE(m.monthly.size(), size_t(3));
        QCOMPARE(m.monthly[1].month, 2);
        QCOMPARE(m.monthly[1].pnl, 0.0);
        QCOMPARE(m.monthly[1].returnPct, 0.0);
        CHECK_SAME(m.monthly[2].returnPct, (1005.0 / 1010.0 - 1.0) * 100.0);
    }

    void breakdownsGroupTradeMetrics()
    {
        auto trades = handHistory();
        trades[0].symbol = QStringLiteral("ETH/USDT");
        trades[0].tags = QStringList{QStringLiteral("breakout"), QStringLiteral("a+")};
        trades[1].tags = QStringList{QStringLiteral("breakout")};
        trades[2].mood = QStringLiteral("fomo");
        trades[0].patternType = QStringLiteral("fvg");
        const MetricsReport m = PerformanceMetrics::compute(10'000, trades);
        QCOMPARE(m.breakdowns.size(), size_t(7));
        auto find = [&](const QString &dimension, const QString &key) -> const TradeStats * {
            for (const Breakdown &b : m.breakdowns) {
                if (b.dimension != dimension)
                    continue;
                for (const BreakdownRow &row : b.rows) {
                    if (row.key == key)
                        return &row.stats;
                }
            }
            return nullptr;
        };
        QCOMPARE(find(QStringLiteral("symbol"), QStringLiteral("ETH/USDT"))->trades, 1);
        QCOMPARE(find(QStringLiteral("symbol"), QStringLiteral("BTC/USDT"))->trades, 5);
        QCOMPARE(find(QStringLiteral("tag"), QStringLiteral("breakout"))->trades, 2);
        QCOMPARE(find(QStringLiteral("tag"), QStringLiteral("breakout"))->netPnl, -7.0);
        QCOMPARE(find(QStringLiteral("tag"), QStringLiteral("(none)"))->trades, 4);
        QCOMPARE(find(QStringLiteral("mood"), QStringLiteral("fomo"))->netPnl, 294.0);
        QCOMPARE(find(QStringLiteral("pattern"), QStringLiteral("fvg"))->trades, 1);
        // Entries at 08:00, 09:30, 00:00, 14:00, 10:00, 00:00 UTC; Jan 30 2024 was a Tuesday.
        QCOMPARE(find(QStringLiteral("hour"), QStringLiteral("00"))->trades, 2);
        QCOMPARE(find(QStringLiteral("weekday"), QStringLiteral("2 Tue"))->trades, 1);
    }
};

QTEST_GUILESS_MAIN(TstPerformanceMetrics)
#include "tst_performancemetrics.moc"
