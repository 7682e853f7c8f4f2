#include "chart/historyloader.h"
#include "storage/candlerepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using cl::chart::HistoryLoader;
using cl::model::Candle;
using cl::model::ExchangeId;
using cl::model::Symbol;
using cl::model::Timeframe;

class TstHistoryLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    HistoryLoader::Request request(qint64 before, qint64 limit) const
    {
        HistoryLoader::Request r;
        r.databasePath = m_path;
        r.exchange = ExchangeId::Binance;
        r.symbol = *Symbol::parse(u"BTC/USDT");
        r.timeframe = Timeframe::M15;
        r.before = before;
        r.limit = limit;
        r.generation = 42;
        return r;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("history.sqlite"));
        QCOMPARE(cl::storage::Database::prepare(m_path).status, cl::storage::Database::Status::Ok);
        cl::storage::SqlConnection connection;
        QString error;
        QVERIFY(connection.open(m_path, cl::storage::SqlConnection::Mode::ReadWrite, &error));
        const qint64 id = *cl::storage::SymbolRepository(connection).ensure(ExchangeId::Binance, *Symbol::parse(u"BTC/USDT"));
        std::vector<Candle> candles;
        for (int i = 0; i < 1000; ++i)
            candles.push_back({i * 900'000LL, 1.0 + i, 2.0 + i, 0.5 + i, 1.5 + i, 1});
        cl::storage::CandleRepository repository(connection);
        QVERIFY2(repository.upsert(id, Timeframe::M15, candles, nullptr, &error), qPrintable(error));
        std::vector<Candle> minutes;
        for (int i = -3; i < 7; ++i) // three minutes of the last closed bucket, seven of the open one
            minutes.push_back({1000 * 900'000LL + i * 60'000LL, 5, 6, 4, 5.5, 1});
        QVERIFY(repository.upsert(id, Timeframe::M1, minutes, nullptr, &error));
        // Another timeframe's rows must not leak into M15 pages.
        QVERIFY(repository.upsert(id, Timeframe::H1, std::vector<Candle>{{-3'600'000, 9, 9, 9, 9, 9}}, nullptr, &error));
    }

    void newestPage()
    {
        const auto result = HistoryLoader::newest(request(0, 300));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.generation, quint64(42));
        QCOMPARE(result.candles.size(), size_t(300));
        QCOMPARE(result.candles.front().openTime, 700 * 900'000LL);
        QCOMPARE(result.candles.back().openTime, 999 * 900'000LL);
        // The 1m candles of the bucket after the newest M15 candle (1000 * 15 min on).
        QCOMPARE(result.openBucketMinutes.size(), size_t(7));
        QCOMPARE(result.openBucketMinutes.front().openTime, 1000 * 900'000LL);
    }

    void olderPagesWalkBack_data()
    {
        QTest::addColumn<qint64>("before");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("first");
        QTest::newRow("full page") << 700 * 900'000LL << qint64(300) << 300 << 400 * 900'000LL;
        QTest::newRow("between candles") << 700 * 900'000LL - 1 << qint64(10) << 10 << 690 * 900'000LL;
        QTest::newRow("short last page") << 100 * 900'000LL << qint64(300) << 100 << 0LL;
        QTest::newRow("nothing older") << 0LL << qint64(300) << 0 << 0LL;
    }
    void olderPagesWalkBack()
    {
        QFETCH(qint64, before);
        QFETCH(qint64, limit);
        QFETCH(int, count);
        QFETCH(qint64, first);
        const auto result = HistoryLoader::olderThan(request(before, limit));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(int(result.candles.size()), count);
        if (count == 0)
            return;
        QCOMPARE(result.candles.front().openTime, first);
        QVERIFY(result.candles.back().openTime < before);
        for (size_t i = 1; i < result.candles.size(); ++i)
            QCOMPARE(result.candles[i].openTime - result.candles[i - 1].openTime, 900'000LL);
    }

    void unknownSymbolOrFileGivesNothing()
    {
        auto r = request(0, 10);
        r.symbol = *Symbol::parse(u"ETH/USDT");
        QVERIFY(HistoryLoader::newest(r).candles.empty());
        r.databasePath = m_dir.filePath(QStringLiteral("missing/none.sqlite"));
        const auto missing = HistoryLoader::newest(r);
        QVERIFY(missing.candles.empty());
        QVERIFY(!missing.error.isEmpty());
    }

    void runsOnPoolThreads()
    {
        // Each call opens its own connection, so parallel pages do not interfere.
        QList<QFuture<HistoryLoader::Result>> futures;
        for (int i = 0; i < 4; ++i)
            futures << QtConcurrent::run([this, i] { return HistoryLoader::olderThan(request((i + 1) * 200 * 900'000LL, 50)); });
        for (int i = 0; i < 4; ++i) {
            const auto result = futures[i].result();
            QCOMPARE(result.candles.size(), size_t(50));
            QCOMPARE(result.candles.back().openTime, ((i + 1) * 200 - 1) * 900'000LL);
        }
    }
};

QTEST_GUILESS_MAIN(TstHistoryLoader)
#include "tst_historyloader.moc"
