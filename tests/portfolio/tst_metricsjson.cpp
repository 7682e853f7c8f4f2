// The `metrics --format json` document: exactly cli.md's keys, "inf" for infinity, null for empty.
#include "portfolio/metricsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace cl::portfolio;

namespace {
const qint64 kJan1 = 1'704'067'200'000;

TradeResult closed(const char *id, qint64 exitOffsetDays, double pnl)
{
    TradeResult t;
    t.externalId = QString::fromLatin1(id);
    t.closed = true;
    t.entryTime = kJan1;
    t.exitTime = kJan1 + exitOffsetDays * 86'400'000;
    t.pnl = pnl;
    return t;
}
} // namespace

class TstMetricsJson : public QObject
{
    Q_OBJECT

private slots:
    void hasExactlyTheSpecKeys()
    {
        const auto report = PerformanceMetrics::compute(1000, {closed("1", 1, 10), closed("2", 40, -5)});
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(MetricsJson::write(report), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QStringList keys = doc.object().keys();
        keys.sort();
        QStringList expected{QStringLiteral("trades"),       QStringLiteral("win_rate"),       QStringLiteral("profit_factor"), QStringLiteral("avg_win"),
                             QStringLiteral("avg_loss"),     QStringLiteral("payoff"),         QStringLiteral("expectancy"),    QStringLiteral("expectancy_r"),
                             QStringLiteral("kelly"),        QStringLiteral("cagr"),           QStringLiteral("volatility"),    QStringLiteral("sharpe"),
                             QStringLiteral("sortino"),      QStringLiteral("max_drawdown_pct"), QStringLiteral("max_drawdown_abs"),
                             QStringLiteral("max_drawdown_days"), QStringLiteral("max_drawdown_unrecovered"), QStringLiteral("calmar"),
                             QStringLiteral("recovery_factor"), QStringLiteral("var95"), QStringLiteral("cvar95"), QStringLiteral("monthly")};
        expected.sort();
        QCOMPARE(keys, expected);
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("trades")).toInt(), 2);
        QVERIFY(o.value(QStringLiteral("max_drawdown_unrecovered")).isBool());
        QVERIFY(o.value(QStringLiteral("expectancy_r")).isNull());     // no stops
        QVERIFY(!o.value(QStringLiteral("var95")).isNull());           // 40 days: defined
        const QJsonArray monthly = o.value(QStringLiteral("monthly")).toArray();
        QCOMPARE(monthly.size(), 2);
        QCOMPARE(monthly[0].toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2024-01"));
        QCOMPARE(monthly[0].toObject().value(QStringLiteral("pnl")).toDouble(), 10.0);
        QCOMPARE(monthly[1].toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2024-02"));
        QVERIFY(monthly[1].toObject().contains(QStringLiteral("return_pct")));
    }

    void infinityIsTheStringInfAndEmptyIsNull()
    {
        const auto report = PerformanceMetrics::compute(1000, {closed("1", 1, 10), closed("2", 2, 20)});
        const QJsonObject o = QJsonDocument::fromJson(MetricsJson::write(report)).object();
        QCOMPARE(o.value(QStringLiteral("profit_factor")).toString(), QStringLiteral("inf"));
        QCOMPARE(o.value(QStringLiteral("sortino")).toString(), QStringLiteral("inf"));
        QVERIFY(o.value(QStringLiteral("payoff")).isNull());
        QVERIFY(o.value(QStringLiteral("kelly")).isNull());
        QVERIFY(o.value(QStringLiteral("calmar")).isNull());
        QCOMPARE(o.value(QStringLiteral("max_drawdown_pct")).toDouble(), 0.0);
    }

    void noTradesIsAllNull()
    {
        const auto report = PerformanceMetrics::compute(1000, {});
        const QJsonObject o = QJsonDocument::fromJson(MetricsJson::write(report)).object();
        QCOMPARE(o.value(QStringLiteral("trades")).toInt(), 0);
        for (const char *key : {"win_rate", "profit_factor", "cagr", "sharpe", "max_drawdown_pct", "var95"})
            QVERIFY2(o.value(QLatin1String(key)).isNull(), key);
        QCOMPARE(o.value(QStringLiteral("monthly")).toArray().size(), 0);
    }

    void numbersKeepFullPrecision_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("third") << 1.0 / 3.0 << QByteArray("0.33333333333333331");
        QTest::newRow("integer-valued") << 2.0 << QByteArray("2.0");
        QTest::newRow("negative zero") << -0.0 << QByteArray("0.0");
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << QByteArray("\"inf\"");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QByteArray("null");
    }
    void numbersKeepFullPrecision()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(MetricsJson::number(value), text);
        if (std::isfinite(value))
            QCOMPARE(MetricsJson::number(value).toDouble(), value);
    }
};

QTEST_GUILESS_MAIN(TstMetricsJson)
#include "tst_metricsjson.moc"
