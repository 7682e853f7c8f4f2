#include "analysis/analysisworker.h"
#include "analysis/patternrepository.h"
#include "analysis/signalrepository.h"
#include "candles/candleaggregator.h"
#include "model/manualclock.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/storagewriter.h"
#include "storage/symbolrepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cl::analysis;
using cl::model::CandleSeries;
using cl::model::ExchangeId;
using cl::model::PatternList;
using cl::model::PatternStatus;
using cl::model::Timeframe;

namespace {

constexpr qint64 kStart = 1'704'067'200'000; // Monday 2024-01-01T00:00Z
constexpr qint64 kHour = 3'600'000;
const cl::model::Symbol kBtc = *cl::model::Symbol::parse(u"BTC/USDT");

// The original's bullish FVG fixture on any timeframe: zone [101, 101.8] detected at candle 2.
CandleSeries fvgFixture(Timeframe tf)
{
    const qint64 d = tf.durationMs();
    return {{kStart, 100, 101, 99, 100.5, 1}, {kStart + d, 100.5, 101.5, 100, 101, 1},
        {kStart + 2 * d, 102, 105, 101.8, 104.5, 1}};
}

} // namespace

class TstAnalysisWorker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<cl::storage::StorageWriter> m_writer;
    cl::model::ManualClock m_clock{kStart};
    QThread m_thread;
    AnalysisWorker *m_worker = nullptr;

    void send(Timeframe tf, const CandleSeries &candles)
    {
        QMetaObject::invokeMethod(
            m_worker, [this, tf, candles] { m_worker->onCandlesClosed(ExchangeId::Binance, kBtc, tf, candles); },
            Qt::QueuedConnection);
    }
    // Waits for the worker to finish what is queued, then for the writer to commit it.
    void settle()
    {
        QMetaObject::invokeMethod(
            m_worker, [] {}, Qt::BlockingQueuedConnection);
        m_writer->flush();
        const auto ticket = m_writer->enqueue([](cl::storage::WriteContext &, QString *) { return true; });
        QVERIFY(m_writer->waitForCommitted(ticket));
    }
    PatternList stored(bool activeOnly = false)
    {
        cl::storage::SqlConnection reader;
        QString error;
        if (!reader.open(m_path, cl::storage::SqlConnection::Mode::ReadOnly, &error))
            return {};
        const auto id = cl::storage::SymbolRepository(reader).find(ExchangeId::Binance, kBtc);
        return id ? PatternRepository(reader).load(*id, std::nullopt, activeOnly) : PatternList{};
    }
    cl::model::SignalList storedSignals()
    {
        cl::storage::SqlConnection reader;
        QString error;
        if (!reader.open(m_path, cl::storage::SqlConnection::Mode::ReadOnly, &error))
            return {};
        return SignalRepository(reader).list(0, std::numeric_limits<qint64>::min());
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        QCOMPARE(cl::storage::Database::prepare(m_path).status, cl::storage::Database::Status::Ok);
        m_writer = std::make_unique<cl::storage::StorageWriter>(m_path, cl::storage::StorageWriter::Options{20, 5000});
        QString error;
        QVERIFY2(m_writer->start(&error), qPrintable(error));
        m_clock.setNowMs(kStart);
        m_worker = new AnalysisWorker(*m_writer, m_path, m_clock);
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
    }
    void cleanup()
    {
        m_thread.quit();
        m_thread.wait();
        m_worker = nullptr;
        m_writer->stop();
        m_writer.reset();
    }

    void livePatternsAreStoredAndAnnounced()
    {
        QSignalSpy changed(m_worker, &AnalysisWorker::patternsChanged);
        for (const auto &candle : fvgFixture(Timeframe::H1))
            send(Timeframe::H1, {candle}); // one live close at a time
        settle();
        QCOMPARE(changed.count(), 1);
        const auto announced = changed.takeFirst().at(2).value<PatternList>();
        QCOMPARE(announced.size(), size_t(1));
        QCOMPARE(announced[0].zoneLow, 101.0);
        QCOMPARE(announced[0].timeframe, Timeframe(Timeframe::H1));
        QCOMPARE(stored().size(), size_t(1));

        // A closed minute after the detection candle reaching 101.4 fills half of the zone; one at 100.9 fills it.
        const qint64 minute = kStart + 3 * kHour;
        send(Timeframe::M1, {{minute, 104, 104, 101.4, 103, 1}});
        send(Timeframe::M1, {{minute + 60'000, 103, 103, 100.9, 101, 1}});
        settle();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(2).value<PatternList>()[0].fillPct, 50.0);
        const auto filled = stored();
        QCOMPARE(filled[0].status, PatternStatus::Filled);
        QCOMPARE(filled[0].statusAt, minute + 120'000);
        QCOMPARE(m_worker->stats().candles, 5u);
    }

    void signalsFollowConfluenceAndTheCooldownOfTheClock()
    {
        QSignalSpy created(m_worker, &AnalysisWorker::signalCreated);
        m_clock.setNowMs(kStart + 3 * 86'400'000LL);
        send(Timeframe::H1, fvgFixture(Timeframe::H1)); // a backfill batch
        send(Timeframe::H4, fvgFixture(Timeframe::H4));
        settle();
        QCOMPARE(created.count(), 0); // score 2
        send(Timeframe::D1, fvgFixture(Timeframe::D1));
        settle();
        QCOMPARE(created.count(), 1);
        const auto signal = created.takeFirst().at(0).value<cl::model::Signal>();
        QCOMPARE(signal.direction, cl::model::Direction::Bullish);
        QCOMPARE(signal.score, 3);
        QCOMPARE(signal.sourceTimeframe, Timeframe(Timeframe::D1));
        QCOMPARE(signal.entry, 101.8);
        QCOMPARE(signal.createdAt, m_clock.nowMs());
        QCOMPARE(storedSignals().size(), size_t(1));
        QVERIFY(storedSignals()[0].sourcePatternId > 0);

        // Still aligned 4 h later (inclusive): no second signal; a millisecond after: a new one.
        m_clock.advanceMs(4 * kHour);
        send(Timeframe::H1, {{kStart + 3 * kHour, 104.5, 106, 104, 105.5, 1}});
        settle();
        QCOMPARE(created.count(), 0);
        m_clock.advanceMs(1);
        send(Timeframe::H1, {{kStart + 4 * kHour, 105.5, 106.5, 105, 106, 1}});
        settle();
        QCOMPARE(created.count(), 1);
        QCOMPARE(storedSignals().size(), size_t(2));

        // Notified by the alerts.
        QSignalSpy moved(m_worker, &AnalysisWorker::signalStatusChanged);
        const auto latest = created.takeFirst().at(0).value<cl::model::Signal>();
        QMetaObject::invokeMethod(
            m_worker, [this, latest] { m_worker->markNotified(latest); }, Qt::QueuedConnection);
        settle();
        QCOMPARE(moved.count(), 1);
        QCOMPARE(storedSignals()[0].status, cl::model::SignalStatus::Notified);
    }

    void catchUpRebuildsFromStoredCandlesInOneJob()
    {
        std::mt19937_64 rng(12);
        const CandleSeries minutes = cl::test::randomMinuteCandles(rng, kStart - 60'000, 3 * 1440);
        const std::vector<Timeframe> higher{Timeframe::M5, Timeframe::M15, Timeframe::H1, Timeframe::H4, Timeframe::D1};
        const auto built = cl::candles::CandleAggregator::aggregate(minutes, std::span(higher));
        m_writer->writeCandles(ExchangeId::Binance, kBtc, Timeframe::M1, minutes);
        for (size_t k = 0; k < higher.size(); ++k)
            m_writer->writeCandles(ExchangeId::Binance, kBtc, higher[k], built[k]);
        settle();
        const quint64 jobsBefore = m_writer->stats().jobsCommitted;

        QSignalSpy caughtUp(m_worker, &AnalysisWorker::caughtUp);
        QSignalSpy changed(m_worker, &AnalysisWorker::patternsChanged);
        m_clock.setNowMs(minutes.back().openTime + 60'000);
        QMetaObject::invokeMethod(
            m_worker, [this] { m_worker->catchUp(ExchangeId::Binance, kBtc); }, Qt::QueuedConnection);
        QVERIFY(caughtUp.wait(60'000));
        settle();
        qint64 expectedCandles = qint64(minutes.size());
        for (const auto &series : built)
            expectedCandles += qint64(series.size());
        QCOMPARE(caughtUp.at(0).at(2).toLongLong(), expectedCandles);
        QCOMPARE(m_writer->stats().jobsCommitted - jobsBefore, 2u); // the catch-up job + settle()'s marker

        // Every pattern is stored once with its final state; the announcement lists the active ones.
        SymbolAnalyzer reference(ExchangeId::Binance, kBtc, {});
        SymbolAnalyzer::Update ignored;
        std::vector<std::tuple<qint64, int, cl::model::Candle>> events;
        for (const auto &m : minutes)
            events.emplace_back(m.openTime + 60'000, 0, m);
        for (size_t k = 0; k < higher.size(); ++k)
            for (const auto &c : built[k])
                events.emplace_back(c.openTime + higher[k].durationMs(), higher[k].index(), c);
        std::stable_sort(events.begin(), events.end(), [](const auto &a, const auto &b) {
            return std::get<0>(a) != std::get<0>(b) ? std::get<0>(a) < std::get<0>(b) : std::get<1>(a) < std::get<1>(b);
        });
        for (const auto &[close, tf, candle] : events)
            reference.addClosedCandle(Timeframe(Timeframe::Id(tf)), candle, &ignored);
        size_t total = 0;
        size_t active = 0;
        for (const Timeframe tf : reference.settings().matrixTimeframes) {
            total += reference.engine(tf)->patterns().size();
            active += reference.engine(tf)->activeIndices().size();
        }
        QVERIFY(total > 100);
        QCOMPARE(stored().size(), total);
        QCOMPARE(stored(true).size(), active);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(2).value<PatternList>().size(), active);

        // Live closes continue from the rebuilt state; an old candle is ignored.
        const auto before = stored().size();
        send(Timeframe::M1, {minutes.front()});
        settle();
        QCOMPARE(stored().size(), before);
        QVERIFY(m_worker->stats().candles >= quint64(expectedCandles));
    }

    void catchUpOfAnUnknownSymbolIsEmpty()
    {
        QSignalSpy caughtUp(m_worker, &AnalysisWorker::caughtUp);
        QMetaObject::invokeMethod(
            m_worker, [this] { m_worker->catchUp(ExchangeId::Kraken, kBtc); }, Qt::QueuedConnection);
        QVERIFY(caughtUp.wait(10'000));
        QCOMPARE(caughtUp.at(0).at(2).toLongLong(), 0);
    }
};

QTEST_GUILESS_MAIN(TstAnalysisWorker)
#include "tst_analysisworker.moc"
