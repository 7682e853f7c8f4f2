#include "storage/migrator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using cl::test::runCli;

class TstDbCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList withDir(QStringList args, const QString &sub)
    {
        return args << QStringLiteral("--data-dir") << m_dir.filePath(sub);
    }

private slots:
    void initCheckMigrateStats()
    {
        auto run = runCli(withDir({QStringLiteral("db"), QStringLiteral("init")}, QStringLiteral("a")));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("created")), qPrintable(run.err));
        run = runCli(withDir({QStringLiteral("db"), QStringLiteral("check")}, QStringLiteral("a")));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QLatin1String("ok:")));
        QCOMPARE(runCli(withDir({QStringLiteral("db"), QStringLiteral("migrate")}, QStringLiteral("a"))).exitCode, 0);
        run = runCli(withDir({QStringLiteral("db"), QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")}, QStringLiteral("a")));
        QCOMPARE(run.exitCode, 0);
        // The newest schema the program ships, whatever number the migrations have reached.
        const QString expected = QStringLiteral("\"schema_version\": %1").arg(cl::storage::Migrator().latestVersion());
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
        QCOMPARE(runCli(withDir({QStringLiteral("db"), QStringLiteral("vacuum")}, QStringLiteral("a"))).exitCode, 0);
    }

    void backupRefusesToOverwrite()
    {
        QCOMPARE(runCli(withDir({QStringLiteral("db"), QStringLiteral("init")}, QStringLiteral("b"))).exitCode, 0);
        const QString target = m_dir.filePath(QStringLiteral("backup.sqlite"));
        QCOMPARE(runCli(withDir({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--to"), target}, QStringLiteral("b"))).exitCode, 0);
        QVERIFY(QFile::exists(target));
        const auto again = runCli(withDir({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--to"), target}, QStringLiteral("b")));
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QLatin1String("exists")));
    }

    void checkWithoutDatabaseIsAUserError()
    {
        const auto run = runCli(withDir({QStringLiteral("db"), QStringLiteral("check")}, QStringLiteral("none")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("no database")));
    }

    void damagedDatabaseIsReportedThenMovedAsideByInit()
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("c")));
        const QString path = m_dir.filePath(QStringLiteral("c/cryptolens.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x42'));
        file.close();
        auto run = runCli(withDir({QStringLiteral("db"), QStringLiteral("check")}, QStringLiteral("c")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("FAILED")), qPrintable(run.err));
        run = runCli(withDir({QStringLiteral("db"), QStringLiteral("stats")}, QStringLiteral("c")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("db init")), qPrintable(run.err));
        run = runCli(withDir({QStringLiteral("db"), QStringLiteral("init")}, QStringLiteral("c")));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("moved the damaged database aside")), qPrintable(run.err));
        const QStringList aside = QDir(m_dir.filePath(QStringLiteral("c"))).entryList({QStringLiteral("cryptolens.sqlite.damaged-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(runCli(withDir({QStringLiteral("db"), QStringLiteral("check")}, QStringLiteral("c"))).exitCode, 0);
    }

    void unknownActionsAndHelp()
    {
        QCOMPARE(runCli({QStringLiteral("db"), QStringLiteral("explode")}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("nonsense")}).exitCode, 1);
        const auto help = runCli({QStringLiteral("db"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("--data-dir")));
        const auto top = runCli({QStringLiteral("--help")});
        QCOMPARE(top.exitCode, 0);
        QVERIFY(top.out.contains(QLatin1String("candles")));
    }
};

QTEST_GUILESS_MAIN(TstDbCommand)
#include "tst_dbcommand.moc"
