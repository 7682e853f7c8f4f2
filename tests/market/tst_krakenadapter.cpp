#include "feedtestsupport.h"
#include "market/krakenadapter.h"

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

QByteArray trade(const QByteArray &price = "61234.6", const QByteArray &qty = "0.012",
                 const QByteArray &time = "2024-03-01T12:00:01.234000Z", const QByteArray &extra = {})
{
    return "{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"side\":\"buy\",\"price\":" + price
        + ",\"qty\":" + qty + ",\"ord_type\":\"limit\",\"trade_id\":70123401,\"timestamp\":\"" + time + "\"" + extra + "}]}";
}

QByteArray ohlc(const QByteArray &o, const QByteArray &h, const QByteArray &l, const QByteArray &c,
                const QByteArray &begin = "2024-03-01T12:00:00.000000000Z", const QByteArray &volume = "0.5")
{
    return "{\"channel\":\"ohlc\",\"type\":\"update\",\"timestamp\":\"2024-03-01T12:00:01.900000123Z\",\"data\":[{\"symbol\":\"BTC/USD\",\"open\":"
        + o + ",\"high\":" + h + ",\"low\":" + l + ",\"close\":" + c + ",\"trades\":2,\"volume\":" + volume
        + ",\"vwap\":1,\"interval_begin\":\"" + begin + "\",\"interval\":1,\"timestamp\":\"2024-03-01T12:01:00.000000Z\"}]}";
}

} // namespace

class TstKrakenAdapter : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{kFixtureNowMs};

private slots:
    void everyFixtureLineParses()
    {
        CL_REQUIRE_FEEDS();
        KrakenAdapter adapter(m_clock);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("kraken.jsonl"));
        QCOMPARE(lines.size(), 16);
        const QList<FrameKind> expected{FrameKind::Control, FrameKind::Control, FrameKind::Trades,  FrameKind::Control,
                                        FrameKind::Candles, FrameKind::Control, FrameKind::Trades,  FrameKind::Candles,
                                        FrameKind::Trades,  FrameKind::Candles, FrameKind::Control, FrameKind::Trades,
                                        FrameKind::Candles, FrameKind::Trades,  FrameKind::Candles, FrameKind::Control};
        for (int i = 0; i < lines.size(); ++i) {
            const ParsedFrame &frame = adapter.parseFrame(lines[i]);
            QVERIFY2(frame.kind() == expected[i], qPrintable(QStringLiteral("line %1: %2").arg(i + 1).arg(describe(frame))));
        }
        QCOMPARE(adapter.stats().errors, quint64(0));
        QCOMPARE(adapter.stats().trades, quint64(9));
        QCOMPARE(adapter.stats().candles, quint64(6));
    }

    void fixtureControlFrames()
    {
        CL_REQUIRE_FEEDS();
        KrakenAdapter adapter(m_clock);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("kraken.jsonl"));
        // connection_id 13834774380200032777 > INT64_MAX: skipped, never converted.
        const ParsedFrame &status = adapter.parseFrame(lines[0]);
        QCOMPARE(status.control().kind, ControlKind::Welcome);
        QCOMPARE(status.control().message, QStringLiteral("online"));
        QCOMPARE(adapter.parseFrame(lines[1]).control().message, QStringLiteral("trade"));
        QCOMPARE(adapter.parseFrame(lines[3]).control().message, QStringLiteral("ohlc"));
        QCOMPARE(adapter.parseFrame(lines[5]).control().kind, ControlKind::Heartbeat);
        const ParsedFrame &pong = adapter.parseFrame(lines[15]);
        QCOMPARE(pong.control().kind, ControlKind::Pong);
        QCOMPARE(pong.control().requestId, QStringLiteral("101"));
    }

    void fixtureTrades()
    {
        CL_REQUIRE_FEEDS();
        KrakenAdapter adapter(m_clock);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("kraken.jsonl"));
        const ParsedFrame &snapshot = adapter.parseFrame(lines[2]);
        QVERIFY(snapshot.isSnapshot());
        QCOMPARE(adapter.symbolAt(snapshot.trades()[0].symbol).toString(), QStringLiteral("MATIC/USD"));
        QCOMPARE(snapshot.trades()[0].trade.price, 0.5147);
        QCOMPARE(snapshot.trades()[0].trade.size, 6423.46326);
        QCOMPARE(snapshot.trades()[1].trade.size, 1136.19677815);
        QCOMPARE(snapshot.trades()[0].trade.timestamp, 1695628116925LL);
        QCOMPARE(snapshot.trades()[1].trade.id, QStringLiteral("4665847"));

        struct Row
        {
            int line;
            int index;
            qint64 id;
            double price;
            double qty;
            qint64 time;
            TakerSide side;
        };
        const Row rows[] = {{7, 0, 70123401, 61234.6, 0.012, 1709294401234LL, TakerSide::Buy},
                            {7, 1, 70123402, 61235.1, 0.0045, 1709294401899LL, TakerSide::Buy},
                            {9, 0, 70123403, 61230.0, 0.25, 1709294407410LL, TakerSide::Sell},
                            {12, 0, 70123404, 61240.0, 0.1, 1709294421004LL, TakerSide::Buy},
                            {12, 1, 70123405, 61238.2, 0.033, 1709294438777LL, TakerSide::Sell},
                            {12, 2, 70123406, 61236.0, 0.008, 1709294459950LL, TakerSide::Sell},
                            {14, 0, 70123407, 61237.5, 0.05, 1709294460412LL, TakerSide::Buy}};
        for (const Row &row : rows) {
            const ParsedFrame &frame = adapter.parseFrame(lines[row.line - 1]);
            QVERIFY(!frame.isSnapshot());
            const MarketTrade &t = frame.trades()[size_t(row.index)];
            QCOMPARE(adapter.symbolAt(t.symbol).toString(), QStringLiteral("BTC/USD"));
            QCOMPARE(t.trade.id, QString::number(row.id));
            QCOMPARE(t.firstId, row.id);
            QCOMPARE(t.trade.price, row.price); // a JSON number, read from its text
            QCOMPARE(t.trade.size, row.qty);
            QCOMPARE(t.trade.timestamp, row.time);
            QCOMPARE(t.trade.side, row.side);
        }
    }

    void fixtureOhlc()
    {
        CL_REQUIRE_FEEDS();
        KrakenAdapter adapter(m_clock);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("kraken.jsonl"));
        const ParsedFrame &doc = adapter.parseFrame(lines[4]);
        QCOMPARE(doc.candles().size(), size_t(2));
        QCOMPARE(adapter.symbolAt(doc.candles()[0].symbol).toString(), QStringLiteral("ALGO/USD"));
        QCOMPARE(doc.candles()[0].intervalMs, 300'000LL);
        QCOMPARE(doc.candles()[0].candle.openTime, 1696433100000LL); // interval_begin, not timestamp (the end)
        QCOMPARE(doc.candles()[1].candle.high, 0.0988);
        QCOMPARE(doc.candles()[1].candle.volume, 16255.46368);
        QCOMPARE(doc.candles()[1].tradeCount, 13LL);
        QCOMPARE(doc.candles()[0].eventTimeMs, 1696436761806LL);

        const ParsedFrame &last = adapter.parseFrame(lines[12]);
        const CandleUpdate &c = last.candles()[0];
        QCOMPARE(c.candle.openTime, kM0);
        QCOMPARE(c.candle.open, 61234.6);
        QCOMPARE(c.candle.high, 61240.0);
        QCOMPARE(c.candle.low, 61230.0);
        QCOMPARE(c.candle.close, 61236.0);
        QCOMPARE(c.candle.volume, 0.4075);
        QCOMPARE(c.state, CandleState::Unflagged);
        QCOMPARE(c.eventTimeMs, 1709294459951LL);
    }

    void tapeRebuildsOhlcAndNextIntervalClosesIt()
    {
        CL_REQUIRE_FEEDS();
        KrakenAdapter adapter(m_clock);
        const CandleCloseRule rule = adapter.candleCloseRule();
        QVERIFY(!rule.exchangeFlag);
        TapeFold fold;
        std::map<qint64, ExactCandle> latest;
        std::map<qint64, bool> closed;
        for (const QByteArray &line : fixtureLines(QStringLiteral("kraken.jsonl"))) {
            const ParsedFrame &frame = adapter.parseFrame(line);
            for (const MarketTrade &t : frame.trades()) {
                if (adapter.symbolAt(t.symbol).toString() == QLatin1String("BTC/USD"))
                    fold.add(t.trade);
            }
            for (const CandleUpdate &c : frame.candles()) {
                if (c.intervalMs != 60'000)
                    continue;
                for (auto &[openTime, isClosed] : closed)
                    isClosed = isClosed || rule.closedByNext(openTime, 60'000, c.candle.openTime);
                latest[c.candle.openTime] = exact(c.candle);
                closed.try_emplace(c.candle.openTime, false);
            }
        }
        const auto rebuilt = fold.candles();
        QVERIFY(closed.at(kM0));  // line 15's interval_begin closed it
        QVERIFY(!closed.at(kM1)); // nothing later yet
        QCOMPARE(rebuilt.at(kM0), latest.at(kM0));
        QCOMPARE(rebuilt.at(kM1), latest.at(kM1));
    }

    void restFixture()
    {
        CL_REQUIRE_FEEDS();
        KrakenAdapter adapter(m_clock);
        const KlinePage page = adapter.parseKlines(restBody(fixtureLines(QStringLiteral("rest_klines.jsonl"))[6]), 60'000, kFixtureNowMs);
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.pairKey, QStringLiteral("XXBTZUSD"));
        QCOMPARE(page.pairKey, KrakenAdapter::legacyPairKey(sym("BTC/USD")));
        QCOMPARE(page.nextSince, 1688672160LL);
        // The newest row is the uncommitted minute, however old it is.
        QCOMPARE(page.closed.size(), size_t(3));
        QCOMPARE(page.forming.size(), size_t(1));
        QCOMPARE(page.forming[0].openTime, 1688671380000LL);
        const cl::model::Candle &first = page.closed[0];
        QCOMPARE(first.openTime, 1688671200000LL);
        QCOMPARE(first.open, 30306.1);
        QCOMPARE(first.high, 30306.2);
        QCOMPARE(first.low, 30305.7);
        QCOMPARE(first.close, 30305.7);
        QCOMPARE(first.volume, 3.39243896); // volume, not vwap
        QCOMPARE(page.closed[2].close, 30291.4);
    }

    void badFrames_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<ParseErrorKind>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated") << trade().left(60) << ParseErrorKind::Malformed << "";
        QTest::newRow("10 MB") << tenMegabyteFrame() << ParseErrorKind::TooLarge << "";
        QTest::newRow("NaN literal") << trade("NaN") << ParseErrorKind::Malformed << "no JSON value";
        QTest::newRow("price as text NaN") << trade("\"NaN\"") << ParseErrorKind::BadPrice << "";
        QTest::newRow("bad number") << trade("61234.6.1") << ParseErrorKind::Malformed << "";
        QTest::newRow("negative price") << trade("-61234.6") << ParseErrorKind::BadPrice << "";
        QTest::newRow("zero price") << trade("0") << ParseErrorKind::BadPrice << "";
        QTest::newRow("overflow price") << trade("1e400") << ParseErrorKind::BadPrice << "";
        QTest::newRow("zero qty") << trade("1", "0.0") << ParseErrorKind::BadSize << "";
        QTest::newRow("negative qty") << trade("1", "-0.012") << ParseErrorKind::BadSize << "";
        QTest::newRow("price null") << trade("null") << ParseErrorKind::BadValue << "price";
        QTest::newRow("before 2009") << trade("1", "1", "2001-01-01T00:00:00Z") << ParseErrorKind::BadTimestamp << "2009";
        QTest::newRow("future") << trade("1", "1", "2027-01-01T00:00:00Z") << ParseErrorKind::BadTimestamp << "future";
        QTest::newRow("bad date") << trade("1", "1", "2024-13-01T00:00:00Z") << ParseErrorKind::BadTimestamp << "RFC 3339";
        QTest::newRow("duplicate qty") << trade("1", "1", "2024-03-01T12:00:01Z", ",\"qty\":2") << ParseErrorKind::DuplicateField << "qty";
        QTest::newRow("negative trade_id") << QByteArray(trade().replace("70123401", "-1")) << ParseErrorKind::BadValue << "negative";
        QTest::newRow("trade_id huge") << QByteArray(trade().replace("70123401", "13834774380200032777")) << ParseErrorKind::BadValue << "trade_id";
        QTest::newRow("side") << QByteArray(trade().replace("\"buy\"", "\"b\"")) << ParseErrorKind::BadValue << "side";
        QTest::newRow("ohlc inconsistent") << ohlc("10", "9", "8", "10") << ParseErrorKind::BadPrice << "inconsistent";
        QTest::newRow("ohlc negative volume") << ohlc("10", "11", "9", "10", "2024-03-01T12:00:00Z", "-1") << ParseErrorKind::BadSize << "volume";
        QTest::newRow("ohlc unaligned") << ohlc("10", "11", "9", "10", "2024-03-01T12:00:30Z") << ParseErrorKind::BadTimestamp << "aligned";
        QTest::newRow("ohlc missing begin") << QByteArray(ohlc("10", "11", "9", "10").replace("\"interval_begin\"", "\"begin\"")) << ParseErrorKind::MissingField << "interval_begin";
    }
    void badFrames()
    {
        QFETCH(QByteArray, frame);
        QFETCH(ParseErrorKind, kind);
        QFETCH(QString, reason);
        KrakenAdapter adapter(m_clock);
        adapter.parseFrame(trade());
        verifyRejected(adapter, frame, kind, reason);
        QCOMPARE(adapter.parseFrame(trade()).kind(), FrameKind::Trades);
    }

    void exactDecimalsFromNumbers()
    {
        // 0.1 + 0.2 style: the text is what counts, 17 significant digits survive.
        KrakenAdapter adapter(m_clock);
        const ParsedFrame &frame = adapter.parseFrame(trade("61234.56789012345", "0.00000001"));
        QCOMPARE(frame.trades()[0].trade.price, 61234.56789012345);
        QCOMPARE(frame.trades()[0].trade.size, 1e-8);
    }

    void otherChannelsAndErrors()
    {
        KrakenAdapter adapter(m_clock);
        for (const char *frame : {"{\"channel\":\"book\",\"type\":\"snapshot\",\"data\":[{\"symbol\":\"BTC/USD\",\"bids\":[{\"price\":-1}]}]}",
                                  "{\"channel\":\"instrument\",\"data\":{\"assets\":[]}}", "{\"method\":\"edit_order\",\"success\":true}"}) {
            QVERIFY2(adapter.parseFrame(QByteArray(frame)).kind() == FrameKind::Ignored, frame);
        }
        const ParsedFrame &error = adapter.parseFrame(
            "{\"error\":\"Currency pair not supported FOO/BAR\",\"method\":\"subscribe\",\"success\":false,\"time_in\":\"x\",\"time_out\":\"y\",\"req_id\":7}");
        QCOMPARE(error.control().kind, ControlKind::ExchangeError);
        QCOMPARE(error.control().requestId, QStringLiteral("7"));
        QVERIFY(error.control().message.contains(QLatin1String("FOO/BAR")));
        QCOMPARE(adapter.stats().errors, quint64(0));
    }

    void subscribeFramesAndKeepAlive()
    {
        KrakenAdapter adapter(m_clock);
        const Endpoint endpoint = adapter.endpoints()[0];
        QCOMPARE(endpoint.url, QStringLiteral("wss://ws.kraken.com/v2"));
        const Symbol btc = sym("BTC/USD");
        QCOMPARE(adapter.subscribeFrames(endpoint, std::span(&btc, 1)),
                 (std::vector<QByteArray>{"{\"method\":\"subscribe\",\"params\":{\"channel\":\"trade\",\"symbol\":[\"BTC/USD\"],\"snapshot\":true}}",
                                          "{\"method\":\"subscribe\",\"params\":{\"channel\":\"ohlc\",\"symbol\":[\"BTC/USD\"],\"interval\":1}}"}));
        const std::vector<Symbol> two{btc, sym("ETH/USD")};
        QCOMPARE(adapter.unsubscribeFrames(endpoint, two)[0],
                 QByteArray("{\"method\":\"unsubscribe\",\"params\":{\"channel\":\"trade\",\"symbol\":[\"BTC/USD\",\"ETH/USD\"]}}"));
        adapter.setNextRequestId(101);
        QCOMPARE(adapter.pingFrame(), QByteArray("{\"method\":\"ping\",\"req_id\":101}"));
        const KeepAlive keepAlive = adapter.keepAlive();
        QCOMPARE(keepAlive.ping, KeepAlive::Ping::TextFrame);
        QVERIFY(keepAlive.pingOnlyWhenIdle);
        QVERIFY(keepAlive.idleBudgetMs > keepAlive.pingIntervalMs);
    }

    void symbolsAndRest()
    {
        KrakenAdapter adapter(m_clock);
        QCOMPARE(adapter.nativeSymbol(sym("BTC/USD")), QStringLiteral("BTC/USD"));
        QCOMPARE(adapter.restSymbol(sym("BTC/USD")), QStringLiteral("XBTUSD"));
        QCOMPARE(adapter.restSymbol(sym("DOGE/USD")), QStringLiteral("XDGUSD"));
        QCOMPARE(adapter.symbolFromNative(u"XBT/USD")->toString(), QStringLiteral("BTC/USD"));
        QCOMPARE(KrakenAdapter::legacyPairKey(sym("ETH/BTC")), QStringLiteral("XETHXXBT"));
        QCOMPARE(KrakenAdapter::legacyPairKey(sym("ETH/EUR")), QStringLiteral("XETHZEUR"));
        QCOMPARE(KrakenAdapter::legacyPairKey(sym("SOL/USD")), QStringLiteral("SOLUSD"));
        QCOMPARE(KrakenAdapter::legacyPairKey(sym("BTC/USDT")), QStringLiteral("XBTUSDT"));

        const RestLimits limits = adapter.restLimits();
        QCOMPARE(limits.historyRows, 720);
        QVERIFY(limits.lastRowAlwaysOpen);
        QVERIFY(!limits.newestFirst);
        QCOMPARE(limits.budgetWindowMs, 1'000LL);
        const RestRequest request = adapter.klineRequest(sym("BTC/USD"), kM0, kM0 + 2000 * 60'000LL);
        QCOMPARE(request.url, QStringLiteral("https://api.kraken.com/0/public/OHLC?pair=XBTUSD&interval=1&since=1709294399"));
        QCOMPARE(request.coveredToMs, kM0 + 719 * 60'000LL);
        QCOMPARE(adapter.symbolListRequest().url, QStringLiteral("https://api.kraken.com/0/public/AssetPairs"));

        const KlinePage error = adapter.parseKlines("{\"error\":[\"EQuery:Unknown asset pair\"]}", 60'000, kFixtureNowMs);
        QVERIFY(!error.ok);
        QVERIFY(error.error.contains(QLatin1String("EQuery:Unknown asset pair")));
        QVERIFY(!adapter.parseKlines("{\"error\":[],\"result\":{\"A\":[],\"B\":[]}}", 60'000, kFixtureNowMs).ok);
        const KlinePage bad = adapter.parseKlines("{\"error\":[],\"result\":{\"XXBTZUSD\":[[1709294400,\"1\",\"2\",\"0.5\",\"1\",\"1\",\"-1\",1],"
                                                  "[1709294460,\"1\",\"2\",\"0.5\",\"1\",\"1\",\"1\",1]],\"last\":1}}", 60'000, kFixtureNowMs);
        QVERIFY(bad.ok);
        QCOMPARE(bad.rejectedRows, 1);
        QVERIFY(bad.closed.empty()); // the only valid row is the newest: uncommitted
        QCOMPARE(bad.forming.size(), size_t(1));

        const SymbolList list = adapter.parseSymbolList(
            "{\"error\":[],\"result\":{\"XXBTZUSD\":{\"altname\":\"XBTUSD\",\"wsname\":\"XBT/USD\",\"base\":\"XXBT\",\"quote\":\"ZUSD\","
            "\"status\":\"online\",\"fees\":[[0,0.26]]},\"XDGUSD\":{\"altname\":\"XDGUSD\",\"wsname\":\"XDG/USD\",\"status\":\"cancel_only\"},"
            "\"XXBTZUSD.d\":{\"altname\":\"XBTUSD.d\"}}}");
        QVERIFY2(list.ok, qPrintable(list.error));
        QCOMPARE(list.symbols.size(), size_t(2));
        QCOMPARE(list.symbols[0].symbol.toString(), QStringLiteral("BTC/USD"));
        QCOMPARE(list.symbols[0].native, QStringLiteral("BTC/USD"));
        QCOMPARE(list.symbols[1].symbol.toString(), QStringLiteral("DOGE/USD"));
        QVERIFY(!list.symbols[1].trading);
        QCOMPARE(list.skipped, 1); // the dark-pool pair has no wsname
    }
};

QTEST_APPLESS_MAIN(TstKrakenAdapter)
#include "tst_krakenadapter.moc"
