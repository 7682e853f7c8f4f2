#include "storage/candlerepository.h"
#include "storage/database.h"
#include "storage/databasemaintenance.h"
#include "storage/migrator.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cl::storage;

class TstDatabaseMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void backupStatsAndVacuum()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        QCOMPARE(Database::prepare(path).status, Database::Status::Ok);
        SqlConnection connection;
        QString error;
        QVERIFY(connection.open(path, SqlConnection::Mode::ReadWrite, &error));
        const qint64 id = *SymbolRepository(connection).ensure(cl::model::ExchangeId::Kraken, *cl::model::Symbol::parse(u"ETH/USD"));
        QVERIFY(CandleRepository(connection).upsert(id, cl::model::Timeframe::D1, std::vector<cl::model::Candle>{{0, 1, 2, 0.5, 1, 3}}, nullptr, &error));

        DatabaseMaintenance maintenance(connection);
        const auto stats = maintenance.stats(&error);
        QCOMPARE(stats.schemaVersion, Migrator().latestVersion());
        QVERIFY(stats.fileBytes > 0);
        QVERIFY(stats.rowsPerTable.contains({QStringLiteral("candles"), 1}));
        QVERIFY(stats.candlesPerTimeframe.contains({QStringLiteral("1d"), 1}));

        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY2(maintenance.backupTo(copy, &error), qPrintable(error));
        QVERIFY(Database::checkIntegrity(copy, true).isEmpty());
        SqlConnection copied;
        QVERIFY(copied.open(copy, SqlConnection::Mode::ReadOnly, &error));
        QCOMPARE(CandleRepository(copied).count(id, cl::model::Timeframe::D1), 1);
        // An existing file is never overwritten by a backup.
        QVERIFY(!maintenance.backupTo(copy, &error));
        QVERIFY(error.contains(QLatin1String("exists")));

        QVERIFY2(maintenance.vacuum(&error), qPrintable(error));
        QVERIFY(Database::checkIntegrity(path, true).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstDatabaseMaintenance)
#include "tst_databasemaintenance.moc"
