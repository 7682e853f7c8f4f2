#include "feedtestsupport.h"
#include "market/bybitadapter.h"

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

QByteArray trade(const QByteArray &price = "61234.56", const QByteArray &size = "0.012000",
                 const QByteArray &time = "1709294401234", const QByteArray &extra = {})
{
    return "{\"topic\":\"publicTrade.BTCUSDT\",\"ts\":1709294401902,\"type\":\"snapshot\",\"data\":[{\"T\":" + time
        + ",\"s\":\"BTCUSDT\",\"S\":\"Buy\",\"v\":\"" + size + "\",\"p\":\"" + price
        + "\",\"i\":\"2290000000123456000\",\"BT\":false" + extra + "}]}";
}

QByteArray kline(const QByteArray &o, const QByteArray &h, const QByteArray &l, const QByteArray &c,
                 const QByteArray &start = "1709294400000", const QByteArray &end = "1709294459999")
{
    return "{\"topic\":\"kline.1.BTCUSDT\",\"data\":[{\"start\":" + start + ",\"end\":" + end
        + ",\"interval\":\"1\",\"open\":\"" + o + "\",\"close\":\"" + c + "\",\"high\":\"" + h + "\",\"low\":\"" + l
        + "\",\"volume\":\"1\",\"turnover\":\"1\",\"confirm\":false,\"timestamp\":1709294407410}],\"ts\":1709294409000,\"type\":\"snapshot\"}";
}

} // namespace

class TstBybitAdapter : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{kFixtureNowMs};

private slots:
    void everyFixtureLineParses()
    {
        CL_REQUIRE_FEEDS();
        BybitAdapter adapter(m_clock);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("bybit.jsonl"));
        QCOMPARE(lines.size(), 15);
        const QList<FrameKind> expected{FrameKind::Control, FrameKind::Control, FrameKind::Trades,  FrameKind::Candles,
                                        FrameKind::Trades,  FrameKind::Trades,  FrameKind::Candles, FrameKind::Trades,
                                        FrameKind::Trades,  FrameKind::Candles, FrameKind::Candles, FrameKind::Trades,
                                        FrameKind::Candles, FrameKind::Control, FrameKind::Control};
        for (int i = 0; i < lines.size(); ++i) {
            const ParsedFrame &frame = adapter.parseFrame(lines[i]);
            QVERIFY2(frame.kind() == expected[i], qPrintable(QStringLiteral("line %1: %2").arg(i + 1).arg(describe(frame))));
        }
        QCOMPARE(adapter.stats().errors, quint64(0));
        QCOMPARE(adapter.stats().trades, quint64(9));
        QCOMPARE(adapter.stats().candles, quint64(5));
    }

    void fixtureControlFrames()
    {
        CL_REQUIRE_FEEDS();
        BybitAdapter adapter(m_clock);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("bybit.jsonl"));
        const ParsedFrame &ack = adapter.parseFrame(lines[0]);
        QCOMPARE(ack.control().kind, ControlKind::Ack);
        QCOMPARE(ack.control().requestId, QStringLiteral("10001"));
        QCOMPARE(adapter.parseFrame(lines[1]).control().kind, ControlKind::Pong);
        QCOMPARE(adapter.parseFrame(lines[13]).control().kind, ControlKind::Pong);
        const ParsedFrame &error = adapter.parseFrame(lines[14]);
        QCOMPARE(error.control().kind, ControlKind::ExchangeError);
        QCOMPARE(error.control().message, QStringLiteral("args size >10"));
    }

    void fixtureTrades_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("price");
        QTest::addColumn<double>("size");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<TakerSide>("side");
        QTest::newRow("3 linear doc") << 3 << 0 << "20f43950-d8dd-5b31-9112-a178eb6023af" << 16578.50 << 0.001 << 1672304486865LL << TakerSide::Buy;
        QTest::newRow("5a") << 5 << 0 << "2290000000123456000" << 61234.56 << 0.012 << 1709294401234LL << TakerSide::Buy;
        QTest::newRow("5b") << 5 << 1 << "2290000000123456001" << 61235.10 << 0.0045 << 1709294401899LL << TakerSide::Buy;
        QTest::newRow("6") << 6 << 0 << "2290000000123456002" << 61229.99 << 0.25 << 1709294407410LL << TakerSide::Sell;
        QTest::newRow("8") << 8 << 0 << "2290000000123456003" << 61240.00 << 0.1 << 1709294421004LL << TakerSide::Buy;
        QTest::newRow("9a") << 9 << 0 << "2290000000123456004" << 61238.20 << 0.033 << 1709294438777LL << TakerSide::Sell;
        QTest::newRow("9b") << 9 << 1 << "2290000000123456005" << 61236.00 << 0.008 << 1709294459950LL << TakerSide::Sell;
        QTest::newRow("12a") << 12 << 0 << "2290000000123456006" << 61237.50 << 0.05 << 1709294460412LL << TakerSide::Buy;
        QTest::newRow("12b") << 12 << 1 << "2290000000123456007" << 61241.05 << 0.02 << 1709294461890LL << TakerSide::Buy;
    }
    void fixtureTrades()
    {
        CL_REQUIRE_FEEDS();
        QFETCH(int, line);
        QFETCH(int, index);
        QFETCH(QString, id);
        QFETCH(double, price);
        QFETCH(double, size);
        QFETCH(qint64, time);
        QFETCH(TakerSide, side);
        BybitAdapter adapter(m_clock);
        const ParsedFrame &frame = adapter.parseFrame(fixtureLines(QStringLiteral("bybit.jsonl"))[line - 1]);
        QVERIFY(size_t(index) < frame.trades().size());
        const MarketTrade &t = frame.trades()[size_t(index)];
        QCOMPARE(adapter.symbolAt(t.symbol).toString(), QStringLiteral("BTC/USDT"));
        QCOMPARE(t.trade.id, id); // > 2^53: kept as text
        QCOMPARE(t.trade.price, price);
        QCOMPARE(t.trade.size, size);
        QCOMPARE(t.trade.timestamp, time);
        QCOMPARE(t.trade.side, side);
        QCOMPARE(t.firstId, -1LL); // Bybit ids are not contiguous
    }

    void fixtureKlines_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<qint64>("interval");
        QTest::addColumn<qint64>("openTime");
        QTest::addColumn<double>("open");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("close");
        QTest::addColumn<double>("volume");
        QTest::addColumn<CandleState>("state");
        QTest::newRow("4 doc 5m") << 4 << 300'000LL << 1672324800000LL << 16649.5 << 16677.0 << 16608.0 << 16677.0 << 2.081 << CandleState::Forming;
        QTest::newRow("7") << 7 << 60'000LL << kM0 << 61234.56 << 61235.10 << 61229.99 << 61229.99 << 0.2665 << CandleState::Forming;
        QTest::newRow("10") << 10 << 60'000LL << kM0 << 61234.56 << 61240.00 << 61229.99 << 61236.00 << 0.4075 << CandleState::Forming;
        QTest::newRow("11 closed") << 11 << 60'000LL << kM0 << 61234.56 << 61240.00 << 61229.99 << 61236.00 << 0.4075 << CandleState::Closed;
        QTest::newRow("13") << 13 << 60'000LL << kM1 << 61237.50 << 61241.05 << 61237.50 << 61241.05 << 0.07 << CandleState::Forming;
    }
    void fixtureKlines()
    {
        CL_REQUIRE_FEEDS();
        QFETCH(int, line);
        QFETCH(qint64, interval);
        QFETCH(qint64, openTime);
        QFETCH(double, open);
        QFETCH(double, high);
        QFETCH(double, low);
        QFETCH(double, close);
        QFETCH(double, volume);
        QFETCH(CandleState, state);
        BybitAdapter adapter(m_clock);
        const ParsedFrame &frame = adapter.parseFrame(fixtureLines(QStringLiteral("bybit.jsonl"))[line - 1]);
        QCOMPARE(frame.candles().size(), size_t(1));
        const CandleUpdate &c = frame.candles()[0];
        QCOMPARE(adapter.symbolAt(c.symbol).toString(), QStringLiteral("BTC/USDT"));
        QCOMPARE(c.intervalMs, interval);
        QCOMPARE(c.candle.openTime, openTime);
        QCOMPARE(c.candle.open, open);
        QCOMPARE(c.candle.high, high);
        QCOMPARE(c.candle.low, low);
        QCOMPARE(c.candle.close, close);
        QCOMPARE(c.candle.volume, volume);
        QCOMPARE(c.state, state);
    }

    void tapeRebuildsExchangeCandles()
    {
        CL_REQUIRE_FEEDS();
        BybitAdapter adapter(m_clock);
        TapeFold fold;
        std::map<qint64, ExactCandle> klines;
        bool m0Closed = false;
        for (const QByteArray &line : fixtureLines(QStringLiteral("bybit.jsonl"))) {
            const ParsedFrame &frame = adapter.parseFrame(line);
            for (const MarketTrade &t : frame.trades()) {
                if (t.trade.timestamp >= kM0) // line 3 is another day's doc sample
                    fold.add(t.trade);
            }
            for (const CandleUpdate &c : frame.candles()) {
                if (c.intervalMs == 60'000) {
                    klines[c.candle.openTime] = exact(c.candle);
                    m0Closed = m0Closed || (c.candle.openTime == kM0 && c.state == CandleState::Closed);
                }
            }
        }
        QCOMPARE(fold.size(), size_t(8));
        const auto rebuilt = fold.candles();
        QVERIFY(m0Closed);
        QCOMPARE(rebuilt.at(kM0), klines.at(kM0));
        QCOMPARE(rebuilt.at(kM1), klines.at(kM1));
    }

    void restFixtureNewestFirst()
    {
        CL_REQUIRE_FEEDS();
        BybitAdapter adapter(m_clock);
        // The doc sample is an hourly inverse request: parse it as 1 h candles.
        const KlinePage page = adapter.parseKlines(restBody(fixtureLines(QStringLiteral("rest_klines.jsonl"))[2]), 3'600'000, kFixtureNowMs);
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.closed.size(), size_t(3));
        QCOMPARE(page.closed[0].openTime, 1670601600000LL); // sorted ascending
        QCOMPARE(page.closed[0].open, 17086.5);
        QCOMPARE(page.closed[0].high, 17088.0);
        QCOMPARE(page.closed[0].low, 16978.0);
        QCOMPARE(page.closed[0].close, 17071.5);
        QCOMPARE(page.closed[0].volume, 6356.0);
        QCOMPARE(page.closed[2].openTime, 1670608800000LL);
        QCOMPARE(page.closed[2].close, 17055.5);
        // The newest row is the open hour while the exchange's time is inside it.
        const KlinePage live = adapter.parseKlines(restBody(fixtureLines(QStringLiteral("rest_klines.jsonl"))[2]), 3'600'000, 1670608800000LL + 1000);
        QCOMPARE(live.closed.size(), size_t(2));
        QCOMPARE(live.forming.size(), size_t(1));
        QCOMPARE(live.forming[0].openTime, 1670608800000LL);
    }

    void badFrames_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<ParseErrorKind>("kind");
        QTest::addColumn<QString>("reason");
        const QByteArray good = trade();
        QTest::newRow("not json") << QByteArray("{nope}") << ParseErrorKind::Malformed << "";
        QTest::newRow("truncated") << good.left(good.size() - 5) << ParseErrorKind::Malformed << "";
        QTest::newRow("trailing") << QByteArray(good + "x") << ParseErrorKind::Malformed << "";
        QTest::newRow("10 MB") << tenMegabyteFrame() << ParseErrorKind::TooLarge << "";
        QTest::newRow("NaN price") << trade("NaN") << ParseErrorKind::BadPrice << "'NaN'";
        QTest::newRow("negative price") << trade("-1") << ParseErrorKind::BadPrice << "";
        QTest::newRow("zero price") << trade("0") << ParseErrorKind::BadPrice << "";
        QTest::newRow("NaN size") << trade("1", "nan") << ParseErrorKind::BadSize << "";
        QTest::newRow("negative size") << trade("1", "-0.5") << ParseErrorKind::BadSize << "";
        QTest::newRow("zero size") << trade("1", "0.000000") << ParseErrorKind::BadSize << "";
        QTest::newRow("before 2009") << trade("1", "1", "1000000000000") << ParseErrorKind::BadTimestamp << "2009";
        QTest::newRow("future") << trade("1", "1", QByteArray::number(kFixtureNowMs + 600'000)) << ParseErrorKind::BadTimestamp << "future";
        QTest::newRow("duplicate key") << trade("1", "1", "1709294401234", ",\"p\":\"5\"") << ParseErrorKind::DuplicateField << "'p'";
        QTest::newRow("duplicate topic") << QByteArray("{\"topic\":\"publicTrade.BTCUSDT\",\"topic\":\"x\",\"data\":[]}") << ParseErrorKind::DuplicateField << "topic";
        QTest::newRow("side") << QByteArray(trade().replace("\"Buy\"", "\"buy\"")) << ParseErrorKind::BadValue << "side";
        QTest::newRow("missing id") << QByteArray(trade().replace(",\"i\":\"2290000000123456000\"", "")) << ParseErrorKind::MissingField << "'i'";
        QTest::newRow("data not array") << QByteArray("{\"topic\":\"publicTrade.BTCUSDT\",\"data\":{}}") << ParseErrorKind::BadValue << "'data'";
        QTest::newRow("missing data") << QByteArray("{\"topic\":\"publicTrade.BTCUSDT\",\"ts\":1}") << ParseErrorKind::MissingField << "data";
        QTest::newRow("unknown symbol") << QByteArray(trade().replace("\"s\":\"BTCUSDT\"", "\"s\":\"ZZZZZZ\"")) << ParseErrorKind::UnknownSymbol << "ZZZZZZ";
        QTest::newRow("kline inconsistent") << kline("10", "9", "8", "10") << ParseErrorKind::BadPrice << "inconsistent";
        QTest::newRow("kline unaligned") << kline("10", "11", "9", "10", "1709294400500", "1709294460499") << ParseErrorKind::BadTimestamp << "aligned";
        QTest::newRow("kline end") << kline("10", "11", "9", "10", "1709294400000", "1709294400001") << ParseErrorKind::BadTimestamp << "end";
    }
    void badFrames()
    {
        QFETCH(QByteArray, frame);
        QFETCH(ParseErrorKind, kind);
        QFETCH(QString, reason);
        BybitAdapter adapter(m_clock);
        adapter.parseFrame(trade());
        verifyRejected(adapter, frame, kind, reason);
        QCOMPARE(adapter.parseFrame(trade()).kind(), FrameKind::Trades);
    }

    void unknownTopicsAreIgnored()
    {
        BybitAdapter adapter(m_clock);
        // The data shapes of other topics must not be read as trades (data before topic included).
        for (const char *frame : {"{\"data\":{\"s\":\"BTCUSDT\",\"b\":[[\"1\",\"2\"]],\"a\":[],\"u\":1},\"topic\":\"orderbook.50.BTCUSDT\",\"type\":\"delta\"}",
                                  "{\"topic\":\"tickers.BTCUSDT\",\"data\":{\"symbol\":\"BTCUSDT\",\"lastPrice\":\"-1\"}}",
                                  "{\"topic\":\"kline.M.BTCUSDT\",\"data\":[{\"start\":1}]}", "{\"op\":\"auth\",\"success\":true}"}) {
            QVERIFY2(adapter.parseFrame(QByteArray(frame)).kind() == FrameKind::Ignored, frame);
        }
        QCOMPARE(adapter.stats().errors, quint64(0));
        // Key order does not matter: data before topic still parses.
        const QByteArray reordered = "{\"data\":[{\"T\":1709294401234,\"s\":\"BTCUSDT\",\"S\":\"Sell\",\"v\":\"1\",\"p\":\"2\",\"i\":\"7\"}],\"topic\":\"publicTrade.BTCUSDT\"}";
        const ParsedFrame &frame = adapter.parseFrame(reordered);
        QCOMPARE(frame.kind(), FrameKind::Trades);
        QCOMPARE(frame.trades()[0].trade.side, TakerSide::Sell);
    }

    void bigBatchParses()
    {
        // Bybit sends up to 1024 trades in one message.
        BybitAdapter adapter(m_clock);
        QByteArray frame = "{\"topic\":\"publicTrade.BTCUSDT\",\"ts\":1709294401902,\"type\":\"snapshot\",\"data\":[";
        for (int i = 0; i < 1024; ++i) {
            if (i)
                frame += ',';
            frame += "{\"T\":" + QByteArray::number(kM0 + i) + ",\"s\":\"BTCUSDT\",\"S\":\"Buy\",\"v\":\"0.1\",\"p\":\"61234.5\",\"i\":\""
                + QByteArray::number(2290000000123456000LL + i) + "\",\"BT\":false}";
        }
        frame += "]}";
        const ParsedFrame &parsed = adapter.parseFrame(frame);
        QCOMPARE(parsed.trades().size(), size_t(1024));
        QCOMPARE(parsed.trades()[1023].trade.id, QStringLiteral("2290000000123457023"));
    }

    void subscribeFramesBatchTenArgs()
    {
        BybitAdapter adapter(m_clock);
        const Endpoint endpoint = adapter.endpoints()[0];
        QCOMPARE(endpoint.url, QStringLiteral("wss://stream.bybit.com/v5/public/spot"));
        const Symbol btc = sym("BTC/USDT");
        QCOMPARE(adapter.subscribeFrames(endpoint, std::span(&btc, 1)),
                 std::vector<QByteArray>{"{\"req_id\":\"1\",\"op\":\"subscribe\",\"args\":[\"publicTrade.BTCUSDT\",\"kline.1.BTCUSDT\"]}"});
        std::vector<Symbol> symbols;
        for (const char *s : {"BTC/USDT", "ETH/USDT", "SOL/USDT", "XRP/USDT", "ADA/USDT", "DOGE/USDT"})
            symbols.push_back(sym(s));
        const auto frames = adapter.subscribeFrames(endpoint, symbols);
        QCOMPARE(frames.size(), size_t(2)); // 12 args: 10 + 2
        QCOMPARE(frames[0].count("publicTrade.") + frames[0].count("kline.1."), 10);
        QCOMPARE(frames[1], QByteArray("{\"req_id\":\"3\",\"op\":\"subscribe\",\"args\":[\"publicTrade.DOGEUSDT\",\"kline.1.DOGEUSDT\"]}"));
        QCOMPARE(adapter.unsubscribeFrames(endpoint, std::span(&btc, 1))[0],
                 QByteArray("{\"req_id\":\"4\",\"op\":\"unsubscribe\",\"args\":[\"publicTrade.BTCUSDT\",\"kline.1.BTCUSDT\"]}"));
        QCOMPARE(adapter.pingFrame(), QByteArray("{\"req_id\":\"5\",\"op\":\"ping\"}"));
        QCOMPARE(adapter.subscribeLimits().maxTopicsPerMessage, 10);
    }

    void keepAliveAndCloseRule()
    {
        BybitAdapter adapter(m_clock);
        const KeepAlive keepAlive = adapter.keepAlive();
        QCOMPARE(keepAlive.ping, KeepAlive::Ping::TextFrame);
        QCOMPARE(keepAlive.pingIntervalMs, 20'000);
        QVERIFY(!keepAlive.pingOnlyWhenIdle);
        QVERIFY(keepAlive.idleBudgetMs > keepAlive.pingIntervalMs);
        QVERIFY(adapter.candleCloseRule().exchangeFlag);
        QCOMPARE(adapter.subscribeLimits().maxConnectsPerWindow, 500);
    }

    void restRequests()
    {
        BybitAdapter adapter(m_clock);
        const RestLimits limits = adapter.restLimits();
        QCOMPARE(limits.maxRowsPerRequest, 1000);
        QVERIFY(limits.newestFirst);
        QCOMPARE(limits.weightBudget, 600);
        QCOMPARE(limits.budgetWindowMs, 5'000LL);
        const RestRequest request = adapter.klineRequest(sym("BTC/USDT"), kM0, kM0 + 5000 * 60'000LL);
        QCOMPARE(request.url, QStringLiteral("https://api.bybit.com/v5/market/kline?category=spot&symbol=BTCUSDT&interval=1&start=1709294400000&end=1709354340000&limit=1000"));
        QCOMPARE(request.coveredToMs, kM0 + 999 * 60'000LL);
        QCOMPARE(adapter.symbolListRequest().url, QStringLiteral("https://api.bybit.com/v5/market/instruments-info?category=spot"));
    }

    void badRestBodies()
    {
        BybitAdapter adapter(m_clock);
        const KlinePage error = adapter.parseKlines("{\"retCode\":10001,\"retMsg\":\"params error\",\"result\":{},\"time\":1}", 60'000, kFixtureNowMs);
        QVERIFY(!error.ok);
        QVERIFY2(error.error.contains(QLatin1String("params error")), qPrintable(error.error));
        const KlinePage mixed = adapter.parseKlines("{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"list\":["
                                                    "[\"1709294460000\",\"1\",\"2\",\"0.5\",\"1\",\"3\",\"0\"],"
                                                    "[\"1709294400000\",\"1\",\"2\",\"0.5\",\"inf\",\"3\",\"0\"],"
                                                    "[\"1709294340000\",\"1\",\"2\",\"0.5\",\"1\",\"-3\",\"0\"]]}}",
                                                    60'000, kFixtureNowMs);
        QVERIFY(mixed.ok);
        QCOMPARE(mixed.closed.size(), size_t(1));
        QCOMPARE(mixed.rejectedRows, 2);
        QVERIFY(!adapter.parseKlines("{\"retCode\":0,\"result\":{\"list\":[[\"1\"", 60'000, kFixtureNowMs).ok);
    }

    void symbolList()
    {
        BybitAdapter adapter(m_clock);
        const SymbolList list = adapter.parseSymbolList(
            "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"category\":\"spot\",\"list\":[{\"symbol\":\"BTCUSDT\",\"baseCoin\":\"BTC\","
            "\"quoteCoin\":\"USDT\",\"innovation\":\"0\",\"status\":\"Trading\",\"lotSizeFilter\":{\"basePrecision\":\"0.000001\"}},"
            "{\"symbol\":\"ETHUSDC\",\"baseCoin\":\"ETH\",\"quoteCoin\":\"USDC\",\"status\":\"PreLaunch\"}]},\"time\":1}");
        QVERIFY2(list.ok, qPrintable(list.error));
        QCOMPARE(list.symbols.size(), size_t(2));
        QCOMPARE(list.symbols[0].symbol.toString(), QStringLiteral("BTC/USDT"));
        QVERIFY(list.symbols[0].trading);
        QVERIFY(!list.symbols[1].trading);
        QCOMPARE(*BybitAdapter::intervalMs("D"), 86'400'000LL);
        QCOMPARE(*BybitAdapter::intervalMs("240"), 14'400'000LL);
        QVERIFY(!BybitAdapter::intervalMs("M"));
    }

    // The {code, msg, data} envelope of the kline answers, exactly: ok pages, error texts, rejected rows.
    void klineEnvelope_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("error code") << QByteArray("{\"retCode\":10001,\"retMsg\":\"params error\",\"result\":{},\"time\":1}") << QStringLiteral("error: bybit klines response: retCode 10001: params error");
        QTest::newRow("error code, no msg") << QByteArray("{\"retCode\":10001}") << QStringLiteral("error: bybit klines response: retCode 10001: ");
        QTest::newRow("code as text") << QByteArray("{\"retCode\":\"0\",\"result\":{\"list\":[]}}") << QStringLiteral("error: bybit klines response: 'retCode' must be an integer, got \"0\"");
        QTest::newRow("no code") << QByteArray("{\"result\":{\"list\":[]}}") << QStringLiteral("error: bybit klines response: retCode -1: ");
        QTest::newRow("no result") << QByteArray("{\"retCode\":0,\"retMsg\":\"OK\"}") << QStringLiteral("error: bybit klines response: missing result.list");
        QTest::newRow("result without list") << QByteArray("{\"retCode\":0,\"result\":{\"category\":\"spot\"}}") << QStringLiteral("error: bybit klines response: missing result.list");
        QTest::newRow("result not an object") << QByteArray("{\"retCode\":0,\"result\":[]}") << QStringLiteral("error: bybit klines response: 'result' must be an object");
        QTest::newRow("list not an array") << QByteArray("{\"retCode\":0,\"result\":{\"list\":{}}}") << QStringLiteral("error: bybit klines response: 'list' must be an array");
        QTest::newRow("list null") << QByteArray("{\"retCode\":0,\"result\":{\"list\":null}}") << QStringLiteral("error: bybit klines response: 'list' must be an array");
        QTest::newRow("msg not text") << QByteArray("{\"retCode\":0,\"retMsg\":[1],\"result\":{\"list\":[]}}") << QStringLiteral("error: bybit klines response: 'retMsg' must be a string");
        QTest::newRow("root an array") << QByteArray("[]") << QStringLiteral("error: bybit klines response: expected a JSON object");
        QTest::newRow("truncated") << QByteArray("{\"retCode\":0,\"result\":{\"list\":[[\"1") << QStringLiteral("error: bybit klines response: invalid or truncated JSON (A string is opened, but never closed.)");
        QTest::newRow("empty body") << QByteArray("") << QStringLiteral("error: bybit klines response: invalid or truncated JSON (Empty: no JSON found)");
        QTest::newRow("list first, code after") << QByteArray("{\"result\":{\"list\":[[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\"]],\"category\":\"spot\"},\"retCode\":0}") << QStringLiteral("ok closed=1 forming=0 rejected=0");
        QTest::newRow("error code after rows") << QByteArray("{\"result\":{\"list\":[[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\"]]},\"retCode\":10001,\"retMsg\":\"later\"}") << QStringLiteral("error: bybit klines response: retCode 10001: later");
        QTest::newRow("row not an array") << QByteArray("{\"retCode\":0,\"result\":{\"list\":[{\"a\":1},[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\"]]}}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 1: 'row' must be an array]");
        QTest::newRow("short row") << QByteArray("{\"retCode\":0,\"result\":{\"list\":[[\"1\",\"2\"],[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\"]]}}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 1: 2 fields, expected 7]");
        QTest::newRow("NaN row") << QByteArray("{\"retCode\":0,\"result\":{\"list\":[[\"1709294460000\",\"1\",\"2\",\"0.5\",\"NaN\",\"3\",\"4\"],[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\"]]}}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 1: close 'NaN' is not a number]");
        QTest::newRow("negative row") << QByteArray("{\"retCode\":0,\"result\":{\"list\":[[\"1709294340000\",\"1\",\"2\",\"0.5\",\"1.5\",\"-3\",\"4\"],[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\"]]}}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 1: candle volume -3 is negative or not finite]");
        QTest::newRow("duplicate rows") << QByteArray("{\"retCode\":0,\"result\":{\"list\":[[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\"],[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\"]]}}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 2: duplicate open time 1709294400000]");
        // Rows are numbered over the whole body (RawKlineRow::index), also across a repeated "list" key.
        QTest::newRow("two lists") << QByteArray("{\"retCode\":0,\"result\":{\"list\":[[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\"]],\"list\":[[\"1709294400000\",\"1\",\"2\",\"0.5\",\"1.5\",\"3\",\"4\"]]}}") << QStringLiteral("ok closed=1 forming=0 rejected=1 [row 2: duplicate open time 1709294400000]");
        QTest::newRow("empty list") << QByteArray("{\"retCode\":0,\"result\":{\"list\":[]}}") << QStringLiteral("ok closed=0 forming=0 rejected=0");
    }

    void klineEnvelope()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        BybitAdapter adapter(m_clock);
        QCOMPARE(describeKlinePage(adapter.parseKlines(body, 60'000, kM1 + 120'000)), expected);
    }
};

QTEST_APPLESS_MAIN(TstBybitAdapter)
#include "tst_bybitadapter.moc"
