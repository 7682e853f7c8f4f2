#include "storage/candlerepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/storagewriter.h"
#include "storage/symbolrepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cl::storage;
using cl::model::ExchangeId;
using cl::model::Symbol;
using cl::model::Timeframe;

namespace {
const Symbol kBtc = *Symbol::parse(u"BTC/USDT");

cl::model::CandleSeries minutes(int count, qint64 startMinute)
{
    cl::model::CandleSeries candles;
    for (int i = 0; i < count; ++i) {
        const double p = 100.0 + i;
        candles.push_back({(startMinute + i) * 60'000, p, p + 1, p - 1, p + 0.5, 1.0});
    }
    return candles;
}
} // namespace

class TstStorageWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    qint64 storedCandles()
    {
        SqlConnection reader;
        QString error;
        if (!reader.open(m_path, SqlConnection::Mode::ReadOnly, &error))
            return -1;
        const auto id = SymbolRepository(reader).find(ExchangeId::Binance, kBtc);
        return id ? CandleRepository(reader).count(*id, Timeframe::M1) : 0;
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        QCOMPARE(Database::prepare(m_path).status, Database::Status::Ok);
    }

    void burstOfJobsIsOneTransaction()
    {
        StorageWriter writer(m_path, StorageWriter::Options{60'000, 5000});
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        StorageWriter::Ticket last = 0;
        for (int i = 0; i < 10; ++i)
            last = writer.writeCandles(ExchangeId::Binance, kBtc, Timeframe::M1, minutes(10, i * 10));
        QCOMPARE(writer.stats().transactions, 0u); // neither 250 ms... nor 5,000 rows: still queued
        QCOMPARE(writer.stats().queueDepth, 10);
        writer.flush();
        QVERIFY(writer.waitForCommitted(last));
        QCOMPARE(writer.stats().transactions, 1u);
        QCOMPARE(writer.stats().jobsCommitted, 10u);
        QCOMPARE(writer.stats().rowsCommitted, 100u);
        QCOMPARE(storedCandles(), 100);
    }

    void rowThresholdCommitsWithoutWaitingForTheInterval()
    {
        StorageWriter writer(m_path, StorageWriter::Options{3'600'000, 5000});
        QString error;
        QVERIFY(writer.start(&error));
        const auto ticket = writer.writeCandles(ExchangeId::Binance, kBtc, Timeframe::M1, minutes(5000, 0));
        QVERIFY(writer.waitForCommitted(ticket, 60'000));
        QCOMPARE(storedCandles(), 5000);
    }

    void intervalCommitsASmallBurst()
    {
        StorageWriter writer(m_path, StorageWriter::Options{20, 5000});
        QString error;
        QVERIFY(writer.start(&error));
        const auto ticket = writer.writeCandles(ExchangeId::Binance, kBtc, Timeframe::M1, minutes(3, 0));
        QVERIFY(writer.waitForCommitted(ticket, 60'000));
        QCOMPARE(storedCandles(), 3);
    }

    void failingJobDoesNotLoseTheOthers()
    {
        StorageWriter writer(m_path, StorageWriter::Options{60'000, 5000});
        QString error;
        QVERIFY(writer.start(&error));
        QSignalSpy failures(&writer, &StorageWriter::jobFailed);
        writer.writeCandles(ExchangeId::Binance, kBtc, Timeframe::M1, minutes(10, 0));
        writer.enqueue([](WriteContext &context, QString *why) {
            QString ignored;
            context.connection.exec("INSERT INTO settings VALUES ('half', 'written')", &ignored);
            *why = QStringLiteral("simulated failure");
            return false;
        });
        const auto last = writer.writeCandles(ExchangeId::Binance, kBtc, Timeframe::M1, minutes(10, 10));
        writer.flush();
        QVERIFY(writer.waitForCommitted(last));
        QCOMPARE(storedCandles(), 20);
        QCOMPARE(writer.stats().failedJobs, 1u);
        QCOMPARE(failures.size(), 1);
        SqlConnection reader;
        QVERIFY(reader.open(m_path, SqlConnection::Mode::ReadOnly, &error));
        QSqlQuery query(reader.database());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'half'")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0); // the failed job's savepoint was rolled back
    }

    void stopDrainsAFullQueue()
    {
        constexpr int jobs = 200;
        constexpr int rowsPerJob = 1000;
        {
            StorageWriter writer(m_path, StorageWriter::Options{3'600'000, 1'000'000'000});
            QString error;
            QVERIFY(writer.start(&error));
            for (int i = 0; i < jobs; ++i)
                QVERIFY(writer.writeCandles(ExchangeId::Binance, kBtc, Timeframe::M1, minutes(rowsPerJob, qint64(i) * rowsPerJob)) > 0);
            QVERIFY(writer.stats().queueDepth > 0);
            writer.stop();
            QCOMPARE(writer.stats().rowsCommitted, quint64(jobs * rowsPerJob));
            // Nothing is accepted after stop: callers learn it from the zero ticket.
            QCOMPARE(writer.writeCandles(ExchangeId::Binance, kBtc, Timeframe::M1, minutes(1, 0)), 0u);
        }
        QCOMPARE(storedCandles(), jobs * rowsPerJob);
    }

    void readersSeeWholeTransactionsWhileWriting()
    {
        constexpr int jobs = 60;
        constexpr int rowsPerJob = 2500;
        StorageWriter writer(m_path, StorageWriter::Options{1, 5000});
        QString error;
        QVERIFY(writer.start(&error));
        // Make the symbol exist before readers look for it.
        QVERIFY(writer.waitForCommitted(writer.writeCandles(ExchangeId::Binance, kBtc, Timeframe::M1, {})));
        StorageWriter::Ticket last = 0;
        for (int i = 0; i < jobs; ++i)
            last = writer.writeCandles(ExchangeId::Binance, kBtc, Timeframe::M1, minutes(rowsPerJob, qint64(i) * rowsPerJob));
        SqlConnection reader;
        QVERIFY(reader.open(m_path, SqlConnection::Mode::ReadOnly, &error));
        const qint64 id = *SymbolRepository(reader).find(ExchangeId::Binance, kBtc);
        CandleRepository candles(reader);
        qint64 previous = 0;
        int reads = 0;
        while (previous < jobs * rowsPerJob && reads < 100'000) {
            const qint64 seen = candles.count(id, Timeframe::M1, &error);
            QVERIFY2(seen >= 0, qPrintable(error));
            QVERIFY(seen >= previous);          // never goes back
            QCOMPARE(seen % rowsPerJob, 0);      // never half a job
            previous = seen;
            ++reads;
        }
        QVERIFY(writer.waitForCommitted(last));
        QCOMPARE(candles.count(id, Timeframe::M1), jobs * rowsPerJob);
    }

    void replayingTheSameCandlesChangesNothing()
    {
        StorageWriter writer(m_path, StorageWriter::Options{1, 5000});
        QString error;
        QVERIFY(writer.start(&error));
        writer.writeCandles(ExchangeId::Binance, kBtc, Timeframe::M1, minutes(100, 0));
        QVERIFY(writer.waitForCommitted(writer.writeCandles(ExchangeId::Binance, kBtc, Timeframe::M1, minutes(100, 50))));
        QCOMPARE(storedCandles(), 150);
    }

    void startFailsWithAReadableErrorOnAnUnwritablePath()
    {
        StorageWriter writer(QStringLiteral("/proc/no/such/dir/db.sqlite"));
        QString error;
        QVERIFY(!writer.start(&error));
        QVERIFY2(error.contains(QLatin1String("/proc/no/such/dir/db.sqlite")), qPrintable(error));
        QCOMPARE(writer.enqueue([](WriteContext &, QString *) { return true; }), 0u);
    }
};

QTEST_GUILESS_MAIN(TstStorageWriter)
#include "tst_storagewriter.moc"
