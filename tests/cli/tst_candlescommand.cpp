#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using cl::test::runCli;

namespace {

const QByteArray kOneOfEachBadKind =
    "timestamp,open,high,low,close,volume\n"
    "1709294400000,100,101,99,100.5,10\n"
    "2024-03-01T13:00:00Z,100.5,102,100,101,5\n"
    "1709301600000,abc,101,99,100,1\n"
    "1709301600000,NaN,101,99,100,1\n"
    "1709301600000,100,101,99,100,-3\n"
    "1709301600000,100,99.5,99,100,1\n"
    "1709301600000,100,101,100.2,100.1,1\n"
    "1709298000000,100,101,99,100,1\n"
    "1709290800000,100,101,99,100,1\n"
    "1709301660000,100,101,99,100,1\n"
    "1709301600000,100,101,99,100\n"
    "1709301600000,100,101,99,100.25,7\n";

} // namespace

class TstCandlesCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(content);
        return path;
    }
    QStringList args(const QString &dataDir, QStringList more)
    {
        return more << QStringLiteral("--data-dir") << m_dir.filePath(dataDir) << QStringLiteral("--exchange")
                    << QStringLiteral("binance") << QStringLiteral("--symbol") << QStringLiteral("BTC/USDT");
    }
    QString exportCsv(const QString &dataDir, const QString &tf)
    {
        return runCli(args(dataDir, {QStringLiteral("candles"), QStringLiteral("export"), QStringLiteral("--timeframe"), tf})).out;
    }

private slots:
    void allOrNothingThenSkipInvalidThenIdempotent()
    {
        const QString file = write(QStringLiteral("mixed.csv"), kOneOfEachBadKind);
        const QStringList import = args(QStringLiteral("d1"), {QStringLiteral("candles"), QStringLiteral("import"), file,
                                                               QStringLiteral("--timeframe"), QStringLiteral("1h")});
        auto run = runCli(import);
        QCOMPARE(run.exitCode, 1);
        for (int line = 4; line <= 12; ++line)
            QVERIFY2(run.err.contains(QStringLiteral("%1:%2: ").arg(file).arg(line)), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("nothing imported")));
        QCOMPARE(exportCsv(QStringLiteral("d1"), QStringLiteral("1h")), QString()); // symbol unknown: nothing stored

        run = runCli(QStringList(import) << QStringLiteral("--skip-invalid"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("3 new or changed")), qPrintable(run.err));
        const QString stored = exportCsv(QStringLiteral("d1"), QStringLiteral("1h"));
        QCOMPARE(stored, QStringLiteral("timestamp,open,high,low,close,volume\n"
                                        "1709294400000,100,101,99,100.5,10\n"
                                        "1709298000000,100.5,102,100,101,5\n"
                                        "1709301600000,100,101,99,100.25,7\n"));

        run = runCli(QStringList(import) << QStringLiteral("--skip-invalid"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("0 new or changed, 3 unchanged")), qPrintable(run.err));
        QCOMPARE(exportCsv(QStringLiteral("d1"), QStringLiteral("1h")), stored);
    }

    void exportRangeAndJson()
    {
        const QString file = write(QStringLiteral("ok.csv"), "timestamp,open,high,low,close,volume\n"
                                                             "60000,1,2,0.5,1.5,1\n120000,1.5,2,1,2,2\n180000,2,3,2,3,3\n");
        QCOMPARE(runCli(args(QStringLiteral("d2"), {QStringLiteral("candles"), QStringLiteral("import"), file,
                                                    QStringLiteral("--timeframe"), QStringLiteral("1m")})).exitCode, 0);
        auto run = runCli(args(QStringLiteral("d2"), {QStringLiteral("candles"), QStringLiteral("export"), QStringLiteral("--timeframe"),
                                                      QStringLiteral("1m"), QStringLiteral("--from"), QStringLiteral("1970-01-01T00:02:00Z"),
                                                      QStringLiteral("--to"), QStringLiteral("120000"), QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("[\n  {\"timestamp\": 120000, \"open\": 1.5, \"high\": 2, \"low\": 1, \"close\": 2, \"volume\": 2}\n]\n"));
        run = runCli(args(QStringLiteral("d2"), {QStringLiteral("candles"), QStringLiteral("export"), QStringLiteral("--timeframe"),
                                                 QStringLiteral("1m"), QStringLiteral("--from"), QStringLiteral("noon")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("--from")));
    }

    void aggregateBuildsHigherTimeframes()
    {
        std::mt19937_64 rng(5);
        const auto minutes = cl::test::randomMinuteCandles(rng, 1'700'000'040'000, 3000, 0.1);
        const QString file = m_dir.filePath(QStringLiteral("minutes.csv"));
        QVERIFY(cl::test::writeCandleCsv(file, minutes));
        QCOMPARE(runCli(args(QStringLiteral("d3"), {QStringLiteral("candles"), QStringLiteral("import"), file,
                                                    QStringLiteral("--timeframe"), QStringLiteral("1m")})).exitCode, 0);
        const auto run = runCli(args(QStringLiteral("d3"), {QStringLiteral("candles"), QStringLiteral("aggregate"),
                                                            QStringLiteral("--timeframes"), QStringLiteral("5m,1h,1d")}));
        QCOMPARE(run.exitCode, 0);
        const QStringList hours = exportCsv(QStringLiteral("d3"), QStringLiteral("1h")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // 3000 minutes with gaps span a bit over 55 hours: every hour bucket that has a minute is stored.
        QVERIFY2(hours.size() - 1 >= 55 && hours.size() - 1 <= 57, qPrintable(QString::number(hours.size())));
        QVERIFY(!exportCsv(QStringLiteral("d3"), QStringLiteral("5m")).isEmpty());
        QVERIFY(exportCsv(QStringLiteral("d3"), QStringLiteral("4h")).isEmpty() || exportCsv(QStringLiteral("d3"), QStringLiteral("4h")).count(QLatin1Char('\n')) <= 1);
        // Running it again changes nothing.
        const auto again = runCli(args(QStringLiteral("d3"), {QStringLiteral("candles"), QStringLiteral("aggregate"),
                                                              QStringLiteral("--timeframes"), QStringLiteral("1h")}));
        QVERIFY2(again.err.contains(QLatin1String("(0 new or changed)")), qPrintable(again.err));
    }

    void aggregateLeavesTheRunningBucketToTheFeed()
    {
        // 90 minutes from 00:00; at 01:30 the second hour is still running, at 02:00 it has closed.
        cl::model::CandleSeries minutes;
        const qint64 start = 1'700'006'400'000; // 2023-11-15T00:00:00Z, an hour boundary
        for (int i = 0; i < 90; ++i)
            minutes.push_back({start + i * 60'000LL, 100.0 + i, 101.0 + i, 99.0 + i, 100.5 + i, 1.0});
        const QString file = m_dir.filePath(QStringLiteral("ninety.csv"));
        QVERIFY(cl::test::writeCandleCsv(file, minutes));
        QCOMPARE(runCli(args(QStringLiteral("d4"), {QStringLiteral("candles"), QStringLiteral("import"), file,
                                                    QStringLiteral("--timeframe"), QStringLiteral("1m")})).exitCode, 0);
        auto run = runCli(args(QStringLiteral("d4"), {QStringLiteral("candles"), QStringLiteral("aggregate"), QStringLiteral("--timeframes"),
                                                      QStringLiteral("1h"), QStringLiteral("--now"), QStringLiteral("2023-11-15T01:30:00Z")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("1h: 1 candles")), qPrintable(run.err));
        run = runCli(args(QStringLiteral("d4"), {QStringLiteral("candles"), QStringLiteral("aggregate"), QStringLiteral("--timeframes"),
                                                 QStringLiteral("1h"), QStringLiteral("--now"), QString::number(start + 7'200'000)}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("1h: 2 candles (1 new or changed)")), qPrintable(run.err));
        run = runCli(args(QStringLiteral("d4"), {QStringLiteral("candles"), QStringLiteral("aggregate"), QStringLiteral("--now"), QStringLiteral("soon")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("--now")), qPrintable(run.err));
        // Named before any data is read: an empty database says what is wrong with the option, not that it is empty.
        run = runCli(args(QStringLiteral("d5"), {QStringLiteral("candles"), QStringLiteral("aggregate"), QStringLiteral("--now"), QStringLiteral("soon")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("--now")), qPrintable(run.err));
    }

    void typedOptionsAreValidated_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("exchange") << QStringList{QStringLiteral("candles"), QStringLiteral("export"), QStringLiteral("--exchange"), QStringLiteral("mtgox"),
                                                 QStringLiteral("--symbol"), QStringLiteral("BTC/USDT"), QStringLiteral("--timeframe"), QStringLiteral("1m")}
                                  << "unknown exchange 'mtgox'";
        QTest::newRow("symbol") << QStringList{QStringLiteral("candles"), QStringLiteral("export"), QStringLiteral("--exchange"), QStringLiteral("okx"),
                                               QStringLiteral("--symbol"), QStringLiteral("btcusdt"), QStringLiteral("--timeframe"), QStringLiteral("1m")}
                                << "must be BASE/QUOTE";
        QTest::newRow("timeframe") << QStringList{QStringLiteral("candles"), QStringLiteral("export"), QStringLiteral("--exchange"), QStringLiteral("okx"),
                                                  QStringLiteral("--symbol"), QStringLiteral("BTC/USDT"), QStringLiteral("--timeframe"), QStringLiteral("2d")}
                                   << "unknown timeframe '2d'";
        QTest::newRow("missing") << QStringList{QStringLiteral("candles"), QStringLiteral("export")} << "--exchange is required";
    }
    void typedOptionsAreValidated()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto run = runCli(arguments << QStringLiteral("--data-dir") << m_dir.filePath(QStringLiteral("d4")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    // A kill at any moment of an import leaves a sound database with all or none of it.
    void sigkillDuringImportLeavesAllOrNothing()
    {
        constexpr int rows = 1'000'000;
        std::mt19937_64 rng(9);
        const QString file = m_dir.filePath(QStringLiteral("kill.csv"));
        QVERIFY(cl::test::writeCandleCsv(file, cl::test::randomMinuteCandles(rng, 1'600'000'020'000, rows)));
        QCOMPARE(runCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("d5"))}).exitCode, 0);
        const QString wal = m_dir.filePath(QStringLiteral("d5/cryptolens.sqlite-wal"));

        QProcess import;
        import.start(cl::test::cliPath(), args(QStringLiteral("d5"), {QStringLiteral("candles"), QStringLiteral("import"), file,
                                                                       QStringLiteral("--timeframe"), QStringLiteral("1m")}));
        QVERIFY(import.waitForStarted());
        // Kill once the import has written into the log but (with a million rows) long before it can finish.
        for (int i = 0; i < 20'000 && QFileInfo(wal).size() < 4 * 1024 * 1024 && import.state() == QProcess::Running; ++i)
            QThread::usleep(500);
        import.kill();
        import.waitForFinished();

        auto check = runCli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("d5"))});
        QCOMPARE(check.exitCode, 0);
        const qsizetype lines = exportCsv(QStringLiteral("d5"), QStringLiteral("1m")).count(QLatin1Char('\n'));
        QVERIFY2(lines <= 1 || lines == rows + 1, qPrintable(QString::number(lines))); // header only, or everything
    }
};

QTEST_GUILESS_MAIN(TstCandlesCommand)
#include "tst_candlescommand.moc"
