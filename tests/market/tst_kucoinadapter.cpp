#include "feedtestsupport.h"
#include "market/kucoinadapter.h"

#include <QTest>

using namespace cl::market;
using cl::model::ManualClock;
using cl::model::Symbol;
using cl::model::TakerSide;
using namespace cl::test;

namespace {

Symbol sym(const char *text)
{
    return *Symbol::parse(QString::fromLatin1(text));
}

QByteArray match(const QByteArray &price = "61234.6", const QByteArray &size = "0.012",
                 const QByteArray &time = "\"1709294401234123456\"", const QByteArray &extra = {})
{
    return "{\"type\":\"message\",\"topic\":\"/market/match:BTC-USDT\",\"subject\":\"trade.l3match\",\"data\":{\"sequence\":\"1\","
           "\"type\":\"match\",\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"price\":\""
        + price + "\",\"size\":\"" + size + "\",\"tradeId\":\"65e1c2000000000000000000\",\"time\":" + time + extra + "}}";
}

QByteArray candle(const QByteArray &fields, const QByteArray &topic = "/market/candles:BTC-USDT_1min")
{
    return "{\"type\":\"message\",\"topic\":\"" + topic + "\",\"subject\":\"trade.candles.update\",\"data\":{\"symbol\":\"BTC-USDT\","
           "\"candles\":[" + fields + "],\"time\":1709294407420654321}}";
}

} // namespace

class TstKucoinAdapter : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{kFixtureNowMs};

private slots:
    void everyFixtureLineParses()
    {
        CL_REQUIRE_FEEDS();
        KucoinAdapter adapter(m_clock);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("kucoin.jsonl"));
        QCOMPARE(lines.size(), 18);
        const QList<FrameKind> expected{FrameKind::Control, FrameKind::Control, FrameKind::Trades,  FrameKind::Candles,
                                        FrameKind::Control, FrameKind::Trades,  FrameKind::Trades,  FrameKind::Trades,
                                        FrameKind::Candles, FrameKind::Control, FrameKind::Trades,  FrameKind::Trades,
                                        FrameKind::Trades,  FrameKind::Candles, FrameKind::Trades,  FrameKind::Candles,
                                        FrameKind::Control, FrameKind::Control};
        for (int i = 0; i < lines.size(); ++i) {
            const ParsedFrame &frame = adapter.parseFrame(lines[i]);
            QVERIFY2(frame.kind() == expected[i], qPrintable(QStringLiteral("line %1: %2").arg(i + 1).arg(describe(frame))));
        }
        QCOMPARE(adapter.stats().errors, quint64(0));
        QCOMPARE(adapter.stats().trades, quint64(8));
        QCOMPARE(adapter.stats().candles, quint64(4));
    }

    void fixtureControlFrames()
    {
        CL_REQUIRE_FEEDS();
        KucoinAdapter adapter(m_clock);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("kucoin.jsonl"));
        const ParsedFrame &welcome = adapter.parseFrame(lines[0]);
        QCOMPARE(welcome.control().kind, ControlKind::Welcome);
        QCOMPARE(welcome.control().requestId, QStringLiteral("hQvf8jkno"));
        QCOMPARE(adapter.parseFrame(lines[1]).control().requestId, QStringLiteral("1545910660739"));
        const ParsedFrame &pong = adapter.parseFrame(lines[9]);
        QCOMPARE(pong.control().kind, ControlKind::Pong);
        QCOMPARE(pong.control().requestId, QStringLiteral("1709294410000"));
        const ParsedFrame &limit = adapter.parseFrame(lines[16]);
        QCOMPARE(limit.control().kind, ControlKind::ExchangeError);
        QCOMPARE(limit.control().code, QStringLiteral("509"));
        QCOMPARE(limit.control().message, QStringLiteral("exceed max permits per 10 seconds"));
        const ParsedFrame &expired = adapter.parseFrame(lines[17]);
        QCOMPARE(expired.control().code, QStringLiteral("401"));
        QCOMPARE(expired.control().message, QStringLiteral("token is expired"));
    }

    void fixtureMatches()
    {
        CL_REQUIRE_FEEDS();
        KucoinAdapter adapter(m_clock);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("kucoin.jsonl"));
        const MarketTrade doc = adapter.parseFrame(lines[2]).trades()[0];
        QCOMPARE(adapter.symbolAt(doc.symbol).toString(), QStringLiteral("BTC/USDT"));
        QCOMPARE(doc.trade.id, QStringLiteral("5c24c5da03aa673885cd67aa"));
        QCOMPARE(doc.trade.price, 0.082);
        QCOMPARE(doc.trade.size, 0.01022222);
        QCOMPARE(doc.trade.timestamp, 1545913818099LL); // ns, floored
        QCOMPARE(doc.trade.side, TakerSide::Buy);
        QCOMPARE(doc.firstId, -1LL);

        struct Row
        {
            int line;
            double price;
            double size;
            qint64 time;
            TakerSide side;
        };
        const Row rows[] = {{6, 61234.6, 0.012, 1709294401234LL, TakerSide::Buy},   {7, 61235.1, 0.0045, 1709294401899LL, TakerSide::Buy},
                            {8, 61230.0, 0.25, 1709294407410LL, TakerSide::Sell},   {11, 61240.0, 0.1, 1709294421004LL, TakerSide::Buy},
                            {12, 61238.2, 0.033, 1709294438777LL, TakerSide::Sell}, {13, 61236.0, 0.008, 1709294459950LL, TakerSide::Sell},
                            {15, 61237.5, 0.05, 1709294460412LL, TakerSide::Buy}};
        int n = 0;
        for (const Row &row : rows) {
            const MarketTrade &t = adapter.parseFrame(lines[row.line - 1]).trades()[0];
            QCOMPARE(t.trade.id, QStringLiteral("65e1c200000000000000000%1").arg(n++));
            QCOMPARE(t.trade.price, row.price);
            QCOMPARE(t.trade.size, row.size);
            QCOMPARE(t.trade.timestamp, row.time);
            QCOMPARE(t.trade.side, row.side);
        }
    }

    void fixtureCandles()
    {
        CL_REQUIRE_FEEDS();
        KucoinAdapter adapter(m_clock);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("kucoin.jsonl"));
        // [start, open, CLOSE, HIGH, LOW, volume, turnover]
        const CandleUpdate doc = adapter.parseFrame(lines[3]).candles()[0];
        QCOMPARE(doc.intervalMs, 3'600'000LL);
        QCOMPARE(doc.candle.openTime, 1589968800000LL);
        QCOMPARE(doc.candle.open, 9786.9);
        QCOMPARE(doc.candle.close, 9740.8);
        QCOMPARE(doc.candle.high, 9806.1);
        QCOMPARE(doc.candle.low, 9732.0);
        QCOMPARE(doc.candle.volume, 27.45649579);
        QCOMPARE(doc.eventTimeMs, 1589970010253LL);
        QCOMPARE(doc.state, CandleState::Unflagged);

        const CandleUpdate early = adapter.parseFrame(lines[8]).candles()[0];
        QCOMPARE(early.intervalMs, 60'000LL);
        QCOMPARE(early.candle.openTime, kM0);
        QCOMPARE(early.candle.open, 61234.6);
        QCOMPARE(early.candle.close, 61230.0);
        QCOMPARE(early.candle.high, 61235.1);
        QCOMPARE(early.candle.low, 61230.0);
        QCOMPARE(early.candle.volume, 0.2665);
        QCOMPARE(early.eventTimeMs, 1709294407420LL);
    }

    void tapeRebuildsCandles()
    {
        CL_REQUIRE_FEEDS();
        KucoinAdapter adapter(m_clock);
        const CandleCloseRule rule = adapter.candleCloseRule();
        QVERIFY(!rule.exchangeFlag);
        TapeFold fold;
        std::map<qint64, ExactCandle> latest;
        qint64 newestOpen = 0;
        for (const QByteArray &line : fixtureLines(QStringLiteral("kucoin.jsonl"))) {
            const ParsedFrame &frame = adapter.parseFrame(line);
            for (const MarketTrade &t : frame.trades()) {
                if (t.trade.timestamp >= kM0)
                    fold.add(t.trade);
            }
            for (const CandleUpdate &c : frame.candles()) {
                if (c.intervalMs == 60'000) {
                    latest[c.candle.openTime] = exact(c.candle);
                    newestOpen = std::max(newestOpen, c.candle.openTime);
                }
            }
        }
        QVERIFY(rule.closedByNext(kM0, 60'000, newestOpen)); // line 16 starts m1
        const auto rebuilt = fold.candles();
        QCOMPARE(rebuilt.at(kM0), latest.at(kM0));
        QCOMPARE(rebuilt.at(kM1), latest.at(kM1));
    }

    void tokenFlow()
    {
        CL_REQUIRE_FEEDS();
        KucoinAdapter adapter(m_clock);
        QVERIFY(adapter.needsConnectToken());
        const RestRequest request = adapter.connectTokenRequest();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.url, QStringLiteral("https://api.kucoin.com/api/v1/bullet-public"));
        QVERIFY(adapter.endpoints()[0].url.isEmpty());

        QString error;
        const auto token = adapter.parseConnectToken(restBody(fixtureLines(QStringLiteral("rest_klines.jsonl"))[8]), &error);
        QVERIFY2(token.has_value(), qPrintable(error));
        QVERIFY(token->token.startsWith(QLatin1String("2neAiuYvAU61ZDXANAGAsiL4")));
        QVERIFY(token->token.endsWith(QLatin1String(".mvnekBb8DJegZIgYLs2FBQ==")));
        QCOMPARE(token->endpoint, QStringLiteral("wss://ws-api-spot.kucoin.com/"));
        QCOMPARE(token->pingIntervalMs, 18'000);
        QCOMPARE(token->pingTimeoutMs, 10'000);
        const QString url = adapter.connectUrl(*token, u"cl-7");
        QVERIFY(url.startsWith(QLatin1String("wss://ws-api-spot.kucoin.com/?token=2neAiuYvAU61ZDXANAGAsiL4-iAExhsBXZxftpOeh_55i3Ysy2q2")));
        QVERIFY(url.endsWith(QLatin1String("NiYo%3D.mvnekBb8DJegZIgYLs2FBQ%3D%3D&connectId=cl-7")));
        const KeepAlive keepAlive = adapter.keepAlive();
        QCOMPARE(keepAlive.pingIntervalMs, 18'000);
        QCOMPARE(keepAlive.idleBudgetMs, 28'000);

        // The replay server stands in for the token's endpoint.
        adapter.setWebSocketBaseUrl(QStringLiteral("ws://127.0.0.1:7777"));
        QVERIFY(adapter.connectUrl(*token, u"x").startsWith(QLatin1String("ws://127.0.0.1:7777/?token=")));

        QVERIFY(!adapter.parseConnectToken("{\"code\":\"400100\",\"msg\":\"busy\"}", &error));
        QVERIFY(error.contains(QLatin1String("400100")));
        QVERIFY(!adapter.parseConnectToken("{\"code\":\"200000\",\"data\":{\"token\":\"t\",\"instanceServers\":[]}}", &error));
        QVERIFY(error.contains(QLatin1String("endpoint")));
        QVERIFY(!adapter.parseConnectToken("{\"code\":\"200000\",\"data\":{\"token\":\"t\",\"instanceServers\":[{\"endpoint\":\"wss://x/\",\"pingInterval\":-5}]}}", &error));
        QVERIFY(!adapter.parseConnectToken("{\"code\":", &error));
    }

    void restFixture()
    {
        CL_REQUIRE_FEEDS();
        KucoinAdapter adapter(m_clock);
        const KlinePage page = adapter.parseKlines(restBody(fixtureLines(QStringLiteral("rest_klines.jsonl"))[7]), 60'000, kFixtureNowMs);
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.closed.size(), size_t(2));
        const cl::model::Candle &first = page.closed[0]; // newest first in the body, ascending here
        QCOMPARE(first.openTime, 1545904920000LL);
        QCOMPARE(first.open, 0.058);
        QCOMPARE(first.close, 0.072);
        QCOMPARE(first.high, 0.072);
        QCOMPARE(first.low, 0.058);
        QCOMPARE(first.volume, 0.103);
        QCOMPARE(page.closed[1].openTime, 1545904980000LL);
        QCOMPARE(page.closed[1].close, 0.049);
    }

    void badFrames_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<ParseErrorKind>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated") << match().chopped(2) << ParseErrorKind::Malformed << "";
        QTest::newRow("10 MB") << tenMegabyteFrame() << ParseErrorKind::TooLarge << "";
        QTest::newRow("NaN price") << match("NaN") << ParseErrorKind::BadPrice << "";
        QTest::newRow("negative price") << match("-1") << ParseErrorKind::BadPrice << "";
        QTest::newRow("zero size") << match("1", "0") << ParseErrorKind::BadSize << "";
        QTest::newRow("inf size") << match("1", "inf") << ParseErrorKind::BadSize << "";
        QTest::newRow("time in ms") << match("1", "1", "\"1709294401234\"") << ParseErrorKind::BadTimestamp << "2009";
        QTest::newRow("future") << match("1", "1", "\"" + QByteArray::number((kFixtureNowMs + 3'600'000) * 1'000'000) + "\"") << ParseErrorKind::BadTimestamp << "future";
        QTest::newRow("time overflow") << match("1", "1", "\"99999999999999999999\"") << ParseErrorKind::BadValue << "time";
        QTest::newRow("duplicate") << match("1", "1", "\"1709294401234123456\"", ",\"price\":\"2\"") << ParseErrorKind::DuplicateField << "price";
        QTest::newRow("side") << QByteArray(match().replace("\"side\":\"buy\"", "\"side\":\"BUY\"")) << ParseErrorKind::BadValue << "side";
        QTest::newRow("missing tradeId") << QByteArray(match().replace("\"tradeId\"", "\"trade\"")) << ParseErrorKind::MissingField << "tradeId";
        QTest::newRow("data not object") << QByteArray("{\"type\":\"message\",\"topic\":\"/market/match:BTC-USDT\",\"data\":[]}") << ParseErrorKind::BadValue << "'data'";
        QTest::newRow("candle inconsistent") << candle("\"1709294400\",\"10\",\"10\",\"9\",\"8\",\"1\",\"1\"") << ParseErrorKind::BadPrice << "inconsistent";
        QTest::newRow("candle short") << candle("\"1709294400\",\"10\"") << ParseErrorKind::MissingField << "7";
        QTest::newRow("candle unaligned") << candle("\"1709294401\",\"10\",\"10\",\"11\",\"9\",\"1\",\"1\"") << ParseErrorKind::BadTimestamp << "aligned";
        QTest::newRow("candle ms start") << candle("\"1709294400000\",\"10\",\"10\",\"11\",\"9\",\"1\",\"1\"") << ParseErrorKind::BadTimestamp << "future";
        QTest::newRow("candle negative volume") << candle("\"1709294400\",\"10\",\"10\",\"11\",\"9\",\"-1\",\"1\"") << ParseErrorKind::BadSize << "volume";
    }
    void badFrames()
    {
        QFETCH(QByteArray, frame);
        QFETCH(ParseErrorKind, kind);
        QFETCH(QString, reason);
        KucoinAdapter adapter(m_clock);
        adapter.parseFrame(match());
        verifyRejected(adapter, frame, kind, reason);
        QCOMPARE(adapter.parseFrame(match()).kind(), FrameKind::Trades);
    }

    void otherTopicsAreIgnored()
    {
        KucoinAdapter adapter(m_clock);
        for (const char *frame : {"{\"type\":\"message\",\"topic\":\"/market/ticker:BTC-USDT\",\"subject\":\"trade.ticker\",\"data\":{\"price\":\"-1\",\"size\":\"x\"}}",
                                  "{\"type\":\"message\",\"topic\":\"/market/candles:BTC-USDT_1month\",\"data\":{\"candles\":[]}}",
                                  "{\"type\":\"notice\",\"data\":\"x\"}"}) {
            QVERIFY2(adapter.parseFrame(QByteArray(frame)).kind() == FrameKind::Ignored, frame);
        }
        QCOMPARE(adapter.stats().errors, quint64(0));
        QCOMPARE(*KucoinAdapter::intervalMs("15min"), 900'000LL);
        QCOMPARE(*KucoinAdapter::intervalMs("1week"), 604'800'000LL);
        QVERIFY(!KucoinAdapter::intervalMs("1month"));
    }

    void subscribeFramesBatch100()
    {
        KucoinAdapter adapter(m_clock);
        adapter.setNextRequestId(1545910660739);
        const Symbol btc = sym("BTC/USDT");
        const Endpoint endpoint = adapter.endpoints()[0];
        QCOMPARE(adapter.subscribeFrames(endpoint, std::span(&btc, 1)),
                 (std::vector<QByteArray>{
                     "{\"id\":1545910660739,\"type\":\"subscribe\",\"topic\":\"/market/match:BTC-USDT\",\"privateChannel\":false,\"response\":true}",
                     "{\"id\":1545910660740,\"type\":\"subscribe\",\"topic\":\"/market/candles:BTC-USDT_1min\",\"privateChannel\":false,\"response\":true}"}));
        std::vector<Symbol> many;
        for (int i = 0; i < 150; ++i)
            many.push_back(sym(qPrintable(QStringLiteral("K%1/USDT").arg(i))));
        const auto frames = adapter.subscribeFrames(endpoint, many);
        QCOMPARE(frames.size(), size_t(4)); // 100 + 50 per topic kind
        QCOMPARE(frames[0].count("-USDT"), 100);
        QCOMPARE(frames[1].count("-USDT"), 50);
        QVERIFY(frames[2].contains("/market/candles:K0-USDT_1min,K1-USDT_1min,"));
        QVERIFY(adapter.unsubscribeFrames(endpoint, std::span(&btc, 1))[0].contains("\"type\":\"unsubscribe\""));
        const SubscribeLimits limits = adapter.subscribeLimits();
        QCOMPARE(limits.maxTopicsPerMessage, 100);
        QCOMPARE(limits.maxTopicsPerConnection, 300);
        QCOMPARE(limits.minMessageIntervalMs, 100);
        QCOMPARE(limits.maxConnectsPerWindow, 30);
        m_clock.setNowMs(1709294410000);
        QCOMPARE(adapter.pingFrame(), QByteArray("{\"id\":\"1709294410000\",\"type\":\"ping\"}"));
        m_clock.setNowMs(kFixtureNowMs);
    }

    void restRequestsAndBodies()
    {
        KucoinAdapter adapter(m_clock);
        const RestLimits limits = adapter.restLimits();
        QCOMPARE(limits.maxRowsPerRequest, 1500);
        QCOMPARE(limits.weightPerRequest, 3);
        QCOMPARE(limits.weightBudget, 4000);
        QCOMPARE(limits.budgetWindowMs, 30'000LL);
        QVERIFY(limits.newestFirst);
        const RestRequest request = adapter.klineRequest(sym("BTC/USDT"), kM0, kM0 + 5000 * 60'000LL);
        QCOMPARE(request.url, QStringLiteral("https://api.kucoin.com/api/v1/market/candles?type=1min&symbol=BTC-USDT&startAt=1709294400&endAt=1709384340"));
        QCOMPARE(request.weight, 3);
        QCOMPARE(request.coveredToMs, kM0 + 1498 * 60'000LL);
        QCOMPARE(adapter.symbolListRequest().url, QStringLiteral("https://api.kucoin.com/api/v2/symbols"));

        const KlinePage error = adapter.parseKlines("{\"code\":\"400100\",\"msg\":\"This pair is not provided at present\"}", 60'000, kFixtureNowMs);
        QVERIFY(!error.ok);
        QVERIFY(error.error.contains(QLatin1String("not provided")));
        const KlinePage mixed = adapter.parseKlines("{\"code\":\"200000\",\"data\":[[\"1709294460\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\"],"
                                                    "[\"1709294400\",\"1\",\"NaN\",\"1\",\"1\",\"1\",\"1\"],[\"1709294340\",\"1\",\"1\"]]}",
                                                    60'000, kM1 + 60'000);
        QVERIFY(mixed.ok);
        QCOMPARE(mixed.closed.size(), size_t(1));
        QCOMPARE(mixed.rejectedRows, 2);

        const SymbolList list = adapter.parseSymbolList(
            "{\"code\":\"200000\",\"data\":[{\"symbol\":\"BTC-USDT\",\"name\":\"BTC-USDT\",\"baseCurrency\":\"BTC\",\"quoteCurrency\":\"USDT\","
            "\"enableTrading\":true},{\"symbol\":\"ABC-USDT\",\"baseCurrency\":\"ABC\",\"quoteCurrency\":\"USDT\",\"enableTrading\":false}]}");
        QVERIFY2(list.ok, qPrintable(list.error));
        QCOMPARE(list.symbols.size(), size_t(2));
        QVERIFY(list.symbols[0].trading);
        QVERIFY(!list.symbols[1].trading);
    }

    // The {code, msg, data} envelope of the kline answers, exactly: ok pages, error texts, rejected rows.
    void klineEnvelope_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("error code") << QByteArray("{\"code\":\"400100\",\"msg\":\"Instrument ID does not exist\",\"data\":[]}") << QStringLiteral("error: kucoin klines response: code 400100: Instrument ID does not exist");
        QTest::newRow("error code, no msg") << QByteArray("{\"code\":\"400100\"}") << QStringLiteral("error: kucoin klines response: code 400100: ");
        QTest::newRow("error code as number") << QByteArray("{\"code\":400100,\"msg\":\"x\"}") << QStringLiteral("error: kucoin klines response: code 400100: x");
        QTest::newRow("ok code as number") << QByteArray("{\"code\":200000,\"data\":[]}") << QStringLiteral("ok closed=0 forming=0 rejected=0");
        QTest::newRow("no code") << QByteArray("{\"data\":[]}") << QStringLiteral("error: kucoin klines response: code : ");
        QTest::newRow("no data") << QByteArray("{\"code\":\"200000\",\"msg\":\"\"}") << QStringLiteral("error: kucoin klines response: missing data");
        QTest::newRow("data not an array") << QByteArray("{\"code\":\"200000\",\"data\":{}}") << QStringLiteral("error: kucoin klines response: 'data' must be an array");
        QTest::newRow("data null") << QByteArray("{\"code\":\"200000\",\"data\":null}") << QStringLiteral("error: kucoin klines response: 'data' must be an array");
        QTest::newRow("msg not text") << QByteArray("{\"code\":\"200000\",\"msg\":[1],\"data\":[]}") << QStringLiteral("error: kucoin klines response: 'msg' must be a string");
        QTest::newRow("code an object") << QByteArray("{\"code\":{},\"data\":[]}") << QStringLiteral("error: kucoin klines response: 'code' must be a plain string or number, got {");
        QTest::newRow("root an array") << QByteArray("[]") << QStringLiteral("error: kucoin klines response: expected a JSON object");
        QTest::newRow("truncated") << QByteArray("{\"code\":\"200000\",\"data\":[[\"1") << QStringLiteral("error: kucoin klines response: invalid or truncated JSON (A string is opened, but never closed.)");
        QTest::newRow("empty body") << QByteArray("") << QStringLiteral("error: kucoin klines response: invalid or truncated JSON (Empty: no JSON found)");
        QTest::newRow("data first, code after") << QByteArray("{\"data\":[[\"1709294400\",\"1\",\"1.5\",\"2\",\"0.5\",\"3\",\"4\"]],\"code\":\"200000\"}") << QStringLiteral("ok closed=1 forming=0 rejected=0");
        QTest::newRow("error code after rows") << QByteArray("{\"data\":[[\"1709294400\",\"1\",\"1.5\",\"2\",\"0.5\",\"3\",\"4\"]],\"code\":\"400100\",\"msg\":\"later\"}") << QStringLiteral("error: kucoin klines response: code 400100: later");
        QTest::newRow("row not an array") << QByteArray("{\"code\":\"200000\",\"data\":[{\"a\":1},[\"1709294400\",\"1\",\"1.5\",\"2\",\"0.5\",\"3\",\"4\"]]}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 1: 'row' must be an array]");
        QTest::newRow("short row") << QByteArray("{\"code\":\"200000\",\"data\":[[\"1\",\"2\"],[\"1709294400\",\"1\",\"1.5\",\"2\",\"0.5\",\"3\",\"4\"]]}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 1: 2 fields, expected 7]");
        QTest::newRow("NaN row") << QByteArray("{\"code\":\"200000\",\"data\":[[\"1709294460\",\"1\",\"NaN\",\"2\",\"0.5\",\"3\",\"4\"],[\"1709294400\",\"1\",\"1.5\",\"2\",\"0.5\",\"3\",\"4\"]]}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 1: close 'NaN' is not a number]");
        QTest::newRow("negative row") << QByteArray("{\"code\":\"200000\",\"data\":[[\"1709294340\",\"1\",\"1.5\",\"2\",\"0.5\",\"-3\",\"4\"],[\"1709294400\",\"1\",\"1.5\",\"2\",\"0.5\",\"3\",\"4\"]]}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 1: candle volume -3 is negative or not finite]");
        QTest::newRow("duplicate rows") << QByteArray("{\"code\":\"200000\",\"data\":[[\"1709294400\",\"1\",\"1.5\",\"2\",\"0.5\",\"3\",\"4\"],[\"1709294400\",\"1\",\"1.5\",\"2\",\"0.5\",\"3\",\"4\"]]}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 2: duplicate open time 1709294400000]");
        QTest::newRow("two data keys") << QByteArray("{\"code\":\"200000\",\"data\":[[\"1709294400\",\"1\",\"1.5\",\"2\",\"0.5\",\"3\",\"4\"]],\"data\":[[\"1709294400\",\"1\",\"1.5\",\"2\",\"0.5\",\"3\",\"4\"]]}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 2: duplicate open time 1709294400000]");
        QTest::newRow("empty data") << QByteArray("{\"code\":\"200000\",\"data\":[]}") << QStringLiteral("ok closed=0 forming=0 rejected=0");
    }

    void klineEnvelope()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        KucoinAdapter adapter(m_clock);
        QCOMPARE(describeKlinePage(adapter.parseKlines(body, 60'000, kM1 + 120'000)), expected);
    }
};

QTEST_APPLESS_MAIN(TstKucoinAdapter)
#include "tst_kucoinadapter.moc"
