#include "candles/candleaggregator.h"
#include "engine/candleworker.h"
#include "model/manualclock.h"
#include "storage/candlerepository.h"
#include "storage/database.h"
#include "storage/rawtraderepository.h"
#include "storage/sqlconnection.h"
#include "storage/storagewriter.h"
#include "storage/symbolrepository.h"

#include <QSignalSpy>
#include <QThread>
#include <QTemporaryDir>
#include <QTest>

#include "testsupport.h"

#include <map>
#include <random>

using cl::engine::CandleWorker;
using cl::market::CandleState;
using cl::market::ClosedCandles;
using cl::market::ExchangeCandles;
using cl::market::FormingCandle;
using cl::market::SymbolTrades;
using cl::model::Candle;
using cl::model::CandleSeries;
using cl::model::ExchangeId;
using cl::model::ManualClock;
using cl::model::Symbol;
using cl::model::TakerSide;
using cl::model::Timeframe;
using cl::model::Trade;
using namespace cl::storage;

namespace {
const Symbol kBtc = *Symbol::parse(u"BTC/USDT");
constexpr qint64 kHour = 1'699'999'200'000; // an hour boundary
constexpr qint64 kMin = 60'000;

SymbolTrades batch(std::initializer_list<Trade> trades)
{
    return {ExchangeId::Binance, kBtc, cl::model::TradeBatch(trades)};
}

Trade trade(qint64 ts, double price, int id)
{
    return {ts, price, 1.0, TakerSide::Buy, QString::number(id)};
}
} // namespace

class TstCandleWorker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    CandleSeries stored(Timeframe tf)
    {
        SqlConnection reader;
        QString error;
        if (!reader.open(m_path, SqlConnection::Mode::ReadOnly, &error))
            return {};
        const auto id = SymbolRepository(reader).find(ExchangeId::Binance, kBtc);
        return id ? CandleRepository(reader).load(*id, tf) : CandleSeries{};
    }

private slots:
    void init()
    {
        // One file per test and data row: rows must not see each other's candles.
        const QString row = QString::fromUtf8(QByteArray(QTest::currentDataTag()).toHex());
        m_path = m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(QLatin1String(QTest::currentTestFunction()), row));
        QCOMPARE(Database::prepare(m_path).status, Database::Status::Ok);
    }

    void formingIsThrottledAndCoalesced()
    {
        StorageWriter writer(m_path);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        ManualClock clock(5'000'000);
        CandleWorker worker(writer, clock);
        QSignalSpy forming(&worker, &CandleWorker::formingCandle);

        worker.onTrades(batch({trade(kHour + 1000, 100, 1)}));
        QCOMPARE(forming.count(), 1); // the first update of a minute goes out at once
        clock.advanceMs(10);
        worker.onTrades(batch({trade(kHour + 2000, 101, 2)}));
        clock.advanceMs(10);
        worker.onTrades(batch({trade(kHour + 3000, 102, 3)}));
        QCOMPARE(forming.count(), 1); // held back: within 100 ms of the last one
        QTest::qWait(200);
        QCOMPARE(forming.count(), 1); // the clock (not the wall) decides
        clock.advanceMs(80);
        QTest::qWait(50);
        QCOMPARE(forming.count(), 1); // the interval is over, but a held update waits for the next trade...
        clock.advanceMs(50);
        QTRY_COMPARE(forming.count(), 2); // ...or goes out 1.5 intervals after the last one when none comes
        const auto last = forming.last().at(0).value<FormingCandle>();
        QCOMPARE(last.candle, (Candle{kHour, 100, 102, 100, 102, 3})); // last value wins
        QCOMPARE(last.symbol, kBtc);
        // An update after the interval went out at once; a new minute too.
        clock.advanceMs(200);
        worker.onTrades(batch({trade(kHour + 4000, 103, 4)}));
        QCOMPARE(forming.count(), 3);
        clock.advanceMs(1);
        worker.onTrades(batch({trade(kHour + kMin, 104, 5)}));
        QCOMPARE(forming.count(), 4);
        QCOMPARE(forming.last().at(0).value<FormingCandle>().candle.openTime, kHour + kMin);
        // An unchanged candle (a duplicate trade) sends nothing.
        clock.advanceMs(500);
        worker.onTrades(batch({trade(kHour + kMin, 104, 5)}));
        QCOMPARE(forming.count(), 4);
        writer.stop();
    }

    void closedOnlyAfterCommit()
    {
        StorageWriter writer(m_path, StorageWriter::Options{600'000, 1'000'000}); // commits only on flush
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        ManualClock clock(5'000'000);
        CandleWorker worker(writer, clock);
        QList<bool> storedWhenAnnounced;
        connect(&worker, &CandleWorker::candlesClosed, this, [&](const ClosedCandles &closed) {
            storedWhenAnnounced.append(stored(closed.timeframe) == closed.candles);
        });
        QSignalSpy closed(&worker, &CandleWorker::candlesClosed);

        worker.onTrades(batch({trade(kHour + 1000, 100, 1), trade(kHour + 2000, 99, 2)}));
        worker.onTrades(batch({trade(kHour + kMin + 1000, 101, 3)}));
        QTest::qWait(100);
        QCOMPARE(closed.count(), 0); // closed, written, not committed
        QVERIFY(stored(Timeframe::M1).empty());
        writer.flush();
        QTRY_COMPARE(closed.count(), 1);
        const auto first = closed.at(0).at(0).value<ClosedCandles>();
        QCOMPARE(first.timeframe, Timeframe(Timeframe::M1));
        QCOMPARE(first.candles, (CandleSeries{{kHour, 100, 100, 99, 99, 2}}));
        QCOMPARE(storedWhenAnnounced, QList<bool>{true});
        writer.stop();
    }

    void higherTimeframesAndExchangeClock()
    {
        StorageWriter writer(m_path, StorageWriter::Options{10, 5000});
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        ManualClock clock(5'000'000);
        CandleWorker worker(writer, clock);
        QSignalSpy closed(&worker, &CandleWorker::candlesClosed);
        int id = 0;
        for (int m = 0; m < 6; ++m)
            worker.onTrades(batch({trade(kHour + m * kMin + 5000, 100 + m, ++id)}));
        // No more trades: the exchange's clock closes the last minute after the grace.
        worker.onExchangeTime(ExchangeId::Binance, kHour + 6 * kMin + 1999);
        worker.onExchangeTime(ExchangeId::Binance, kHour + 6 * kMin + 2000);
        worker.flush();
        QTRY_COMPARE(stored(Timeframe::M1).size(), size_t(6));
        QTRY_COMPARE(stored(Timeframe::M3).size(), size_t(2));
        QCOMPARE(stored(Timeframe::M3),
                 (CandleSeries{{kHour, 100, 102, 100, 102, 3}, {kHour + 3 * kMin, 103, 105, 103, 105, 3}}));
        QCOMPARE(stored(Timeframe::M5), (CandleSeries{{kHour, 100, 104, 100, 104, 5}}));
        QTRY_VERIFY(closed.count() >= 3);
        bool sawM5 = false;
        for (const auto &args : closed)
            sawM5 |= args.at(0).value<ClosedCandles>().timeframe == Timeframe::M5;
        QVERIFY(sawM5);
        writer.stop();
    }

    void backfillIsStoredOnceAndRolledUp()
    {
        StorageWriter writer(m_path, StorageWriter::Options{10, 5000});
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        ManualClock clock(5'000'000);
        CandleWorker worker(writer, clock);
        ClosedCandles rest{ExchangeId::Binance, kBtc, Timeframe::M1, {}};
        for (int m = 0; m < 15; ++m)
            rest.candles.push_back({kHour + m * kMin, 10, 12, 9, 11, 2});
        worker.onBackfill(rest);
        worker.onBackfill(rest); // the same page twice: no duplicates
        // Live trades continue; then a late REST page corrects a minute already rolled into 3m and 5m.
        worker.onTrades(batch({trade(kHour + 15 * kMin + 1000, 11, 1)}));
        ClosedCandles fix{ExchangeId::Binance, kBtc, Timeframe::M1, {{kHour + 4 * kMin, 10, 50, 9, 11, 4}}};
        worker.onBackfill(fix);
        worker.flush();
        QTRY_COMPARE(stored(Timeframe::M1).size(), size_t(15));
        QTRY_COMPARE(stored(Timeframe::M5).size(), size_t(3));
        QTRY_COMPARE(stored(Timeframe::M5).at(0), (Candle{kHour, 10, 50, 9, 11, 12}));
        QCOMPARE(stored(Timeframe::M3).at(1), (Candle{kHour + 3 * kMin, 10, 50, 9, 11, 8}));
        QCOMPARE(stored(Timeframe::M15).size(), size_t(1));
        QCOMPARE(stored(Timeframe::M15).at(0).volume, 32.0);
        writer.stop();
    }

    // A reconnect backfill comes in pages, oldest first, while the live feed goes on and the exchange's clock is
    // past them all. A higher bar must not be closed, stored or announced before its older minutes arrived:
    // every bar is announced once, equal to what the stored 1m candles make.
    void backfillPagesWithLiveMinutesBetweenRollUpExactly_data()
    {
        QTest::addColumn<bool>("announced"); // the feed says when the backfill starts and ends (as MarketDataService wires it)
        QTest::addColumn<bool>("liveBetween"); // a live minute closes between two pages, or only the clock moves on
        QTest::newRow("announced, live minute between pages") << true << true;
        QTest::newRow("announced, clock only") << true << false;
        // Without the start and end the stored bars are still exact, though a partial one may be announced first.
        QTest::newRow("not announced, live minute between pages") << false << true;
        QTest::newRow("not announced, clock only") << false << false;
    }

    void backfillPagesWithLiveMinutesBetweenRollUpExactly()
    {
        QFETCH(bool, announced);
        QFETCH(bool, liveBetween);
        StorageWriter writer(m_path, StorageWriter::Options{10, 5000});
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        ManualClock clock(5'000'000);
        CandleWorker worker(writer, clock);
        std::map<std::pair<int, qint64>, std::vector<Candle>> announcements; // (timeframe, open) -> each announced
        connect(&worker, &CandleWorker::candlesClosed, this, [&announcements](const ClosedCandles &closed) {
            for (const Candle &c : closed.candles)
                announcements[{closed.timeframe.index(), c.openTime}].push_back(c);
        });

        std::mt19937_64 rng(11);
        const CandleSeries history = cl::test::randomMinuteCandles(rng, kHour, 300, 0.05); // 5 hours and more, with gaps
        const qint64 liveMinute = history.back().openTime + kMin;
        worker.onExchangeTime(ExchangeId::Binance, liveMinute + 5'000); // the clock is past every page
        if (announced)
            worker.onBackfillStarted(ExchangeId::Binance, kBtc);
        const auto page = [&](int from, int to) { // by index into history
            worker.onBackfill({ExchangeId::Binance, kBtc, Timeframe::M1, CandleSeries(history.begin() + from, history.begin() + to)});
        };
        page(0, 100);
        if (liveBetween) {
            worker.onTrades(batch({trade(liveMinute + 1000, 100, 1)}));        // the live feed goes on...
            worker.onTrades(batch({trade(liveMinute + kMin + 1000, 101, 2)})); // ...and closes its first minute
        }
        worker.onExchangeTime(ExchangeId::Binance, liveMinute + kMin + 9'000);
        page(100, 217); // ends mid-bar on most timeframes
        worker.onExchangeTime(ExchangeId::Binance, liveMinute + kMin + 19'000);
        page(217, 300);
        if (announced)
            worker.onBackfillFinished(ExchangeId::Binance, kBtc);
        worker.flush();

        QTRY_COMPARE(stored(Timeframe::M1).size(), history.size() + (liveBetween ? 1 : 0));
        const CandleSeries minutes = stored(Timeframe::M1);
        for (const Timeframe tf : {Timeframe::M3, Timeframe::M15, Timeframe::H1, Timeframe::H2, Timeframe::H4}) {
            const CandleSeries expected = cl::candles::CandleAggregator::aggregate(minutes, tf, liveMinute);
            QTRY_COMPARE(stored(tf).size() >= expected.size(), true);
            const CandleSeries got = stored(tf);
            for (const Candle &bar : expected) {
                const auto it = std::find_if(got.begin(), got.end(), [&](const Candle &c) { return c.openTime == bar.openTime; });
                QVERIFY2(it != got.end() && *it == bar, qPrintable(QStringLiteral("%1 bar at %2 stored wrong").arg(tf.toString()).arg(bar.openTime)));
                if (!announced)
                    continue; // without the start/end the roller still stores them exactly, but may announce a partial first
                const auto &said = announcements[{tf.index(), bar.openTime}];
                QVERIFY2(said.size() == 1 && said.front() == bar,
                         qPrintable(QStringLiteral("%1 bar at %2 announced %3 time(s)").arg(tf.toString()).arg(bar.openTime).arg(said.size())));
            }
        }
        writer.stop();
    }

    void rawTradesRecordedWhenOn()
    {
        StorageWriter writer(m_path, StorageWriter::Options{10, 5000});
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        ManualClock clock(kHour);
        CandleWorker worker(writer, clock);
        worker.onTrades(batch({trade(kHour + 1000, 100, 1)})); // off by default
        worker.setRecordRawTrades(ExchangeId::Binance, kBtc, true);
        worker.onTrades(batch({trade(kHour + 2000, 100, 2), trade(kHour + 3000, 100, 3), trade(kHour + 3000, 100, 3)}));
        worker.flush();
        writer.stop();
        SqlConnection reader;
        QVERIFY(reader.open(m_path, SqlConnection::Mode::ReadOnly, &error));
        const auto id = SymbolRepository(reader).find(ExchangeId::Binance, kBtc);
        QVERIFY(id);
        QCOMPARE(RawTradeRepository(reader).count(*id), qint64(2));
        QCOMPARE(worker.stats().rawTradesRecorded, quint64(2));
        QCOMPARE(worker.stats().duplicateTrades, quint64(1));
        QCOMPARE(worker.stats().trades, quint64(3));
    }

    void exchangeKlineIsTheAuthority()
    {
        StorageWriter writer(m_path, StorageWriter::Options{10, 5000});
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        ManualClock clock(5'000'000);
        CandleWorker worker(writer, clock);
        cl::market::CandleCloseRule rule;
        rule.exchangeFlag = true;
        rule.graceMs = 5000;
        worker.setCloseRule(ExchangeId::Binance, rule);
        QSignalSpy closed(&worker, &CandleWorker::candlesClosed);
        worker.onTrades(batch({trade(kHour + 1000, 100, 1)}));
        worker.onTrades(batch({trade(kHour + kMin + 10, 101, 2)})); // flagged: the minute waits for its kline
        worker.onTrades(batch({trade(kHour + 30'000, 98, 3)}));     // out of order, still counted
        ExchangeCandles klines{ExchangeId::Binance, kBtc, {}};
        klines.updates.push_back({{kHour, 100, 100.5, 98, 98, 2.5}, CandleState::Closed, kHour + kMin + 20});
        worker.onExchangeCandles(klines);
        worker.flush();
        QTRY_COMPARE(stored(Timeframe::M1), (CandleSeries{{kHour, 100, 100.5, 98, 98, 2.5}}));
        QTRY_COMPARE(closed.count(), 1);
        QCOMPARE(worker.stats().klineMismatches, quint64(1));
        QCOMPARE(worker.stats().lateTrades, quint64(0));
        writer.stop();
    }

    void sessionSymbolDropsTradesOutsideHours()
    {
        StorageWriter writer(m_path, StorageWriter::Options{10, 5000});
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        ManualClock clock(5'000'000);
        CandleWorker worker(writer, clock);
        // 22:00-23:00 UTC every day (kHour is 22:00 UTC).
        std::array<std::optional<cl::candles::TradingSession::Hours>, 7> days;
        days.fill(cl::candles::TradingSession::Hours{22 * 60, 23 * 60});
        worker.setSession(ExchangeId::Binance, kBtc, cl::candles::TradingSession(QTimeZone(QByteArrayLiteral("UTC")), days));
        worker.onTrades(batch({trade(kHour - 1000, 90, 1), trade(kHour + 1000, 100, 2)}));
        worker.onExchangeTime(ExchangeId::Binance, kHour + 3600'000 + 5000);
        worker.flush();
        QTRY_COMPARE(stored(Timeframe::M1), (CandleSeries{{kHour, 100, 100, 100, 100, 1}}));
        QTRY_COMPARE(stored(Timeframe::H1), (CandleSeries{{kHour, 100, 100, 100, 100, 1}}));
        QCOMPARE(worker.stats().rejectedTrades, quint64(1));
        writer.stop();
    }

    // As MarketDataService runs it: on its own thread, fed by queued calls.
    void runsOnItsOwnThread()
    {
        StorageWriter writer(m_path, StorageWriter::Options{10, 5000});
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        ManualClock clock(5'000'000);
        auto *worker = new CandleWorker(writer, clock);
        QThread thread;
        worker->moveToThread(&thread);
        thread.start();
        QSignalSpy closed(worker, &CandleWorker::candlesClosed);
        QSignalSpy forming(worker, &CandleWorker::formingCandle);
        QSignalSpy stats(worker, &CandleWorker::statsChanged);
        for (int m = 0; m < 3; ++m) {
            const SymbolTrades b = batch({trade(kHour + m * kMin + 1, 100 + m, m)});
            worker->notePosted();
            QMetaObject::invokeMethod(worker, [worker, b] { worker->onTrades(b); }, Qt::QueuedConnection);
        }
        QTRY_COMPARE(forming.count(), 3);
        QTRY_COMPARE(closed.count(), 2);
        QMetaObject::invokeMethod(worker, &CandleWorker::flush, Qt::BlockingQueuedConnection);
        QVERIFY(stats.count() >= 1);
        const auto last = stats.last().at(0).value<CandleWorker::Stats>();
        QCOMPARE(last.trades, quint64(3));
        QCOMPARE(last.queueDepth, 0);
        QCOMPARE(last.closedMinutes, quint64(2));
        thread.quit();
        thread.wait();
        delete worker; // after flush() its timers are idle: no cross-thread timer warnings
        writer.stop();
    }
};

QTEST_GUILESS_MAIN(TstCandleWorker)
#include "tst_candleworker.moc"
