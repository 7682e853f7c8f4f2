#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlconnection.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cl::storage;

class TstDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsAndMigratesAFreshFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/cryptolens.sqlite"));
        const auto outcome = Database::prepare(path);
        QCOMPARE(outcome.status, Database::Status::Ok);
        QVERIFY(outcome.created);
        QCOMPARE(outcome.schemaVersion, Migrator().latestVersion());
        const auto again = Database::prepare(path);
        QCOMPARE(again.status, Database::Status::Ok);
        QVERIFY(!again.created);
        QVERIFY(Database::checkIntegrity(path, true).isEmpty());
    }

    void connectionsUseWalAndForeignKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        QCOMPARE(Database::prepare(path).status, Database::Status::Ok);
        SqlConnection connection;
        QString error;
        QVERIFY(connection.open(path, SqlConnection::Mode::ReadWrite, &error));
        QSqlQuery query(connection.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1); // NORMAL
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // A candle for a symbol that does not exist violates the foreign key.
        QVERIFY(!connection.exec("INSERT INTO candles VALUES (999, 1, 0, 1, 1, 1, 1, 1)", &error));
    }

    void damagedFileIsReportedAndMovedAsideNotDeleted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        {
            QFile garbage(path);
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            QByteArray junk(64 * 1024, 'x');
            junk.prepend("this is not an SQLite database");
            garbage.write(junk);
        }
        const auto outcome = Database::prepare(path);
        QCOMPARE(outcome.status, Database::Status::Damaged);
        QVERIFY2(outcome.message.contains(path), qPrintable(outcome.message));
        QVERIFY(QFile::exists(path)); // prepare never moves or deletes by itself

        QString error;
        const QString aside = Database::moveAside(path, &error);
        QVERIFY2(!aside.isEmpty(), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QFile moved(aside);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QVERIFY(moved.readAll().startsWith("this is not an SQLite database"));
        QCOMPARE(Database::prepare(path).status, Database::Status::Ok);
    }

    void corruptedPagesAreDetected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        QCOMPARE(Database::prepare(path).status, Database::Status::Ok);
        {
            SqlConnection connection;
            QString error;
            QVERIFY(connection.open(path, SqlConnection::Mode::ReadWrite, &error));
            QVERIFY(connection.exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;", &error));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 8192);
        // Overwrite the middle pages (schema and table b-trees) with noise, keeping the header intact.
        file.seek(4096);
        file.write(QByteArray(int(size - 4096), '\x5a'));
        file.close();
        QCOMPARE(Database::prepare(path).status, Database::Status::Damaged);
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        QCOMPARE(Database::prepare(path).status, Database::Status::Ok);
        {
            SqlConnection connection;
            QString error;
            QVERIFY(connection.open(path, SqlConnection::Mode::ReadWrite, &error));
            QVERIFY(connection.exec("PRAGMA user_version = 1000", &error));
        }
        const auto outcome = Database::prepare(path);
        QCOMPARE(outcome.status, Database::Status::TooNew);
        QVERIFY(outcome.message.contains(QLatin1String("1000")));
    }
};

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
