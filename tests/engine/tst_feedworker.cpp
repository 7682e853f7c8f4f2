#include "../market/loopbackservers.h"
#include "engine/feedworker.h"
#include "engine/marketdataservice.h"
#include "model/manualclock.h"
#include "storage/candlerepository.h"
#include "storage/coveragerepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/storagewriter.h"
#include "storage/symbolrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace cl;
using engine::FeedWorker;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kT0 = 1'780'272'000'000LL; // 2026-06-01T00:00:00Z

model::Symbol btc()
{
    return *model::Symbol::parse(QStringLiteral("BTC/USDT"));
}

model::Symbol eth()
{
    return *model::Symbol::parse(QStringLiteral("ETH/USDT"));
}

// A Binance 1m kline frame (not final) of the minute openMs.
QByteArray binanceKline(qint64 openMs, qint64 eventMs, const char *symbol = "BTCUSDT")
{
    const QByteArray open = QByteArray::number(openMs);
    return "{\"e\":\"kline\",\"E\":" + QByteArray::number(eventMs) + ",\"s\":\"" + symbol + "\",\"k\":{\"t\":" + open
           + ",\"T\":" + QByteArray::number(openMs + kMinute - 1) + ",\"s\":\"" + symbol
           + "\",\"i\":\"1m\",\"o\":\"100.00\",\"c\":\"100.50\",\"h\":\"101.00\",\"l\":\"99.50\",\"v\":\"0.02\","
             "\"n\":2,\"x\":false}}";
}

// A worker against the in-test servers, ticking every 5 ms; backfillMinutes back when nothing is stored.
FeedWorker::Options stubOptions(const QString &webSocketUrl, const QString &restUrl, int backfillMinutes)
{
    FeedWorker::Options options;
    options.webSocketBaseUrl = webSocketUrl;
    options.restBaseUrl = restUrl;
    options.backfillMinutes = backfillMinutes;
    options.tickMs = 5;
    options.connection.tickMs = 5;
    return options;
}

test::HttpStub::Handler binanceRest(const model::Clock &clock)
{
    return [&clock](const QByteArray &, const QByteArray &target) -> test::HttpStub::Response {
        if (target.startsWith("/api/v3/time"))
            return {200, "{\"serverTime\":" + QByteArray::number(clock.nowMs()) + "}", {}};
        const qint64 start = test::queryValue(target, "startTime").toLongLong();
        const qint64 end = test::queryValue(target, "endTime").toLongLong();
        return {200, test::binanceKlineRows(start, int((end - start + 1) / kMinute)), {}};
    };
}

// What the database says about [from, to] of BTC/USDT on Binance: stored 1m candles, open holes, and whether
// one stored coverage range spans it.
struct StoredState
{
    int candles = -1;
    int holes = -1;
    bool covered = false;
};

StoredState readStored(const QString &path, qint64 from, qint64 to)
{
    StoredState state;
    storage::SqlConnection connection;
    QString error;
    if (!connection.open(path, storage::SqlConnection::Mode::ReadOnly, &error))
        return state;
    const auto id = storage::SymbolRepository(connection).find(model::ExchangeId::Binance, btc(), &error);
    if (!id)
        return state;
    state.candles = int(storage::CandleRepository(connection).load(*id, model::Timeframe::M1, from, to).size());
    storage::CoverageRepository coverage(connection);
    state.holes = int(coverage.holes(*id, &error).size());
    for (const storage::CoverageRange &range : coverage.ranges(*id, &error))
        state.covered = state.covered || (range.kind == storage::CoverageRange::Kind::Stored && range.start <= from && range.end >= to);
    return state;
}

// The trade ids of every batch in the spy, in the order they were emitted.
QStringList tradeIds(const QSignalSpy &spy)
{
    QStringList ids;
    for (const QList<QVariant> &call : spy)
        for (const model::Trade &trade : call.first().value<market::SymbolTrades>().trades)
            ids << trade.id;
    return ids;
}

} // namespace

// Gap repair and duplicate handling of one exchange's feed, against loopback WebSocket and HTTP stubs.
class TestFeedWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<cl::market::SymbolTrades>();
        qRegisterMetaType<cl::market::ClosedCandles>();
        qRegisterMetaType<cl::market::FeedStatus>();
    }

    void tradeIdJumpIsRepairedAndDuplicatesDropped()
    {
        model::ManualClock clock(kT0 + 10'000);
        test::StubWebSocketServer ws;
        test::HttpStub rest([&clock](const QByteArray &, const QByteArray &target) -> test::HttpStub::Response {
            if (target.startsWith("/api/v3/time"))
                return {200, "{\"serverTime\":" + QByteArray::number(clock.nowMs()) + "}", {}};
            const qint64 start = test::queryValue(target, "startTime").toLongLong();
            const qint64 end = test::queryValue(target, "endTime").toLongLong();
            return {200, test::binanceKlineRows(start, int((end - start + 1) / kMinute)), {}};
        });
        FeedWorker::Options options = stubOptions(ws.url(), rest.url(), 5);
        FeedWorker worker(model::ExchangeId::Binance, clock, nullptr, options);
        QSignalSpy trades(&worker, &FeedWorker::trades);
        QSignalSpy backfilled(&worker, &FeedWorker::backfilled);
        QSignalSpy lines(&worker, &FeedWorker::logLine);
        worker.setSymbols({btc()});
        worker.start();

        // First connect: backfill of the last 5 minutes up to the forming one.
        QTRY_VERIFY(!backfilled.isEmpty());
        const auto firstPage = backfilled.first().first().value<market::ClosedCandles>();
        QCOMPARE(firstPage.candles.front().openTime, kT0 - 5 * kMinute);
        QCOMPARE(firstPage.candles.back().openTime, kT0 - kMinute);

        ws.sendToAll(test::binanceTrade(100, kT0 + 1'000));
        ws.sendToAll(test::binanceTrade(101, kT0 + 2'000));
        ws.sendToAll(test::binanceTrade(100, kT0 + 1'000)); // re-sent: dropped
        ws.sendToAll(test::binanceTrade(105, kT0 + 70'000)); // 102..104 lost
        // The frames may arrive in one socket read, and then in one batch: count trades, not batches.
        QTRY_COMPARE(tradeIds(trades).size(), 3);
        QCOMPARE(tradeIds(trades), (QStringList{QStringLiteral("100"), QStringLiteral("101"), QStringLiteral("105")}));
        bool jumpLogged = false;
        for (const QList<QVariant> &line : lines)
            jumpLogged = jumpLogged || line.first().toString().contains(QLatin1String("trade ids jump 101 -> 105"));
        QVERIFY(jumpLogged);

        // The minutes the jump spans are fetched once the exchange's clock has closed them.
        const int requestsBefore = int(rest.requests().size());
        clock.advanceMs(60'000);
        QTest::qWait(50);
        QCOMPARE(int(rest.requests().size()), requestsBefore); // kT0+70 s: minute kT0+1 still forming
        clock.advanceMs(60'000);
        QTRY_VERIFY(rest.requests().size() > requestsBefore);
        bool repaired = false;
        for (const QByteArray &target : rest.requests())
            repaired = repaired
                       || (target.startsWith("/api/v3/klines") && test::queryValue(target, "startTime").toLongLong() == kT0
                           && test::queryValue(target, "endTime").toLongLong() == kT0 + 2 * kMinute - 1);
        QVERIFY2(repaired, rest.requests().join(' ').constData());
        worker.shutdown();
    }

    // The frames of one socket read (the stub writes them in one go) leave the worker as one batch per symbol,
    // every trade in the order received, the batches in the order their symbols first appeared. (The clock
    // stands still and the minute stays the same: no trade makes the CandleWorker send a forming candle.)
    void burstOfFramesIsOneBatchPerSymbolInOrder()
    {
        model::ManualClock clock(kT0 + 30'000);
        test::StubWebSocketServer ws;
        test::HttpStub rest(binanceRest(clock));
        FeedWorker::Options options = stubOptions(ws.url(), rest.url(), 2);
        FeedWorker worker(model::ExchangeId::Binance, clock, nullptr, options);
        QSignalSpy trades(&worker, &FeedWorker::trades);
        QSignalSpy backfilled(&worker, &FeedWorker::backfilled);
        worker.setSymbols({btc(), eth()});
        worker.start();
        QTRY_COMPARE(backfilled.size(), 2); // live, one backfill page per symbol

        const qint64 t = kT0 + 1'000;
        // The first trades of a symbol's minute go out at once (the CandleWorker sends their forming candle).
        ws.sendToAll(test::binanceTrade(6, t, "3000.0", "ETHUSDT"));
        ws.sendToAll(test::binanceTrade(49, t, "100.0"));
        QTRY_COMPARE(trades.size(), 2);
        trades.clear();

        ws.sendToAll(test::binanceTrade(7, t, "3000.1", "ETHUSDT"));
        ws.sendToAll(test::binanceTrade(50, t + 1, "100.1"));
        ws.sendToAll(test::binanceTrade(8, t + 2, "3000.2", "ETHUSDT"));
        ws.sendToAll(test::binanceTrade(51, t + 3, "100.2"));
        ws.sendToAll(test::binanceTrade(7, t, "3000.1", "ETHUSDT")); // re-sent: dropped, the batch goes on
        ws.sendToAll(test::binanceTrade(52, t + 4, "100.3"));
        ws.sendToAll(test::binanceTrade(9, t + 5, "3000.3", "ETHUSDT"));
        QTRY_COMPARE(tradeIds(trades).size(), 6);
        QTest::qWait(30); // nothing more comes
        QCOMPARE(trades.size(), 2);
        const auto first = trades.at(0).first().value<market::SymbolTrades>();
        const auto second = trades.at(1).first().value<market::SymbolTrades>();
        QCOMPARE(first.exchange, model::ExchangeId::Binance);
        QCOMPARE(first.symbol, eth());
        QCOMPARE(second.symbol, btc());
        QCOMPARE(tradeIds(trades), (QStringList{QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"), QStringLiteral("50"),
                                                QStringLiteral("51"), QStringLiteral("52")}));
        QCOMPARE(first.trades.at(2).price, 3000.3);
        QCOMPARE(first.trades.at(2).timestamp, t + 5);
        QCOMPARE(second.trades.at(0).price, 100.1);

        // A later read is a batch of its own.
        ws.sendToAll(test::binanceTrade(53, t + 6, "100.4"));
        QTRY_COMPARE(trades.size(), 3);
        QCOMPARE(tradeIds(trades).last(), QStringLiteral("53"));
        worker.shutdown();
    }

    // Trades held for the end of the read go out before a kline of the same read: the CandleWorker sees a
    // minute's trades before the kline that may close it, as the exchange sent them.
    void heldTradesGoOutBeforeAKlineOfTheSameRead()
    {
        model::ManualClock clock(kT0 + 30'000);
        test::StubWebSocketServer ws;
        test::HttpStub rest(binanceRest(clock));
        FeedWorker::Options options = stubOptions(ws.url(), rest.url(), 2);
        FeedWorker worker(model::ExchangeId::Binance, clock, nullptr, options);
        QSignalSpy backfilled(&worker, &FeedWorker::backfilled);
        QStringList events;
        connect(&worker, &FeedWorker::trades, this, [&](const market::SymbolTrades &batch) {
            QStringList ids;
            for (const model::Trade &trade : batch.trades)
                ids << trade.id;
            events << QStringLiteral("trades ") + ids.join(QLatin1Char(','));
        });
        connect(&worker, &FeedWorker::exchangeCandles, this, [&](const market::ExchangeCandles &candles) {
            events << QStringLiteral("kline %1").arg(candles.updates.size());
        });
        worker.setSymbols({btc()});
        worker.start();
        QTRY_COMPARE(backfilled.size(), 1);
        const qint64 t = kT0 + 1'000;
        ws.sendToAll(test::binanceTrade(59, t)); // the minute's first trade goes out at once
        QTRY_COMPARE(events.size(), 1);
        events.clear();

        ws.sendToAll(test::binanceTrade(60, t));
        ws.sendToAll(test::binanceTrade(61, t + 1));
        ws.sendToAll(binanceKline(kT0, t + 2));
        ws.sendToAll(test::binanceTrade(62, t + 3));
        QTRY_VERIFY(events.contains(QStringLiteral("trades 62")));
        QCOMPARE(events, (QStringList{QStringLiteral("trades 60,61"), QStringLiteral("kline 1"),
                                                QStringLiteral("trades 62")}));
        worker.shutdown();
    }

    void restartRepairsRecordedHoles_data()
    {
        QTest::addColumn<int>("quietMinutes");   // the hole's last minutes: the exchange has no kline (no trades)
        QTest::addColumn<qint64>("retryInMs");   // next_retry recorded by the last run, from now; -1: none
        QTest::newRow("every minute traded") << 0 << qint64(-1);
        QTest::newRow("last minutes quiet") << 3 << qint64(-1);
        QTest::newRow("whole hole quiet") << 11 << qint64(-1);
        QTest::newRow("recorded backoff waits") << 0 << qint64(60'000);
    }

    // Issue 3 (Gaps), after a restart: a hole an earlier run recorded lies before the last stored candle, so
    // the backfill of the connect does not reach it; the feed reads it from feed_coverage and backfills it.
    void restartRepairsRecordedHoles()
    {
        QFETCH(int, quietMinutes);
        QFETCH(qint64, retryInMs);
        model::ManualClock clock(kT0 + 10'000);
        const qint64 holeStart = kT0 - 40 * kMinute;
        const qint64 holeEnd = kT0 - 30 * kMinute; // 11 minutes
        const qint64 lastStored = kT0 - 2 * kMinute;

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("feed.sqlite"));
        QCOMPARE(storage::Database::prepare(path).status, storage::Database::Status::Ok);
        {
            storage::SqlConnection connection;
            QString error;
            QVERIFY2(connection.open(path, storage::SqlConnection::Mode::ReadWrite, &error), qPrintable(error));
            const auto id = storage::SymbolRepository(connection).ensure(model::ExchangeId::Binance, btc(), &error);
            QVERIFY2(id, qPrintable(error));
            const model::Candle stored{lastStored, 1, 2, 0.5, 1.5, 3};
            QVERIFY2(storage::CandleRepository(connection).upsert(*id, model::Timeframe::M1, std::span(&stored, 1), nullptr, &error),
                     qPrintable(error));
            storage::CoverageRepository coverage(connection);
            QVERIFY2(coverage.addStored(*id, kT0 - 60 * kMinute, holeStart - kMinute, kT0 - 50 * kMinute, &error), qPrintable(error));
            QVERIFY2(coverage.addStored(*id, holeEnd + kMinute, lastStored, kT0 - 3 * kMinute, &error), qPrintable(error));
            const qint64 nextRetry = retryInMs < 0 ? -1 : clock.nowMs() + retryInMs;
            QVERIFY2(coverage.addHole(*id, holeStart, holeEnd, nextRetry, QStringLiteral("HTTP 503"), kT0 - 30 * kMinute, &error),
                     qPrintable(error));
        }
        QCOMPARE(readStored(path, holeStart, holeEnd).holes, 1);

        test::StubWebSocketServer ws;
        QList<qint64> klineStarts;
        test::HttpStub rest([&](const QByteArray &, const QByteArray &target) -> test::HttpStub::Response {
            if (target.startsWith("/api/v3/time"))
                return {200, "{\"serverTime\":" + QByteArray::number(clock.nowMs()) + "}", {}};
            const qint64 start = test::queryValue(target, "startTime").toLongLong();
            const qint64 end = test::queryValue(target, "endTime").toLongLong();
            klineStarts.append(start);
            QByteArrayList rows;
            for (qint64 open = start; open <= end; open += kMinute) {
                if (open > holeEnd - quietMinutes * kMinute && open <= holeEnd)
                    continue;
                const QByteArray row = test::binanceKlineRows(open, 1);
                rows.append(row.mid(1, row.size() - 2));
            }
            return {200, "[" + rows.join(',') + "]", {}};
        });

        storage::StorageWriter writer(path);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        engine::MarketDataService::Options options;
        options.databasePath = path;
        options.backfillMinutes = 5;
        options.feed.tickMs = 5;
        options.feed.connection.tickMs = 5;
        {
            engine::MarketDataService service(writer, clock, options);
            QStringList lines;
            QObject::connect(&service, &engine::MarketDataService::logLine, &service,
                             [&lines](const QString &line) { lines.append(line); });
            service.setEndpoints(model::ExchangeId::Binance, ws.url(), rest.url());
            service.setSymbols(model::ExchangeId::Binance, {btc()});

            // The connect backfill starts after the last stored candle.
            QTRY_VERIFY(klineStarts.contains(lastStored + kMinute));
            if (retryInMs > 0) {
                QTest::qWait(100);
                QVERIFY2(!klineStarts.contains(holeStart), "retried before the recorded backoff ran out");
                clock.advanceMs(retryInMs);
            }
            QTRY_VERIFY(klineStarts.contains(holeStart));
            const int expected = 11 - quietMinutes;
            QTRY_COMPARE(readStored(path, holeStart, holeEnd).candles, expected);
            QTRY_COMPARE(readStored(path, holeStart, holeEnd).holes, 0);
            QVERIFY(readStored(path, holeStart, holeEnd).covered);
            QVERIFY2(std::any_of(lines.begin(), lines.end(), [](const QString &line) {
                         return line.contains(QLatin1String("hole 2026-05-31 23:20 .. 2026-05-31 23:30 recorded earlier (1 attempt(s), last: HTTP 503)"));
                     }),
                     qPrintable(lines.join(QLatin1Char('\n'))));
            service.stop();
        }
        writer.stop();
        // Once: the repaired hole is not fetched again.
        QCOMPARE(klineStarts.count(holeStart), 1);
    }

    // A trade that makes the CandleWorker send a forming candle (its throttle interval is over, or the first
    // of a new minute) is not held for the rest of the read: it goes out at once with what is pending before it.
    void tradesThatUpdateTheChartAreNotHeld()
    {
        model::ManualClock clock(kT0 + 30'000);
        test::StubWebSocketServer ws;
        test::HttpStub rest(binanceRest(clock));
        FeedWorker::Options options = stubOptions(ws.url(), rest.url(), 2);
        options.formingThrottleMs = 100;
        FeedWorker worker(model::ExchangeId::Binance, clock, nullptr, options);
        QSignalSpy trades(&worker, &FeedWorker::trades);
        QSignalSpy backfilled(&worker, &FeedWorker::backfilled);
        worker.setSymbols({btc(), eth()});
        worker.start();
        QTRY_COMPARE(backfilled.size(), 2);
        const qint64 t = kT0 + 1'000;
        ws.sendToAll(test::binanceTrade(6, t, "3000.0", "ETHUSDT"));
        ws.sendToAll(test::binanceTrade(49, t, "100.0"));
        QTRY_COMPARE(trades.size(), 2);
        const auto batches = [&trades] {
            QStringList out;
            for (const QList<QVariant> &call : trades) {
                const auto batch = call.first().value<market::SymbolTrades>();
                QStringList ids;
                for (const model::Trade &trade : batch.trades)
                    ids << trade.id;
                out << batch.symbol.base() + QLatin1Char(' ') + ids.join(QLatin1Char(','));
            }
            return out;
        };

        // The throttle interval is over for both: each one's first trade of the read goes out at once.
        trades.clear();
        clock.advanceMs(100 + 2);
        ws.sendToAll(test::binanceTrade(7, t + 1, "3000.1", "ETHUSDT"));
        ws.sendToAll(test::binanceTrade(50, t + 2, "100.1"));
        ws.sendToAll(test::binanceTrade(8, t + 3, "3000.2", "ETHUSDT"));
        ws.sendToAll(test::binanceTrade(51, t + 4, "100.2"));
        QTRY_COMPARE(tradeIds(trades).size(), 4);
        QTest::qWait(20);
        QCOMPARE(batches(), (QStringList{QStringLiteral("ETH 7"), QStringLiteral("BTC 50"), QStringLiteral("ETH 8"),
                                         QStringLiteral("BTC 51")}));

        // Within the interval: held; the first trade of a new minute takes the held ones along.
        trades.clear();
        clock.advanceMs(10);
        ws.sendToAll(test::binanceTrade(52, t + 5, "100.3"));
        ws.sendToAll(test::binanceTrade(53, kT0 + kMinute + 1, "100.4"));
        ws.sendToAll(test::binanceTrade(54, kT0 + kMinute + 2, "100.5"));
        QTRY_COMPARE(tradeIds(trades).size(), 3);
        QTest::qWait(20);
        QCOMPARE(batches(), (QStringList{QStringLiteral("BTC 52,53"), QStringLiteral("BTC 54")}));
        worker.shutdown();
    }

    void reconnectBackfillsFromTheLastStoredCandle()
    {
        model::ManualClock clock(kT0 + 10'000);
        test::StubWebSocketServer ws;
        test::HttpStub rest([&clock](const QByteArray &, const QByteArray &target) -> test::HttpStub::Response {
            if (target.startsWith("/api/v3/time"))
                return {200, "{\"serverTime\":" + QByteArray::number(clock.nowMs()) + "}", {}};
            const qint64 start = test::queryValue(target, "startTime").toLongLong();
            const qint64 end = test::queryValue(target, "endTime").toLongLong();
            return {200, test::binanceKlineRows(start, int((end - start + 1) / kMinute)), {}};
        });
        FeedWorker::Options options = stubOptions(ws.url(), rest.url(), 3);
        FeedWorker worker(model::ExchangeId::Binance, clock, nullptr, options);
        QSignalSpy backfilled(&worker, &FeedWorker::backfilled);
        QSignalSpy lines(&worker, &FeedWorker::logLine);
        worker.setSymbols({btc()});
        worker.start();
        QTRY_COMPARE(backfilled.size(), 1);
        // The CandleWorker reports the newest stored minute.
        worker.onCandlesStored({model::ExchangeId::Binance, btc(), model::Timeframe::M1, {model::Candle{kT0 - kMinute, 1, 1, 1, 1, 1}}});

        ws.abortAll();
        QTRY_VERIFY(std::any_of(lines.begin(), lines.end(), [](const QList<QVariant> &line) {
            return line.first().toString().contains(QLatin1String("reconnect #1"));
        }));
        clock.advanceMs(5 * kMinute); // an outage of five minutes
        QTRY_COMPARE(ws.accepted(), 2);
        QTRY_COMPARE(backfilled.size(), 2);
        const auto page = backfilled.at(1).first().value<market::ClosedCandles>();
        QCOMPARE(page.candles.front().openTime, kT0);                // right after the last stored one
        QCOMPARE(page.candles.back().openTime, kT0 + 4 * kMinute);   // up to the last closed minute
        // The reconnect minute is fetched again after it closed.
        clock.advanceMs(kMinute);
        QTRY_COMPARE(backfilled.size(), 3);
        QCOMPARE(backfilled.at(2).first().value<market::ClosedCandles>().candles.back().openTime, kT0 + 5 * kMinute);
        worker.shutdown();
    }
};

QTEST_GUILESS_MAIN(TestFeedWorker)
#include "tst_feedworker.moc"
