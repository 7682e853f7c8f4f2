// SimulatedMarket: determinism, candles from trades equal its closed candles exactly, history for
// backfill, Binance klines windows, and plausible market behaviour (volatility, regimes, jumps).

#include "market/replay/simulatedmarket.h"

#include <QTest>

#include <cmath>
#include <map>

using namespace cl;
using market::SimEvent;
using market::SimulatedMarket;

namespace {

constexpr qint64 kStart = 1'780'272'030'000LL; // mid-minute on purpose

std::vector<model::Symbol> symbols(std::initializer_list<const char *> names)
{
    std::vector<model::Symbol> out;
    for (const char *name : names)
        out.push_back(*model::Symbol::parse(QString::fromLatin1(name)));
    return out;
}

SimulatedMarket::Options options(quint64 seed, double rate = 5.0, int history = 60)
{
    SimulatedMarket::Options o;
    o.seed = seed;
    o.tradesPerSecond = rate;
    o.historyMinutes = history;
    return o;
}

std::vector<SimEvent> collect(SimulatedMarket &market, qint64 untilMs, qint64 stepMs)
{
    std::vector<SimEvent> events;
    for (qint64 t = market.now() + stepMs; t <= untilMs; t += stepMs)
        market.advanceTo(t, [&](const SimEvent &e) { events.push_back(e); });
    market.advanceTo(untilMs, [&](const SimEvent &e) { events.push_back(e); });
    return events;
}

bool sameEvent(const SimEvent &a, const SimEvent &b)
{
    return a.kind == b.kind && a.symbol == b.symbol && a.eventTime == b.eventTime && a.closed == b.closed
        && a.trade.id == b.trade.id && a.trade.time == b.trade.time && a.trade.price == b.trade.price
        && a.trade.size == b.trade.size && a.trade.buyerIsMaker == b.trade.buyerIsMaker && a.kline.candle == b.kline.candle;
}

} // namespace

class TestSimulatedMarket : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameMarketWhateverTheStepping();
    void differentSeedsDiffer();
    void candlesFromTradesEqualClosedCandles();
    void tradesAreOrderedWithIncreasingIds();
    void historyCoversTheDayBeforeAndIsValid();
    void klineWindows_data();
    void klineWindows();
    void volatilityClustersAndJumpsHappen();
    void rateIsRespected();
    void extremeOptionsAreClamped();
};

void TestSimulatedMarket::sameSeedSameMarketWhateverTheStepping()
{
    SimulatedMarket a(symbols({"BTC/USDT", "ETH/USDT"}), options(3), kStart);
    SimulatedMarket b(symbols({"BTC/USDT", "ETH/USDT"}), options(3), kStart);
    const auto ea = collect(a, kStart + 180'000, 1000);
    const auto eb = collect(b, kStart + 180'000, 7);
    // Per symbol the order is identical; across symbols the stepping interleaves them differently.
    for (int s = 0; s < 2; ++s) {
        std::vector<SimEvent> sa, sb;
        std::copy_if(ea.begin(), ea.end(), std::back_inserter(sa), [s](const SimEvent &e) { return e.symbol == s; });
        std::copy_if(eb.begin(), eb.end(), std::back_inserter(sb), [s](const SimEvent &e) { return e.symbol == s; });
        QCOMPARE(sa.size(), sb.size());
        for (size_t i = 0; i < sa.size(); ++i)
            QVERIFY2(sameEvent(sa[i], sb[i]), qPrintable(QStringLiteral("symbol %1 event %2").arg(s).arg(i)));
        QCOMPARE(a.closedCandles(s), b.closedCandles(s));
    }
}

void TestSimulatedMarket::differentSeedsDiffer()
{
    SimulatedMarket a(symbols({"BTC/USDT"}), options(1), kStart);
    SimulatedMarket b(symbols({"BTC/USDT"}), options(2), kStart);
    QVERIFY(a.closedCandles(0) != b.closedCandles(0));
}

void TestSimulatedMarket::candlesFromTradesEqualClosedCandles()
{
    SimulatedMarket market(symbols({"BTC/USDT", "DOGE/USDT", "XYZ/BTC"}), options(5, 20.0), kStart);
    std::map<std::pair<int, qint64>, model::Candle> built;
    std::map<std::pair<int, qint64>, model::Candle> closedFrames;
    for (qint64 t = kStart; t <= kStart + 10 * 60'000; t += 333) {
        market.advanceTo(t, [&](const SimEvent &e) {
            if (e.kind == SimEvent::Kind::Kline) {
                if (e.closed)
                    closedFrames[{e.symbol, e.kline.candle.openTime}] = e.kline.candle;
                return;
            }
            // Round trip through Binance's 8-decimal strings, as a client sees them.
            const double price = QByteArray::number(e.trade.price, 'f', 8).toDouble();
            const double size = QByteArray::number(e.trade.size, 'f', 8).toDouble();
            QCOMPARE(price, e.trade.price);
            QCOMPARE(size, e.trade.size);
            const qint64 minute = e.trade.time - e.trade.time % 60'000;
            auto [it, fresh] = built.try_emplace({e.symbol, minute}, model::Candle{minute, price, price, price, price, 0.0});
            it->second.high = std::max(it->second.high, price);
            it->second.low = std::min(it->second.low, price);
            it->second.close = price;
            it->second.volume += size;
        });
    }
    const qint64 firstLive = kStart - kStart % 60'000;
    for (int s = 0; s < market.symbolCount(); ++s) {
        int live = 0;
        for (const model::Candle &candle : market.closedCandles(s)) {
            if (candle.openTime < firstLive)
                continue;
            ++live;
            QCOMPARE(built.at({s, candle.openTime}), candle);
            QCOMPARE(closedFrames.at({s, candle.openTime}), candle);
            // Volume survives the 8-decimal string of REST exactly.
            QCOMPARE(QByteArray::number(candle.volume, 'f', 8).toDouble(), candle.volume);
        }
        QCOMPARE(live, 10);
    }
}

void TestSimulatedMarket::tradesAreOrderedWithIncreasingIds()
{
    SimulatedMarket market(symbols({"BTC/USDT"}), options(9, 50.0), kStart);
    qint64 lastId = -1;
    qint64 lastTime = 0;
    int trades = 0;
    market.advanceTo(kStart + 120'000, [&](const SimEvent &e) {
        if (e.kind != SimEvent::Kind::Trade)
            return;
        ++trades;
        if (lastId >= 0)
            QCOMPARE(e.trade.id, lastId + 1);
        QVERIFY(e.trade.time >= lastTime);
        QVERIFY(e.trade.time > kStart && e.trade.time <= kStart + 120'000);
        QVERIFY(e.trade.price > 0 && e.trade.size > 0);
        lastId = e.trade.id;
        lastTime = e.trade.time;
    });
    QVERIFY(trades > 4000 && trades < 8000);
    // Ids continue after the history's trade counts.
    const auto &history = market.closedKlines(0);
    QCOMPARE(market.klines(0, kStart - kStart % 60'000, -1, 1).front().firstId, history[59].lastId + 1);
}

void TestSimulatedMarket::historyCoversTheDayBeforeAndIsValid()
{
    SimulatedMarket market(symbols({"BTC/USDT"}), options(4, 5.0, 1440), kStart);
    const model::CandleSeries history = market.closedCandles(0);
    QCOMPARE(history.size(), size_t(1440));
    QCOMPARE(history.front().openTime, kStart - kStart % 60'000 - 1440 * 60'000LL);
    QCOMPARE(market.historyStartMs(), history.front().openTime);
    for (size_t i = 0; i < history.size(); ++i) {
        const model::Candle &c = history[i];
        QVERIFY(c.low <= std::min(c.open, c.close) && c.high >= std::max(c.open, c.close) && c.low > 0 && c.volume > 0);
        if (i > 0) {
            QCOMPARE(c.openTime, history[i - 1].openTime + 60'000);
            QCOMPARE(c.open, history[i - 1].close);
        }
    }
    QVERIFY(std::abs(std::log(history.back().close / 60000.0)) < 0.5); // BTC stays BTC-like over a day
}

void TestSimulatedMarket::klineWindows_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expectedRows");
    QTest::addColumn<int>("firstIndex"); // into closed + forming
    const qint64 h0 = kStart - kStart % 60'000 - 60 * 60'000LL;
    QTest::newRow("latest") << qint64(-1) << qint64(-1) << 500 << 63 << 0;
    QTest::newRow("latest 3") << qint64(-1) << qint64(-1) << 3 << 3 << 60;
    QTest::newRow("from start") << h0 << qint64(-1) << 10 << 10 << 0;
    QTest::newRow("start mid-minute") << h0 + 1 << qint64(-1) << 10 << 10 << 1;
    QTest::newRow("start and end") << h0 + 60'000 << h0 + 120'000 << 500 << 2 << 1;
    QTest::newRow("end only") << qint64(-1) << h0 + 4 * 60'000 + 59'999 << 2 << 2 << 3;
    QTest::newRow("before history") << h0 - 3'600'000 << h0 - 60'000 << 500 << 0 << 0;
    QTest::newRow("after now") << kStart + 3'600'000 << qint64(-1) << 500 << 0 << 0;
    QTest::newRow("limit zero") << qint64(-1) << qint64(-1) << 0 << 0 << 0;
}

void TestSimulatedMarket::klineWindows()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(int, limit);
    QFETCH(int, expectedRows);
    QFETCH(int, firstIndex);
    SimulatedMarket market(symbols({"BTC/USDT"}), options(4), kStart);
    market.advanceTo(kStart + 140'000, {}); // 2 live minutes closed (start is mid-minute), the third forming
    std::vector<model::Candle> all = market.closedCandles(0);
    all.push_back(market.formingKline(0).candle);
    QCOMPARE(all.size(), size_t(63));
    const auto rows = market.klines(0, start, end, limit);
    QCOMPARE(int(rows.size()), expectedRows);
    for (int i = 0; i < expectedRows; ++i)
        QCOMPARE(rows[size_t(i)].candle, all[size_t(firstIndex + i)]);
}

void TestSimulatedMarket::volatilityClustersAndJumpsHappen()
{
    SimulatedMarket market(symbols({"BTC/USDT"}), options(21, 5.0, 20'000), kStart);
    const model::CandleSeries c = market.closedCandles(0);
    std::vector<double> r;
    for (const model::Candle &candle : c)
        r.push_back(std::log(candle.close / candle.open));
    double mean = 0, var = 0;
    for (double x : r)
        mean += x;
    mean /= double(r.size());
    for (double x : r)
        var += (x - mean) * (x - mean);
    var /= double(r.size());
    // Clustering: squared returns are autocorrelated (zero for an i.i.d. walk).
    double cov = 0, sqMean = 0, sqVar = 0;
    for (double x : r)
        sqMean += x * x;
    sqMean /= double(r.size());
    for (size_t i = 0; i < r.size(); ++i)
        sqVar += (r[i] * r[i] - sqMean) * (r[i] * r[i] - sqMean);
    for (size_t i = 1; i < r.size(); ++i)
        cov += (r[i] * r[i] - sqMean) * (r[i - 1] * r[i - 1] - sqMean);
    QVERIFY2(cov / sqVar > 0.05, qPrintable(QString::number(cov / sqVar)));
    // Jumps: moves beyond 5 standard deviations exist, far more than a normal distribution would give.
    const double sd = std::sqrt(var);
    const auto jumps = std::count_if(r.begin(), r.end(), [&](double x) { return std::abs(x - mean) > 5 * sd; });
    QVERIFY(jumps >= 3);
}

void TestSimulatedMarket::rateIsRespected()
{
    SimulatedMarket market(symbols({"BTC/USDT"}), options(1, 1000.0), kStart);
    int trades = 0;
    market.advanceTo(kStart + 10'000, [&](const SimEvent &e) { trades += e.kind == SimEvent::Kind::Trade; });
    QVERIFY2(trades > 9000 && trades < 11'000, qPrintable(QString::number(trades)));
}

void TestSimulatedMarket::extremeOptionsAreClamped()
{
    SimulatedMarket::Options o = options(1, std::nan(""), -5);
    o.klinePushMs = 7; // does not divide a minute
    SimulatedMarket market(symbols({"BTC/USDT"}), o, kStart);
    QCOMPARE(market.closedCandles(0).size(), size_t(0));
    market.advanceTo(kStart + 120'000, {});
    QCOMPARE(market.closedCandles(0).size(), size_t(2));
    market.advanceTo(kStart, {}); // backwards: nothing happens
    QCOMPARE(market.now(), kStart + 120'000);
}

QTEST_GUILESS_MAIN(TestSimulatedMarket)
#include "tst_simulatedmarket.moc"
