#include "storage/migrator.h"
#include "storage/sqlconnection.h"
#include "storage/sqlitestatement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cl::storage;

namespace {

qint64 scalar(SqlConnection &connection, const char *sql)
{
    SqliteStatement query;
    QString error;
    if (!query.prepare(connection.handle(), sql, &error) || !query.step(&error) || !query.hasRow())
        return -1;
    return query.columnInt64(0);
}

bool tableExists(SqlConnection &connection, const QByteArray &name)
{
    const QByteArray sql = "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '" + name + "'";
    return scalar(connection, sql.constData()) == 1;
}

} // namespace

class TstMigrator : public QObject
{
    Q_OBJECT

private slots:
    void builtInMigrationsAreNumberedFromOne()
    {
        const auto migrations = Migrator::builtIn();
        QVERIFY(migrations.size() >= 3);
        for (int i = 0; i < migrations.size(); ++i) {
            QCOMPARE(migrations[i].version, i + 1);
            QVERIFY(!migrations[i].sql.isEmpty());
        }
    }

    void freshDatabaseGetsTheWholeSchema()
    {
        QTemporaryDir dir;
        SqlConnection connection;
        QString error;
        QVERIFY2(connection.open(dir.filePath(QStringLiteral("db.sqlite")), SqlConnection::Mode::ReadWrite, &error), qPrintable(error));
        const Migrator migrator;
        QVERIFY2(migrator.migrate(connection, &error), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(connection), migrator.latestVersion());
        for (const char *table : {"exchanges", "symbols", "watchlists", "watchlist_items", "candles", "patterns", "signals",
                                  "alert_rules", "alert_events", "notifications", "portfolios", "trades", "fills",
                                  "journal_entries", "tags", "trade_tags", "settings", "backtest_runs",
                                  "optimization_trials"})
            QVERIFY2(tableExists(connection, table), table);
        QCOMPARE(scalar(connection, "SELECT count(*) FROM exchanges"), 7);
        // Closed candles are keyed without a rowid.
        QCOMPARE(scalar(connection, "SELECT count(*) FROM sqlite_schema WHERE name = 'candles' AND sql LIKE '%WITHOUT ROWID%'"), 1);
        QCOMPARE(scalar(connection, "PRAGMA foreign_keys"), 1);
        // Running it again is a no-op.
        QVERIFY(migrator.migrate(connection, &error));
        QCOMPARE(Migrator::currentVersion(connection), migrator.latestVersion());
    }

    void upgradesFromEveryEarlierVersionKeepingData_data()
    {
        QTest::addColumn<int>("startVersion");
        for (int v = 1; v < Migrator().latestVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("from v%1").arg(v))) << v;
    }
    void upgradesFromEveryEarlierVersionKeepingData()
    {
        QFETCH(int, startVersion);
        QTemporaryDir dir;
        SqlConnection connection;
        QString error;
        QVERIFY(connection.open(dir.filePath(QStringLiteral("db.sqlite")), SqlConnection::Mode::ReadWrite, &error));
        const Migrator old(Migrator::builtIn().mid(0, startVersion));
        QVERIFY2(old.migrate(connection, &error), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(connection), startVersion);
        QVERIFY(connection.exec("INSERT INTO symbols (exchange_id, base, quote, native_symbol) VALUES (1, 'BTC', 'USDT', 'BTCUSDT');"
                                "INSERT INTO candles VALUES (1, 1, 60000, 1, 2, 0.5, 1.5, 10);",
                                &error));
        const Migrator current;
        QVERIFY2(current.migrate(connection, &error), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(connection), current.latestVersion());
        QCOMPARE(scalar(connection, "SELECT count(*) FROM candles WHERE open_time = 60000 AND close = 1.5"), 1);
        QVERIFY(tableExists(connection, "optimization_trials"));
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        SqlConnection connection;
        QString error;
        QVERIFY(connection.open(dir.filePath(QStringLiteral("db.sqlite")), SqlConnection::Mode::ReadWrite, &error));
        QVERIFY(connection.exec("PRAGMA user_version = 99", &error));
        const Migrator migrator;
        QVERIFY(!migrator.migrate(connection, &error));
        QVERIFY2(error.contains(QLatin1String("99")) && error.contains(QLatin1String("newer")), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(connection), 99); // never downgraded
    }

    void failedMigrationLeavesThePreviousSchema()
    {
        QTemporaryDir dir;
        SqlConnection connection;
        QString error;
        QVERIFY(connection.open(dir.filePath(QStringLiteral("db.sqlite")), SqlConnection::Mode::ReadWrite, &error));
        auto migrations = Migrator::builtIn();
        const int good = migrations.size();
        migrations.append({good + 1, QStringLiteral("broken"),
                           "CREATE TABLE half_done (id INTEGER);\nALTER TABLE candles ADD COLUMN x;\nSELECT * FROM no_such_table;"});
        const Migrator migrator(migrations);
        QVERIFY(!migrator.migrate(connection, &error));
        QVERIFY2(error.contains(QLatin1String("broken")) && error.contains(QLatin1String("no_such_table")), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(connection), good);
        QVERIFY(!tableExists(connection, "half_done"));
        QCOMPARE(scalar(connection, "SELECT count(*) FROM pragma_table_info('candles') WHERE name = 'x'"), 0);
        // The database stays usable.
        QVERIFY(connection.exec("INSERT INTO settings VALUES ('k', 'v')", &error));
    }
};

QTEST_GUILESS_MAIN(TstMigrator)
#include "tst_migrator.moc"
