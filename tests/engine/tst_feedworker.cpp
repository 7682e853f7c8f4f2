#include "../market/loopbackservers.h"
#include "engine/feedworker.h"
#include "model/manualclock.h"

#include <QSignalSpy>
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
        FeedWorker::Options options;
        options.webSocketBaseUrl = ws.url();
        options.restBaseUrl = rest.url();
        options.backfillMinutes = 5;
        options.tickMs = 5;
        options.connection.tickMs = 5;
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
        QTRY_COMPARE(trades.size(), 3);
        QCOMPARE(trades.at(2).first().value<market::SymbolTrades>().trades.front().id, QStringLiteral("105"));
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
        FeedWorker::Options options;
        options.webSocketBaseUrl = ws.url();
        options.restBaseUrl = rest.url();
        options.backfillMinutes = 3;
        options.tickMs = 5;
        options.connection.tickMs = 5;
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
