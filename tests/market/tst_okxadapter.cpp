#include "feedtestsupport.h"
#include "market/okxadapter.h"

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

QByteArray trade(const QByteArray &px = "61234.6", const QByteArray &sz = "0.012", const QByteArray &ts = "\"1709294401234\"",
                 const QByteArray &count = "\"1\"", const QByteArray &extra = {})
{
    return "{\"arg\":{\"channel\":\"trades\",\"instId\":\"BTC-USDT\"},\"data\":[{\"instId\":\"BTC-USDT\",\"tradeId\":\"512345001\",\"px\":\""
        + px + "\",\"sz\":\"" + sz + "\",\"side\":\"buy\",\"ts\":" + ts + ",\"count\":" + count + ",\"seqId\":1" + extra + "}]}";
}

QByteArray candle(const QByteArray &row, const QByteArray &channel = "candle1m")
{
    return "{\"arg\":{\"channel\":\"" + channel + "\",\"instId\":\"BTC-USDT\"},\"data\":[" + row + "]}";
}

} // namespace

class TstOkxAdapter : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{kFixtureNowMs};

private slots:
    void everyPublicFixtureLineParses()
    {
        CL_REQUIRE_FEEDS();
        OkxAdapter adapter(m_clock);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("okx.jsonl"));
        QCOMPARE(lines.size(), 14);
        for (int i = 0; i < lines.size(); ++i) {
            const ParsedFrame &frame = adapter.parseFrame(lines[i]);
            const bool control = i == 0 || i == 6 || i >= 11;
            QVERIFY2(frame.kind() == (control ? FrameKind::Control : FrameKind::Trades),
                     qPrintable(QStringLiteral("line %1: %2").arg(i + 1).arg(describe(frame))));
        }
        QCOMPARE(adapter.stats().errors, quint64(0));
        QCOMPARE(adapter.stats().trades, quint64(9));
    }

    void everyBusinessFixtureLineParses()
    {
        CL_REQUIRE_FEEDS();
        OkxAdapter adapter(m_clock);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("okx_business.jsonl"));
        QCOMPARE(lines.size(), 10);
        // Line 2 is the documentation's candle1D sample: its ts 1597026383085 is no day boundary on OKX's
        // UTC+8 grid (nor any other), so it is rejected like any misaligned candle.
        const QList<FrameKind> expected{FrameKind::Control, FrameKind::Error,   FrameKind::Control, FrameKind::Candles,
                                        FrameKind::Candles, FrameKind::Candles, FrameKind::Candles, FrameKind::Candles,
                                        FrameKind::Control, FrameKind::Control};
        for (int i = 0; i < lines.size(); ++i) {
            const ParsedFrame &frame = adapter.parseFrame(lines[i]);
            QVERIFY2(frame.kind() == expected[i], qPrintable(QStringLiteral("line %1: %2").arg(i + 1).arg(describe(frame))));
            if (i == 1) {
                QCOMPARE(frame.error().kind, ParseErrorKind::BadTimestamp);
                QCOMPARE(frame.error().reason, QStringLiteral("okx frame 2: candle open time 1597026383085 is not aligned to its 86400 s interval"));
            }
        }
        QCOMPARE(adapter.stats().candles, quint64(5));
    }

    void fixtureControlFrames()
    {
        CL_REQUIRE_FEEDS();
        OkxAdapter adapter(m_clock);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("okx.jsonl"));
        const ParsedFrame &ack = adapter.parseFrame(lines[0]);
        QCOMPARE(ack.control().kind, ControlKind::Ack);
        QCOMPARE(ack.control().requestId, QStringLiteral("1512"));
        QCOMPARE(ack.control().message, QStringLiteral("trades"));
        QCOMPARE(adapter.parseFrame(lines[6]).control().kind, ControlKind::Pong); // the literal text "pong"
        const ParsedFrame &notice = adapter.parseFrame(lines[11]);
        QCOMPARE(notice.control().kind, ControlKind::ReconnectNotice);
        QCOMPARE(notice.control().code, QStringLiteral("64008"));
        const ParsedFrame &error = adapter.parseFrame(lines[12]);
        QCOMPARE(error.control().kind, ControlKind::ExchangeError);
        QCOMPARE(error.control().code, QStringLiteral("60012"));
        QCOMPARE(error.control().requestId, QStringLiteral("1512"));
        QVERIFY(error.control().message.startsWith(QLatin1String("Invalid request: {\"op\": \"subscribe\"")));
        const ParsedFrame &migrated = adapter.parseFrame(lines[13]);
        QCOMPARE(migrated.control().code, QStringLiteral("64001"));
        QVERIFY(migrated.control().message.contains(QLatin1String("'/business'")));
        const ParsedFrame &business = adapter.parseFrame(fixtureLines(QStringLiteral("okx_business.jsonl"))[9]);
        QCOMPARE(business.control().code, QStringLiteral("60018"));
    }

    void fixtureTrades_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("price");
        QTest::addColumn<double>("size");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<TakerSide>("side");
        QTest::addColumn<qint64>("firstId");
        QTest::newRow("2 doc, 3 fills") << 2 << "130639474" << 42219.9 << 0.12060306 << 1630048897897LL << TakerSide::Buy << 130639472LL;
        QTest::newRow("3") << 3 << "512345001" << 61234.6 << 0.012 << 1709294401234LL << TakerSide::Buy << 512345001LL;
        QTest::newRow("4") << 4 << "512345002" << 61235.1 << 0.0045 << 1709294401899LL << TakerSide::Buy << 512345002LL;
        QTest::newRow("5, 2 fills") << 5 << "512345003" << 61230.0 << 0.25 << 1709294407410LL << TakerSide::Sell << 512345002LL;
        QTest::newRow("6") << 6 << "512345004" << 61240.0 << 0.1 << 1709294421004LL << TakerSide::Buy << 512345004LL;
        QTest::newRow("8") << 8 << "512345005" << 61238.2 << 0.033 << 1709294438777LL << TakerSide::Sell << 512345005LL;
        QTest::newRow("9") << 9 << "512345006" << 61236.0 << 0.008 << 1709294459950LL << TakerSide::Sell << 512345006LL;
        QTest::newRow("10") << 10 << "512345007" << 61237.5 << 0.05 << 1709294460412LL << TakerSide::Buy << 512345007LL;
        QTest::newRow("11") << 11 << "512345008" << 61241.0 << 0.02 << 1709294461890LL << TakerSide::Buy << 512345008LL;
    }
    void fixtureTrades()
    {
        CL_REQUIRE_FEEDS();
        QFETCH(int, line);
        QFETCH(QString, id);
        QFETCH(double, price);
        QFETCH(double, size);
        QFETCH(qint64, time);
        QFETCH(TakerSide, side);
        QFETCH(qint64, firstId);
        OkxAdapter adapter(m_clock);
        const ParsedFrame &frame = adapter.parseFrame(fixtureLines(QStringLiteral("okx.jsonl"))[line - 1]);
        QCOMPARE(frame.trades().size(), size_t(1));
        const MarketTrade &t = frame.trades()[0];
        QCOMPARE(adapter.symbolAt(t.symbol).toString(), QStringLiteral("BTC/USDT"));
        QCOMPARE(t.trade.id, id);
        QCOMPARE(t.trade.price, price);
        QCOMPARE(t.trade.size, size);
        QCOMPARE(t.trade.timestamp, time);
        QCOMPARE(t.trade.side, side);
        QCOMPARE(t.firstId, firstId);
        QCOMPARE(t.lastId, id.toLongLong());
    }

    void fixtureCandles_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<qint64>("openTime");
        QTest::addColumn<double>("open");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("close");
        QTest::addColumn<double>("volume");
        QTest::addColumn<CandleState>("state");
        QTest::newRow("4") << 4 << kM0 << 61234.6 << 61235.1 << 61234.6 << 61235.1 << 0.0165 << CandleState::Forming;
        QTest::newRow("5") << 5 << kM0 << 61234.6 << 61240.0 << 61230.0 << 61240.0 << 0.3665 << CandleState::Forming;
        QTest::newRow("6") << 6 << kM0 << 61234.6 << 61240.0 << 61230.0 << 61236.0 << 0.4075 << CandleState::Forming;
        QTest::newRow("7 closed") << 7 << kM0 << 61234.6 << 61240.0 << 61230.0 << 61236.0 << 0.4075 << CandleState::Closed;
        QTest::newRow("8") << 8 << kM1 << 61237.5 << 61241.0 << 61237.5 << 61241.0 << 0.07 << CandleState::Forming;
    }
    void fixtureCandles()
    {
        CL_REQUIRE_FEEDS();
        QFETCH(int, line);
        QFETCH(qint64, openTime);
        QFETCH(double, open);
        QFETCH(double, high);
        QFETCH(double, low);
        QFETCH(double, close);
        QFETCH(double, volume);
        QFETCH(CandleState, state);
        OkxAdapter adapter(m_clock);
        const ParsedFrame &frame = adapter.parseFrame(fixtureLines(QStringLiteral("okx_business.jsonl"))[line - 1]);
        QCOMPARE(frame.candles().size(), size_t(1));
        const CandleUpdate &c = frame.candles()[0];
        QCOMPARE(adapter.symbolAt(c.symbol).toString(), QStringLiteral("BTC/USDT"));
        QCOMPARE(c.intervalMs, 60'000LL);
        QCOMPARE(c.candle.openTime, openTime);
        QCOMPARE(c.candle.open, open);
        QCOMPARE(c.candle.high, high);
        QCOMPARE(c.candle.low, low);
        QCOMPARE(c.candle.close, close);
        QCOMPARE(c.candle.volume, volume);
        QCOMPARE(c.state, state);
    }

    void tapeRebuildsBusinessCandles()
    {
        CL_REQUIRE_FEEDS();
        OkxAdapter adapter(m_clock);
        TapeFold fold;
        for (const QByteArray &line : fixtureLines(QStringLiteral("okx.jsonl"))) {
            for (const MarketTrade &t : adapter.parseFrame(line).trades()) {
                if (t.trade.timestamp >= kM0)
                    fold.add(t.trade);
            }
        }
        std::map<qint64, ExactCandle> candles;
        std::map<qint64, CandleState> states;
        for (const QByteArray &line : fixtureLines(QStringLiteral("okx_business.jsonl"))) {
            for (const CandleUpdate &c : adapter.parseFrame(line).candles()) {
                candles[c.candle.openTime] = exact(c.candle);
                states[c.candle.openTime] = c.state;
            }
        }
        const auto rebuilt = fold.candles();
        QCOMPARE(rebuilt.size(), size_t(2));
        QCOMPARE(states.at(kM0), CandleState::Closed);
        QCOMPARE(rebuilt.at(kM0), candles.at(kM0));
        QCOMPARE(rebuilt.at(kM1), candles.at(kM1));
    }

    void restFixtureRowsAreRejectedWithReasons()
    {
        CL_REQUIRE_FEEDS();
        OkxAdapter adapter(m_clock);
        // The documentation's history-candles sample has two rows with the same, unaligned ts.
        const KlinePage page = adapter.parseKlines(restBody(fixtureLines(QStringLiteral("rest_klines.jsonl"))[3]), 60'000, kFixtureNowMs);
        QVERIFY2(page.ok, qPrintable(page.error));
        QVERIFY(page.closed.empty());
        QCOMPARE(page.rejectedRows, 2);
        QCOMPARE(page.rejectReasons[0], QStringLiteral("row 1: candle open time 1597026383085 is not aligned to its 60 s interval"));
    }

    void restConfirmFlagAndOrder()
    {
        OkxAdapter adapter(m_clock);
        const QByteArray body = "{\"code\":\"0\",\"msg\":\"\",\"data\":["
                                "[\"1709294460000\",\"61237.5\",\"61241.0\",\"61237.5\",\"61241.0\",\"0.07\",\"4286.695\",\"4286.695\",\"0\"],"
                                "[\"1709294400000\",\"61234.6\",\"61240.0\",\"61230.0\",\"61236.0\",\"0.4075\",\"1\",\"1\",\"1\"]]}";
        // Even long after the minute, a row flagged confirm=0 is never closed.
        const KlinePage page = adapter.parseKlines(body, 60'000, kFixtureNowMs);
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.closed.size(), size_t(1));
        QCOMPARE(page.closed[0].openTime, kM0);
        QCOMPARE(page.closed[0].volume, 0.4075);
        QCOMPARE(page.forming.size(), size_t(1));
        QCOMPARE(page.forming[0].openTime, kM1);
        const KlinePage error = adapter.parseKlines("{\"code\":\"51001\",\"msg\":\"Instrument ID does not exist\",\"data\":[]}", 60'000, kFixtureNowMs);
        QVERIFY(!error.ok);
        QVERIFY(error.error.contains(QLatin1String("51001")));
    }

    void badFrames_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<ParseErrorKind>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("ping") << ParseErrorKind::Malformed << "";
        QTest::newRow("pong with newline") << QByteArray("pong\n") << ParseErrorKind::Malformed << "";
        QTest::newRow("truncated") << trade().chopped(3) << ParseErrorKind::Malformed << "";
        QTest::newRow("10 MB") << tenMegabyteFrame() << ParseErrorKind::TooLarge << "";
        QTest::newRow("NaN px") << trade("NaN") << ParseErrorKind::BadPrice << "";
        QTest::newRow("negative px") << trade("-61234.6") << ParseErrorKind::BadPrice << "";
        QTest::newRow("zero px") << trade("0") << ParseErrorKind::BadPrice << "";
        QTest::newRow("NaN sz") << trade("1", "NaN") << ParseErrorKind::BadSize << "";
        QTest::newRow("negative sz") << trade("1", "-1") << ParseErrorKind::BadSize << "";
        QTest::newRow("before 2009") << trade("1", "1", "\"1199145600000\"") << ParseErrorKind::BadTimestamp << "2009";
        QTest::newRow("future") << trade("1", "1", "\"" + QByteArray::number(kFixtureNowMs + 3'600'000) + "\"") << ParseErrorKind::BadTimestamp << "future";
        QTest::newRow("ts not digits") << trade("1", "1", "\"17092944x\"") << ParseErrorKind::BadValue << "'ts'";
        QTest::newRow("count zero") << trade("1", "1", "\"1709294401234\"", "\"0\"") << ParseErrorKind::BadValue << "count";
        QTest::newRow("duplicate sz") << trade("1", "1", "\"1709294401234\"", "\"1\"", ",\"sz\":\"9\"") << ParseErrorKind::DuplicateField << "'sz'";
        QTest::newRow("tradeId not numeric") << QByteArray(trade().replace("\"512345001\"", "\"5123x\"")) << ParseErrorKind::BadValue << "trade id";
        QTest::newRow("tradeId too big") << QByteArray(trade().replace("\"512345001\"", "\"9999999999999999999\"")) << ParseErrorKind::BadValue << "64 bits";
        QTest::newRow("candle short row") << candle("[\"1709294400000\",\"1\"]") << ParseErrorKind::MissingField << "9";
        QTest::newRow("candle confirm") << candle("[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1\",\"1\",\"1\",\"1\",\"2\"]") << ParseErrorKind::BadValue << "confirm";
        QTest::newRow("candle inconsistent") << candle("[\"1709294400000\",\"1\",\"0.9\",\"0.5\",\"1\",\"1\",\"1\",\"1\",\"0\"]") << ParseErrorKind::BadPrice << "inconsistent";
        QTest::newRow("candle NaN volume") << candle("[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1\",\"NaN\",\"1\",\"1\",\"0\"]") << ParseErrorKind::BadSize << "volume";
        QTest::newRow("candle1D off the UTC+8 grid") << candle("[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1\",\"1\",\"1\",\"1\",\"0\"]", "candle1D") << ParseErrorKind::BadTimestamp << "aligned";
        QTest::newRow("duplicate arg") << QByteArray("{\"arg\":{\"channel\":\"trades\"},\"arg\":{},\"data\":[]}") << ParseErrorKind::DuplicateField << "arg";
    }
    void badFrames()
    {
        QFETCH(QByteArray, frame);
        QFETCH(ParseErrorKind, kind);
        QFETCH(QString, reason);
        OkxAdapter adapter(m_clock);
        adapter.parseFrame(trade());
        verifyRejected(adapter, frame, kind, reason);
        QCOMPARE(adapter.parseFrame(trade()).kind(), FrameKind::Trades);
    }

    void utcPlus8Alignment()
    {
        OkxAdapter adapter(m_clock);
        // 2024-03-01T16:00:00Z is midnight in UTC+8: a valid candle1D open; candle1Dutc wants 00:00Z.
        const QByteArray row = "[\"1709308800000\",\"1\",\"2\",\"0.5\",\"1\",\"1\",\"1\",\"1\",\"0\"]";
        QCOMPARE(adapter.parseFrame(candle(row, "candle1D")).kind(), FrameKind::Candles);
        QCOMPARE(adapter.parseFrame(candle(row, "candle1Dutc")).kind(), FrameKind::Error);
        QCOMPARE(OkxAdapter::candleInterval("candle4H")->alignOffsetMs, 8 * 3'600'000LL);
        QCOMPARE(OkxAdapter::candleInterval("candle15m")->ms, 900'000LL);
        QVERIFY(!OkxAdapter::candleInterval("candle1M"));
        QVERIFY(!OkxAdapter::candleInterval("trades"));
    }

    void unknownChannelsAreIgnored()
    {
        OkxAdapter adapter(m_clock);
        for (const char *frame : {"{\"arg\":{\"channel\":\"books\",\"instId\":\"BTC-USDT\"},\"action\":\"snapshot\",\"data\":[{\"asks\":[],\"bids\":[],\"ts\":\"1\"}]}",
                                  "{\"data\":[{\"instId\":\"BTC-USDT\",\"last\":\"-1\"}],\"arg\":{\"channel\":\"tickers\",\"instId\":\"BTC-USDT\"}}",
                                  "{\"event\":\"channel-conn-count\",\"channel\":\"trades\",\"connCount\":\"2\",\"connId\":\"a\"}",
                                  "{\"event\":\"notice\",\"code\":\"64009\",\"msg\":\"something else\"}"}) {
            QVERIFY2(adapter.parseFrame(QByteArray(frame)).kind() == FrameKind::Ignored, frame);
        }
        QCOMPARE(adapter.stats().errors, quint64(0));
    }

    void endpointsAndSubscribeFrames()
    {
        OkxAdapter adapter(m_clock);
        const std::vector<Endpoint> endpoints = adapter.endpoints();
        QCOMPARE(endpoints.size(), size_t(2));
        QCOMPARE(endpoints[0].url, QStringLiteral("wss://ws.okx.com:8443/ws/v5/public"));
        QCOMPARE(endpoints[1].url, QStringLiteral("wss://ws.okx.com:8443/ws/v5/business"));
        const Symbol btc = sym("BTC/USDT");
        QCOMPARE(adapter.subscribeFrames(endpoints[0], std::span(&btc, 1))[0],
                 QByteArray("{\"id\":\"1\",\"op\":\"subscribe\",\"args\":[{\"channel\":\"trades\",\"instId\":\"BTC-USDT\"}]}"));
        QCOMPARE(adapter.subscribeFrames(endpoints[1], std::span(&btc, 1))[0],
                 QByteArray("{\"id\":\"2\",\"op\":\"subscribe\",\"args\":[{\"channel\":\"candle1m\",\"instId\":\"BTC-USDT\"}]}"));
        QCOMPARE(adapter.unsubscribeFrames(endpoints[0], std::span(&btc, 1))[0],
                 QByteArray("{\"id\":\"3\",\"op\":\"unsubscribe\",\"args\":[{\"channel\":\"trades\",\"instId\":\"BTC-USDT\"}]}"));
        // 64 KB per request: 3000 instruments need several requests, each within the limit.
        std::vector<Symbol> many;
        for (int i = 0; i < 3000; ++i)
            many.push_back(sym(qPrintable(QStringLiteral("T%1/USDT").arg(i))));
        const auto frames = adapter.subscribeFrames(endpoints[0], many);
        QVERIFY(frames.size() > 1);
        int args = 0;
        for (const QByteArray &frame : frames) {
            QVERIFY(frame.size() <= 64 * 1024);
            args += int(frame.count("\"channel\""));
        }
        QCOMPARE(args, 3000);
        QCOMPARE(adapter.pingFrame(), QByteArray("ping"));
        adapter.setWebSocketBaseUrl(QStringLiteral("ws://127.0.0.1:9000"));
        QCOMPARE(adapter.endpoints()[1].url, QStringLiteral("ws://127.0.0.1:9000/ws/v5/business"));
    }

    void limitsKeepAliveAndRest()
    {
        OkxAdapter adapter(m_clock);
        const KeepAlive keepAlive = adapter.keepAlive();
        QCOMPARE(keepAlive.ping, KeepAlive::Ping::TextFrame);
        QVERIFY(keepAlive.pingOnlyWhenIdle);
        QVERIFY(keepAlive.pingIntervalMs < 30'000);
        QCOMPARE(keepAlive.idleBudgetMs, 30'000);
        const SubscribeLimits limits = adapter.subscribeLimits();
        QCOMPARE(limits.maxSubscribeOpsPerHour, 480);
        QCOMPARE(limits.maxConnectsPerWindow, 3);
        QCOMPARE(limits.maxMessageBytes, 65536);
        QVERIFY(adapter.candleCloseRule().exchangeFlag);
        const RestLimits rest = adapter.restLimits();
        QCOMPARE(rest.maxRowsPerRequest, 300);
        QCOMPARE(rest.paging, RestLimits::Paging::Backward);
        QVERIFY(rest.newestFirst);
        QCOMPARE(rest.weightBudget, 20);
        QCOMPARE(rest.budgetWindowMs, 2'000LL);
        // Backward: the newest 300 minutes of the range first.
        const qint64 to = kM0 + 999 * 60'000LL;
        const RestRequest request = adapter.klineRequest(sym("BTC/USDT"), kM0, to);
        QCOMPARE(request.url, QStringLiteral("https://www.okx.com/api/v5/market/history-candles?instId=BTC-USDT&bar=1m&after=1709354400000&before=1709336340000&limit=300"));
        QCOMPARE(request.coveredToMs, to);
        QCOMPARE(request.coveredFromMs, to - 299 * 60'000LL);
        QCOMPARE(adapter.symbolListRequest().url, QStringLiteral("https://www.okx.com/api/v5/public/instruments?instType=SPOT"));
    }

    void symbolList()
    {
        OkxAdapter adapter(m_clock);
        const SymbolList list = adapter.parseSymbolList(
            "{\"code\":\"0\",\"msg\":\"\",\"data\":[{\"instType\":\"SPOT\",\"instId\":\"BTC-USDT\",\"baseCcy\":\"BTC\",\"quoteCcy\":\"USDT\","
            "\"state\":\"live\",\"tickSz\":\"0.1\"},{\"instId\":\"OLD-USDT\",\"baseCcy\":\"OLD\",\"quoteCcy\":\"USDT\",\"state\":\"suspend\"}]}");
        QVERIFY2(list.ok, qPrintable(list.error));
        QCOMPARE(list.symbols.size(), size_t(2));
        QCOMPARE(list.symbols[0].native, QStringLiteral("BTC-USDT"));
        QVERIFY(list.symbols[0].trading);
        QVERIFY(!list.symbols[1].trading);
        QVERIFY(!adapter.parseSymbolList("{\"code\":\"50011\",\"data\":[]}").ok);
    }

    // The {code, msg, data} envelope of the kline answers, exactly: ok pages, error texts, rejected rows.
    void klineEnvelope_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("error code") << QByteArray("{\"code\":\"51001\",\"msg\":\"Instrument ID does not exist\",\"data\":[]}") << QStringLiteral("error: okx klines response: code 51001: Instrument ID does not exist");
        QTest::newRow("error code, no msg") << QByteArray("{\"code\":\"51001\"}") << QStringLiteral("error: okx klines response: code 51001: ");
        QTest::newRow("error code as number") << QByteArray("{\"code\":51001,\"msg\":\"x\"}") << QStringLiteral("error: okx klines response: code 51001: x");
        QTest::newRow("ok code as number") << QByteArray("{\"code\":0,\"data\":[]}") << QStringLiteral("ok closed=0 forming=0 rejected=0");
        QTest::newRow("no code") << QByteArray("{\"data\":[]}") << QStringLiteral("error: okx klines response: code : ");
        QTest::newRow("no data") << QByteArray("{\"code\":\"0\",\"msg\":\"\"}") << QStringLiteral("error: okx klines response: missing data");
        QTest::newRow("data not an array") << QByteArray("{\"code\":\"0\",\"data\":{}}") << QStringLiteral("error: okx klines response: 'data' must be an array");
        QTest::newRow("data null") << QByteArray("{\"code\":\"0\",\"data\":null}") << QStringLiteral("error: okx klines response: 'data' must be an array");
        QTest::newRow("msg not text") << QByteArray("{\"code\":\"0\",\"msg\":[1],\"data\":[]}") << QStringLiteral("error: okx klines response: 'msg' must be a string");
        QTest::newRow("code an object") << QByteArray("{\"code\":{},\"data\":[]}") << QStringLiteral("error: okx klines response: 'code' must be a plain string or number, got {");
        QTest::newRow("root an array") << QByteArray("[]") << QStringLiteral("error: okx klines response: expected a JSON object");
        QTest::newRow("truncated") << QByteArray("{\"code\":\"0\",\"data\":[[\"1") << QStringLiteral("error: okx klines response: invalid or truncated JSON (A string is opened, but never closed.)");
        QTest::newRow("empty body") << QByteArray("") << QStringLiteral("error: okx klines response: invalid or truncated JSON (Empty: no JSON found)");
        QTest::newRow("data first, code after") << QByteArray("{\"data\":[[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\",\"5\",\"1\"]],\"code\":\"0\"}") << QStringLiteral("ok closed=1 forming=0 rejected=0");
        QTest::newRow("error code after rows") << QByteArray("{\"data\":[[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\",\"5\",\"1\"]],\"code\":\"51001\",\"msg\":\"later\"}") << QStringLiteral("error: okx klines response: code 51001: later");
        QTest::newRow("row not an array") << QByteArray("{\"code\":\"0\",\"data\":[{\"a\":1},[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\",\"5\",\"1\"]]}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 1: 'row' must be an array]");
        QTest::newRow("short row") << QByteArray("{\"code\":\"0\",\"data\":[[\"1\",\"2\"],[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\",\"5\",\"1\"]]}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 1: 2 fields, expected 9]");
        QTest::newRow("NaN row") << QByteArray("{\"code\":\"0\",\"data\":[[\"1709294460000\",\"1\",\"2\",\"0.5\",\"NaN\",\"3\",\"4\",\"5\",\"1\"],[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\",\"5\",\"1\"]]}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 1: close 'NaN' is not a number]");
        QTest::newRow("negative row") << QByteArray("{\"code\":\"0\",\"data\":[[\"1709294340000\",\"1\",\"2\",\"0.5\",\"1.5\",\"-3\",\"4\",\"5\",\"1\"],[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\",\"5\",\"1\"]]}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 1: candle volume -3 is negative or not finite]");
        QTest::newRow("duplicate rows") << QByteArray("{\"code\":\"0\",\"data\":[[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\",\"5\",\"1\"],[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\",\"5\",\"1\"]]}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 2: duplicate open time 1709294400000]");
        QTest::newRow("two data keys") << QByteArray("{\"code\":\"0\",\"data\":[[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\",\"5\",\"1\"]],\"data\":[[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\",\"5\",\"1\"]]}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 2: duplicate open time 1709294400000]");
        QTest::newRow("empty data") << QByteArray("{\"code\":\"0\",\"data\":[]}") << QStringLiteral("ok closed=0 forming=0 rejected=0");
        QTest::newRow("bad confirm") << QByteArray("{\"code\":\"0\",\"data\":[[\"1709294460000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\",\"5\",\"2\"]]}") << QStringLiteral("ok closed=0 forming=0 rejected=1 [row 1: confirm '2' is neither 0 nor 1]");
        QTest::newRow("unconfirmed") << QByteArray("{\"code\":\"0\",\"data\":[[\"1709294460000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\",\"5\",\"0\"]]}") << QStringLiteral("ok closed=0 forming=1 rejected=0");
    }

    void klineEnvelope()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        OkxAdapter adapter(m_clock);
        QCOMPARE(describeKlinePage(adapter.parseKlines(body, 60'000, kM1 + 120'000)), expected);
    }
};

QTEST_APPLESS_MAIN(TstOkxAdapter)
#include "tst_okxadapter.moc"
