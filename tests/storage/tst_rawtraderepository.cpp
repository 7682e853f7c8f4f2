#include "storage/database.h"
#include "storage/rawtraderepository.h"
#include "storage/sqlconnection.h"
#include "storage/storagewriter.h"
#include "storage/symbolrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cl::storage;
using cl::model::ExchangeId;
using cl::model::Symbol;
using cl::model::TakerSide;
using cl::model::Trade;
using cl::model::TradeBatch;

namespace {
const Symbol kBtc = *Symbol::parse(u"BTC/USDT");
const Symbol kEth = *Symbol::parse(u"ETH/USDT");
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kNow = 1'700'000'000'000;
} // namespace

class TstRawTradeRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::optional<qint64> symbolId(SqlConnection &connection, ExchangeId exchange, const Symbol &symbol)
    {
        return SymbolRepository(connection).find(exchange, symbol);
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        QCOMPARE(Database::prepare(m_path).status, Database::Status::Ok);
    }

    void insertIsIdempotent()
    {
        SqlConnection connection;
        QString error;
        QVERIFY2(connection.open(m_path, SqlConnection::Mode::ReadWrite, &error), qPrintable(error));
        const auto id = SymbolRepository(connection).ensure(ExchangeId::Binance, kBtc, &error);
        QVERIFY(id);
        RawTradeRepository repository(connection);
        const TradeBatch trades{{kNow, 100.5, 0.25, TakerSide::Buy, QStringLiteral("9007199254740993")},
                                {kNow + 1, 100.25, 1.0, TakerSide::Sell, QStringLiteral("9007199254740994")},
                                {kNow + 2, 99.0, 2.0, TakerSide::Unknown, QString()}};
        qint64 inserted = 0;
        QVERIFY2(repository.insert(*id, trades, &inserted, &error), qPrintable(error));
        QCOMPARE(inserted, qint64(3));
        // The same trades again (a snapshot re-sent after a reconnect): nothing new.
        QVERIFY(repository.insert(*id, trades, &inserted, &error));
        QCOMPARE(inserted, qint64(0));
        QCOMPARE(repository.count(*id), qint64(3));
        const TradeBatch loaded = repository.load(*id);
        QCOMPARE(loaded, trades); // ids survive exactly (no double), sides and the empty id too
    }

    void sameIdOnAnotherSymbolIsAnotherTrade()
    {
        StorageWriter writer(m_path);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        const TradeBatch trades{{kNow, 1, 1, TakerSide::Buy, QStringLiteral("1")}};
        writer.enqueue(RawTradeRepository::insertJob(ExchangeId::Binance, kBtc, trades));
        writer.enqueue(RawTradeRepository::insertJob(ExchangeId::Binance, kEth, trades));
        writer.enqueue(RawTradeRepository::insertJob(ExchangeId::Okx, kBtc, trades));
        const auto last = writer.enqueue(RawTradeRepository::insertJob(ExchangeId::Okx, kBtc, trades));
        writer.flush();
        QVERIFY(writer.waitForCommitted(last));
        writer.stop();
        SqlConnection reader;
        QVERIFY(reader.open(m_path, SqlConnection::Mode::ReadOnly, &error));
        RawTradeRepository repository(reader);
        QCOMPARE(repository.count(*symbolId(reader, ExchangeId::Binance, kBtc)), qint64(1));
        QCOMPARE(repository.count(*symbolId(reader, ExchangeId::Binance, kEth)), qint64(1));
        QCOMPARE(repository.count(*symbolId(reader, ExchangeId::Okx, kBtc)), qint64(1));
    }

    void retentionPurgesOlderTrades()
    {
        StorageWriter writer(m_path);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        TradeBatch trades;
        for (int day = 0; day <= 10; ++day)
            trades.push_back({kNow - day * kDay, 100, 1, TakerSide::Buy, QString::number(day)});
        writer.enqueue(RawTradeRepository::insertJob(ExchangeId::Binance, kBtc, trades), int(trades.size()));
        const auto last = writer.enqueue(RawTradeRepository::purgeJob(kNow - RawTradeRepository::kDefaultRetentionMs));
        writer.flush();
        QVERIFY(writer.waitForCommitted(last));
        writer.stop();
        SqlConnection reader;
        QVERIFY(reader.open(m_path, SqlConnection::Mode::ReadOnly, &error));
        const TradeBatch kept = RawTradeRepository(reader).load(*symbolId(reader, ExchangeId::Binance, kBtc));
        QCOMPARE(kept.size(), size_t(8)); // days 0..7: exactly 7 days old is still inside the window
        QCOMPARE(kept.front().timestamp, kNow - 7 * kDay);
    }
};

QTEST_GUILESS_MAIN(TstRawTradeRepository)
#include "tst_rawtraderepository.moc"
