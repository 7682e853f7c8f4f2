// ReplayProtocol and ReplayServer's replay mode: every fixture tape of the six exchanges replayed over a
// real loopback WebSocket to the matching adapter, which subscribes, pings and parses as it would live.

#include "replaytestsupport.h"

#include "market/binanceadapter.h"
#include "market/bybitadapter.h"
#include "market/coinbaseadapter.h"
#include "market/krakenadapter.h"
#include "market/kucoinadapter.h"
#include "market/okxadapter.h"
#include "market/replay/replayprotocol.h"
#include "market/replay/replayserver.h"
#include "model/manualclock.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace cl;
using market::ReplayServer;

namespace {

// Later than every fixture frame, so "in the future" checks never trip.
constexpr qint64 kFixtureNowMs = 1'780'272'000'000LL;

QString feedFile(const QString &name)
{
    return test::sharedDir() + QStringLiteral("/feeds/") + name;
}

QList<QByteArray> fileLines(const QString &name)
{
    QList<QByteArray> frames;
    QString error;
    market::loadFrames(feedFile(name), &frames, &error);
    return frames;
}

std::unique_ptr<market::ExchangeAdapter> adapterFor(const QString &kind, const model::Clock &clock)
{
    if (kind == QLatin1String("binance"))
        return std::make_unique<market::BinanceAdapter>(clock);
    if (kind == QLatin1String("bybit"))
        return std::make_unique<market::BybitAdapter>(clock);
    if (kind.startsWith(QLatin1String("okx")))
        return std::make_unique<market::OkxAdapter>(clock);
    if (kind == QLatin1String("coinbase_advanced"))
        return std::make_unique<market::CoinbaseAdapter>(clock, market::CoinbaseAdapter::Api::AdvancedTrade);
    if (kind == QLatin1String("coinbase_exchange"))
        return std::make_unique<market::CoinbaseAdapter>(clock, market::CoinbaseAdapter::Api::Exchange);
    if (kind == QLatin1String("kraken"))
        return std::make_unique<market::KrakenAdapter>(clock);
    return std::make_unique<market::KucoinAdapter>(clock);
}

struct Outcome
{
    market::FrameKind kind;
    int trades;
    int candles;
    market::ControlKind control;
    friend bool operator==(const Outcome &, const Outcome &) = default;
};

Outcome outcome(const market::ParsedFrame &f)
{
    return {f.kind(), int(f.trades().size()), int(f.candles().size()), f.kind() == market::FrameKind::Control ? f.control().kind : market::ControlKind::None};
}

} // namespace

class TestReplayProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void greetingsAndSubscribes();
    void pingReplies_data();
    void pingReplies();
    void replaysFixtureToAdapter_data();
    void replaysFixtureToAdapter();
    void replayIntervalSpacesFramesOnTheClock();
    void okxEndpointsGetTheirOwnTapes();
    void kucoinTokenPointsAtTheServer();
};

void TestReplayProtocol::initTestCase()
{
    if (test::sharedDir().isEmpty() || !QDir(test::sharedDir() + QStringLiteral("/feeds")).exists())
        QSKIP("shared feed fixtures not found (CL_SHARED_DIR)");
}

void TestReplayProtocol::greetingsAndSubscribes()
{
    QCOMPARE(market::ReplayProtocol(model::ExchangeId::Kucoin).greetingCount(fileLines(QStringLiteral("kucoin.jsonl"))), 1);
    QCOMPARE(market::ReplayProtocol(model::ExchangeId::Kraken).greetingCount(fileLines(QStringLiteral("kraken.jsonl"))), 1);
    QCOMPARE(market::ReplayProtocol(model::ExchangeId::Binance).greetingCount(fileLines(QStringLiteral("binance.jsonl"))), 0);
    QCOMPARE(market::ReplayProtocol(model::ExchangeId::Kraken).greetingCount({}), 0);
    const market::ReplayProtocol any(model::ExchangeId::Bybit);
    QVERIFY(any.isSubscribe(R"({"method":"SUBSCRIBE","params":["btcusdt@trade"],"id":1})"));
    QVERIFY(any.isSubscribe(R"({"req_id":"1","op":"subscribe","args":["publicTrade.BTCUSDT"]})"));
    QVERIFY(any.isSubscribe(R"({"type":"subscribe","product_ids":["BTC-USD"],"channel":"market_trades"})"));
    QVERIFY(any.isSubscribe(R"({"method":"subscribe","params":{"channel":"trade","symbol":["BTC/USD"]}})"));
    QVERIFY(!any.isSubscribe(R"({"op":"ping"})"));
    QVERIFY(!any.isSubscribe("ping"));
    QVERIFY(!any.isSubscribe("{\"op\":\"subscr"));
    QVERIFY(!any.isSubscribe(QByteArray(1'000'000, '[')));
}

void TestReplayProtocol::pingReplies_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("ping");
    QTest::newRow("bybit") << QStringLiteral("bybit") << QByteArray(R"({"req_id":"100001","op":"ping"})");
    QTest::newRow("okx") << QStringLiteral("okx") << QByteArray("ping");
    QTest::newRow("kraken") << QStringLiteral("kraken") << QByteArray(R"({"method":"ping","req_id":101})");
    QTest::newRow("kucoin") << QStringLiteral("kucoin") << QByteArray(R"({"id":"1545910590801","type":"ping"})");
}

void TestReplayProtocol::pingReplies()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, ping);
    model::ManualClock clock(kFixtureNowMs);
    auto adapter = adapterFor(kind, clock);
    const market::ReplayProtocol protocol(adapter->exchange());
    const auto reply = protocol.pingReply(ping, kFixtureNowMs);
    QVERIFY(reply.has_value());
    const market::ParsedFrame &parsed = adapter->parseFrame(*reply);
    QVERIFY2(parsed.kind() == market::FrameKind::Control && parsed.control().kind == market::ControlKind::Pong, reply->constData());
    if (kind != QLatin1String("okx"))
        QVERIFY(!protocol.pingReply(R"({"op":"subscribe"})", kFixtureNowMs).has_value());
    QVERIFY(!protocol.pingReply("{broken", kFixtureNowMs).has_value());
}

void TestReplayProtocol::replaysFixtureToAdapter_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<model::ExchangeId>("exchange");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("binance") << QStringLiteral("binance") << model::ExchangeId::Binance << QStringLiteral("BTC/USDT") << QString();
    QTest::newRow("bybit") << QStringLiteral("bybit") << model::ExchangeId::Bybit << QStringLiteral("BTC/USDT") << QString();
    QTest::newRow("okx") << QStringLiteral("okx") << model::ExchangeId::Okx << QStringLiteral("BTC/USDT") << QStringLiteral("public");
    QTest::newRow("okx_business") << QStringLiteral("okx_business") << model::ExchangeId::Okx << QStringLiteral("BTC/USDT")
                                  << QStringLiteral("business");
    QTest::newRow("coinbase_advanced") << QStringLiteral("coinbase_advanced") << model::ExchangeId::Coinbase
                                       << QStringLiteral("BTC/USD") << QString();
    QTest::newRow("coinbase_exchange") << QStringLiteral("coinbase_exchange") << model::ExchangeId::Coinbase
                                       << QStringLiteral("BTC/USD") << QString();
    QTest::newRow("kraken") << QStringLiteral("kraken") << model::ExchangeId::Kraken << QStringLiteral("BTC/USD") << QString();
    QTest::newRow("kucoin") << QStringLiteral("kucoin") << model::ExchangeId::Kucoin << QStringLiteral("BTC/USDT") << QString();
}

void TestReplayProtocol::replaysFixtureToAdapter()
{
    QFETCH(QString, kind);
    QFETCH(model::ExchangeId, exchange);
    QFETCH(QString, symbol);
    QFETCH(QString, endpoint);
    model::ManualClock clock(kFixtureNowMs);
    ReplayServer::Options options;
    options.exchange = exchange;
    options.mode = ReplayServer::Mode::Replay;
    options.framesFile = feedFile(kind + QStringLiteral(".jsonl"));
    options.pingIntervalMs = 0;
    options.clock = &clock;
    ReplayServer server(options);
    QVERIFY2(server.start(0), qPrintable(server.errorString()));

    // The client side exactly as the feed uses it: the adapter's endpoints, pointed at the server.
    auto adapter = adapterFor(kind, clock);
    adapter->setWebSocketBaseUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port()));
    adapter->setRestBaseUrl(server.httpUrl());
    const std::vector<model::Symbol> symbols = {*model::Symbol::parse(symbol)};
    std::vector<market::Endpoint> endpoints = adapter->endpoints();
    market::Endpoint chosen = endpoints.front();
    for (const market::Endpoint &e : endpoints) {
        if (e.name == endpoint)
            chosen = e;
    }
    QString url = chosen.url;
    if (adapter->needsConnectToken()) {
        const market::RestRequest request = adapter->connectTokenRequest();
        const test::HttpResult answer = test::httpRequest(request.url, request.method);
        QCOMPARE(answer.status, 200);
        QString error;
        const auto token = adapter->parseConnectToken(answer.body, &error);
        QVERIFY2(token.has_value(), qPrintable(error));
        url = adapter->connectUrl(*token, QStringLiteral("replay-1"));
    }
    const QList<QByteArray> lines = fileLines(kind + QStringLiteral(".jsonl"));
    const int greetings = market::ReplayProtocol(exchange).greetingCount(lines);

    test::FrameClient client;
    QVERIFY2(client.open(QUrl(url)), qPrintable(url));
    QVERIFY(client.waitForFrames(greetings));
    QTest::qWait(50);
    QCOMPARE(client.frames.size(), qsizetype(greetings)); // nothing else before the subscribe
    for (const QByteArray &frame : adapter->subscribeFrames(chosen, symbols))
        client.send(frame);
    QVERIFY(client.waitForFrames(lines.size()));
    QCOMPARE(client.frames, lines); // every frame, in order, byte for byte

    // Each line parses the same over the wire as read from the file, and valid lines are not errors.
    auto direct = adapterFor(kind, clock);
    direct->subscribeFrames(chosen, symbols);
    int parsedEvents = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Outcome wire = outcome(adapter->parseFrame(client.frames[i]));
        const market::ParsedFrame &fromFile = direct->parseFrame(lines[i]);
        QVERIFY2(wire == outcome(fromFile), qPrintable(QStringLiteral("line %1").arg(i + 1)));
        parsedEvents += wire.trades + wire.candles;
    }
    QVERIFY2(parsedEvents >= 5, qPrintable(QString::number(parsedEvents))); // the constructed tape came through
    QCOMPARE(adapter->stats().frames, quint64(lines.size()));

    // The exchange's own ping gets the exchange's answer.
    const QByteArray ping = adapter->pingFrame();
    if (!ping.isEmpty()) {
        client.send(ping);
        QVERIFY(client.waitForFrames(lines.size() + 1));
        const market::ParsedFrame &pong = adapter->parseFrame(client.frames.back());
        QVERIFY2(pong.kind() == market::FrameKind::Control && pong.control().kind == market::ControlKind::Pong,
                 client.frames.back().constData());
    }
    QCOMPARE(server.connectionCount(), 1);
}

void TestReplayProtocol::replayIntervalSpacesFramesOnTheClock()
{
    model::ManualClock clock(kFixtureNowMs);
    ReplayServer::Options options;
    options.exchange = model::ExchangeId::Bybit;
    options.mode = ReplayServer::Mode::Replay;
    options.framesFile = feedFile(QStringLiteral("bybit.jsonl"));
    options.replayIntervalMs = 1000;
    options.pingIntervalMs = 0;
    options.clock = &clock;
    ReplayServer server(options);
    QVERIFY(server.start(0));
    test::FrameClient client;
    QVERIFY(client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/v5/public/spot").arg(server.port()))));
    client.send(R"({"req_id":"1","op":"subscribe","args":["publicTrade.BTCUSDT"]})");
    QVERIFY(client.waitForFrames(1));
    QTest::qWait(50);
    QCOMPARE(client.frames.size(), 1);
    clock.advanceMs(2000);
    server.pump();
    QVERIFY(client.waitForFrames(3));
    QTest::qWait(50);
    QCOMPARE(client.frames.size(), 3);
}

void TestReplayProtocol::okxEndpointsGetTheirOwnTapes()
{
    model::ManualClock clock(kFixtureNowMs);
    ReplayServer::Options options;
    options.exchange = model::ExchangeId::Okx;
    options.mode = ReplayServer::Mode::Replay;
    options.framesFile = feedFile(QStringLiteral("okx.jsonl"));
    options.pathFramesFiles = {{QStringLiteral("/ws/v5/business"), feedFile(QStringLiteral("okx_business.jsonl"))}};
    options.pingIntervalMs = 0;
    options.clock = &clock;
    ReplayServer server(options);
    QVERIFY2(server.start(0), qPrintable(server.errorString()));
    market::OkxAdapter adapter(clock);
    adapter.setWebSocketBaseUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port()));
    const std::vector<model::Symbol> symbols = {*model::Symbol::parse(QStringLiteral("BTC/USDT"))};
    for (const market::Endpoint &endpoint : adapter.endpoints()) {
        test::FrameClient client;
        QVERIFY(client.open(QUrl(endpoint.url)));
        for (const QByteArray &frame : adapter.subscribeFrames(endpoint, symbols))
            client.send(frame);
        const QList<QByteArray> expected =
            fileLines(endpoint.name == QLatin1String("business") ? QStringLiteral("okx_business.jsonl") : QStringLiteral("okx.jsonl"));
        QVERIFY(client.waitForFrames(expected.size()));
        QCOMPARE(client.frames, expected);
    }

    ReplayServer::Options badPath = options;
    badPath.pathFramesFiles = {{QStringLiteral("ws/v5/business"), feedFile(QStringLiteral("okx_business.jsonl"))}};
    ReplayServer bad(badPath);
    QVERIFY(!bad.start(0));
}

void TestReplayProtocol::kucoinTokenPointsAtTheServer()
{
    model::ManualClock clock(kFixtureNowMs);
    ReplayServer::Options options;
    options.exchange = model::ExchangeId::Kucoin;
    options.mode = ReplayServer::Mode::Replay;
    options.framesFile = feedFile(QStringLiteral("kucoin.jsonl"));
    options.clock = &clock;
    ReplayServer server(options);
    QVERIFY(server.start(0));
    const test::HttpResult answer = test::httpRequest(server.httpUrl() + QStringLiteral("/api/v1/bullet-public"), "POST");
    QCOMPARE(answer.status, 200);
    const QJsonObject data = QJsonDocument::fromJson(answer.body).object().value(QLatin1String("data")).toObject();
    QVERIFY(!data.value(QLatin1String("token")).toString().isEmpty());
    QCOMPARE(data.value(QLatin1String("instanceServers")).toArray().first().toObject().value(QLatin1String("endpoint")).toString(),
             QStringLiteral("ws://127.0.0.1:%1/").arg(server.port()));
    QCOMPARE(test::httpRequest(server.httpUrl() + QStringLiteral("/api/v1/bullet-public")).status, 405); // GET is not it
}

QTEST_GUILESS_MAIN(TestReplayProtocol)
#include "tst_replayprotocol.moc"
