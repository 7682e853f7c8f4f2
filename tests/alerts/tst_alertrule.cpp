#include "alerts/alertrule.h"

#include <QJsonArray>
#include <QTest>

#include <limits>

using namespace cl;
using namespace cl::alerts;

class TestAlertRule : public QObject
{
    Q_OBJECT

private slots:
    void typeCodes();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void validation_data();
    void validation();
    void activeHoursParsing_data();
    void activeHoursParsing();
    void malformedJson_data();
    void malformedJson();
};

void TestAlertRule::typeCodes()
{
    for (int i = 0; i < kAlertTypeCount; ++i)
        QCOMPARE(parseAlertType(alertTypeCode(AlertType(i))), std::optional<AlertType>(AlertType(i)));
    QVERIFY(!parseAlertType(u"price_over"));
    QVERIFY(!parseAlertType(u""));
    QCOMPARE(alertTypeCode(AlertType::FeedDisconnected), QStringLiteral("feed_disconnected"));
}

static AlertRule sample(AlertType type)
{
    AlertRule r;
    r.type = type;
    r.name = QStringLiteral("sample");
    r.scope.symbols.push_back({model::ExchangeId::Kraken, *model::Symbol::parse(u"ETH/USD")});
    r.scope.symbols.push_back({model::ExchangeId::Binance, *model::Symbol::parse(u"BTC/USDT")});
    r.scope.watchlist = QStringLiteral("Majors");
    r.scope.timeframe = model::Timeframe::H4;
    r.params.level = 42.5;
    r.params.pct = -2.5;
    r.params.windowMs = 300'000;
    r.params.volumeMode = VolumeMode::ZScore;
    r.params.threshold = 3.5;
    r.params.period = 21;
    r.params.patternType = model::PatternType::OrderBlock;
    r.params.direction = model::Direction::Bearish;
    r.params.zoneEvent = ZoneEvent::Filled;
    r.params.minScore = 4;
    r.params.disconnectedMs = 45'000;
    r.options.rearm = true;
    r.options.cooldownMs = 90'000;
    r.options.activeFromMinute = 22 * 60;
    r.options.activeToMinute = 6 * 60 + 30;
    r.options.sound = QStringLiteral("beep");
    r.options.channels = {QStringLiteral("ntfy"), QStringLiteral("ops")};
    return r;
}

void TestAlertRule::jsonRoundTrip_data()
{
    QTest::addColumn<int>("type");
    for (int i = 0; i < kAlertTypeCount; ++i)
        QTest::newRow(qPrintable(alertTypeCode(AlertType(i)))) << i;
}

void TestAlertRule::jsonRoundTrip()
{
    QFETCH(int, type);
    const AlertRule in = sample(AlertType(type));
    AlertRule out;
    out.type = in.type;
    QString error;
    QVERIFY2(out.readJson(in.scopeJson(), in.paramsJson(), in.optionsJson(), &error), qPrintable(error));
    QCOMPARE(out.scope.symbols, in.scope.symbols);
    QCOMPARE(out.scope.watchlist, in.scope.watchlist);
    QCOMPARE(out.scope.timeframe, in.scope.timeframe);
    QCOMPARE(out.options.rearm, true);
    QCOMPARE(out.options.cooldownMs, 90'000);
    QCOMPARE(out.options.activeFromMinute, 22 * 60);
    QCOMPARE(out.options.activeToMinute, 6 * 60 + 30);
    QCOMPARE(out.options.sound, QStringLiteral("beep"));
    QCOMPARE(out.options.channels, in.options.channels);
    QCOMPARE(out.params.period, 21);
    QCOMPARE(out.params.patternType, in.params.patternType);
    QCOMPARE(out.params.direction, in.params.direction);
    // Each type keeps the parameters it uses.
    switch (in.type) {
    case AlertType::PriceAbove:
    case AlertType::PriceBelow:
    case AlertType::RsiAbove:
    case AlertType::RsiBelow: QCOMPARE(out.params.level, 42.5); break;
    case AlertType::PctChange:
        QCOMPARE(out.params.pct, -2.5);
        QCOMPARE(out.params.windowMs, 300'000);
        break;
    case AlertType::VolumeSpike:
        QCOMPARE(out.params.threshold, 3.5);
        QCOMPARE(out.params.volumeMode, VolumeMode::ZScore);
        break;
    case AlertType::PatternZone: QCOMPARE(out.params.zoneEvent, ZoneEvent::Filled); break;
    case AlertType::Signal: QCOMPARE(out.params.minScore, 4); break;
    case AlertType::FeedDisconnected: QCOMPARE(out.params.disconnectedMs, 45'000); break;
    case AlertType::Pattern: break;
    }
    QVERIFY(!in.describe().isEmpty());
}

void TestAlertRule::validation_data()
{
    QTest::addColumn<AlertRule>("rule");
    QTest::addColumn<QString>("error"); // a fragment; empty: valid
    AlertRule price = sample(AlertType::PriceAbove);
    QTest::newRow("valid price") << price << QString();
    AlertRule noScope = price;
    noScope.scope.symbols.clear();
    noScope.scope.watchlist.clear();
    QTest::newRow("no scope") << noScope << QStringLiteral("scope");
    AlertRule zeroLevel = price;
    zeroLevel.params.level = 0;
    QTest::newRow("zero level") << zeroLevel << QStringLiteral("params.level");
    AlertRule negative = price;
    negative.params.level = -1;
    QTest::newRow("negative level") << negative << QStringLiteral("params.level");
    AlertRule nan = price;
    nan.params.level = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("NaN level") << nan << QStringLiteral("NaN");
    AlertRule rsi = sample(AlertType::RsiAbove);
    rsi.params.level = 100;
    QTest::newRow("rsi 100") << rsi << QStringLiteral("RSI");
    AlertRule pct = sample(AlertType::PctChange);
    pct.params.windowMs = 0;
    QTest::newRow("pct no window") << pct << QStringLiteral("window");
    AlertRule signal = sample(AlertType::Signal);
    signal.params.minScore = 0;
    QTest::newRow("signal score 0") << signal << QStringLiteral("min_score");
    AlertRule feed = sample(AlertType::FeedDisconnected);
    feed.scope = {};
    QTest::newRow("feed without scope is valid") << feed << QString();
    feed.params.disconnectedMs = 0;
    QTest::newRow("feed without duration") << feed << QStringLiteral("disconnected_ms");
    AlertRule hours = price;
    hours.options.activeToMinute = 24 * 60;
    QTest::newRow("hours out of range") << hours << QStringLiteral("active_hours");
    AlertRule cooldown = price;
    cooldown.options.cooldownMs = -1;
    QTest::newRow("negative cooldown") << cooldown << QStringLiteral("cooldown");
    AlertRule huge = price;
    huge.params.period = 100000;
    QTest::newRow("huge period") << huge << QStringLiteral("period");
}

void TestAlertRule::validation()
{
    QFETCH(AlertRule, rule);
    QFETCH(QString, error);
    const QString why = rule.validate();
    if (error.isEmpty())
        QVERIFY2(why.isEmpty(), qPrintable(why));
    else
        QVERIFY2(why.contains(error), qPrintable(why));
}

void TestAlertRule::activeHoursParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("day") << QStringLiteral("09:00-17:30") << 540 << 1050;
    QTest::newRow("wrap") << QStringLiteral("22:00-06:00") << 1320 << 360;
    QTest::newRow("no dash") << QStringLiteral("09:00") << -1 << -1;
    QTest::newRow("hour 24") << QStringLiteral("24:00-06:00") << -1 << -1;
    QTest::newRow("minute 60") << QStringLiteral("09:60-10:00") << -1 << -1;
    QTest::newRow("short") << QStringLiteral("9:00-10:00") << -1 << -1;
    QTest::newRow("letters") << QStringLiteral("ab:cd-ef:gh") << -1 << -1;
    QTest::newRow("empty") << QString() << -1 << -1;
    QTest::newRow("negative") << QStringLiteral("-1:00-02:00") << -1 << -1;
}

void TestAlertRule::activeHoursParsing()
{
    QFETCH(QString, text);
    QFETCH(int, from);
    QFETCH(int, to);
    const auto parsed = parseActiveHours(text);
    if (from < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->first, from);
    QCOMPARE(parsed->second, to);
}

void TestAlertRule::malformedJson_data()
{
    QTest::addColumn<QJsonObject>("scope");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<QString>("error");
    const QJsonObject ok;
    QTest::newRow("bad symbol") << QJsonObject{{QStringLiteral("symbols"), QJsonArray{QStringLiteral("binance:btcusdt")}}} << ok << ok
                                << QStringLiteral("scope.symbols");
    QTest::newRow("no exchange") << QJsonObject{{QStringLiteral("symbols"), QJsonArray{QStringLiteral("BTC/USDT")}}} << ok << ok
                                 << QStringLiteral("scope.symbols");
    QTest::newRow("bad timeframe") << QJsonObject{{QStringLiteral("timeframe"), QStringLiteral("7m")}} << ok << ok
                                   << QStringLiteral("scope.timeframe");
    QTest::newRow("bad exchange list") << QJsonObject{{QStringLiteral("exchanges"), QJsonArray{QStringLiteral("ftx")}}} << ok << ok
                                       << QStringLiteral("scope.exchanges");
    QTest::newRow("bad pattern type") << ok << QJsonObject{{QStringLiteral("pattern_type"), QStringLiteral("wedge")}} << ok
                                      << QStringLiteral("pattern_type");
    QTest::newRow("bad direction") << ok << QJsonObject{{QStringLiteral("direction"), QStringLiteral("up")}} << ok
                                   << QStringLiteral("direction");
    QTest::newRow("bad hours") << ok << ok << QJsonObject{{QStringLiteral("active_hours"), QStringLiteral("late")}}
                               << QStringLiteral("active_hours");
}

void TestAlertRule::malformedJson()
{
    QFETCH(QJsonObject, scope);
    QFETCH(QJsonObject, params);
    QFETCH(QJsonObject, options);
    QFETCH(QString, error);
    AlertRule rule;
    QString why;
    QVERIFY(!rule.readJson(scope, params, options, &why));
    QVERIFY2(why.contains(error), qPrintable(why));
}

QTEST_APPLESS_MAIN(TestAlertRule)
#include "tst_alertrule.moc"
