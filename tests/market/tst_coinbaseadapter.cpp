#include "feedtestsupport.h"
#include "market/coinbaseadapter.h"

#include <QTest>

using namespace cl::market;
using cl::model::ManualClock;
using cl::model::Symbol;
using cl::model::TakerSide;
using namespace cl::test;
using Api = CoinbaseAdapter::Api;

namespace {

Symbol sym(const char *text)
{
    return *Symbol::parse(QString::fromLatin1(text));
}

QByteArray atTrade(const QByteArray &price = "61234.56", const QByteArray &size = "0.012",
                   const QByteArray &time = "2024-03-01T12:00:01.234000Z", const QByteArray &extra = {})
{
    return "{\"channel\":\"market_trades\",\"client_id\":\"\",\"timestamp\":\"2024-03-01T12:00:01.950000000Z\",\"sequence_num\":4,"
           "\"events\":[{\"type\":\"update\",\"trades\":[{\"trade_id\":\"650000001\",\"product_id\":\"BTC-USD\",\"price\":\""
        + price + "\",\"size\":\"" + size + "\",\"side\":\"BUY\",\"time\":\"" + time + "\"" + extra + "}]}]}";
}

QByteArray exMatch(const QByteArray &price = "61234.56", const QByteArray &size = "0.012",
                   const QByteArray &time = "2024-03-01T12:00:01.234000Z", const QByteArray &extra = {})
{
    return "{\"type\":\"match\",\"trade_id\":610000001,\"maker_order_id\":\"a\",\"taker_order_id\":\"b\",\"side\":\"sell\",\"size\":\""
        + size + "\",\"price\":\"" + price + "\",\"product_id\":\"BTC-USD\",\"sequence\":80512340000,\"time\":\"" + time + "\"" + extra + "}";
}

struct Expected
{
    const char *id;
    double price;
    double size;
    qint64 time;
    TakerSide side;
};

} // namespace

class TstCoinbaseAdapter : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock{kFixtureNowMs};

private slots:
    void advancedEveryFixtureLineParses()
    {
        CL_REQUIRE_FEEDS();
        CoinbaseAdapter adapter(m_clock);
        QCOMPARE(adapter.name(), QStringLiteral("coinbase"));
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("coinbase_advanced.jsonl"));
        QCOMPARE(lines.size(), 13);
        const QList<FrameKind> expected{FrameKind::Trades,  FrameKind::Candles, FrameKind::Control, FrameKind::Control,
                                        FrameKind::Trades,  FrameKind::Control, FrameKind::Trades,  FrameKind::Control,
                                        FrameKind::Trades,  FrameKind::Trades,  FrameKind::Trades,  FrameKind::Trades,
                                        FrameKind::Trades};
        const QList<qint64> sequences{5, 3, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        for (int i = 0; i < lines.size(); ++i) {
            const ParsedFrame &frame = adapter.parseFrame(lines[i]);
            QVERIFY2(frame.kind() == expected[i], qPrintable(QStringLiteral("line %1: %2").arg(i + 1).arg(describe(frame))));
            QCOMPARE(frame.sequence(), sequences[i]);
        }
        QCOMPARE(adapter.stats().errors, quint64(0));
        QCOMPARE(adapter.stats().trades, quint64(12));
    }

    void advancedFixtureDetails()
    {
        CL_REQUIRE_FEEDS();
        CoinbaseAdapter adapter(m_clock);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("coinbase_advanced.jsonl"));

        const ParsedFrame &candles = adapter.parseFrame(lines[1]);
        const CandleUpdate &c = candles.candles()[0];
        QCOMPARE(c.intervalMs, 300'000LL); // Advanced Trade's WebSocket candles are 5-minute buckets
        QCOMPARE(c.candle.openTime, 1775521800000LL);
        QCOMPARE(c.candle.open, 68900.00);
        QCOMPARE(c.candle.high, 68950.00);
        QCOMPARE(c.candle.low, 68850.00);
        QCOMPARE(c.candle.close, 68920.50);
        QCOMPARE(c.candle.volume, 42.15);
        QCOMPARE(c.state, CandleState::Unflagged);
        QCOMPARE(c.eventTimeMs, 1775572205000LL);

        QCOMPARE(adapter.parseFrame(lines[2]).control().message, QStringLiteral("market_trades"));
        QCOMPARE(adapter.parseFrame(lines[3]).control().message, QStringLiteral("heartbeats,market_trades"));

        const ParsedFrame &snapshot = adapter.parseFrame(lines[4]);
        QVERIFY(snapshot.isSnapshot());
        QCOMPARE(snapshot.trades().size(), size_t(2));
        QCOMPARE(snapshot.trades()[0].trade.id, QStringLiteral("649999998")); // handed on oldest first
        QCOMPARE(snapshot.trades()[0].trade.side, TakerSide::Buy);
        QCOMPARE(snapshot.trades()[1].trade.id, QStringLiteral("649999999"));
        QCOMPARE(snapshot.trades()[1].trade.timestamp, 1709294396900LL);

        const ParsedFrame &heartbeat = adapter.parseFrame(lines[5]);
        QCOMPARE(heartbeat.control().kind, ControlKind::Heartbeat);
        QCOMPARE(heartbeat.control().counter, 1LL);
        QCOMPARE(heartbeat.control().serverTimeMs, 1709294396000LL);
        QCOMPARE(adapter.parseFrame(lines[7]).control().counter, 7LL);
        QVERIFY(!adapter.parseFrame(lines[6]).isSnapshot());
    }

    void advancedFixtureTrades()
    {
        CL_REQUIRE_FEEDS();
        CoinbaseAdapter adapter(m_clock);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("coinbase_advanced.jsonl"));
        const Expected expected[] = {{"995098700", 68900.50, 0.0015, 1775572202789LL, TakerSide::Buy},
                                     {"995098701", 68900.00, 0.05, 1775572202800LL, TakerSide::Sell},
                                     {"650000001", 61234.56, 0.012, 1709294401234LL, TakerSide::Buy},
                                     {"650000002", 61235.10, 0.0045, 1709294401899LL, TakerSide::Buy},
                                     {"650000003", 61229.99, 0.25, 1709294407410LL, TakerSide::Sell},
                                     {"650000004", 61240.00, 0.1, 1709294421004LL, TakerSide::Buy},
                                     {"650000005", 61238.20, 0.033, 1709294438777LL, TakerSide::Sell},
                                     {"650000006", 61236.00, 0.008, 1709294459950LL, TakerSide::Sell},
                                     {"650000007", 61237.50, 0.05, 1709294460412LL, TakerSide::Buy},
                                     {"650000008", 61241.05, 0.02, 1709294461890LL, TakerSide::Buy}};
        size_t next = 0;
        for (int line : {1, 7, 9, 10, 11, 12, 13}) {
            for (const MarketTrade &t : adapter.parseFrame(lines[line - 1]).trades()) {
                QVERIFY(next < std::size(expected));
                const Expected &e = expected[next++];
                QCOMPARE(adapter.symbolAt(t.symbol).toString(), QStringLiteral("BTC/USD"));
                QCOMPARE(t.trade.id, QString::fromLatin1(e.id));
                QCOMPARE(t.trade.price, e.price);
                QCOMPARE(t.trade.size, e.size);
                QCOMPARE(t.trade.timestamp, e.time);
                QCOMPARE(t.trade.side, e.side);
                QCOMPARE(t.firstId, -1LL); // gaps show in sequence_num, not in trade ids
            }
        }
        QCOMPARE(next, std::size(expected));
    }

    void exchangeEveryFixtureLineParses()
    {
        CL_REQUIRE_FEEDS();
        CoinbaseAdapter adapter(m_clock, Api::Exchange);
        QCOMPARE(adapter.name(), QStringLiteral("coinbase-exchange"));
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("coinbase_exchange.jsonl"));
        QCOMPARE(lines.size(), 15);
        const QList<FrameKind> expected{FrameKind::Trades, FrameKind::Control, FrameKind::Control, FrameKind::Trades,
                                        FrameKind::Control, FrameKind::Trades, FrameKind::Trades,  FrameKind::Trades,
                                        FrameKind::Trades,  FrameKind::Trades, FrameKind::Trades,  FrameKind::Control,
                                        FrameKind::Trades,  FrameKind::Trades, FrameKind::Control};
        for (int i = 0; i < lines.size(); ++i) {
            const ParsedFrame &frame = adapter.parseFrame(lines[i]);
            QVERIFY2(frame.kind() == expected[i], qPrintable(QStringLiteral("line %1: %2").arg(i + 1).arg(describe(frame))));
        }
        QCOMPARE(adapter.stats().errors, quint64(0));
        QCOMPARE(adapter.stats().trades, quint64(10));
    }

    void exchangeFixtureDetails()
    {
        CL_REQUIRE_FEEDS();
        CoinbaseAdapter adapter(m_clock, Api::Exchange);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("coinbase_exchange.jsonl"));
        const MarketTrade doc = adapter.parseFrame(lines[0]).trades()[0];
        QCOMPARE(doc.trade.id, QStringLiteral("10"));
        QCOMPARE(doc.trade.price, 400.23);
        QCOMPARE(doc.trade.size, 5.23512);
        QCOMPARE(doc.trade.timestamp, 1415348367028LL);
        QCOMPARE(doc.trade.side, TakerSide::Buy); // maker sold: the taker bought
        QCOMPARE(doc.firstId, 10LL);

        const ParsedFrame &heartbeat = adapter.parseFrame(lines[1]);
        QCOMPARE(heartbeat.control().kind, ControlKind::Heartbeat);
        QCOMPARE(heartbeat.control().lastTradeId, 20LL);
        QCOMPARE(heartbeat.control().serverTimeMs, 1415348368464LL);
        QCOMPARE(adapter.parseFrame(lines[2]).control().message, QStringLiteral("matches,heartbeat"));

        const ParsedFrame &lastMatch = adapter.parseFrame(lines[3]);
        QVERIFY(lastMatch.isSnapshot());
        QCOMPARE(lastMatch.trades()[0].trade.side, TakerSide::Sell);
        QCOMPARE(lastMatch.trades()[0].lastId, 610000000LL);
        QCOMPARE(adapter.parseFrame(lines[11]).control().lastTradeId, 610000006LL);

        const ParsedFrame &error = adapter.parseFrame(lines[14]);
        QCOMPARE(error.control().kind, ControlKind::ExchangeError);
        QCOMPARE(error.control().message,
                 QStringLiteral("Failed to subscribe: You need to specify at least one product ID for channel heartbeat"));
    }

    void exchangeTakerSidesFollowTheTape()
    {
        CL_REQUIRE_FEEDS();
        CoinbaseAdapter adapter(m_clock, Api::Exchange);
        const QList<QByteArray> lines = fixtureLines(QStringLiteral("coinbase_exchange.jsonl"));
        const QList<TakerSide> tape{TakerSide::Buy, TakerSide::Buy, TakerSide::Sell, TakerSide::Buy,
                                    TakerSide::Sell, TakerSide::Sell, TakerSide::Buy, TakerSide::Buy};
        QList<TakerSide> sides;
        QList<qint64> ids;
        for (int line : {6, 7, 8, 9, 10, 11, 13, 14}) {
            const MarketTrade &t = adapter.parseFrame(lines[line - 1]).trades()[0];
            sides.append(t.trade.side);
            ids.append(t.firstId);
        }
        QCOMPARE(sides, tape);
        for (int i = 1; i < ids.size(); ++i)
            QCOMPARE(ids[i], ids[i - 1] + 1); // contiguous: gap detection works on trade_id
    }

    void tapesRebuildTheRestCandles()
    {
        CL_REQUIRE_FEEDS();
        // Both APIs stream the same tape; the Exchange REST answer for the two minutes must equal both folds.
        CoinbaseAdapter exchange(m_clock, Api::Exchange);
        const KlinePage page = exchange.parseKlines(restBody(fixtureLines(QStringLiteral("rest_klines.jsonl"))[4]), 60'000, kM1 + 60'000);
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.closed.size(), size_t(2));
        QCOMPARE(page.closed[0].openTime, kM0);
        QCOMPARE(page.closed[0].low, 61229.99); // [time, LOW, HIGH, open, close, volume]
        QCOMPARE(page.closed[0].high, 61240.0);
        QCOMPARE(page.closed[0].open, 61234.56);

        for (Api api : {Api::AdvancedTrade, Api::Exchange}) {
            CoinbaseAdapter adapter(m_clock, api);
            TapeFold fold;
            const QString file = api == Api::Exchange ? QStringLiteral("coinbase_exchange.jsonl") : QStringLiteral("coinbase_advanced.jsonl");
            for (const QByteArray &line : fixtureLines(file)) {
                for (const MarketTrade &t : adapter.parseFrame(line).trades()) {
                    if (t.trade.timestamp >= kM0 && t.trade.timestamp < kM1 + 60'000)
                        fold.add(t.trade);
                }
            }
            QCOMPARE(fold.size(), size_t(8));
            const auto rebuilt = fold.candles();
            QCOMPARE(rebuilt.at(kM0), exact(page.closed[0]));
            QCOMPARE(rebuilt.at(kM1), exact(page.closed[1]));
        }
    }

    void advancedRestFixture()
    {
        CL_REQUIRE_FEEDS();
        CoinbaseAdapter adapter(m_clock);
        const KlinePage page = adapter.parseKlines(restBody(fixtureLines(QStringLiteral("rest_klines.jsonl"))[5]), 3'600'000, kFixtureNowMs);
        QVERIFY2(page.ok, qPrintable(page.error));
        QCOMPARE(page.closed.size(), size_t(2));
        QCOMPARE(page.closed[0].openTime, 1712188800000LL);
        QCOMPARE(page.closed[0].open, 65984.18);
        QCOMPARE(page.closed[0].high, 66387.77);
        QCOMPARE(page.closed[0].low, 65857.35);
        QCOMPARE(page.closed[0].close, 66314.59);
        QCOMPARE(page.closed[0].volume, 358.74851052);
        QCOMPARE(page.closed[1].openTime, 1712192400000LL);
        // While the second hour runs it is forming, never closed.
        const KlinePage live = adapter.parseKlines(restBody(fixtureLines(QStringLiteral("rest_klines.jsonl"))[5]), 3'600'000, 1712192400000LL + 60'000);
        QCOMPARE(live.closed.size(), size_t(1));
        QCOMPARE(live.forming.size(), size_t(1));
    }

    void badFrames_data()
    {
        QTest::addColumn<int>("api");
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<ParseErrorKind>("kind");
        QTest::addColumn<QString>("reason");
        const int at = int(Api::AdvancedTrade);
        const int ex = int(Api::Exchange);
        QTest::newRow("at truncated") << at << atTrade().chopped(4) << ParseErrorKind::Malformed << "";
        QTest::newRow("at 10 MB") << at << tenMegabyteFrame() << ParseErrorKind::TooLarge << "";
        QTest::newRow("at NaN price") << at << atTrade("NaN") << ParseErrorKind::BadPrice << "";
        QTest::newRow("at negative price") << at << atTrade("-5") << ParseErrorKind::BadPrice << "";
        QTest::newRow("at zero size") << at << atTrade("5", "0") << ParseErrorKind::BadSize << "";
        QTest::newRow("at bad time") << at << atTrade("5", "1", "2024-02-30T12:00:00Z") << ParseErrorKind::BadTimestamp << "RFC 3339";
        QTest::newRow("at local time") << at << atTrade("5", "1", "2024-03-01 12:00:00") << ParseErrorKind::BadTimestamp << "";
        QTest::newRow("at before 2009") << at << atTrade("5", "1", "2008-12-31T23:59:59.999Z") << ParseErrorKind::BadTimestamp << "2009";
        QTest::newRow("at future") << at << atTrade("5", "1", "2030-01-01T00:00:00Z") << ParseErrorKind::BadTimestamp << "future";
        QTest::newRow("at duplicate") << at << atTrade("5", "1", "2024-03-01T12:00:01Z", ",\"price\":\"6\"") << ParseErrorKind::DuplicateField << "price";
        QTest::newRow("at side") << at << QByteArray(atTrade().replace("\"BUY\"", "\"UNKNOWN_ORDER_SIDE\"")) << ParseErrorKind::BadValue << "side";
        QTest::newRow("at sequence text") << at << QByteArray(atTrade().replace("\"sequence_num\":4", "\"sequence_num\":\"4\"")) << ParseErrorKind::BadValue << "sequence_num";
        QTest::newRow("at bad envelope time") << at << QByteArray(atTrade().replace("2024-03-01T12:00:01.950000000Z", "yesterday")) << ParseErrorKind::BadTimestamp << "message timestamp";
        QTest::newRow("ex truncated") << ex << exMatch().left(40) << ParseErrorKind::Malformed << "";
        QTest::newRow("ex NaN size") << ex << exMatch("1", "NaN") << ParseErrorKind::BadSize << "";
        QTest::newRow("ex negative price") << ex << exMatch("-1") << ParseErrorKind::BadPrice << "";
        QTest::newRow("ex future") << ex << exMatch("1", "1", "2099-01-01T00:00:00Z") << ParseErrorKind::BadTimestamp << "future";
        QTest::newRow("ex offset time") << ex << exMatch("1", "1", "2024-03-01T12:00:01+25:00") << ParseErrorKind::BadTimestamp << "";
        QTest::newRow("ex duplicate trade_id") << ex << exMatch("1", "1", "2024-03-01T12:00:01Z", ",\"trade_id\":5") << ParseErrorKind::DuplicateField << "trade_id";
        QTest::newRow("ex trade_id text") << ex << QByteArray(exMatch().replace("610000001", "\"610000001\"")) << ParseErrorKind::BadValue << "trade_id";
        QTest::newRow("ex missing price") << ex << QByteArray(exMatch().replace(",\"price\":\"61234.56\"", "")) << ParseErrorKind::MissingField << "price";
        QTest::newRow("ex unknown product") << ex << QByteArray(exMatch().replace("BTC-USD", "BTCUSD")) << ParseErrorKind::UnknownSymbol << "BTCUSD";
    }
    void badFrames()
    {
        QFETCH(int, api);
        QFETCH(QByteArray, frame);
        QFETCH(ParseErrorKind, kind);
        QFETCH(QString, reason);
        CoinbaseAdapter adapter(m_clock, Api(api));
        const QByteArray good = Api(api) == Api::AdvancedTrade ? atTrade() : exMatch();
        QCOMPARE(adapter.parseFrame(good).kind(), FrameKind::Trades);
        verifyRejected(adapter, frame, kind, reason);
        QCOMPARE(adapter.parseFrame(good).kind(), FrameKind::Trades);
    }

    void unknownMessagesAreIgnored()
    {
        CoinbaseAdapter advanced(m_clock);
        for (const char *frame : {"{\"channel\":\"l2_data\",\"events\":[{\"type\":\"update\",\"updates\":[{\"price\":\"-1\"}]}]}",
                                  "{\"events\":[{\"trades\":[{\"price\":\"-1\"}]}],\"channel\":\"ticker\",\"sequence_num\":1}",
                                  "{\"channel\":\"market_trades\",\"events\":[]}"}) {
            QVERIFY2(advanced.parseFrame(QByteArray(frame)).kind() == FrameKind::Ignored, frame);
        }
        CoinbaseAdapter exchange(m_clock, Api::Exchange);
        for (const char *frame : {"{\"type\":\"received\",\"price\":\"-1\",\"size\":\"x\"}", "{\"type\":\"ticker\",\"price\":\"1\"}", "{}"})
            QVERIFY2(exchange.parseFrame(QByteArray(frame)).kind() == FrameKind::Ignored, frame);
        QCOMPARE(advanced.stats().errors + exchange.stats().errors, quint64(0));
    }

    void subscribeFrames()
    {
        const Symbol btc = sym("BTC/USD");
        const Symbol eth = sym("ETH/USD");
        const std::vector<Symbol> both{btc, eth};
        CoinbaseAdapter advanced(m_clock);
        const Endpoint at = advanced.endpoints()[0];
        QCOMPARE(at.url, QStringLiteral("wss://advanced-trade-ws.coinbase.com"));
        QCOMPARE(advanced.subscribeFrames(at, std::span(&btc, 1)),
                 (std::vector<QByteArray>{"{\"type\":\"subscribe\",\"product_ids\":[\"BTC-USD\"],\"channel\":\"market_trades\"}",
                                          "{\"type\":\"subscribe\",\"channel\":\"heartbeats\"}"}));
        QCOMPARE(advanced.subscribeFrames(at, both)[0],
                 QByteArray("{\"type\":\"subscribe\",\"product_ids\":[\"BTC-USD\",\"ETH-USD\"],\"channel\":\"market_trades\"}"));
        QCOMPARE(advanced.unsubscribeFrames(at, both),
                 std::vector<QByteArray>{"{\"type\":\"unsubscribe\",\"product_ids\":[\"BTC-USD\",\"ETH-USD\"],\"channel\":\"market_trades\"}"});

        CoinbaseAdapter exchange(m_clock, Api::Exchange);
        const Endpoint ex = exchange.endpoints()[0];
        QCOMPARE(ex.url, QStringLiteral("wss://ws-feed.exchange.coinbase.com"));
        QCOMPARE(exchange.subscribeFrames(ex, std::span(&btc, 1)),
                 std::vector<QByteArray>{"{\"type\":\"subscribe\",\"product_ids\":[\"BTC-USD\"],\"channels\":[\"matches\",\"heartbeat\"]}"});
        QCOMPARE(exchange.subscribeLimits().subscribeDeadlineMs, 5'000);
        QVERIFY(exchange.subscribeFrames(ex, {}).empty());
    }

    void keepAliveCloseRuleAndRest()
    {
        for (Api api : {Api::AdvancedTrade, Api::Exchange}) {
            CoinbaseAdapter adapter(m_clock, api);
            QCOMPARE(adapter.keepAlive().ping, KeepAlive::Ping::None);
            QCOMPARE(adapter.keepAlive().idleBudgetMs, 10'000);
            const CandleCloseRule rule = adapter.candleCloseRule();
            QVERIFY(!rule.exchangeFlag);
            QVERIFY(!rule.streamsCandles);
            QVERIFY(rule.closedByNext(kM0, 60'000, kM1));
            QVERIFY(!rule.closedByTime(kM0, 60'000, kM1 + rule.graceMs - 1));
            QVERIFY(rule.closedByTime(kM0, 60'000, kM1 + rule.graceMs));
            QVERIFY(adapter.restLimits().newestFirst);
        }
        CoinbaseAdapter advanced(m_clock);
        QCOMPARE(advanced.restLimits().maxRowsPerRequest, 350);
        QCOMPARE(advanced.klineRequest(sym("BTC/USD"), kM0, kM0 + 1000 * 60'000LL).url,
                 QStringLiteral("https://api.coinbase.com/api/v3/brokerage/market/products/BTC-USD/candles?start=1709294400&end=1709315340&granularity=ONE_MINUTE"));
        QCOMPARE(advanced.symbolListRequest().url, QStringLiteral("https://api.coinbase.com/api/v3/brokerage/market/products?product_type=SPOT"));
        CoinbaseAdapter exchange(m_clock, Api::Exchange);
        QCOMPARE(exchange.restLimits().maxRowsPerRequest, 300);
        // The two-minute fixture request, literally.
        QCOMPARE(exchange.klineRequest(sym("BTC/USD"), kM0, kM1).url,
                 QStringLiteral("https://api.exchange.coinbase.com/products/BTC-USD/candles?granularity=60&start=2024-03-01T12:00:00Z&end=2024-03-01T12:01:00Z"));
        const RestRequest page = exchange.klineRequest(sym("BTC/USD"), kM0, kM0 + 1000 * 60'000LL);
        QCOMPARE(page.coveredToMs, kM0 + 299 * 60'000LL);
        QCOMPARE(exchange.symbolListRequest().url, QStringLiteral("https://api.exchange.coinbase.com/products"));
    }

    void badRestBodies()
    {
        CoinbaseAdapter exchange(m_clock, Api::Exchange);
        const KlinePage error = exchange.parseKlines("{\"message\":\"NotFound\"}", 60'000, kFixtureNowMs);
        QVERIFY(!error.ok);
        QVERIFY(error.error.contains(QLatin1String("NotFound")));
        const KlinePage rows = exchange.parseKlines("[[1709294460,1,2,1.5,1.5,3],[1709294400,1,2,1.5,1.5,-3],[1709294400,NaN,2,1,1,1]]", 60'000, kFixtureNowMs);
        QVERIFY(!rows.ok); // NaN is no JSON: the body is broken
        const KlinePage mixed = exchange.parseKlines("[[1709294460,1,2,1.5,1.5,3],[1709294400,1,2,1.5,1.5,-3],[1709294340,2,1,1.5,1.5,3]]", 60'000, kFixtureNowMs);
        QVERIFY(mixed.ok);
        QCOMPARE(mixed.closed.size(), size_t(1));
        QCOMPARE(mixed.rejectedRows, 2);
        CoinbaseAdapter advanced(m_clock);
        const KlinePage denied = advanced.parseKlines("{\"error\":\"INVALID_ARGUMENT\",\"message\":\"start and end too far apart\"}", 60'000, kFixtureNowMs);
        QVERIFY(!denied.ok);
        QVERIFY2(denied.error.contains(QLatin1String("too far apart")), qPrintable(denied.error));
    }

    void symbolLists()
    {
        CoinbaseAdapter advanced(m_clock);
        const SymbolList at = advanced.parseSymbolList(
            "{\"products\":[{\"product_id\":\"BTC-USD\",\"price\":\"1\",\"base_currency_id\":\"BTC\",\"quote_currency_id\":\"USD\","
            "\"status\":\"online\",\"trading_disabled\":false},{\"product_id\":\"X-USD\",\"base_currency_id\":\"X\",\"quote_currency_id\":\"USD\"}],"
            "\"num_products\":2}");
        QVERIFY2(at.ok, qPrintable(at.error));
        QCOMPARE(at.symbols.size(), size_t(1));
        QCOMPARE(at.skipped, 1); // "X" is no valid base
        QCOMPARE(at.symbols[0].symbol.toString(), QStringLiteral("BTC/USD"));
        CoinbaseAdapter exchange(m_clock, Api::Exchange);
        const SymbolList ex = exchange.parseSymbolList(
            "[{\"id\":\"ETH-EUR\",\"base_currency\":\"ETH\",\"quote_currency\":\"EUR\",\"status\":\"online\",\"trading_disabled\":true}]");
        QVERIFY2(ex.ok, qPrintable(ex.error));
        QCOMPARE(ex.symbols[0].native, QStringLiteral("ETH-EUR"));
        QVERIFY(!ex.symbols[0].trading);
    }
};

QTEST_APPLESS_MAIN(TstCoinbaseAdapter)
#include "tst_coinbaseadapter.moc"
