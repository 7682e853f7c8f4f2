// ReplayServer in simulate mode: Binance's protocol over real loopback WebSockets and HTTP, the truth
// accessor, determinism, the fault schedules, and malformed HTTP requests.

#include "replaytestsupport.h"

#include "market/binanceadapter.h"
#include "market/replay/replayserver.h"
#include "market/replay/simulatedmarket.h"
#include "model/manualclock.h"

#include <QTest>

#include <map>

using namespace cl;
using market::ReplayServer;

namespace {

model::Symbol sym(const char *text)
{
    return *model::Symbol::parse(QString::fromLatin1(text));
}

ReplayServer::Options simOptions(const model::Clock &clock, quint64 seed = 7)
{
    ReplayServer::Options options;
    options.exchange = model::ExchangeId::Binance;
    options.mode = ReplayServer::Mode::Simulate;
    options.symbols = {sym("BTC/USDT"), sym("ETH/USDT")};
    options.seed = seed;
    options.tradesPerSecond = 4.0;
    options.historyMinutes = 120;
    options.pingIntervalMs = 0;
    options.tickMs = 5;
    options.clock = &clock;
    return options;
}

// Advances the manual clock in steps, pumping the server, and lets the frames reach the client.
void run(model::ManualClock &clock, ReplayServer &server, qint64 totalMs, qint64 stepMs = 1000)
{
    for (qint64 done = 0; done < totalMs; done += stepMs) {
        clock.advanceMs(stepMs);
        server.pump();
        QTest::qWait(1);
    }
    QTest::qWait(50);
}

// Waits until a lone client has every frame the server sent (a loaded machine may lag behind the pump).
bool drained(const ReplayServer &server, const test::FrameClient &client)
{
    return QTest::qWaitFor([&] { return quint64(client.frames.size()) >= server.stats().framesSent + server.stats().malformedSent; },
                           10'000);
}

const QByteArray kSubscribeBoth = R"({"method":"SUBSCRIBE","params":["btcusdt@trade","btcusdt@kline_1m","ethusdt@trade","ethusdt@kline_1m"],"id":1})";

struct Parsed
{
    std::map<QString, std::map<qint64, model::Candle>> fromTrades; // symbol -> minute -> candle
    std::map<QString, std::map<qint64, model::Candle>> closedKlines;
    int trades = 0;
    int errors = 0;
    QStringList errorReasons;
};

Parsed parseAll(const QList<QByteArray> &frames, const model::Clock &clock)
{
    market::BinanceAdapter adapter(clock);
    adapter.setFutureToleranceMs(365LL * 86'400'000);
    const std::vector<model::Symbol> symbols = {sym("BTC/USDT"), sym("ETH/USDT")};
    adapter.subscribeFrames(adapter.endpoints().front(), symbols);
    Parsed parsed;
    for (const QByteArray &frame : frames) {
        const market::ParsedFrame &f = adapter.parseFrame(frame);
        if (f.kind() == market::FrameKind::Error) {
            ++parsed.errors;
            parsed.errorReasons << f.error().reason;
            continue;
        }
        for (const market::MarketTrade &t : f.trades()) {
            ++parsed.trades;
            const QString name = adapter.symbolAt(t.symbol).toString();
            const qint64 minute = t.trade.timestamp - t.trade.timestamp % 60'000;
            auto [it, inserted] = parsed.fromTrades[name].try_emplace(minute, model::Candle{minute, t.trade.price, t.trade.price,
                                                                                           t.trade.price, t.trade.price, 0.0});
            model::Candle &c = it->second;
            c.high = std::max(c.high, t.trade.price);
            c.low = std::min(c.low, t.trade.price);
            c.close = t.trade.price;
            c.volume += t.trade.size;
        }
        for (const market::CandleUpdate &u : f.candles()) {
            if (u.state == market::CandleState::Closed)
                parsed.closedKlines[adapter.symbolAt(u.symbol).toString()][u.candle.openTime] = u.candle;
        }
    }
    return parsed;
}

} // namespace

class TestReplayServer : public QObject
{
    Q_OBJECT

private slots:
    void listensOnAFreePortAndPrintsUrls();
    void streamsParsableFramesAndTruthMatchesRestAndTrades();
    void sameSeedSameFrames();
    void combinedStreamPathWrapsFrames();
    void listAndUnsubscribe();
    void badCommandsGetBinanceErrors();
    void restKlinesSemantics();
    void restErrors_data();
    void restErrors();
    void malformedHttpGetsErrorAndServerKeepsServing();
    void exchangeInfoListsSymbols();
    void disconnectSchedule();
    void stallKeepsSocketOpenButSilent();
    void malformedFramesAreInserted();
    void pingsAreSent();
    void rejectsBadOptions();
    void simulatedClockStartsWhereToldAndRunsAtSpeed();
};

void TestReplayServer::listensOnAFreePortAndPrintsUrls()
{
    model::ManualClock clock(test::kReplayNowMs);
    ReplayServer server(simOptions(clock));
    QVERIFY2(server.start(0), qPrintable(server.errorString()));
    QVERIFY(server.port() != 0);
    QCOMPARE(server.listeningLine(),
             QStringLiteral("listening ws://127.0.0.1:%1/ws http://127.0.0.1:%1").arg(server.port()));
    const test::HttpResult time = test::httpRequest(server.httpUrl() + QStringLiteral("/api/v3/time"));
    QCOMPARE(time.status, 200);
    QCOMPARE(time.body, QByteArray("{\"serverTime\":") + QByteArray::number(test::kReplayNowMs) + "}");
}

void TestReplayServer::streamsParsableFramesAndTruthMatchesRestAndTrades()
{
    model::ManualClock clock(test::kReplayNowMs);
    ReplayServer server(simOptions(clock));
    QVERIFY(server.start(0));
    test::FrameClient client;
    QVERIFY(client.open(QUrl(server.webSocketUrl())));
    client.send(kSubscribeBoth);
    QVERIFY(client.waitForFrames(1));
    QCOMPARE(client.frames.first(), QByteArray(R"({"result":null,"id":1})"));

    run(clock, server, 5 * 60'000);
    QVERIFY(drained(server, client));
    const Parsed parsed = parseAll(client.frames.mid(1), clock);
    QVERIFY2(parsed.errors == 0, qPrintable(parsed.errorReasons.join(QLatin1Char('\n'))));
    QVERIFY(parsed.trades > 500);

    market::BinanceAdapter rest(clock);
    rest.setRestBaseUrl(server.httpUrl());
    for (const model::Symbol &symbol : {sym("BTC/USDT"), sym("ETH/USDT")}) {
        const model::CandleSeries truth = server.closedCandles(symbol);
        QCOMPARE(qsizetype(truth.size()), qsizetype(120 + 5)); // history + the start minute + 4 whole live minutes
        const market::RestRequest request = rest.klineRequest(symbol, truth.front().openTime, truth.back().openTime + 60'000);
        const test::HttpResult answer = test::httpRequest(request.url);
        QCOMPARE(answer.status, 200);
        const market::KlinePage page = rest.parseKlines(answer.body, 60'000, server.simulatedNowMs());
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.rejectedRows, 0);
        QCOMPARE(page.closed, truth); // REST = the simulator's truth, exactly
        QCOMPARE(page.forming.size(), size_t(1)); // the minute in progress, as Binance includes it

        // The live minutes: candles rebuilt from the streamed trades and the closed kline frames equal REST.
        const auto &fromTrades = parsed.fromTrades.at(symbol.toString());
        const auto &klines = parsed.closedKlines.at(symbol.toString());
        int live = 0;
        for (const model::Candle &candle : truth) {
            if (candle.openTime < server.market()->startMs() - server.market()->startMs() % 60'000)
                continue;
            ++live;
            QVERIFY(fromTrades.count(candle.openTime));
            QCOMPARE(fromTrades.at(candle.openTime), candle);
            QCOMPARE(klines.at(candle.openTime), candle);
        }
        QCOMPARE(live, 5);
    }
}

void TestReplayServer::sameSeedSameFrames()
{
    auto record = [](quint64 seed) {
        model::ManualClock clock(test::kReplayNowMs);
        ReplayServer server(simOptions(clock, seed));
        server.start(0);
        test::FrameClient client;
        client.open(QUrl(server.webSocketUrl()));
        client.send(kSubscribeBoth);
        client.waitForFrames(1);
        run(clock, server, 2 * 60'000);
        const bool complete = drained(server, client);
        return complete ? client.frames : QList<QByteArray>();
    };
    const QList<QByteArray> first = record(11);
    const QList<QByteArray> second = record(11);
    const QList<QByteArray> other = record(12);
    QVERIFY(first.size() > 100);
    QCOMPARE(first, second);
    QVERIFY(first != other);
}

void TestReplayServer::combinedStreamPathWrapsFrames()
{
    model::ManualClock clock(test::kReplayNowMs);
    ReplayServer server(simOptions(clock));
    QVERIFY(server.start(0));
    test::FrameClient client;
    QVERIFY(client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/stream?streams=btcusdt@trade/btcusdt@kline_1m").arg(server.port()))));
    run(clock, server, 70'000);
    QVERIFY(client.frames.size() > 10);
    for (const QByteArray &frame : std::as_const(client.frames))
        QVERIFY2(frame.startsWith("{\"stream\":\"btcusdt@"), frame.constData());
    const Parsed parsed = parseAll(client.frames, clock);
    QCOMPARE(parsed.errors, 0);
    QVERIFY(parsed.trades > 0);
    QCOMPARE(parsed.closedKlines.count(QStringLiteral("ETH/USDT")), size_t(0));

    test::FrameClient raw; // /ws/<stream>: subscribed by the path, unwrapped
    QVERIFY(raw.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/ethusdt@trade").arg(server.port()))));
    run(clock, server, 5000);
    QVERIFY(!raw.frames.isEmpty());
    QVERIFY(raw.frames.first().startsWith("{\"e\":\"trade\""));
}

void TestReplayServer::listAndUnsubscribe()
{
    model::ManualClock clock(test::kReplayNowMs);
    ReplayServer server(simOptions(clock));
    QVERIFY(server.start(0));
    test::FrameClient client;
    QVERIFY(client.open(QUrl(server.webSocketUrl())));
    client.send(R"({"method":"SUBSCRIBE","params":["btcusdt@trade"],"id":"a1"})");
    client.send(R"({"method":"LIST_SUBSCRIPTIONS","id":3})");
    QVERIFY(client.waitForFrames(2));
    QCOMPARE(client.frames[0], QByteArray(R"({"result":null,"id":"a1"})"));
    QCOMPARE(client.frames[1], QByteArray(R"({"result":["btcusdt@trade"],"id":3})"));
    client.send(R"({"method":"UNSUBSCRIBE","params":["btcusdt@trade"],"id":4})");
    QVERIFY(client.waitForFrames(3));
    QCOMPARE(client.frames[2], QByteArray(R"({"result":null,"id":4})"));
    run(clock, server, 10'000);
    QCOMPARE(client.frames.size(), 3);
}

void TestReplayServer::badCommandsGetBinanceErrors()
{
    model::ManualClock clock(test::kReplayNowMs);
    ReplayServer server(simOptions(clock));
    QVERIFY(server.start(0));
    test::FrameClient client;
    QVERIFY(client.open(QUrl(server.webSocketUrl())));
    client.send("{not json");
    client.send(R"({"method":"FLY","id":5})");
    client.send(R"({"method":"SUBSCRIBE","params":"btcusdt@trade","id":6})");
    client.send(R"({"method":"SUBSCRIBE","params":[1],"id":7})");
    QVERIFY(client.waitForFrames(4));
    market::BinanceAdapter adapter(clock);
    for (const QByteArray &frame : std::as_const(client.frames)) {
        QVERIFY2(frame.startsWith("{\"code\":"), frame.constData());
        const market::ParsedFrame &parsed = adapter.parseFrame(frame);
        QCOMPARE(parsed.kind(), market::FrameKind::Control);
        QCOMPARE(parsed.control().kind, market::ControlKind::ExchangeError);
    }
    QCOMPARE(server.connectionCount(), 1); // errors do not close the connection
}

void TestReplayServer::restKlinesSemantics()
{
    model::ManualClock clock(test::kReplayNowMs);
    ReplayServer server(simOptions(clock));
    QVERIFY(server.start(0));
    run(clock, server, 3 * 60'000, 5000);
    const QString base = server.httpUrl() + QStringLiteral("/api/v3/klines?symbol=BTCUSDT&interval=1m");
    market::BinanceAdapter adapter(clock);
    auto rows = [&](const QString &extra) {
        const test::HttpResult r = test::httpRequest(base + extra);
        const market::KlinePage page = adapter.parseKlines(r.body, 60'000, server.simulatedNowMs());
        model::CandleSeries all = page.closed;
        all.insert(all.end(), page.forming.begin(), page.forming.end());
        return all;
    };
    const model::CandleSeries truth = server.closedCandles(sym("BTC/USDT"));
    const qint64 first = truth.front().openTime;
    const qint64 forming = truth.back().openTime + 60'000;

    QCOMPARE(rows(QString()).size(), size_t(124)); // default limit 500 > everything: all, ascending
    QCOMPARE(rows(QStringLiteral("&limit=5")).back().openTime, forming); // newest 5, the forming minute last
    QCOMPARE(rows(QStringLiteral("&limit=5")).front().openTime, forming - 4 * 60'000);
    const model::CandleSeries fromStart = rows(QStringLiteral("&startTime=%1&limit=3").arg(first + 1)); // open >= start
    QCOMPARE(fromStart.size(), size_t(3));
    QCOMPARE(fromStart.front().openTime, first + 60'000);
    const model::CandleSeries window = rows(QStringLiteral("&startTime=%1&endTime=%2").arg(first).arg(first + 9 * 60'000));
    QCOMPARE(window.size(), size_t(10));
    QCOMPARE(window, model::CandleSeries(truth.begin(), truth.begin() + 10));
    const model::CandleSeries endOnly = rows(QStringLiteral("&endTime=%1&limit=2").arg(first + 9 * 60'000 + 5));
    QCOMPARE(endOnly, model::CandleSeries(truth.begin() + 8, truth.begin() + 10));
    QCOMPARE(rows(QStringLiteral("&limit=5000")).size(), size_t(124)); // capped at 1000, not refused
    QCOMPARE(rows(QStringLiteral("&startTime=%1").arg(forming + 60'000)).size(), size_t(0));
}

void TestReplayServer::restErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("no symbol") << QStringLiteral("/api/v3/klines?interval=1m") << 400 << QByteArray("-1102");
    QTest::newRow("no interval") << QStringLiteral("/api/v3/klines?symbol=BTCUSDT") << 400 << QByteArray("-1102");
    QTest::newRow("unknown symbol") << QStringLiteral("/api/v3/klines?symbol=FOOBAR&interval=1m") << 400 << QByteArray("-1121");
    QTest::newRow("lower-case symbol") << QStringLiteral("/api/v3/klines?symbol=btcusdt&interval=1m") << 400 << QByteArray("-1121");
    QTest::newRow("bad interval") << QStringLiteral("/api/v3/klines?symbol=BTCUSDT&interval=7m") << 400 << QByteArray("-1120");
    QTest::newRow("negative limit") << QStringLiteral("/api/v3/klines?symbol=BTCUSDT&interval=1m&limit=-1") << 400 << QByteArray("-1100");
    QTest::newRow("zero limit") << QStringLiteral("/api/v3/klines?symbol=BTCUSDT&interval=1m&limit=0") << 400 << QByteArray("-1100");
    QTest::newRow("text time") << QStringLiteral("/api/v3/klines?symbol=BTCUSDT&interval=1m&startTime=abc") << 400 << QByteArray("-1100");
    QTest::newRow("huge time") << QStringLiteral("/api/v3/klines?symbol=BTCUSDT&interval=1m&endTime=999999999999999999999999") << 400
                               << QByteArray("-1100");
    QTest::newRow("start after end") << QStringLiteral("/api/v3/klines?symbol=BTCUSDT&interval=1m&startTime=5&endTime=4") << 400
                                     << QByteArray("-1023");
    QTest::newRow("unknown path") << QStringLiteral("/api/v9/nothing") << 404 << QByteArray("-1");
}

void TestReplayServer::restErrors()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    model::ManualClock clock(test::kReplayNowMs);
    ReplayServer server(simOptions(clock));
    QVERIFY(server.start(0));
    const test::HttpResult answer = test::httpRequest(server.httpUrl() + query);
    QCOMPARE(answer.status, status);
    QVERIFY2(answer.body.startsWith(QByteArray("{\"code\":" + code + ",\"msg\":\"")), answer.body.constData());
    QCOMPARE(test::httpRequest(server.httpUrl() + QStringLiteral("/api/v3/ping")).status, 200);
}

void TestReplayServer::malformedHttpGetsErrorAndServerKeepsServing()
{
    model::ManualClock clock(test::kReplayNowMs);
    ReplayServer server(simOptions(clock));
    QVERIFY(server.start(0));
    const QList<QByteArray> bad = {
        QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 binary garbage", 32),
        "GET\r\n\r\n",
        "GET /api/v3/time HTTP/9.9\r\n\r\n",
        "GET api/v3/time HTTP/1.1\r\n\r\n",
        "GET /api/v3/time HTTP/1.1\r\nno colon header\r\n\r\n",
        "POST /api/v1/bullet-public HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
        "POST /api/v1/bullet-public HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
        "GET /" + QByteArray(20'000, 'a') + " HTTP/1.1\r\n\r\n",
    };
    for (const QByteArray &request : bad) {
        const QByteArray answer = test::rawExchange(server.port(), request);
        QVERIFY2(answer.startsWith("HTTP/1.1 4"), QByteArray(request.left(40) + " -> " + answer.left(80)).constData());
        QVERIFY(answer.contains("{\"code\":"));
    }
    // Keep-alive and pipelining: two requests in one write get two answers.
    const QByteArray two = test::rawExchange(server.port(), "GET /api/v3/ping HTTP/1.1\r\nHost: x\r\n\r\nGET /api/v3/time HTTP/1.1\r\n"
                                                            "Host: x\r\nConnection: close\r\n\r\n");
    QCOMPARE(two.count("HTTP/1.1 200 OK"), 2);
    // A WebSocket upgrade on a path Binance does not serve is refused with 404, not accepted.
    const QByteArray upgrade = test::rawExchange(server.port(), "GET /nope HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                                                                "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                                                "Sec-WebSocket-Version: 13\r\n\r\n");
    QVERIFY2(upgrade.startsWith("HTTP/1.1 404"), upgrade.constData());
    test::FrameClient client; // and a good one still works
    QVERIFY(client.open(QUrl(server.webSocketUrl())));
    QCOMPARE(test::httpRequest(server.httpUrl() + QStringLiteral("/api/v3/time")).status, 200);
    QVERIFY(server.stats().httpErrors >= quint64(bad.size()));
}

void TestReplayServer::exchangeInfoListsSymbols()
{
    model::ManualClock clock(test::kReplayNowMs);
    ReplayServer server(simOptions(clock));
    QVERIFY(server.start(0));
    market::BinanceAdapter adapter(clock);
    adapter.setRestBaseUrl(server.httpUrl());
    const test::HttpResult answer = test::httpRequest(adapter.symbolListRequest().url);
    QCOMPARE(answer.status, 200);
    const market::SymbolList list = adapter.parseSymbolList(answer.body);
    QVERIFY2(list.ok, qPrintable(list.error));
    QCOMPARE(list.symbols.size(), size_t(2));
    QCOMPARE(list.symbols[0].symbol, sym("BTC/USDT"));
    QCOMPARE(list.symbols[1].native, QStringLiteral("ETHUSDT"));
}

void TestReplayServer::disconnectSchedule()
{
    model::ManualClock clock(test::kReplayNowMs);
    ReplayServer::Options options = simOptions(clock);
    options.disconnectEveryMs = 5000;
    ReplayServer server(options);
    QVERIFY(server.start(0));
    test::FrameClient client;
    QVERIFY(client.open(QUrl(server.webSocketUrl())));
    client.send(kSubscribeBoth);
    run(clock, server, 4000);
    QCOMPARE(client.disconnects, 0);
    run(clock, server, 1000);
    QVERIFY(QTest::qWaitFor([&] { return client.disconnects == 1; }, 3000));
    QCOMPARE(server.stats().webSocketsDropped, quint64(1));
    // The client reconnects, and is dropped again at the next 5 s mark, not before.
    test::FrameClient again;
    QVERIFY(again.open(QUrl(server.webSocketUrl())));
    run(clock, server, 4000);
    QCOMPARE(again.disconnects, 0);
    run(clock, server, 1000);
    QVERIFY(QTest::qWaitFor([&] { return again.disconnects == 1; }, 3000));
    // The market went on: REST still equals the truth, whatever the connections did.
    QVERIFY(server.closedCandles(sym("BTC/USDT")).size() >= 120);
}

void TestReplayServer::stallKeepsSocketOpenButSilent()
{
    model::ManualClock clock(test::kReplayNowMs);
    ReplayServer::Options options = simOptions(clock);
    options.stallAfterMs = 10'000;
    options.pingIntervalMs = 1000;
    ReplayServer server(options);
    QVERIFY(server.start(0));
    test::FrameClient client;
    QVERIFY(client.open(QUrl(server.webSocketUrl())));
    client.send(kSubscribeBoth);
    QVERIFY(client.waitForFrames(1));
    run(clock, server, 9000);
    QVERIFY(drained(server, client));
    const qsizetype before = client.frames.size();
    QVERIFY(before > 10);
    const quint64 pings = server.stats().pingsSent;
    run(clock, server, 30'000);
    QCOMPARE(client.frames.size(), before);
    QCOMPARE(server.stats().pingsSent, pings);
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    client.send(R"({"method":"LIST_SUBSCRIPTIONS","id":9})");
    QTest::qWait(100);
    QCOMPARE(client.frames.size(), before);
    // A fresh connection is served again (until it stalls in turn).
    test::FrameClient fresh;
    QVERIFY(fresh.open(QUrl(server.webSocketUrl())));
    fresh.send(kSubscribeBoth);
    QVERIFY(fresh.waitForFrames(1));
    run(clock, server, 3000);
    QVERIFY(fresh.frames.size() > 3);
}

void TestReplayServer::malformedFramesAreInserted()
{
    model::ManualClock clock(test::kReplayNowMs);
    ReplayServer::Options options = simOptions(clock);
    options.malformedEvery = 10;
    ReplayServer server(options);
    QVERIFY(server.start(0));
    test::FrameClient client;
    QVERIFY(client.open(QUrl(server.webSocketUrl())));
    client.send(kSubscribeBoth);
    QVERIFY(client.waitForFrames(1)); // subscribed before the market moves
    run(clock, server, 2 * 60'000);
    QVERIFY(drained(server, client));
    const Parsed parsed = parseAll(client.frames.mid(1), clock);
    const qsizetype data = client.frames.size() - 1;
    QCOMPARE(parsed.errors, int(data / 11));
    QCOMPARE(quint64(parsed.errors), server.stats().malformedSent);
    // No real frame was lost: the candles from the trades still equal the truth.
    for (const model::Candle &candle : server.closedCandles(sym("BTC/USDT"))) {
        if (candle.openTime >= server.market()->startMs() - server.market()->startMs() % 60'000)
            QCOMPARE(parsed.fromTrades.at(QStringLiteral("BTC/USDT")).at(candle.openTime), candle);
    }
}

void TestReplayServer::pingsAreSent()
{
    model::ManualClock clock(test::kReplayNowMs);
    ReplayServer::Options options = simOptions(clock);
    options.pingIntervalMs = 20'000;
    ReplayServer server(options);
    QVERIFY(server.start(0));
    test::FrameClient client;
    int pongsSeen = 0;
    QObject::connect(&client.socket, &QWebSocket::pong, &client, [&](quint64, const QByteArray &) { ++pongsSeen; });
    QVERIFY(client.open(QUrl(server.webSocketUrl())));
    run(clock, server, 61'000);
    QCOMPARE(server.stats().pingsSent, quint64(3));
    Q_UNUSED(pongsSeen); // the client answers pings itself; the count above is what the server sent
}

void TestReplayServer::rejectsBadOptions()
{
    model::ManualClock clock(test::kReplayNowMs);
    ReplayServer::Options noSymbols = simOptions(clock);
    noSymbols.symbols.clear();
    ReplayServer a(noSymbols);
    QVERIFY(!a.start(0));
    QVERIFY(a.errorString().contains(QLatin1String("symbols")));
    ReplayServer::Options kraken = simOptions(clock);
    kraken.exchange = model::ExchangeId::Kraken;
    ReplayServer b(kraken);
    QVERIFY(!b.start(0));
    ReplayServer::Options missing = simOptions(clock);
    missing.mode = ReplayServer::Mode::Replay;
    missing.framesFile = QStringLiteral("/nonexistent/frames.jsonl");
    ReplayServer c(missing);
    QVERIFY(!c.start(0));
    QVERIFY(c.errorString().contains(QLatin1String("/nonexistent/frames.jsonl")));
    ReplayServer::Options sim = simOptions(clock);
    sim.exchange = model::ExchangeId::Sim;
    ReplayServer d(sim);
    QVERIFY(d.start(0));
    ReplayServer e(simOptions(clock));
    QVERIFY(!e.start(d.port())); // port taken
    QVERIFY(!e.errorString().isEmpty());
}

void TestReplayServer::simulatedClockStartsWhereToldAndRunsAtSpeed()
{
    model::ManualClock clock(test::kReplayNowMs);
    ReplayServer::Options options = simOptions(clock);
    options.simulatedStartMs = test::kReplayNowMs - 3'600'000;
    options.speed = 30.0;
    ReplayServer server(options);
    QVERIFY(server.start(0));
    QCOMPARE(server.simulatedNowMs(), test::kReplayNowMs - 3'600'000);
    clock.advanceMs(1000);
    QCOMPARE(server.simulatedNowMs(), test::kReplayNowMs - 3'600'000 + 30'000);
    const test::HttpResult time = test::httpRequest(server.httpUrl() + QStringLiteral("/api/v3/time"));
    QCOMPARE(time.body, QByteArray("{\"serverTime\":") + QByteArray::number(test::kReplayNowMs - 3'570'000) + "}");
    // The history ends where the simulated clock started.
    const model::CandleSeries truth = server.closedCandles(sym("BTC/USDT"));
    QCOMPARE(truth.front().openTime, test::kReplayNowMs - 3'600'000 - 30'000 - 120 * 60'000LL);
}

QTEST_GUILESS_MAIN(TestReplayServer)
#include "tst_replayserver.moc"
