#include "storage/candleimporter.h"
#include "storage/candlerepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cl::storage;
using cl::model::ExchangeId;
using cl::model::Symbol;
using cl::model::Timeframe;

namespace {

// One row of every bad kind spec/cli.md lists, between valid 1h rows.
const char *kMixedFile =
    "timestamp,open,high,low,close,volume\n"
    "1709294400000,100,101,99,100.5,10\n"          // 2 ok
    "2024-03-01T13:00:00Z,100.5,102,100,101,5\n"   // 3 ok (ISO-8601)
    "1709301600000,abc,101,99,100,1\n"             // 4 non-numeric
    "1709301600000,NaN,101,99,100,1\n"             // 5 NaN
    "1709301600000,100,inf,99,100,1\n"             // 6 inf
    "1709301600000,100,101,99,100,-3\n"            // 7 negative
    "1709301600000,100,99.5,99,100,1\n"            // 8 high < max(open, close)
    "1709301600000,100,101,100.2,100.1,1\n"        // 9 low > min(open, close)
    "1709298000000,100,101,99,100,1\n"             // 10 duplicate timestamp (line 3)
    "1709290800000,100,101,99,100,1\n"             // 11 out of order
    "1709301660000,100,101,99,100,1\n"             // 12 not aligned to 1h
    "1709301600000,100,101,99,100\n"               // 13 wrong column count
    "1709301600000,100,101,99,100.25,7\n";         // 14 ok

} // namespace

class TstCandleImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    SqlConnection m_connection;
    const Symbol m_btc = *Symbol::parse(u"BTC/USDT");

    QString writeFile(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1.csv").arg(QLatin1String(QTest::currentTestFunction())));
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(content);
        return path;
    }
    CandleImporter::Report run(const QString &path, bool skipInvalid, QList<cl::candles::CsvProblem> *problems = nullptr,
                               Timeframe tf = Timeframe::H1)
    {
        CandleImporter importer(m_connection);
        return importer.importFile(path, {ExchangeId::Binance, m_btc, tf, skipInvalid},
                                   [&](const cl::candles::CsvProblem &p) {
                                       if (problems)
                                           problems->append(p);
                                   });
    }
    qint64 stored(Timeframe tf = Timeframe::H1)
    {
        const auto id = SymbolRepository(m_connection).find(ExchangeId::Binance, m_btc);
        return id ? CandleRepository(m_connection).count(*id, tf) : 0;
    }

private slots:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        QCOMPARE(Database::prepare(m_db).status, Database::Status::Ok);
        QString error;
        QVERIFY(m_connection.open(m_db, SqlConnection::Mode::ReadWrite, &error));
    }
    void cleanup() { m_connection.close(); }

    void everyBadRowIsListedAndNothingStored()
    {
        QList<cl::candles::CsvProblem> problems;
        const auto report = run(writeFile(kMixedFile), false, &problems);
        QVERIFY(!report.committed);
        QVERIFY(report.fatalError.isEmpty());
        QCOMPARE(report.rowsRead, 13);
        QCOMPARE(report.rowsInvalid, 10);
        QCOMPARE(stored(), 0);
        const QList<qint64> lines{4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
        const QStringList reasons{QStringLiteral("non-numeric open"), QStringLiteral("open is NaN"),
                                  QStringLiteral("high 'inf' is infinite"), QStringLiteral("negative volume"),
                                  QStringLiteral("high 99.5 is below max(open, close) 100"),
                                  QStringLiteral("low 100.2 is above min(open, close) 100"),
                                  QStringLiteral("duplicate timestamp 1709298000000 (first on line 3)"),
                                  QStringLiteral("out-of-order timestamp 1709290800000"),
                                  QStringLiteral("not aligned to 1h"), QStringLiteral("wrong column count: expected 6, found 5")};
        QCOMPARE(problems.size(), lines.size());
        for (int i = 0; i < problems.size(); ++i) {
            QCOMPARE(problems[i].line, lines[i]);
            QVERIFY2(problems[i].reason.contains(reasons[i]), qPrintable(problems[i].reason));
        }
    }

    void skipInvalidKeepsTheValidRowsAndReimportChangesNothing()
    {
        const QString path = writeFile(kMixedFile);
        const auto first = run(path, true);
        QVERIFY(first.committed);
        QCOMPARE(first.rowsValid, 3);
        QCOMPARE(first.changed, 3);
        QCOMPARE(stored(), 3);
        const auto second = run(path, true);
        QVERIFY(second.committed);
        QCOMPARE(second.changed, 0);
        QCOMPARE(second.unchanged, 3);
        QCOMPARE(stored(), 3);
    }

    void failedImportKeepsWhatWasStoredBefore()
    {
        std::mt19937_64 rng(3);
        const auto candles = cl::test::randomMinuteCandles(rng, 1'709'294'400'000 - 60'000, 100);
        const QString good = m_dir.filePath(QStringLiteral("good.csv"));
        QVERIFY(cl::test::writeCandleCsv(good, candles));
        QVERIFY(run(good, false, nullptr, Timeframe::M1).committed);
        QCOMPARE(stored(Timeframe::M1), 100);
        // A later file that rewrites every row but has one bad row at the very end changes nothing.
        QByteArray changed = "timestamp,open,high,low,close,volume\n";
        for (const auto &c : candles)
            changed += QByteArray::number(c.openTime) + ",1,1,1,1,1\n";
        changed += "oops\n";
        const auto report = run(writeFile(changed), false, nullptr, Timeframe::M1);
        QVERIFY(!report.committed);
        const auto id = *SymbolRepository(m_connection).find(ExchangeId::Binance, m_btc);
        QCOMPARE(CandleRepository(m_connection).load(id, Timeframe::M1), candles);
    }

    void badHeaderOrMissingFileIsFatalWithAReason_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("wrong header") << QByteArray("time,o,h,l,c,v\n1,1,1,1,1,1\n") << QStringLiteral(":1: header must be");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4) << QStringLiteral("header must be");
    }
    void badHeaderOrMissingFileIsFatalWithAReason()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const auto report = run(writeFile(content), true);
        QVERIFY(!report.committed);
        QVERIFY2(report.fatalError.contains(reason), qPrintable(report.fatalError));
        QCOMPARE(stored(), 0);
    }

    void missingFile()
    {
        const auto report = run(m_dir.filePath(QStringLiteral("nope.csv")), false);
        QVERIFY(report.fatalError.contains(QLatin1String("nope.csv")));
    }

    void truncatedLastLineIsStillChecked()
    {
        QList<cl::candles::CsvProblem> problems;
        const auto report = run(writeFile("timestamp,open,high,low,close,volume\n1709294400000,100,101,99,100.5,10\n1709298000000,100,10"),
                                false, &problems);
        QVERIFY(!report.committed);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].line, 3);
    }

    void bigImportRoundTrips()
    {
        std::mt19937_64 rng(11);
        const auto candles = cl::test::randomMinuteCandles(rng, 1'600'000'020'000, 50'000, 0.1);
        const QString path = m_dir.filePath(QStringLiteral("big.csv"));
        QVERIFY(cl::test::writeCandleCsv(path, candles));
        const auto report = run(path, false, nullptr, Timeframe::M1);
        QVERIFY2(report.committed, qPrintable(report.fatalError));
        const auto id = *SymbolRepository(m_connection).find(ExchangeId::Binance, m_btc);
        QCOMPARE(CandleRepository(m_connection).load(id, Timeframe::M1), candles); // doubles survive bit for bit
    }
};

QTEST_GUILESS_MAIN(TstCandleImporter)
#include "tst_candleimporter.moc"
