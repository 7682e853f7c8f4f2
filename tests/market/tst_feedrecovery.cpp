#include "candles/candleaggregator.h"
#include "engine/marketdataservice.h"
#include "market/replay/replayserver.h"
#include "model/manualclock.h"
#include "storage/candlerepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/storagewriter.h"
#include "storage/symbolrepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace cl;

namespace {

constexpr qint64 kT0 = 1'780'272'030'000LL; // 2026-06-01T00:00:30Z, fixed

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

bool same(const model::Candle &a, const model::Candle &b)
{
    return a.openTime == b.openTime && close(a.open, b.open) && close(a.high, b.high) && close(a.low, b.low)
           && close(a.close, b.close) && close(a.volume, b.volume);
}

QString describe(const model::Candle &c)
{
    return QStringLiteral("%1 o%2 h%3 l%4 c%5 v%6").arg(c.openTime).arg(c.open, 0, 'g', 17).arg(c.high, 0, 'g', 17)
        .arg(c.low, 0, 'g', 17).arg(c.close, 0, 'g', 17).arg(c.volume, 0, 'g', 17);
}

} // namespace

// End to end (issue 3, Tests): the simulated Binance on loopback drops every connection every few seconds over a
// long simulated span; the feed, the CandleWorker and the writer must end with exactly the simulator's closed 1m
// candles: none missing, none duplicated, none different, over the whole stored range.
class TestFeedRecovery : public QObject
{
    Q_OBJECT

private slots:
    void forcedDisconnectsLoseNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("feed.sqlite"));
        QCOMPARE(storage::Database::prepare(path).status, storage::Database::Status::Ok);

        const std::vector<model::Symbol> symbols = {*model::Symbol::parse(QStringLiteral("BTC/USDT")),
                                                    *model::Symbol::parse(QStringLiteral("ETH/USDT"))};
        // One clock for the exchange and the feed, moved by the test: the run does not depend on how fast
        // this machine is, only the order of events does.
        model::ManualClock clock(kT0);
        market::ReplayServer::Options serverOptions;
        serverOptions.exchange = model::ExchangeId::Binance;
        serverOptions.symbols = symbols;
        serverOptions.seed = 20261121;
        serverOptions.speed = 120.0;           // 2 simulated minutes per clock second
        serverOptions.tradesPerSecond = 2.0;
        serverOptions.historyMinutes = 180;
        serverOptions.disconnectEveryMs = 4'000; // every 8 simulated minutes
        serverOptions.clock = &clock;
        market::ReplayServer server(serverOptions);
        QVERIFY2(server.start(0), qPrintable(server.errorString()));

        storage::StorageWriter writer(path);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        engine::MarketDataService::Options options;
        options.databasePath = path;
        options.backfillMinutes = 60;
        options.feed.timeSyncIntervalMs = 500;
        options.feed.tickMs = 10;
        options.feed.connection.tickMs = 10;
        QStringList lines;
        {
            engine::MarketDataService service(writer, clock, options);
            QObject::connect(&service, &engine::MarketDataService::logLine, &service,
                             [&lines](const QString &line) { lines.append(line); });
            service.setEndpoints(model::ExchangeId::Binance, server.webSocketUrl(), server.httpUrl());
            service.setSymbols(model::ExchangeId::Binance, QList<model::Symbol>(symbols.begin(), symbols.end()));
            // 45 clock seconds = 90 simulated minutes, about 11 forced disconnects.
            for (int step = 0; step < 2'250; ++step) {
                clock.advanceMs(20);
                QTest::qWait(3);
            }
            service.stop();
        }
        writer.stop();
        QVERIFY2(server.stats().webSocketsDropped >= 8, qPrintable(QString::number(server.stats().webSocketsDropped)));
        int reconnectLines = 0;
        for (const QString &line : lines)
            reconnectLines += line.contains(QLatin1String("reconnect")) ? 1 : 0;
        QVERIFY(reconnectLines >= 8);

        storage::SqlConnection connection;
        QVERIFY(connection.open(path, storage::SqlConnection::Mode::ReadOnly, &error));
        storage::SymbolRepository symbolRows(connection);
        storage::CandleRepository candles(connection);
        for (const model::Symbol &symbol : symbols) {
            const auto id = symbolRows.find(model::ExchangeId::Binance, symbol, &error);
            QVERIFY(id);
            const model::CandleSeries stored = candles.load(*id, model::Timeframe::M1);
            QVERIFY(stored.size() > 100);
            std::map<qint64, model::Candle> truth;
            for (const model::Candle &c : server.closedCandles(symbol))
                if (c.volume > 0.0)
                    truth[c.openTime] = c;
            int missing = 0, extra = 0, different = 0, duplicates = 0;
            QStringList firstProblems;
            for (size_t i = 1; i < stored.size(); ++i)
                duplicates += stored[i].openTime <= stored[i - 1].openTime ? 1 : 0;
            std::map<qint64, model::Candle> storedByTime;
            for (const model::Candle &c : stored)
                storedByTime[c.openTime] = c;
            for (const model::Candle &c : stored) {
                const auto it = truth.find(c.openTime);
                if (it == truth.end()) {
                    ++extra;
                    firstProblems.append(QStringLiteral("extra ") + describe(c));
                } else if (!same(c, it->second)) {
                    ++different;
                    if (firstProblems.size() < 6)
                        firstProblems.append(QStringLiteral("stored ") + describe(c) + QStringLiteral(" truth ") + describe(it->second));
                }
            }
            for (auto it = truth.lower_bound(stored.front().openTime); it != truth.end() && it->first <= stored.back().openTime; ++it) {
                if (!storedByTime.count(it->first)) {
                    ++missing;
                    if (firstProblems.size() < 6)
                        firstProblems.append(QStringLiteral("missing ") + describe(it->second));
                }
            }
            qInfo().noquote() << symbol.toString() << stored.size() << "stored 1m candles," << missing << "missing,"
                              << duplicates << "duplicate," << extra << "extra," << different << "different";
            QVERIFY2(missing == 0 && duplicates == 0 && extra == 0 && different == 0,
                     qPrintable(symbol.toString() + QStringLiteral(": ") + firstProblems.join(QStringLiteral("; "))));

            // The higher timeframes the feed rolled up (across backfill pages, drops and repairs) are what the
            // stored 1m candles make: each stored bar equal, none that has closed missing.
            for (const model::Timeframe tf : {model::Timeframe::M5, model::Timeframe::M15, model::Timeframe::H1}) {
                const qint64 closedBefore = tf.bucketStart(stored.back().openTime);
                const model::CandleSeries expected = candles::CandleAggregator::aggregate(stored, tf, closedBefore);
                std::map<qint64, model::Candle> bars;
                for (const model::Candle &c : candles.load(*id, tf))
                    bars[c.openTime] = c;
                int wrong = 0, absent = 0;
                for (const model::Candle &bar : expected) {
                    const auto it = bars.find(bar.openTime);
                    absent += it == bars.end() ? 1 : 0;
                    wrong += it != bars.end() && !same(it->second, bar) ? 1 : 0;
                }
                QVERIFY2(wrong == 0 && absent == 0, qPrintable(QStringLiteral("%1 %2: %3 of %4 bars wrong, %5 missing")
                                                                   .arg(symbol.toString(), tf.toString())
                                                                   .arg(wrong).arg(expected.size()).arg(absent)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFeedRecovery)
#include "tst_feedrecovery.moc"
