// Shared helpers of the adapters: decimal/integer/RFC 3339 conversions, id buffers, the symbol table,
// ParsedFrame, candle checks and the candle-closed rule.

#include "market/adaptertypes.h"
#include "market/binanceadapter.h"
#include "market/bybitadapter.h"
#include "market/coinbaseadapter.h"
#include "market/krakenadapter.h"
#include "market/kucoinadapter.h"
#include "market/okxadapter.h"
#include "market/candlecheck.h"
#include "market/feedvalues.h"
#include "market/parsedframe.h"
#include "market/symboltable.h"
#include "model/manualclock.h"

#include <QDateTime>
#include <QTest>

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <random>

#if defined(__GLIBC__)
// Counts heap allocations of the whole process while g_counting is set. QString allocates through
// malloc, not operator new, so malloc itself is interposed (glibc keeps the real one as __libc_malloc).
extern "C" void *__libc_malloc(size_t size);
extern "C" void *__libc_calloc(size_t count, size_t size);
extern "C" void *__libc_realloc(void *pointer, size_t size);
namespace {
std::atomic<bool> g_counting{false};
std::atomic<int> g_allocations{0};
void countAllocation()
{
    if (g_counting.load(std::memory_order_relaxed))
        g_allocations.fetch_add(1, std::memory_order_relaxed);
}
} // namespace
extern "C" void *malloc(size_t size) noexcept
{
    countAllocation();
    return __libc_malloc(size);
}
extern "C" void *calloc(size_t count, size_t size) noexcept
{
    countAllocation();
    return __libc_calloc(count, size);
}
extern "C" void *realloc(void *pointer, size_t size) noexcept
{
    countAllocation();
    return __libc_realloc(pointer, size);
}
#endif

using namespace cl::market;
using cl::model::Candle;
using cl::model::ExchangeId;
using cl::model::Symbol;

class TstFeedValues : public QObject
{
    Q_OBJECT

private slots:
    void decimals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("binance") << QByteArray("61234.56000000") << true << 61234.56;
        QTest::newRow("kucoin long") << QByteArray("0.08200000000000000000") << true << 0.082;
        QTest::newRow("integer") << QByteArray("16677") << true << 16677.0;
        QTest::newRow("exponent") << QByteArray("1e-8") << true << 1e-8;
        QTest::newRow("negative parses") << QByteArray("-0.5") << true << -0.5;
        QTest::newRow("zero parses") << QByteArray("0.000") << true << 0.0;
        for (const char *bad : {"", "NaN", "nan", "inf", "-inf", "Infinity", "1e400", "+1", " 1", "1 ", "1.2.3", "0x10", "abc", "1,5", "."})
            QTest::newRow(qPrintable(QStringLiteral("reject '%1'").arg(QLatin1String(bad)))) << QByteArray(bad) << false << 0.0;
    }
    void decimals()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(double, value);
        const auto parsed = parseDecimal(std::string_view(text.constData(), size_t(text.size())));
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(*parsed, value);
    }

    void decimalsAreCorrectlyRounded()
    {
        // The double nearest to the decimal text, the same as the C library's strtod.
        std::mt19937_64 rng(7);
        for (int i = 0; i < 20000; ++i) {
            const QByteArray text = QByteArray::number(qint64(rng() % 100000000000ULL)) + '.' + QByteArray::number(qint64(rng() % 100000000ULL)).rightJustified(8, '0');
            QCOMPARE(*parseDecimal(std::string_view(text.constData(), size_t(text.size()))), std::strtod(text.constData(), nullptr));
        }
    }

    void integers()
    {
        QCOMPARE(*parseInteger("1709294401234"), 1709294401234LL);
        QCOMPARE(*parseInteger("1709294401234123456"), 1709294401234123456LL); // ns beyond 2^53, exact
        QCOMPARE(*parseInteger("-5"), -5LL);
        for (const char *bad : {"", "1.0", "99999999999999999999", "+1", "12a", " 1", "-"})
            QVERIFY2(!parseInteger(bad).has_value(), bad);
        QCOMPARE(nanosToMs(1545913818099033203LL), 1545913818099LL);
        QCOMPARE(nanosToMs(-1), -1LL);
        QCOMPARE(floorDiv(-60001, 60000), -2LL);
    }

    void rfc3339_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("micro") << QByteArray("2024-03-01T12:00:01.234000Z") << 1709294401234LL;
        QTest::newRow("nano") << QByteArray("2024-03-01T11:59:55.000000000Z") << 1709294395000LL;
        QTest::newRow("truncates") << QByteArray("2024-03-01T12:00:01.2349999Z") << 1709294401234LL;
        QTest::newRow("one digit") << QByteArray("2024-03-01T12:00:01.5Z") << 1709294401500LL;
        QTest::newRow("no fraction") << QByteArray("2024-03-01T12:00:00Z") << 1709294400000LL;
        QTest::newRow("plus offset") << QByteArray("2024-03-01T14:00:00+02:00") << 1709294400000LL;
        QTest::newRow("minus offset") << QByteArray("2024-03-01T06:30:00.5-05:30") << 1709294400500LL;
        QTest::newRow("lower case") << QByteArray("2024-03-01t12:00:00z") << 1709294400000LL;
        QTest::newRow("leap day") << QByteArray("2024-02-29T00:00:00Z") << 1709164800000LL;
        QTest::newRow("leap second") << QByteArray("2016-12-31T23:59:60Z") << 1483228800000LL;
        QTest::newRow("before 1970") << QByteArray("1969-12-31T23:59:59.999Z") << -1LL;
        QTest::newRow("year 2000") << QByteArray("2000-02-29T12:00:00Z") << 951825600000LL;
    }
    void rfc3339()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, ms);
        const auto parsed = parseRfc3339Ms(std::string_view(text.constData(), size_t(text.size())));
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, ms);
    }

    void rfc3339Rejects()
    {
        for (const char *bad : {"", "2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-04-31T00:00:00Z",
                                "2024-03-01 12:00:00Z", "2024-03-01T12:00:00", "2024-03-01T24:00:00Z", "2024-03-01T12:60:00Z",
                                "2024-03-01T12:00:00.Z", "2024-03-01T12:00:00Zx", "2024-03-01T12:00:00+0200", "2024-3-01T12:00:00Z",
                                "2024-03-01T12:00:00+24:00", "2024-03-01 11:59:56.000123456 +0000 UTC"})
            QVERIFY2(!parseRfc3339Ms(bad).has_value(), bad);
    }

    void rfc3339AgreesWithQDateTime()
    {
        std::mt19937_64 rng(11);
        for (int i = 0; i < 5000; ++i) {
            const qint64 ms = qint64(rng() % 4'000'000'000'000ULL);
            const QString text = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
            const QByteArray utf8 = text.toUtf8();
            QCOMPARE(*parseRfc3339Ms(std::string_view(utf8.constData(), size_t(utf8.size()))), ms);
            const QString seconds = formatUtcSeconds(ms);
            QCOMPARE(seconds, QDateTime::fromMSecsSinceEpoch(ms - ms % 1000, Qt::UTC).toString(Qt::ISODate));
        }
        QCOMPARE(formatUtcSeconds(1709294400000LL), QStringLiteral("2024-03-01T12:00:00Z"));
        QCOMPARE(daysFromCivil(1970, 1, 1), 0LL);
    }

    void assignLatin1ReusesTheBuffer()
    {
        QString id;
        assignLatin1(id, "3456789001");
        QCOMPARE(id, QStringLiteral("3456789001"));
        const QChar *buffer = id.constData();
        assignLatin1(id, "3456789002");
        QCOMPARE(id, QStringLiteral("3456789002"));
        QCOMPARE(id.constData(), buffer);
        assignLatin1(id, "42");
        QCOMPARE(id, QStringLiteral("42"));
        QCOMPARE(id.constData(), buffer);
        // A copy taken by a consumer keeps its value: the slot detaches instead of overwriting it.
        const QString kept = id;
        assignLatin1(id, "43");
        QCOMPARE(kept, QStringLiteral("42"));
        QCOMPARE(id, QStringLiteral("43"));
        assignLatin1(id, "");
        QVERIFY(id.isEmpty());
    }

    void idsAndExcerpts()
    {
        QVERIFY(isPlausibleId("20f43950-d8dd-5b31-9112-a178eb6023af"));
        QVERIFY(isPlausibleId("5c24c5da03aa673885cd67aa"));
        QVERIFY(!isPlausibleId(""));
        QVERIFY(!isPlausibleId("a b"));
        QVERIFY(!isPlausibleId(std::string(65, 'a')));
        QVERIFY(isAllDigits("0123"));
        QVERIFY(!isAllDigits("12a"));
        const QString shown = excerpt(std::string(10'000'000, 'x'));
        QVERIFY(shown.size() < 80);
        QVERIFY(shown.contains(QLatin1String("10000000 bytes")));
    }

    void symbolTable()
    {
        int resolved = 0;
        SymbolTable table([&](std::string_view native) -> std::optional<Symbol> {
            ++resolved;
            return Symbol::fromNative(ExchangeId::Binance, QString::fromLatin1(native.data(), qsizetype(native.size())));
        });
        const int btc = table.intern("BTCUSDT");
        QCOMPARE(btc, 0);
        QCOMPARE(table.intern("BTCUSDT"), 0);
        QCOMPARE(table.intern("ETHBTC"), 1);
        QCOMPARE(table.intern("BTCUSDT"), 0);
        QCOMPARE(resolved, 2); // known symbols never go through the resolver again
        QCOMPARE(table.at(1).symbol.toString(), QStringLiteral("ETH/BTC"));
        QCOMPARE(table.intern("NOPE"), -1);
        QCOMPARE(table.intern(""), -1);
        QCOMPARE(table.add("WEIRDPAIR", *Symbol::parse(u"WEIRD/PAIR")), 2);
        QCOMPARE(table.intern("WEIRDPAIR"), 2);
        for (int i = 0; i < SymbolTable::kMaxEntries; ++i)
            table.intern(qPrintable(QStringLiteral("S%1USDT").arg(i)));
        QCOMPARE(table.size(), SymbolTable::kMaxEntries);
        QCOMPARE(table.intern("LATEUSDT"), -1);
    }

    void parsedFrameKinds()
    {
        ParsedFrame frame;
        frame.reset(1);
        frame.finish();
        QCOMPARE(frame.kind(), FrameKind::Ignored);
        frame.reset(2);
        MarketTrade &t = frame.appendTrade();
        t.trade.price = 1;
        frame.setControl(ControlKind::Pong);
        frame.finish();
        QCOMPARE(frame.kind(), FrameKind::Trades);
        QCOMPARE(frame.trades().size(), size_t(1));
        frame.reset(3);
        QVERIFY(frame.trades().empty());
        frame.appendTrade();
        frame.setError(ParseErrorKind::BadPrice, ExchangeId::Okx, QStringLiteral("first"));
        frame.setError(ParseErrorKind::BadSize, ExchangeId::Okx, QStringLiteral("second"));
        frame.finish();
        QCOMPARE(frame.kind(), FrameKind::Error);
        QVERIFY(frame.trades().empty()); // nothing of a rejected frame may be used
        QCOMPARE(frame.error().reason, QStringLiteral("first"));
        QCOMPARE(frame.error().frameNumber, quint64(3));
        frame.reset(4);
        QVERIFY(!frame.error().isError());
        frame.setControl(ControlKind::Heartbeat);
        frame.finish();
        QCOMPARE(frame.kind(), FrameKind::Control);
        QCOMPARE(parseErrorKindName(ParseErrorKind::BadTimestamp), QStringLiteral("bad-timestamp"));
    }

    void candleChecks_data()
    {
        QTest::addColumn<Candle>("candle");
        QTest::addColumn<qint64>("interval");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<ParseErrorKind>("kind");
        const qint64 m0 = 1709294400000LL;
        const double nan = std::nan("");
        QTest::newRow("good") << Candle{m0, 10, 11, 9, 10.5, 2} << 60'000LL << 0LL << ParseErrorKind::None;
        QTest::newRow("zero volume") << Candle{m0, 10, 10, 10, 10, 0} << 60'000LL << 0LL << ParseErrorKind::None;
        QTest::newRow("NaN open") << Candle{m0, nan, 11, 9, 10, 1} << 60'000LL << 0LL << ParseErrorKind::BadPrice;
        QTest::newRow("inf high") << Candle{m0, 10, INFINITY, 9, 10, 1} << 60'000LL << 0LL << ParseErrorKind::BadPrice;
        QTest::newRow("zero low") << Candle{m0, 10, 11, 0, 10, 1} << 60'000LL << 0LL << ParseErrorKind::BadPrice;
        QTest::newRow("negative close") << Candle{m0, 10, 11, 9, -10, 1} << 60'000LL << 0LL << ParseErrorKind::BadPrice;
        QTest::newRow("NaN volume") << Candle{m0, 10, 11, 9, 10, nan} << 60'000LL << 0LL << ParseErrorKind::BadSize;
        QTest::newRow("negative volume") << Candle{m0, 10, 11, 9, 10, -1} << 60'000LL << 0LL << ParseErrorKind::BadSize;
        QTest::newRow("high below close") << Candle{m0, 10, 10.4, 9, 10.5, 1} << 60'000LL << 0LL << ParseErrorKind::BadPrice;
        QTest::newRow("low above open") << Candle{m0, 10, 11, 10.1, 10.5, 1} << 60'000LL << 0LL << ParseErrorKind::BadPrice;
        QTest::newRow("before 2009") << Candle{1230767940000LL, 10, 11, 9, 10, 1} << 60'000LL << 0LL << ParseErrorKind::BadTimestamp;
        QTest::newRow("future") << Candle{m0 + 3'600'000, 10, 11, 9, 10, 1} << 60'000LL << 0LL << ParseErrorKind::BadTimestamp;
        QTest::newRow("unaligned") << Candle{m0 + 1, 10, 11, 9, 10, 1} << 60'000LL << 0LL << ParseErrorKind::BadTimestamp;
        QTest::newRow("utc+8 day") << Candle{m0 - 20 * 3'600'000LL, 10, 11, 9, 10, 1} << 86'400'000LL << 8 * 3'600'000LL << ParseErrorKind::None;
        QTest::newRow("week unchecked") << Candle{m0, 10, 11, 9, 10, 1} << 604'800'000LL << 0LL << ParseErrorKind::None;
    }
    void candleChecks()
    {
        QFETCH(Candle, candle);
        QFETCH(qint64, interval);
        QFETCH(qint64, offset);
        QFETCH(ParseErrorKind, kind);
        const auto problem = checkCandle(candle, interval, offset, 1709294400000LL + 60'000);
        QCOMPARE(problem ? problem->kind : ParseErrorKind::None, kind);
        if (problem)
            QVERIFY(!problem->text.isEmpty());
    }

    void closeRule()
    {
        const CandleCloseRule rule{false, true, 2'000};
        const qint64 m0 = 1709294400000LL;
        QVERIFY(!rule.closedByNext(m0, 60'000, m0));
        QVERIFY(rule.closedByNext(m0, 60'000, m0 + 60'000));
        QVERIFY(rule.closedByNext(m0, 60'000, m0 + 180'000)); // quiet minutes in between
        QVERIFY(!rule.closedByTime(m0, 60'000, m0 + 61'999));
        QVERIFY(rule.closedByTime(m0, 60'000, m0 + 62'000));
    }

    void tradePathAllocatesNothing()
    {
#if !defined(__GLIBC__)
        QSKIP("allocation counting needs glibc");
#else
        // The counter itself works: a QString built from scratch allocates.
        g_allocations = 0;
        g_counting = true;
        const QString probe = QString::number(1234567890123LL);
        g_counting = false;
        QVERIFY(g_allocations.load() > 0);
        QCOMPARE(probe.size(), 13);

        const cl::model::ManualClock clock(1'780'272'000'000LL);
        struct Case
        {
            std::unique_ptr<ExchangeAdapter> adapter;
            QByteArray first;
            QByteArray second;
        };
        std::vector<Case> cases;
        cases.push_back({std::make_unique<BinanceAdapter>(clock),
                         "{\"e\":\"trade\",\"E\":1709294401236,\"s\":\"BTCUSDT\",\"t\":3456789001,\"p\":\"61234.56000000\",\"q\":\"0.01200000\",\"T\":1709294401234,\"m\":false,\"M\":true}",
                         "{\"e\":\"trade\",\"E\":1709294401901,\"s\":\"BTCUSDT\",\"t\":3456789002,\"p\":\"61235.10000000\",\"q\":\"0.00450000\",\"T\":1709294401899,\"m\":true,\"M\":true}"});
        cases.push_back({std::make_unique<BybitAdapter>(clock),
                         "{\"topic\":\"publicTrade.BTCUSDT\",\"ts\":1709294401902,\"type\":\"snapshot\",\"data\":[{\"T\":1709294401234,\"s\":\"BTCUSDT\",\"S\":\"Buy\",\"v\":\"0.012000\",\"p\":\"61234.56\",\"i\":\"2290000000123456000\",\"BT\":false},{\"T\":1709294401899,\"s\":\"BTCUSDT\",\"S\":\"Buy\",\"v\":\"0.004500\",\"p\":\"61235.10\",\"i\":\"2290000000123456001\",\"BT\":false}]}",
                         "{\"topic\":\"publicTrade.BTCUSDT\",\"ts\":1709294407413,\"type\":\"snapshot\",\"data\":[{\"T\":1709294407410,\"s\":\"BTCUSDT\",\"S\":\"Sell\",\"v\":\"0.250000\",\"p\":\"61229.99\",\"i\":\"2290000000123456002\",\"BT\":false}]}"});
        cases.push_back({std::make_unique<OkxAdapter>(clock),
                         "{\"arg\":{\"channel\":\"trades\",\"instId\":\"BTC-USDT\"},\"data\":[{\"instId\":\"BTC-USDT\",\"tradeId\":\"512345001\",\"px\":\"61234.6\",\"sz\":\"0.012\",\"side\":\"buy\",\"ts\":\"1709294401234\",\"count\":\"1\"}]}",
                         "{\"arg\":{\"channel\":\"trades\",\"instId\":\"BTC-USDT\"},\"data\":[{\"instId\":\"BTC-USDT\",\"tradeId\":\"512345003\",\"px\":\"61230.0\",\"sz\":\"0.25\",\"side\":\"sell\",\"ts\":\"1709294407410\",\"count\":\"2\"}]}"});
        cases.push_back({std::make_unique<CoinbaseAdapter>(clock),
                         "{\"channel\":\"market_trades\",\"client_id\":\"\",\"timestamp\":\"2024-03-01T12:00:01.950000000Z\",\"sequence_num\":4,\"events\":[{\"type\":\"update\",\"trades\":[{\"trade_id\":\"650000002\",\"product_id\":\"BTC-USD\",\"price\":\"61235.10\",\"size\":\"0.0045\",\"side\":\"BUY\",\"time\":\"2024-03-01T12:00:01.899000Z\"},{\"trade_id\":\"650000001\",\"product_id\":\"BTC-USD\",\"price\":\"61234.56\",\"size\":\"0.012\",\"side\":\"BUY\",\"time\":\"2024-03-01T12:00:01.234000Z\"}]}]}",
                         "{\"channel\":\"market_trades\",\"client_id\":\"\",\"timestamp\":\"2024-03-01T12:00:07.450000000Z\",\"sequence_num\":6,\"events\":[{\"type\":\"update\",\"trades\":[{\"trade_id\":\"650000003\",\"product_id\":\"BTC-USD\",\"price\":\"61229.99\",\"size\":\"0.25\",\"side\":\"SELL\",\"time\":\"2024-03-01T12:00:07.410000Z\"}]}]}"});
        cases.push_back({std::make_unique<CoinbaseAdapter>(clock, CoinbaseAdapter::Api::Exchange),
                         "{\"type\":\"match\",\"trade_id\":610000001,\"maker_order_id\":\"a\",\"taker_order_id\":\"b\",\"side\":\"sell\",\"size\":\"0.012\",\"price\":\"61234.56\",\"product_id\":\"BTC-USD\",\"sequence\":80512340000,\"time\":\"2024-03-01T12:00:01.234000Z\"}",
                         "{\"type\":\"match\",\"trade_id\":610000002,\"maker_order_id\":\"a\",\"taker_order_id\":\"b\",\"side\":\"buy\",\"size\":\"0.0045\",\"price\":\"61235.10\",\"product_id\":\"BTC-USD\",\"sequence\":80512340037,\"time\":\"2024-03-01T12:00:01.899000Z\"}"});
        cases.push_back({std::make_unique<KrakenAdapter>(clock),
                         "{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"side\":\"buy\",\"price\":61234.6,\"qty\":0.012,\"ord_type\":\"limit\",\"trade_id\":70123401,\"timestamp\":\"2024-03-01T12:00:01.234000Z\"}]}",
                         "{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"side\":\"sell\",\"price\":61230.0,\"qty\":0.25,\"ord_type\":\"market\",\"trade_id\":70123403,\"timestamp\":\"2024-03-01T12:00:07.410000Z\"}]}"});
        cases.push_back({std::make_unique<KucoinAdapter>(clock),
                         "{\"type\":\"message\",\"topic\":\"/market/match:BTC-USDT\",\"subject\":\"trade.l3match\",\"data\":{\"sequence\":\"11293847561000\",\"type\":\"match\",\"symbol\":\"BTC-USDT\",\"side\":\"buy\",\"price\":\"61234.6\",\"size\":\"0.01200000\",\"tradeId\":\"65e1c2000000000000000000\",\"time\":\"1709294401234123456\"}}",
                         "{\"type\":\"message\",\"topic\":\"/market/match:BTC-USDT\",\"subject\":\"trade.l3match\",\"data\":{\"sequence\":\"11293847561002\",\"type\":\"match\",\"symbol\":\"BTC-USDT\",\"side\":\"sell\",\"price\":\"61230.0\",\"size\":\"0.25000000\",\"tradeId\":\"65e1c2000000000000000002\",\"time\":\"1709294407410123456\"}}"});
        for (Case &c : cases) {
            for (int i = 0; i < 3; ++i) { // warm-up: parser capacity, trade slots, interned symbols
                QCOMPARE(c.adapter->parseFrame(c.first).kind(), FrameKind::Trades);
                QCOMPARE(c.adapter->parseFrame(c.second).kind(), FrameKind::Trades);
            }
            size_t trades = 0;
            g_allocations = 0;
            g_counting = true;
            for (int i = 0; i < 1000; ++i) {
                trades += c.adapter->parseFrame(c.first).trades().size();
                trades += c.adapter->parseFrame(c.second).trades().size();
            }
            g_counting = false;
            QVERIFY2(trades >= 2000, qPrintable(c.adapter->name()));
            QVERIFY2(g_allocations.load() == 0, qPrintable(QStringLiteral("%1: %2 allocations in 2000 frames").arg(c.adapter->name()).arg(g_allocations.load())));
        }
#endif
    }

    void frameNumbersAndCounters()
    {
        const cl::model::ManualClock clock(1'780'272'000'000LL);
        BinanceAdapter adapter(clock);
        const QByteArray trade = "{\"e\":\"trade\",\"E\":1,\"s\":\"BTCUSDT\",\"t\":1,\"p\":\"1\",\"q\":\"1\",\"T\":1709294401234,\"m\":true}";
        QCOMPARE(adapter.parseFrame(trade).frameNumber(), quint64(1));
        QCOMPARE(adapter.parseFrame("{\"e\":\"x\"}").frameNumber(), quint64(2));
        QCOMPARE(adapter.parseFrame("garbage").error().frameNumber, quint64(3));
        adapter.resetFrameNumbers(); // a new connection counts from 1 again
        const ParsedFrame &bad = adapter.parseFrame("{");
        QCOMPARE(bad.frameNumber(), quint64(1));
        QVERIFY(bad.error().reason.startsWith(QLatin1String("binance frame 1: ")));
        const FrameStats &stats = adapter.stats();
        QCOMPARE(stats.frames, quint64(4));
        QCOMPARE(stats.trades, quint64(1));
        QCOMPARE(stats.ignored, quint64(1));
        QCOMPARE(stats.errors, quint64(2));
        QCOMPARE(stats.errorsByKind[size_t(ParseErrorKind::Malformed)], quint64(2));
    }
};

QTEST_APPLESS_MAIN(TstFeedValues)
#include "tst_feedvalues.moc"
