#include "loopbackservers.h"
#include "market/binanceadapter.h"
#include "market/exchangeclock.h"
#include "market/klinebackfiller.h"
#include "model/manualclock.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace cl;
using market::KlineBackfiller;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kT0 = 1'780'272'000'000LL; // 2026-06-01T00:00:00Z, a minute boundary

struct Harness
{
    explicit Harness(test::HttpStub::Handler handler, KlineBackfiller::Options options = fastOptions())
        : clock(kT0 + 30'000), exchangeClock(clock), adapter(exchangeClock), stub(std::move(handler))
    {
        exchangeClock.setServerTime(clock.nowMs(), clock.nowMs());
        adapter.setRestBaseUrl(stub.url());
        backfiller = std::make_unique<KlineBackfiller>(adapter, exchangeClock, network, options);
        QObject::connect(backfiller.get(), &KlineBackfiller::page, backfiller.get(),
                         [this](const model::Symbol &, const model::CandleSeries &closed) {
                             candles.insert(candles.end(), closed.begin(), closed.end());
                         });
        QObject::connect(backfiller.get(), &KlineBackfiller::finished, backfiller.get(),
                         [this](const KlineBackfiller::Result &r) { results.push_back(r); });
    }

    static KlineBackfiller::Options fastOptions()
    {
        KlineBackfiller::Options options;
        options.backoff = {10, 50};
        options.maxAttempts = 4;
        return options;
    }

    model::ManualClock clock;
    market::ExchangeClock exchangeClock;
    market::BinanceAdapter adapter;
    test::HttpStub stub;
    QNetworkAccessManager network;
    std::unique_ptr<KlineBackfiller> backfiller;
    model::CandleSeries candles;
    std::vector<KlineBackfiller::Result> results;
};

// Pages straight from the query: `limit` rows from startTime.
test::HttpStub::Response klines(const QByteArray &target)
{
    return {200, test::binanceKlineRows(test::queryValue(target, "startTime").toLongLong(),
                                        test::queryValue(target, "limit").toInt()), {}};
}

model::Symbol btc()
{
    return *model::Symbol::parse(QStringLiteral("BTC/USDT"));
}

} // namespace

class TestKlineBackfiller : public QObject
{
    Q_OBJECT

private slots:
    void pagesThroughRateLimitsAndServerErrors_data()
    {
        QTest::addColumn<int>("limitStatus");
        QTest::newRow("429") << 429;
        QTest::newRow("418") << 418;
    }
    void pagesThroughRateLimitsAndServerErrors()
    {
        QFETCH(int, limitStatus);
        int calls = 0;
        Harness h([&](const QByteArray &, const QByteArray &target) -> test::HttpStub::Response {
            ++calls;
            if (calls == 1)
                return {limitStatus, "{\"code\":-1003,\"msg\":\"Too many requests\"}", {{"Retry-After", "1"}}};
            if (calls == 2)
                return {500, "oops", {}};
            if (calls == 3)
                return {503, "", {}};
            return klines(target);
        });
        const qint64 from = kT0 - 2'500 * kMinute;
        const qint64 to = kT0 - kMinute;
        QElapsedTimer elapsed;
        elapsed.start();
        h.backfiller->request(btc(), from, to);
        QTRY_COMPARE_WITH_TIMEOUT(h.results.size(), size_t(1), 20'000);
        QVERIFY(elapsed.elapsed() >= 900); // Retry-After: 1 was honoured
        const KlineBackfiller::Result &result = h.results.front();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.candles, 2'500);
        QCOMPARE(result.lastClosedOpenMs, to);
        QCOMPARE(h.candles.size(), size_t(2'500));
        for (size_t i = 0; i < h.candles.size(); ++i)
            QCOMPARE(h.candles[i].openTime, from + qint64(i) * kMinute); // contiguous, no duplicate
        // 3 failures, then pages of 1000, 1000 and 500 rows.
        QCOMPARE(h.stub.requests().size(), 6);
        QCOMPARE(test::queryValue(h.stub.requests().at(3), "startTime").toLongLong(), from);
        QCOMPARE(test::queryValue(h.stub.requests().at(4), "startTime").toLongLong(), from + 1'000 * kMinute);
        QCOMPARE(test::queryValue(h.stub.requests().at(5), "limit").toInt(), 500);
        QVERIFY(h.backfiller->isIdle());
    }

    void theFormingMinuteIsNeverStored()
    {
        Harness h([](const QByteArray &, const QByteArray &target) { return klines(target); });
        // Ask up to the current minute (kT0, 30 s old on the exchange's clock).
        h.backfiller->request(btc(), kT0 - 10 * kMinute, kT0);
        QTRY_COMPARE(h.results.size(), size_t(1));
        QVERIFY(h.results.front().ok);
        QCOMPARE(h.candles.size(), size_t(10));
        QCOMPARE(h.candles.back().openTime, kT0 - kMinute);
    }

    void failures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("400 is final") << 400 << QByteArray("{\"code\":-1121}") << QStringLiteral("HTTP 400");
        QTest::newRow("500 forever") << 500 << QByteArray() << QStringLiteral("after 4 attempts");
        QTest::newRow("truncated body") << 200 << QByteArray("[[1780271400000,\"1") << QStringLiteral("after 4 attempts");
        QTest::newRow("not json") << 200 << QByteArray("<html>") << QStringLiteral("after 4 attempts");
    }
    void failures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        Harness h([&](const QByteArray &, const QByteArray &) { return test::HttpStub::Response{status, body, {}}; });
        h.backfiller->request(btc(), kT0 - 10 * kMinute, kT0 - kMinute);
        QTRY_COMPARE_WITH_TIMEOUT(h.results.size(), size_t(1), 10'000);
        QVERIFY(!h.results.front().ok);
        QVERIFY2(h.results.front().error.contains(reason), qPrintable(h.results.front().error));
        QVERIFY(h.candles.empty());
        // The next job still runs.
        h.backfiller->request(btc(), kT0 - 5 * kMinute, kT0 - kMinute);
        QTRY_COMPARE_WITH_TIMEOUT(h.results.size(), size_t(2), 10'000);
    }

    void badRowsAreRejectedGoodRowsKept()
    {
        Harness h([](const QByteArray &, const QByteArray &target) {
            QByteArray body = test::binanceKlineRows(test::queryValue(target, "startTime").toLongLong(), 3);
            // A NaN row and a duplicate of the first row.
            body.chop(1);
            body += ",[" + QByteArray::number(kT0 - 2 * kMinute) + ",\"NaN\",\"1\",\"1\",\"1\",\"1\",0,\"0\",1,\"0\",\"0\",\"0\"]";
            return test::HttpStub::Response{200, body + "]", {}};
        });
        h.backfiller->request(btc(), kT0 - 5 * kMinute, kT0 - kMinute);
        QTRY_COMPARE(h.results.size(), size_t(1));
        for (const model::Candle &candle : h.candles)
            QVERIFY(std::isfinite(candle.open) && candle.open > 0);
    }
};

QTEST_GUILESS_MAIN(TestKlineBackfiller)
#include "tst_klinebackfiller.moc"
