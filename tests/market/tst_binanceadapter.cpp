#include "feedtestsupport.h"
#include "market/binanceadapter.h"

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

QByteArray trade(const QByteArray &price = "61234.56000000", const QByteArray &qty = "0.01200000",
                 const QByteArray &time = "1709294401234", const QByteArray &extra = {})
{
    return "{\"e\":\"trade\",\"E\":1709294401236,\"s\":\"BTCUSDT\",\"t\":3456789001,\"p\":\"" + price + "\",\"q\":\"" + qty
        + "\",\"T\":" + time + ",\"m\":false,\"M\":true" + extra + "}";
}

QByteArray kline(const QByteArray &o, const QByteArray &h, const QByteArray &l, const QByteArray &c,
                 const QByteArray &v = "0.4", const QByteArray &t = "1709294400000", const QByteArray &closeT = "1709294459999")
{
    return "{\"e\":\"kline\",\"E\":1709294408000,\"s\":\"BTCUSDT\",\"k\":{\"t\":" + t + ",\"T\":" + closeT
        + ",\"s\":\"BTCUSDT\",\"i\":\"1m\",\"o\":\"" + o + "\",\"c\":\"" + c + "\",\"h\":\"" + h + "\",\"l\":\"" + l
        + "\",\"v\":\"" + v + "\",\"n\":3,\"x\":false}}";
}

} // namespace

class TstBinanceAdapter : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{kFixtureNowMs};

private slots:
    void everyFixtureLineParses()
    {
        CL_REQUIRE_FEEDS();
        BinanceAdapter adapter(m_clock);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("binance.jsonl"));
        QCOMPARE(lines.size(), 19);
        // Line 4 is the documentation's kline sample, whose low (0.0015) lies above its open (0.0010): invalid
        // OHLC is rejected like any other bad candle, with the reason.
        const QList<FrameKind> expected{FrameKind::Control, FrameKind::Trades, FrameKind::Trades, FrameKind::Error,
                                        FrameKind::Control, FrameKind::Trades, FrameKind::Trades, FrameKind::Trades,
                                        FrameKind::Candles, FrameKind::Trades, FrameKind::Trades, FrameKind::Trades,
                                        FrameKind::Candles, FrameKind::Candles, FrameKind::Trades, FrameKind::Trades,
                                        FrameKind::Candles, FrameKind::Control, FrameKind::Control};
        for (int i = 0; i < lines.size(); ++i) {
            const ParsedFrame &frame = adapter.parseFrame(lines[i]);
            QVERIFY2(frame.kind() == expected[i], qPrintable(QStringLiteral("line %1: %2").arg(i + 1).arg(describe(frame))));
            QCOMPARE(frame.frameNumber(), quint64(i + 1));
            if (i == 3) {
                QCOMPARE(frame.error().kind, ParseErrorKind::BadPrice);
                QCOMPARE(frame.error().reason, QStringLiteral("binance frame 4: candle OHLC 0.001/0.0025/0.0015/0.002 is "
                                                              "inconsistent (low <= open, close <= high)"));
            }
        }
        QCOMPARE(adapter.stats().frames, quint64(19));
        QCOMPARE(adapter.stats().errors, quint64(1));
        QCOMPARE(adapter.stats().ignored, quint64(0));
        QCOMPARE(adapter.stats().trades, quint64(10));
        QCOMPARE(adapter.stats().candles, quint64(4));
    }

    void fixtureControlFrames()
    {
        CL_REQUIRE_FEEDS();
        BinanceAdapter adapter(m_clock);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("binance.jsonl"));

        const ParsedFrame &ack = adapter.parseFrame(lines[0]);
        QCOMPARE(ack.control().kind, ControlKind::Ack);
        QCOMPARE(ack.control().requestId, QStringLiteral("1"));

        const ParsedFrame &list = adapter.parseFrame(lines[4]);
        QCOMPARE(list.control().kind, ControlKind::Ack);
        QCOMPARE(list.control().requestId, QStringLiteral("3"));
        QCOMPARE(list.control().message, QStringLiteral("btcusdt@trade,btcusdt@kline_1m"));

        const ParsedFrame &error = adapter.parseFrame(lines[17]);
        QCOMPARE(error.control().kind, ControlKind::ExchangeError);
        QCOMPARE(error.control().code, QStringLiteral("3"));
        QCOMPARE(error.control().message, QStringLiteral("Invalid JSON: expected value at line 1 column 1"));

        const ParsedFrame &shutdown = adapter.parseFrame(lines[18]);
        QCOMPARE(shutdown.control().kind, ControlKind::ReconnectNotice);
        QCOMPARE(shutdown.control().serverTimeMs, 1770123456789LL);
    }

    void fixtureTrades_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("price");
        QTest::addColumn<double>("size");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<TakerSide>("side");
        QTest::addColumn<qint64>("firstId");
        QTest::addColumn<qint64>("lastId");
        // m=true (buyer is maker) means the taker sold.
        QTest::newRow("2 doc trade") << 2 << "BNB/BTC" << "12345" << 0.001 << 100.0 << 1672515782136LL << TakerSide::Sell << 12345LL << 12345LL;
        QTest::newRow("3 aggTrade") << 3 << "BNB/BTC" << "12345" << 0.001 << 100.0 << 1672515782136LL << TakerSide::Sell << 100LL << 105LL;
        QTest::newRow("6") << 6 << "BTC/USDT" << "3456789001" << 61234.56 << 0.012 << 1709294401234LL << TakerSide::Buy << 3456789001LL << 3456789001LL;
        QTest::newRow("7") << 7 << "BTC/USDT" << "3456789002" << 61235.10 << 0.0045 << 1709294401899LL << TakerSide::Buy << 3456789002LL << 3456789002LL;
        QTest::newRow("8") << 8 << "BTC/USDT" << "3456789003" << 61229.99 << 0.25 << 1709294407410LL << TakerSide::Sell << 3456789003LL << 3456789003LL;
        QTest::newRow("10") << 10 << "BTC/USDT" << "3456789004" << 61240.00 << 0.1 << 1709294421004LL << TakerSide::Buy << 3456789004LL << 3456789004LL;
        QTest::newRow("11") << 11 << "BTC/USDT" << "3456789005" << 61238.20 << 0.033 << 1709294438777LL << TakerSide::Sell << 3456789005LL << 3456789005LL;
        QTest::newRow("12") << 12 << "BTC/USDT" << "3456789006" << 61236.00 << 0.008 << 1709294459950LL << TakerSide::Sell << 3456789006LL << 3456789006LL;
        QTest::newRow("15 combined") << 15 << "BTC/USDT" << "3456789007" << 61237.50 << 0.05 << 1709294460412LL << TakerSide::Buy << 3456789007LL << 3456789007LL;
        QTest::newRow("16") << 16 << "BTC/USDT" << "3456789008" << 61241.05 << 0.02 << 1709294461890LL << TakerSide::Buy << 3456789008LL << 3456789008LL;
    }
    void fixtureTrades()
    {
        CL_REQUIRE_FEEDS();
        QFETCH(int, line);
        QFETCH(QString, symbol);
        QFETCH(QString, id);
        QFETCH(double, price);
        QFETCH(double, size);
        QFETCH(qint64, time);
        QFETCH(TakerSide, side);
        QFETCH(qint64, firstId);
        QFETCH(qint64, lastId);
        BinanceAdapter adapter(m_clock);
        const ParsedFrame &frame = adapter.parseFrame(fixtureLines(QStringLiteral("binance.jsonl"))[line - 1]);
        QCOMPARE(frame.trades().size(), size_t(1));
        const MarketTrade &t = frame.trades()[0];
        QCOMPARE(adapter.symbolAt(t.symbol).toString(), symbol);
        QCOMPARE(t.trade.id, id);
        QCOMPARE(t.trade.price, price);
        QCOMPARE(t.trade.size, size);
        QCOMPARE(t.trade.timestamp, time);
        QCOMPARE(t.trade.side, side);
        QCOMPARE(t.firstId, firstId);
        QCOMPARE(t.lastId, lastId);
    }

    void fixtureKlines_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<qint64>("openTime");
        QTest::addColumn<double>("open");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("close");
        QTest::addColumn<double>("volume");
        QTest::addColumn<CandleState>("state");
        QTest::addColumn<qint64>("trades");
        QTest::newRow("9") << 9 << "BTC/USDT" << kM0 << 61234.56 << 61235.10 << 61229.99 << 61229.99 << 0.2665 << CandleState::Forming << 3LL;
        QTest::newRow("13") << 13 << "BTC/USDT" << kM0 << 61234.56 << 61240.00 << 61229.99 << 61236.00 << 0.4075 << CandleState::Forming << 6LL;
        QTest::newRow("14 closed") << 14 << "BTC/USDT" << kM0 << 61234.56 << 61240.00 << 61229.99 << 61236.00 << 0.4075 << CandleState::Closed << 6LL;
        QTest::newRow("17") << 17 << "BTC/USDT" << kM1 << 61237.50 << 61241.05 << 61237.50 << 61241.05 << 0.07 << CandleState::Forming << 2LL;
    }
    void fixtureKlines()
    {
        CL_REQUIRE_FEEDS();
        QFETCH(int, line);
        QFETCH(QString, symbol);
        QFETCH(qint64, openTime);
        QFETCH(double, open);
        QFETCH(double, high);
        QFETCH(double, low);
        QFETCH(double, close);
        QFETCH(double, volume);
        QFETCH(CandleState, state);
        QFETCH(qint64, trades);
        BinanceAdapter adapter(m_clock);
        const ParsedFrame &frame = adapter.parseFrame(fixtureLines(QStringLiteral("binance.jsonl"))[line - 1]);
        QCOMPARE(frame.candles().size(), size_t(1));
        const CandleUpdate &c = frame.candles()[0];
        QCOMPARE(adapter.symbolAt(c.symbol).toString(), symbol);
        QCOMPARE(c.intervalMs, 60'000LL);
        QCOMPARE(c.candle.openTime, openTime);
        QCOMPARE(c.candle.open, open);
        QCOMPARE(c.candle.high, high);
        QCOMPARE(c.candle.low, low);
        QCOMPARE(c.candle.close, close);
        QCOMPARE(c.candle.volume, volume);
        QCOMPARE(c.state, state);
        QCOMPARE(c.tradeCount, trades);
    }

    void tapeRebuildsExchangeCandles()
    {
        CL_REQUIRE_FEEDS();
        BinanceAdapter adapter(m_clock);
        TapeFold fold;
        std::map<qint64, ExactCandle> klines;
        std::map<qint64, bool> closed;
        for (const QByteArray &line : fixtureLines(QStringLiteral("binance.jsonl"))) {
            const ParsedFrame &frame = adapter.parseFrame(line);
            for (const MarketTrade &t : frame.trades()) {
                if (adapter.symbolAt(t.symbol).toString() == QLatin1String("BTC/USDT"))
                    fold.add(t.trade);
            }
            for (const CandleUpdate &c : frame.candles()) {
                if (adapter.symbolAt(c.symbol).toString() == QLatin1String("BTC/USDT")) {
                    klines[c.candle.openTime] = exact(c.candle); // the latest update of a minute wins
                    closed[c.candle.openTime] = c.state == CandleState::Closed;
                }
            }
        }
        QCOMPARE(fold.size(), size_t(8));
        const auto rebuilt = fold.candles();
        QCOMPARE(rebuilt.size(), size_t(2));
        QVERIFY(closed.at(kM0));
        QCOMPARE(rebuilt.at(kM0), klines.at(kM0));
        QVERIFY(!closed.at(kM1));
        QCOMPARE(rebuilt.at(kM1), klines.at(kM1));

        // The REST history of the same minutes agrees too; m1 is still forming at the last frame's time.
        const QList<QByteArray> rest = fixtureLines(QStringLiteral("rest_klines.jsonl"));
        const QByteArray body = restBody(rest[1]);
        const KlinePage page = adapter.parseKlines(body, 60'000, 1709294462100LL);
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.closed.size(), size_t(1));
        QCOMPARE(exact(page.closed[0]), rebuilt.at(kM0));
        QCOMPARE(page.forming.size(), size_t(1));
        QCOMPARE(exact(page.forming[0]), rebuilt.at(kM1));
        // Once the minute is over it may be stored as closed.
        const KlinePage later = adapter.parseKlines(body, 60'000, kM1 + 60'000);
        QCOMPARE(later.closed.size(), size_t(2));
        QVERIFY(later.forming.empty());
    }

    void restDocSample()
    {
        CL_REQUIRE_FEEDS();
        BinanceAdapter adapter(m_clock);
        const KlinePage page = adapter.parseKlines(restBody(fixtureLines(QStringLiteral("rest_klines.jsonl"))[0]), 60'000, kFixtureNowMs);
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.closed.size(), size_t(1));
        const cl::model::Candle &c = page.closed[0];
        QCOMPARE(c.openTime, 1499040000000LL);
        QCOMPARE(c.open, 0.01634790);
        QCOMPARE(c.high, 0.80000000);
        QCOMPARE(c.low, 0.01575800);
        QCOMPARE(c.close, 0.01577100);
        QCOMPARE(c.volume, 148976.11427815);
    }

    void badFrames_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<ParseErrorKind>("kind");
        QTest::addColumn<QString>("reason");
        const QByteArray good = trade();
        QTest::newRow("not json") << QByteArray("hello") << ParseErrorKind::Malformed << "JSON";
        QTest::newRow("empty") << QByteArray() << ParseErrorKind::Malformed << "";
        QTest::newRow("array") << QByteArray("[1,2]") << ParseErrorKind::Malformed << "object";
        QTest::newRow("truncated half") << good.left(good.size() / 2) << ParseErrorKind::Malformed << "";
        QTest::newRow("truncated brace") << good.chopped(1) << ParseErrorKind::Malformed << "";
        QTest::newRow("trailing bytes") << QByteArray(good + "}") << ParseErrorKind::Malformed << "after";
        QTest::newRow("bad utf8") << QByteArray("{\"e\":\"tr\xff\"}") << ParseErrorKind::Malformed << "";
        QTest::newRow("10 MB") << tenMegabyteFrame() << ParseErrorKind::TooLarge << "limit";
        QTest::newRow("NaN price") << trade("NaN") << ParseErrorKind::BadPrice << "trade price 'NaN'";
        QTest::newRow("nan price") << trade("nan") << ParseErrorKind::BadPrice << "";
        QTest::newRow("inf price") << trade("inf") << ParseErrorKind::BadPrice << "";
        QTest::newRow("overflow price") << trade("1e999") << ParseErrorKind::BadPrice << "";
        QTest::newRow("negative price") << trade("-61234.5") << ParseErrorKind::BadPrice << "";
        QTest::newRow("zero price") << trade("0.00000000") << ParseErrorKind::BadPrice << "";
        QTest::newRow("text price") << trade("abc") << ParseErrorKind::BadPrice << "";
        QTest::newRow("padded price") << trade(" 1.5") << ParseErrorKind::BadPrice << "";
        QTest::newRow("escaped price") << trade("\\u0031") << ParseErrorKind::BadValue << "plain string";
        QTest::newRow("numeric price") << QByteArray(trade().replace("\"p\":\"61234.56000000\"", "\"p\":61234.56")) << ParseErrorKind::BadValue << "'p'";
        QTest::newRow("negative size") << trade("1", "-0.1") << ParseErrorKind::BadSize << "quantity";
        QTest::newRow("zero size") << trade("1", "0") << ParseErrorKind::BadSize << "";
        QTest::newRow("NaN size") << trade("1", "NaN") << ParseErrorKind::BadSize << "";
        QTest::newRow("before 2009") << trade("1", "1", "1230767999999") << ParseErrorKind::BadTimestamp << "before 2009";
        QTest::newRow("zero time") << trade("1", "1", "0") << ParseErrorKind::BadTimestamp << "";
        QTest::newRow("future") << trade("1", "1", QByteArray::number(kFixtureNowMs + 6 * 60'000)) << ParseErrorKind::BadTimestamp << "future";
        QTest::newRow("seconds not ms") << trade("1", "1", "1709294401") << ParseErrorKind::BadTimestamp << "";
        QTest::newRow("time as string") << trade("1", "1", "\"1709294401234\"") << ParseErrorKind::BadValue << "'T'";
        QTest::newRow("duplicate price") << trade("1", "1", "1709294401234", ",\"p\":\"2\"") << ParseErrorKind::DuplicateField << "'p'";
        QTest::newRow("duplicate time") << trade("1", "1", "1709294401234", ",\"T\":1709294401235") << ParseErrorKind::DuplicateField << "'T'";
        QTest::newRow("missing maker") << QByteArray(trade().replace(",\"m\":false", "")) << ParseErrorKind::MissingField << "'m'";
        QTest::newRow("missing id") << QByteArray(trade().replace("\"t\":3456789001,", "")) << ParseErrorKind::MissingField << "'t'";
        QTest::newRow("negative id") << QByteArray(trade().replace("3456789001", "-5")) << ParseErrorKind::BadValue << "negative";
        QTest::newRow("id beyond int64") << QByteArray(trade().replace("3456789001", "99999999999999999999")) << ParseErrorKind::BadValue << "'t'";
        QTest::newRow("maker as text") << QByteArray(trade().replace("\"m\":false", "\"m\":\"false\"")) << ParseErrorKind::BadValue << "'m'";
        QTest::newRow("unknown symbol") << QByteArray(trade().replace("BTCUSDT", "FOOBAR")) << ParseErrorKind::UnknownSymbol << "FOOBAR";
        QTest::newRow("kline high below low") << kline("10", "9", "11", "10") << ParseErrorKind::BadPrice << "inconsistent";
        QTest::newRow("kline zero open") << kline("0", "9", "11", "10") << ParseErrorKind::BadPrice << "kline open";
        QTest::newRow("kline negative volume") << kline("10", "11", "9", "10", "-1") << ParseErrorKind::BadSize << "volume";
        QTest::newRow("kline unaligned") << kline("10", "11", "9", "10", "1", "1709294400001", "1709294460000") << ParseErrorKind::BadTimestamp << "aligned";
        QTest::newRow("kline wrong close time") << kline("10", "11", "9", "10", "1", "1709294400000", "1709294519999") << ParseErrorKind::BadTimestamp << "close time";
        QTest::newRow("kline not object") << QByteArray("{\"e\":\"kline\",\"s\":\"BTCUSDT\",\"k\":[1]}") << ParseErrorKind::BadValue << "'k'";
        QTest::newRow("kline missing k") << QByteArray("{\"e\":\"kline\",\"s\":\"BTCUSDT\"}") << ParseErrorKind::MissingField << "'k'";
    }
    void badFrames()
    {
        QFETCH(QByteArray, frame);
        QFETCH(ParseErrorKind, kind);
        QFETCH(QString, reason);
        BinanceAdapter adapter(m_clock);
        adapter.parseFrame(trade()); // a good frame first: errors must carry the right frame number
        verifyRejected(adapter, frame, kind, reason);
        // ...and never stop the stream.
        QCOMPARE(adapter.parseFrame(trade()).kind(), FrameKind::Trades);
        QCOMPARE(adapter.stats().frames, quint64(3));
    }

    void unknownEventsAreIgnoredNotErrors()
    {
        BinanceAdapter adapter(m_clock);
        for (const char *frame : {"{\"e\":\"24hrTicker\",\"E\":1,\"s\":\"BTCUSDT\"}", "{\"e\":\"depthUpdate\",\"b\":[[\"1\",\"2\"]]}",
                                  "{}", "{\"stream\":\"btcusdt@depth\",\"data\":{\"lastUpdateId\":1,\"bids\":[]}}",
                                  "{\"e\":\"kline\",\"s\":\"BTCUSDT\",\"k\":{\"t\":1709294400000,\"T\":1711972799999,\"i\":\"1M\",\"o\":\"1\",\"c\":\"1\",\"h\":\"1\",\"l\":\"1\",\"v\":\"1\",\"x\":false}}"}) {
            const ParsedFrame &parsed = adapter.parseFrame(QByteArray(frame));
            QVERIFY2(parsed.kind() == FrameKind::Ignored, frame);
            QVERIFY(!parsed.ignoredWhat().isEmpty());
        }
        QCOMPARE(adapter.stats().ignored, quint64(5));
        QCOMPARE(adapter.stats().errors, quint64(0));
    }

    void largeValidFrameWithinLimitParses()
    {
        BinanceAdapter adapter(m_clock);
        const QByteArray frame = trade("1", "1", "1709294401234", ",\"pad\":\"" + QByteArray(1024 * 1024, 'x') + "\"");
        QCOMPARE(adapter.parseFrame(frame).kind(), FrameKind::Trades);
        adapter.setMaxFrameBytes(1024);
        verifyRejected(adapter, frame, ParseErrorKind::TooLarge, QStringLiteral("1024-byte"));
    }

    void duplicateFrameParsesToTheSameTrade()
    {
        // Dedupe happens downstream on (exchange, symbol, id); the adapter must give the same id both times.
        BinanceAdapter adapter(m_clock);
        const cl::model::Trade first = adapter.parseFrame(trade()).trades()[0].trade;
        const cl::model::Trade second = adapter.parseFrame(trade()).trades()[0].trade;
        QCOMPARE(first, second);
    }

    void tradeSlotsAreReused()
    {
        BinanceAdapter adapter(m_clock);
        adapter.parseFrame(trade());
        const QChar *idBuffer = adapter.parseFrame(trade()).trades()[0].trade.id.constData();
        const QByteArray other = QByteArray(trade()).replace("3456789001", "3456789002");
        const ParsedFrame &frame = adapter.parseFrame(other);
        QCOMPARE(frame.trades()[0].trade.id, QStringLiteral("3456789002"));
        QCOMPARE(frame.trades()[0].trade.id.constData(), idBuffer);
    }

    void subscribeFramesMatchTheSpec()
    {
        BinanceAdapter adapter(m_clock);
        const std::vector<Endpoint> endpoints = adapter.endpoints();
        QCOMPARE(endpoints.size(), size_t(1));
        QCOMPARE(endpoints[0].url, QStringLiteral("wss://stream.binance.com:9443/ws"));
        const Symbol btc = sym("BTC/USDT");
        const auto frames = adapter.subscribeFrames(endpoints[0], std::span(&btc, 1));
        QCOMPARE(frames.size(), size_t(1));
        QCOMPARE(frames[0], QByteArray("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@trade\",\"btcusdt@kline_1m\"],\"id\":1}"));
        const auto unsubscribe = adapter.unsubscribeFrames(endpoints[0], std::span(&btc, 1));
        QCOMPARE(unsubscribe[0], QByteArray("{\"method\":\"UNSUBSCRIBE\",\"params\":[\"btcusdt@trade\",\"btcusdt@kline_1m\"],\"id\":2}"));
    }

    void subscribeBatchesAt1024Streams()
    {
        BinanceAdapter adapter(m_clock);
        std::vector<Symbol> symbols;
        for (int i = 0; i < 600; ++i)
            symbols.push_back(sym(qPrintable(QStringLiteral("C%1/USDT").arg(i))));
        const auto frames = adapter.subscribeFrames(adapter.endpoints()[0], symbols);
        QCOMPARE(frames.size(), size_t(2));
        QCOMPARE(frames[0].count("@"), 1024);
        QCOMPARE(frames[1].count("@"), 176);
        QVERIFY(frames[1].endsWith(",\"id\":2}"));
        QCOMPARE(adapter.subscribeLimits().maxTopicsPerConnection, 1024);
    }

    void webSocketAndRestOverrides()
    {
        BinanceAdapter adapter(m_clock);
        adapter.setWebSocketBaseUrl(QStringLiteral("ws://127.0.0.1:8765"));
        QCOMPARE(adapter.endpoints()[0].url, QStringLiteral("ws://127.0.0.1:8765/ws"));
        adapter.setRestBaseUrl(QStringLiteral("http://127.0.0.1:8765"));
        QCOMPARE(adapter.klineRequest(sym("BTC/USDT"), kM0, kM0).url,
                 QStringLiteral("http://127.0.0.1:8765/api/v3/klines?symbol=BTCUSDT&interval=1m&startTime=1709294400000&endTime=1709294459999&limit=1"));
    }

    void keepAliveLimitsAndCloseRule()
    {
        BinanceAdapter adapter(m_clock);
        const KeepAlive keepAlive = adapter.keepAlive();
        QCOMPARE(keepAlive.ping, KeepAlive::Ping::WebSocketPing);
        QCOMPARE(keepAlive.idleBudgetMs, 60'000);
        QVERIFY(adapter.pingFrame().isEmpty());
        const SubscribeLimits limits = adapter.subscribeLimits();
        QCOMPARE(limits.maxConnectsPerWindow, 300);
        QCOMPARE(limits.connectWindowMs, 300'000LL);
        QCOMPARE(limits.maxConnectionLifetimeMs, 86'400'000LL);
        QVERIFY(limits.minMessageIntervalMs >= 200); // 5 messages/s
        const CandleCloseRule rule = adapter.candleCloseRule();
        QVERIFY(rule.exchangeFlag);
        QVERIFY(rule.closedByNext(kM0, 60'000, kM1));
        QVERIFY(!rule.closedByTime(kM0, 60'000, kM1));
        QVERIFY(rule.closedByTime(kM0, 60'000, kM1 + rule.graceMs));
    }

    void restRequestsPageForward()
    {
        BinanceAdapter adapter(m_clock);
        const RestLimits limits = adapter.restLimits();
        QCOMPARE(limits.maxRowsPerRequest, 1000);
        QCOMPARE(limits.weightPerRequest, 2);
        QCOMPARE(limits.weightBudget, 6000);
        QCOMPARE(limits.budgetWindowMs, 60'000LL);
        QVERIFY(!limits.newestFirst);
        QCOMPARE(limits.paging, RestLimits::Paging::Forward);
        // 2000 minutes from m0 (+ a few ms, aligned down): the first page takes the first 1000.
        const RestRequest first = adapter.klineRequest(sym("BTC/USDT"), kM0 + 5, kM0 + 1999 * 60'000);
        QCOMPARE(first.method, QByteArray("GET"));
        QCOMPARE(first.url, QStringLiteral("https://api.binance.com/api/v3/klines?symbol=BTCUSDT&interval=1m&startTime=1709294400000&endTime=1709354399999&limit=1000"));
        QCOMPARE(first.weight, 2);
        QCOMPARE(first.coveredFromMs, kM0);
        QCOMPARE(first.coveredToMs, kM0 + 999 * 60'000);
        const RestRequest second = adapter.klineRequest(sym("BTC/USDT"), first.coveredToMs + 60'000, kM0 + 1999 * 60'000);
        QCOMPARE(second.coveredFromMs, kM0 + 1000 * 60'000);
        QCOMPARE(second.coveredToMs, kM0 + 1999 * 60'000);
        QVERIFY(adapter.klineRequest(sym("BTC/USDT"), kM1, kM0).isNull());
    }

    void badRestBodies()
    {
        BinanceAdapter adapter(m_clock);
        const KlinePage error = adapter.parseKlines("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}", 60'000, kFixtureNowMs);
        QVERIFY(!error.ok);
        QVERIFY2(error.error.contains(QLatin1String("Invalid symbol.")), qPrintable(error.error));
        QVERIFY(error.error.startsWith(QLatin1String("binance klines response")));

        const QByteArray row0 = "[1709294400000,\"1\",\"2\",\"0.5\",\"1.5\",\"10\",1709294459999,\"0\",1,\"0\",\"0\",\"0\"]";
        const QByteArray row1 = "[1709294460000,\"NaN\",\"2\",\"0.5\",\"1.5\",\"10\",1709294519999,\"0\",1,\"0\",\"0\",\"0\"]";
        const QByteArray row2 = "[1709294520000,\"1\",\"2\",\"0.5\",\"-1.5\",\"10\",1709294579999,\"0\",1,\"0\",\"0\",\"0\"]";
        const QByteArray row3 = "[1709294580000,\"1\"]";
        const KlinePage page = adapter.parseKlines(QByteArray("[" + row0 + "," + row1 + "," + row2 + "," + row3 + "," + row0 + "]"), 60'000, kFixtureNowMs);
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.closed.size(), size_t(1));
        QCOMPARE(page.rejectedRows, 4);
        QVERIFY(page.rejectReasons[0].startsWith(QLatin1String("row 2: open 'NaN'")));
        QVERIFY(page.rejectReasons[1].startsWith(QLatin1String("row 3: candle close")));
        QVERIFY(page.rejectReasons[2].startsWith(QLatin1String("row 4: 2 fields")));
        QVERIFY(page.rejectReasons[3].contains(QLatin1String("duplicate")));

        QVERIFY(!adapter.parseKlines(QByteArray("[" + row0), 60'000, kFixtureNowMs).ok);
        QVERIFY(!adapter.parseKlines("", 60'000, kFixtureNowMs).ok);
        QVERIFY(!adapter.parseKlines("[[1709294400000,\"1\",\"2\",\"0.5\",\"1.5\",\"10\"]] x", 60'000, kFixtureNowMs).ok);
        const KlinePage future = adapter.parseKlines(QByteArray("[[" + QByteArray::number(kFixtureNowMs + 3'600'000) + ",\"1\",\"2\",\"0.5\",\"1.5\",\"10\"]]"), 60'000, kFixtureNowMs);
        QVERIFY(future.ok);
        QCOMPARE(future.rejectedRows, 1);
        QVERIFY(future.rejectReasons[0].contains(QLatin1String("future")));
        const KlinePage old = adapter.parseKlines("[[1199145600000,\"1\",\"2\",\"0.5\",\"1.5\",\"10\"]]", 60'000, kFixtureNowMs);
        QCOMPARE(old.rejectedRows, 1);
        QVERIFY(old.rejectReasons[0].contains(QLatin1String("2009")));
    }

    void symbolListAndMapping()
    {
        BinanceAdapter adapter(m_clock);
        const RestRequest request = adapter.symbolListRequest();
        QCOMPARE(request.url, QStringLiteral("https://api.binance.com/api/v3/exchangeInfo?permissions=SPOT"));
        QCOMPARE(request.weight, 20);
        const QByteArray body = "{\"timezone\":\"UTC\",\"serverTime\":1709294400000,\"rateLimits\":[],\"exchangeFilters\":[],"
                                "\"symbols\":[{\"symbol\":\"ETHBTC\",\"status\":\"TRADING\",\"baseAsset\":\"ETH\",\"baseAssetPrecision\":8,"
                                "\"quoteAsset\":\"BTC\",\"filters\":[{\"filterType\":\"PRICE_FILTER\"}]},"
                                "{\"symbol\":\"LUNABUSD\",\"status\":\"BREAK\",\"baseAsset\":\"LUNA\",\"quoteAsset\":\"BUSD\"},"
                                "{\"symbol\":\"X\",\"status\":\"TRADING\",\"baseAsset\":\"\",\"quoteAsset\":\"USDT\"}]}";
        const SymbolList list = adapter.parseSymbolList(body);
        QVERIFY2(list.ok, qPrintable(list.error));
        QCOMPARE(list.symbols.size(), size_t(2));
        QCOMPARE(list.symbols[0].symbol.toString(), QStringLiteral("ETH/BTC"));
        QCOMPARE(list.symbols[0].native, QStringLiteral("ETHBTC"));
        QVERIFY(list.symbols[0].trading);
        QVERIFY(!list.symbols[1].trading);
        QCOMPARE(list.skipped, 1);
        QVERIFY(!adapter.parseSymbolList("{\"symbols\":[").ok);

        QCOMPARE(adapter.nativeSymbol(sym("BTC/USDT")), QStringLiteral("BTCUSDT"));
        QCOMPARE(adapter.streamName(sym("ETH/BTC"), Channel::Candles1m), QStringLiteral("ethbtc@kline_1m"));
        QCOMPARE(adapter.symbolFromNative(u"btcusdt")->toString(), QStringLiteral("BTC/USDT"));
        QCOMPARE(*BinanceAdapter::intervalMs("15m"), 900'000LL);
        QVERIFY(!BinanceAdapter::intervalMs("1M"));
    }
};

QTEST_APPLESS_MAIN(TstBinanceAdapter)
#include "tst_binanceadapter.moc"
