#include "alerts/alertevaluator.h"
#include "model/manualclock.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace cl;
using namespace cl::alerts;

namespace {

constexpr qint64 kT0 = 1'709'294'400'000; // 2024-03-01T12:00:00Z
constexpr qint64 kHour = 3'600'000;

model::Symbol sym(const char *text) { return *model::Symbol::parse(QString::fromLatin1(text)); }

AlertRule rule(AlertType type, qint64 id = 1)
{
    AlertRule r;
    r.id = id;
    r.name = QStringLiteral("rule %1").arg(id);
    r.type = type;
    r.scope.symbols.push_back({model::ExchangeId::Binance, sym("BTC/USDT")});
    return r;
}

model::TradeBatch trades(std::initializer_list<double> prices, qint64 start = kT0, qint64 step = 100)
{
    model::TradeBatch batch;
    qint64 t = start;
    for (const double p : prices) {
        batch.push_back({t, p, 0.1, model::TakerSide::Buy, QString::number(t)});
        t += step;
    }
    return batch;
}

model::Candle candle(qint64 openTime, double close, double volume)
{
    return {openTime, close, close, close, close, volume};
}

} // namespace

class TestAlertEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void crossSemantics_data();
    void crossSemantics();
    void crossAcrossBatches();
    void cooldown();
    void activeHours_data();
    void activeHours();
    void expiry();
    void oneShotReportsFinished();
    void pctChange();
    void volumeSpike_data();
    void volumeSpike();
    void rsiAboveBelow();
    void newPattern();
    void patternZone();
    void signalConfluence();
    void feedDisconnected();
    void scopes();
    void badInputIgnored();
};

void TestAlertEvaluator::crossSemantics_data()
{
    QTest::addColumn<bool>("above");
    QTest::addColumn<bool>("rearm");
    QTest::addColumn<QList<double>>("prices");
    QTest::addColumn<int>("expected");
    const QList<double> upDown{64000, 65500, 64000, 65500};
    QTest::newRow("above: already above is not a cross") << true << false << QList<double>{66000, 66100, 67000} << 0;
    QTest::newRow("above: cross to exactly the level") << true << false << QList<double>{64000, 65000} << 1;
    QTest::newRow("above: one-shot fires once") << true << false << upDown << 1;
    QTest::newRow("above: re-arming fires per cross") << true << true << upDown << 2;
    QTest::newRow("above: staying above is one firing") << true << true << QList<double>{64000, 65500, 66000, 67000} << 1;
    QTest::newRow("below: already below is not a cross") << false << false << QList<double>{64000, 63000} << 0;
    QTest::newRow("below: cross down") << false << true << QList<double>{66000, 64999, 66000, 65000} << 2;
    QTest::newRow("below: first trade only sets the reference") << false << false << QList<double>{64000} << 0;
}

void TestAlertEvaluator::crossSemantics()
{
    QFETCH(bool, above);
    QFETCH(bool, rearm);
    QFETCH(QList<double>, prices);
    QFETCH(int, expected);
    model::ManualClock clock(kT0);
    AlertEvaluator evaluator(clock);
    AlertRule r = rule(above ? AlertType::PriceAbove : AlertType::PriceBelow);
    r.params.level = 65000;
    r.options.rearm = rearm;
    evaluator.setRules({r});
    AlertFiringList out;
    model::TradeBatch batch;
    for (const double p : prices)
        batch.push_back({kT0, p, 1.0, model::TakerSide::Buy, {}});
    evaluator.onTrades(model::ExchangeId::Binance, sym("BTC/USDT"), batch, out);
    QCOMPARE(int(out.size()), expected);
    if (expected > 0) {
        QCOMPARE(out.front().ruleId, 1);
        QCOMPARE(out.front().values.value(QStringLiteral("level")).toDouble(), 65000.0);
        QVERIFY(out.front().symbol.has_value());
        QCOMPARE(out.front().firedAt, kT0);
    }
}

void TestAlertEvaluator::crossAcrossBatches()
{
    model::ManualClock clock(kT0);
    AlertEvaluator evaluator(clock);
    AlertRule r = rule(AlertType::PriceAbove);
    r.params.level = 100;
    evaluator.setRules({r});
    AlertFiringList out;
    evaluator.onTrades(model::ExchangeId::Binance, sym("BTC/USDT"), trades({95, 99}), out);
    QVERIFY(out.empty());
    evaluator.onTrades(model::ExchangeId::Binance, sym("BTC/USDT"), trades({101}), out);
    QCOMPARE(int(out.size()), 1);
    QCOMPARE(out[0].values.value(QStringLiteral("previous")).toDouble(), 99.0);
    QCOMPARE(out[0].values.value(QStringLiteral("price")).toDouble(), 101.0);
    // Another exchange's BTC/USDT is another symbol.
    evaluator.onTrades(model::ExchangeId::Bybit, sym("BTC/USDT"), trades({95, 101}), out);
    QCOMPARE(int(out.size()), 1);
}

void TestAlertEvaluator::cooldown()
{
    model::ManualClock clock(kT0);
    AlertEvaluator evaluator(clock);
    AlertRule r = rule(AlertType::PriceAbove);
    r.params.level = 100;
    r.options.rearm = true;
    r.options.cooldownMs = 60'000;
    evaluator.setRules({r});
    AlertFiringList out;
    const auto feed = [&](std::initializer_list<double> p) {
        evaluator.onTrades(model::ExchangeId::Binance, sym("BTC/USDT"), trades(p, clock.nowMs()), out);
    };
    feed({99, 101});
    QCOMPARE(int(out.size()), 1);
    clock.advanceMs(30'000);
    feed({99, 101}); // a cross inside the cooldown is consumed
    QCOMPARE(int(out.size()), 1);
    clock.advanceMs(29'999);
    feed({99, 101});
    QCOMPARE(int(out.size()), 1);
    clock.advanceMs(1);
    feed({99, 101});
    QCOMPARE(int(out.size()), 2);
    QCOMPARE(out[1].firedAt, kT0 + 60'000);
    QVERIFY(evaluator.takeFinishedRules().empty());
}

void TestAlertEvaluator::activeHours_data()
{
    QTest::addColumn<QString>("hours");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<bool>("fires");
    const qint64 midnight = kT0 - 12 * kHour; // 2024-03-01T00:00Z
    QTest::newRow("inside") << QStringLiteral("09:00-17:00") << midnight + 10 * kHour << true;
    QTest::newRow("before") << QStringLiteral("09:00-17:00") << midnight + 8 * kHour << false;
    QTest::newRow("end is exclusive") << QStringLiteral("09:00-17:00") << midnight + 17 * kHour << false;
    QTest::newRow("start is inclusive") << QStringLiteral("09:00-17:00") << midnight + 9 * kHour << true;
    QTest::newRow("wrap: late") << QStringLiteral("22:00-06:00") << midnight + 23 * kHour << true;
    QTest::newRow("wrap: early") << QStringLiteral("22:00-06:00") << midnight + 5 * kHour << true;
    QTest::newRow("wrap: midday") << QStringLiteral("22:00-06:00") << midnight + 12 * kHour << false;
}

void TestAlertEvaluator::activeHours()
{
    QFETCH(QString, hours);
    QFETCH(qint64, now);
    QFETCH(bool, fires);
    model::ManualClock clock(now);
    AlertEvaluator evaluator(clock);
    AlertRule r = rule(AlertType::PriceAbove);
    r.params.level = 100;
    const auto parsed = parseActiveHours(hours);
    QVERIFY(parsed);
    r.options.activeFromMinute = parsed->first;
    r.options.activeToMinute = parsed->second;
    evaluator.setRules({r});
    AlertFiringList out;
    evaluator.onTrades(model::ExchangeId::Binance, sym("BTC/USDT"), trades({99, 101}, now), out);
    QCOMPARE(out.size() == 1, fires);
}

void TestAlertEvaluator::expiry()
{
    model::ManualClock clock(kT0);
    AlertEvaluator evaluator(clock);
    AlertRule r = rule(AlertType::PriceAbove, 7);
    r.params.level = 100;
    r.options.rearm = true;
    r.expiresAt = kT0 + 1000;
    evaluator.setRules({r});
    AlertFiringList out;
    evaluator.onTrades(model::ExchangeId::Binance, sym("BTC/USDT"), trades({99, 101}), out);
    QCOMPARE(int(out.size()), 1);
    clock.setNowMs(kT0 + 1000);
    evaluator.onTrades(model::ExchangeId::Binance, sym("BTC/USDT"), trades({99, 101}), out);
    QCOMPARE(int(out.size()), 1);
    QCOMPARE(evaluator.takeFinishedRules(), std::vector<qint64>{7});
    QVERIFY(evaluator.isFinished(7));
    QVERIFY(evaluator.takeFinishedRules().empty());
}

void TestAlertEvaluator::oneShotReportsFinished()
{
    model::ManualClock clock(kT0);
    AlertEvaluator evaluator(clock);
    AlertRule a = rule(AlertType::PriceAbove, 1);
    a.params.level = 100;
    AlertRule b = rule(AlertType::PriceBelow, 2);
    b.params.level = 90;
    evaluator.setRules({a, b});
    AlertFiringList out;
    evaluator.onTrades(model::ExchangeId::Binance, sym("BTC/USDT"), trades({99, 101}), out);
    QCOMPARE(int(out.size()), 1);
    QCOMPARE(evaluator.takeFinishedRules(), std::vector<qint64>{1});
    QVERIFY(!evaluator.isFinished(2));
}

void TestAlertEvaluator::pctChange()
{
    model::ManualClock clock(kT0);
    AlertEvaluator evaluator(clock);
    AlertRule up = rule(AlertType::PctChange, 1);
    up.params.pct = 5;
    up.params.windowMs = 60'000;
    up.options.rearm = true;
    AlertRule down = rule(AlertType::PctChange, 2);
    down.params.pct = -3;
    down.params.windowMs = 10'000;
    evaluator.setRules({up, down});
    AlertFiringList out;
    const auto at = [&](qint64 offset, double price) {
        clock.setNowMs(kT0 + offset);
        evaluator.onTrades(model::ExchangeId::Binance, sym("BTC/USDT"), trades({price}, kT0 + offset), out);
    };
    at(0, 100);
    at(30'000, 104); // history shorter than both windows ... 30 s > 10 s: down rule sees +4%, not a fall
    QVERIFY(out.empty());
    at(60'000, 104.9); // +4.9% over 60 s
    QVERIFY(out.empty());
    at(61'000, 106); // reference = the price at or before 1 s: 100 -> +6%
    QCOMPARE(int(out.size()), 1);
    QCOMPARE(out[0].ruleId, 1);
    QCOMPARE(out[0].values.value(QStringLiteral("reference")).toDouble(), 100.0);
    QVERIFY(std::abs(out[0].values.value(QStringLiteral("change_pct")).toDouble() - 6.0) < 1e-9);
    at(62'000, 107); // still true: armed only after false
    QCOMPARE(int(out.size()), 1);
    at(70'000, 101); // reference at 60 s = 104.9: -3.7% over 10 s, the fall rule
    QCOMPARE(int(out.size()), 2);
    QCOMPARE(out[1].ruleId, 2);
}

void TestAlertEvaluator::volumeSpike_data()
{
    QTest::addColumn<bool>("zscore");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("lastVolume");
    QTest::addColumn<bool>("fires");
    QTest::newRow("ratio 3x fires at 3") << false << 3.0 << 30.0 << true;
    QTest::newRow("ratio below") << false << 3.0 << 29.0 << false;
    QTest::newRow("z-score high") << true << 3.0 << 30.0 << true;
    QTest::newRow("z-score normal") << true << 3.0 << 11.5 << false;
}

void TestAlertEvaluator::volumeSpike()
{
    QFETCH(bool, zscore);
    QFETCH(double, threshold);
    QFETCH(double, lastVolume);
    QFETCH(bool, fires);
    model::ManualClock clock(kT0);
    AlertEvaluator evaluator(clock);
    AlertRule r = rule(AlertType::VolumeSpike);
    r.scope.timeframe = model::Timeframe::M5;
    r.params.volumeMode = zscore ? VolumeMode::ZScore : VolumeMode::Ratio;
    r.params.threshold = threshold;
    r.params.period = 4;
    evaluator.setRules({r});
    AlertFiringList out;
    model::CandleSeries base;
    for (int i = 0; i < 4; ++i)
        base.push_back(candle(kT0 + i * 300'000, 100, i % 2 ? 9.0 : 11.0)); // mean 10, sd 1
    evaluator.onCandlesClosed(model::ExchangeId::Binance, sym("BTC/USDT"), model::Timeframe::M5, base, out);
    QVERIFY(out.empty());
    // Other timeframes do not feed the rule.
    evaluator.onCandlesClosed(model::ExchangeId::Binance, sym("BTC/USDT"), model::Timeframe::M1,
        {candle(kT0 + 1'200'000, 100, 1000.0)}, out);
    QVERIFY(out.empty());
    evaluator.onCandlesClosed(model::ExchangeId::Binance, sym("BTC/USDT"), model::Timeframe::M5,
        {candle(kT0 + 1'200'000, 100, lastVolume)}, out);
    QCOMPARE(out.size() == 1, fires);
    if (fires) {
        QCOMPARE(out[0].values.value(QStringLiteral("volume")).toDouble(), lastVolume);
        QCOMPARE(out[0].timeframe, std::optional<model::Timeframe>(model::Timeframe::M5));
    }
}

void TestAlertEvaluator::rsiAboveBelow()
{
    model::ManualClock clock(kT0);
    AlertEvaluator evaluator(clock);
    AlertRule above = rule(AlertType::RsiAbove, 1);
    above.params.level = 70;
    above.params.period = 3;
    above.options.rearm = true;
    AlertRule below = rule(AlertType::RsiBelow, 2);
    below.params.level = 30;
    below.params.period = 3;
    evaluator.setRules({above, below});
    AlertFiringList out;
    const auto closeAt = [&](int i, double close) {
        evaluator.onCandlesClosed(model::ExchangeId::Binance, sym("BTC/USDT"), model::Timeframe::M1,
            {candle(kT0 + i * 60'000, close, 1)}, out);
    };
    closeAt(0, 100);
    closeAt(1, 101);
    closeAt(2, 102); // two diffs: RSI not defined yet
    QVERIFY(out.empty());
    closeAt(3, 103); // RSI 100
    QCOMPARE(int(out.size()), 1);
    QCOMPARE(out[0].ruleId, 1);
    QCOMPARE(out[0].values.value(QStringLiteral("rsi")).toDouble(), 100.0);
    closeAt(4, 104); // still above: no second firing
    QCOMPARE(int(out.size()), 1);
    for (int i = 5; i < 12; ++i)
        closeAt(i, 104 - (i - 4) * 3.0);
    QCOMPARE(int(out.size()), 2);
    QCOMPARE(out[1].ruleId, 2);
    QVERIFY(out[1].values.value(QStringLiteral("rsi")).toDouble() <= 30.0);
}

void TestAlertEvaluator::newPattern()
{
    model::ManualClock clock(kT0);
    AlertEvaluator evaluator(clock);
    AlertRule r = rule(AlertType::Pattern);
    r.scope.timeframe = model::Timeframe::H1;
    r.params.patternType = model::PatternType::Fvg;
    r.params.direction = model::Direction::Bullish;
    r.options.rearm = true;
    evaluator.setRules({r});
    model::Pattern fresh;
    fresh.type = model::PatternType::Fvg;
    fresh.direction = model::Direction::Bullish;
    fresh.timeframe = model::Timeframe::H1;
    fresh.detectedAt = kT0 - kHour; // its candle closed now
    fresh.zoneLow = 100;
    fresh.zoneHigh = 110;
    model::Pattern old = fresh;
    old.detectedAt = kT0 - 10 * kHour; // republished by catchUp
    model::Pattern bearish = fresh;
    bearish.direction = model::Direction::Bearish;
    model::Pattern ob = fresh;
    ob.type = model::PatternType::OrderBlock;
    model::Pattern otherTf = fresh;
    otherTf.timeframe = model::Timeframe::H4;
    otherTf.detectedAt = kT0 - 4 * kHour;
    AlertFiringList out;
    evaluator.onPatterns(model::ExchangeId::Binance, sym("BTC/USDT"), {old, bearish, ob, otherTf, fresh}, out);
    QCOMPARE(int(out.size()), 1);
    QCOMPARE(out[0].values.value(QStringLiteral("zone_low")).toDouble(), 100.0);
    QCOMPARE(out[0].values.value(QStringLiteral("event")).toString(), QStringLiteral("new"));
    // The same pattern again (a status update) is not new.
    evaluator.onPatterns(model::ExchangeId::Binance, sym("BTC/USDT"), {fresh}, out);
    QCOMPARE(int(out.size()), 1);
}

void TestAlertEvaluator::patternZone()
{
    model::ManualClock clock(kT0);
    AlertEvaluator evaluator(clock);
    AlertRule touched = rule(AlertType::PatternZone, 1);
    touched.options.rearm = true;
    AlertRule filled = rule(AlertType::PatternZone, 2);
    filled.params.zoneEvent = ZoneEvent::Filled;
    filled.options.rearm = true;
    evaluator.setRules({touched, filled});
    model::Pattern p;
    p.timeframe = model::Timeframe::M15;
    p.detectedAt = kT0 - 3 * kHour;
    p.zoneLow = 50;
    p.zoneHigh = 60;
    AlertFiringList out;
    evaluator.onPatterns(model::ExchangeId::Binance, sym("BTC/USDT"), {p}, out);
    QVERIFY(out.empty());
    p.fillPct = 25;
    evaluator.onPatterns(model::ExchangeId::Binance, sym("BTC/USDT"), {p}, out);
    QCOMPARE(int(out.size()), 1);
    QCOMPARE(out[0].ruleId, 1);
    p.fillPct = 60; // deeper, same touch
    evaluator.onPatterns(model::ExchangeId::Binance, sym("BTC/USDT"), {p}, out);
    QCOMPARE(int(out.size()), 1);
    p.fillPct = 100;
    p.status = model::PatternStatus::Filled;
    evaluator.onPatterns(model::ExchangeId::Binance, sym("BTC/USDT"), {p}, out);
    QCOMPARE(int(out.size()), 2);
    QCOMPARE(out[1].ruleId, 2);
    QCOMPARE(out[1].values.value(QStringLiteral("status")).toString(), QStringLiteral("filled"));
}

void TestAlertEvaluator::signalConfluence()
{
    model::ManualClock clock(kT0);
    AlertEvaluator evaluator(clock);
    AlertRule r = rule(AlertType::Signal);
    r.params.minScore = 3;
    r.options.rearm = true;
    evaluator.setRules({r});
    model::Signal s;
    s.exchange = model::ExchangeId::Binance;
    s.symbol = sym("BTC/USDT");
    s.createdAt = kT0;
    s.score = 2;
    s.alignedTimeframes = {model::Timeframe::H1, model::Timeframe::H4};
    AlertFiringList out;
    evaluator.onSignal(s, out);
    QVERIFY(out.empty());
    s.score = 3;
    evaluator.onSignal(s, out);
    QCOMPARE(int(out.size()), 1);
    QCOMPARE(out[0].values.value(QStringLiteral("score")).toInt(), 3);
    evaluator.onSignal(s, out); // the same signal twice: deduplicated
    QCOMPARE(int(out.size()), 1);
    s.symbol = sym("ETH/USDT");
    s.createdAt += 1;
    evaluator.onSignal(s, out);
    QCOMPARE(int(out.size()), 1);
}

void TestAlertEvaluator::feedDisconnected()
{
    model::ManualClock clock(kT0);
    AlertEvaluator evaluator(clock);
    AlertRule r;
    r.id = 5;
    r.type = AlertType::FeedDisconnected;
    r.scope.exchanges = {model::ExchangeId::Okx};
    r.params.disconnectedMs = 30'000;
    r.options.rearm = true;
    evaluator.setRules({r});
    QVERIFY(evaluator.hasFeedRules());
    market::FeedStatus status;
    status.exchange = model::ExchangeId::Okx;
    status.state = market::FeedState::Backoff;
    AlertFiringList out;
    evaluator.onFeedStatus(status, out);
    clock.advanceMs(30'000);
    evaluator.tick(out);
    QVERIFY(out.empty()); // "more than" N seconds
    clock.advanceMs(1);
    evaluator.tick(out);
    QCOMPARE(int(out.size()), 1);
    QCOMPARE(out[0].exchange, std::optional<model::ExchangeId>(model::ExchangeId::Okx));
    QVERIFY(!out[0].symbol);
    clock.advanceMs(60'000);
    evaluator.tick(out); // one firing per outage
    QCOMPARE(int(out.size()), 1);
    status.state = market::FeedState::Live;
    evaluator.onFeedStatus(status, out);
    status.state = market::FeedState::Connecting;
    evaluator.onFeedStatus(status, out);
    clock.advanceMs(31'000);
    evaluator.tick(out);
    QCOMPARE(int(out.size()), 2);
    // Another exchange's outage is not this rule's.
    status.exchange = model::ExchangeId::Kraken;
    evaluator.onFeedStatus(status, out);
    clock.advanceMs(60'000);
    evaluator.tick(out);
    QCOMPARE(int(out.size()), 2);
}

void TestAlertEvaluator::scopes()
{
    model::ManualClock clock(kT0);
    AlertEvaluator evaluator(clock);
    AlertRule several = rule(AlertType::PriceAbove, 1);
    several.scope.symbols.push_back({model::ExchangeId::Binance, sym("ETH/USDT")});
    several.params.level = 100;
    several.options.rearm = true;
    AlertRule listed = rule(AlertType::PriceAbove, 2);
    listed.scope.symbols.clear();
    listed.scope.watchlist = QStringLiteral("majors");
    listed.params.level = 100;
    listed.options.rearm = true;
    evaluator.setRules({several, listed});
    QVERIFY(!evaluator.watches(model::ExchangeId::Kraken, sym("SOL/USD")));
    evaluator.setWatchlist(QStringLiteral("majors"), {{model::ExchangeId::Kraken, sym("SOL/USD")}});
    QVERIFY(evaluator.watches(model::ExchangeId::Kraken, sym("SOL/USD")));
    AlertFiringList out;
    evaluator.onTrades(model::ExchangeId::Binance, sym("ETH/USDT"), trades({99, 101}), out);
    evaluator.onTrades(model::ExchangeId::Kraken, sym("SOL/USD"), trades({99, 101}), out);
    evaluator.onTrades(model::ExchangeId::Binance, sym("XRP/USDT"), trades({99, 101}), out);
    QCOMPARE(int(out.size()), 2);
    QCOMPARE(out[0].ruleId, 1);
    QCOMPARE(out[0].symbol->symbol, sym("ETH/USDT"));
    QCOMPARE(out[1].ruleId, 2);
    QCOMPARE(out[1].symbol->exchange, model::ExchangeId::Kraken);
}

void TestAlertEvaluator::badInputIgnored()
{
    model::ManualClock clock(kT0);
    AlertEvaluator evaluator(clock);
    AlertRule invalid = rule(AlertType::PriceAbove, 1); // level 0: invalid, never evaluated
    AlertRule disabled = rule(AlertType::PriceAbove, 2);
    disabled.params.level = 100;
    disabled.enabled = false;
    AlertRule good = rule(AlertType::PriceAbove, 3);
    good.params.level = 100;
    evaluator.setRules({invalid, disabled, good});
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    AlertFiringList out;
    evaluator.onTrades(model::ExchangeId::Binance, sym("BTC/USDT"), trades({99, nan, -5, inf, 0, 101}), out);
    QCOMPARE(int(out.size()), 1);
    QCOMPARE(out[0].ruleId, 3);
    QCOMPARE(out[0].values.value(QStringLiteral("previous")).toDouble(), 99.0);
    evaluator.onTrades(model::ExchangeId::Binance, sym("BTC/USDT"), {}, out);
    evaluator.onCandlesClosed(model::ExchangeId::Binance, sym("BTC/USDT"), model::Timeframe::M1, {}, out);
    QCOMPARE(int(out.size()), 1);
}

QTEST_APPLESS_MAIN(TestAlertEvaluator)
#include "tst_alertevaluator.moc"
