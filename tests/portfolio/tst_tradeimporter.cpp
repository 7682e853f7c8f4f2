// `trades import` semantics: all-or-nothing, --skip-invalid, idempotent by id, Binance format.
#include "portfolio/portfoliorepository.h"
#include "portfolio/tradeimporter.h"
#include "portfolio/traderepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cl::portfolio;
using cl::storage::Database;
using cl::storage::SqlConnection;

namespace {
const QByteArray kHeader = "id,symbol,direction,entry_time,exit_time,entry_price,exit_price,quantity,fees,stop_loss,"
                           "take_profit,pattern_type,timeframe\n";
QByteArray row(int id, const char *exitPrice = "110")
{
    return QByteArray::number(id) + ",BTC/USDT,long,2024-03-01T12:00:00Z,2024-03-02T12:00:00Z,100," + exitPrice
        + ",1,0.5,95,,fvg,1h\n";
}
} // namespace

class TstTradeImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SqlConnection m_connection;
    qint64 m_portfolio = 0;
    int m_files = 0;

    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("trades-%1.csv").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write the test file");
        return path;
    }

    TradeImporter::Report import(const QString &path, bool skipInvalid, std::vector<ImportProblem> *problems = nullptr,
                                 TradeImporter::Format format = TradeImporter::Format::Ours)
    {
        TradeImporter importer(m_connection);
        return importer.importFile(path, {m_portfolio, format, skipInvalid, QString()}, [problems](const ImportProblem &p) {
            if (problems)
                problems->push_back(p);
        });
    }

    size_t stored() { return TradeRepository(m_connection).load(m_portfolio).size(); }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_files));
        QCOMPARE(Database::prepare(path).status, Database::Status::Ok);
        QString error;
        QVERIFY(m_connection.open(path, SqlConnection::Mode::ReadWrite, &error));
        m_portfolio = *PortfolioRepository(m_connection).create({0, QStringLiteral("P"), QStringLiteral("USDT"), 1e4, false, 0}, &error);
    }
    void cleanup() { m_connection.close(); }

    void importsEverythingAndIsIdempotent()
    {
        const QString file = write(kHeader + row(1) + row(2) + row(3));
        const auto first = import(file, false);
        QVERIFY2(first.committed, qPrintable(first.fatalError));
        QCOMPARE(first.imported, 3);
        QCOMPARE(stored(), size_t(3));
        const auto again = import(file, false);
        QVERIFY(again.committed);
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.alreadyStored, 3);
        // A later export with one more trade adds only that one.
        const auto more = import(write(kHeader + row(1) + row(2) + row(3) + row(4)), false);
        QCOMPARE(more.imported, 1);
        QCOMPARE(stored(), size_t(4));
    }

    void anyInvalidRowImportsNothing()
    {
        std::vector<ImportProblem> problems;
        const auto report = import(write(kHeader + row(1) + row(2, "nan") + row(3) + row(4, "-1")), false, &problems);
        QVERIFY(!report.committed);
        QCOMPARE(report.rowsInvalid, 2);
        QCOMPARE(report.tradesValid, 2);
        QCOMPARE(stored(), size_t(0));
        QCOMPARE(problems.size(), size_t(2)); // every bad row is listed, not only the first
        QCOMPARE(problems[0].line, 3);
        QCOMPARE(problems[1].line, 5);
    }

    void skipInvalidKeepsTheValidRows()
    {
        const auto report = import(write(kHeader + row(1) + row(2, "nan") + row(3) + row(1)), true);
        QVERIFY(report.committed);
        QCOMPARE(report.rowsInvalid, 2); // NaN and the repeated id
        QCOMPARE(report.imported, 2);
        QCOMPARE(stored(), size_t(2));
    }

    void badHeaderIsFatalWithFileAndLine()
    {
        const QString file = write("timestamp,open,high,low,close,volume\n" + row(1));
        const auto report = import(file, true);
        QVERIFY(!report.committed);
        QVERIFY2(report.fatalError.startsWith(file + QStringLiteral(":1: header must be")), qPrintable(report.fatalError));
        QCOMPARE(stored(), size_t(0));
    }

    void missingFile()
    {
        const auto report = import(m_dir.filePath(QStringLiteral("nope.csv")), false);
        QVERIFY(report.fatalError.contains(QStringLiteral("cannot open")));
    }

    void emptyFileAndHeaderOnly()
    {
        QVERIFY(import(write({}), false).fatalError.contains(QStringLiteral("empty")));
        const auto headerOnly = import(write(kHeader), false);
        QVERIFY(headerOnly.committed);
        QCOMPARE(headerOnly.imported, 0);
    }

    void binanceFormat()
    {
        const QByteArray text = "\"Date(UTC)\",\"Pair\",\"Side\",\"Price\",\"Executed\",\"Amount\",\"Fee\"\n"
                                "\"2024-01-02 00:00:00\",\"ETHUSDT\",\"SELL\",\"2100\",\"1ETH\",\"2100USDT\",\"2.1USDT\"\n"
                                "\"2024-01-01 00:00:00\",\"ETHUSDT\",\"BUY\",\"2000\",\"1ETH\",\"2000USDT\",\"2USDT\"\n";
        const QString file = write(text);
        const auto report = import(file, false, nullptr, TradeImporter::Format::Binance);
        QVERIFY2(report.committed, qPrintable(report.fatalError));
        QCOMPARE(report.imported, 1);
        QCOMPARE(import(file, false, nullptr, TradeImporter::Format::Binance).alreadyStored, 1);
        const auto trades = TradeRepository(m_connection).load(m_portfolio);
        QCOMPARE(trades.size(), size_t(1));
        QCOMPARE(trades[0].status, TradeStatus::Closed);
        QCOMPARE(trades[0].fills.size(), size_t(2));
        QCOMPARE(trades[0].exchange, QStringLiteral("binance")); // a Binance export names its exchange
    }

    void exchangeOptionFillsTradesThatDoNotNameOne()
    {
        TradeImporter importer(m_connection);
        const auto report = importer.importFile(write(kHeader + row(1) + row(2)), {m_portfolio, TradeImporter::Format::Ours, false, QStringLiteral("okx")},
                                                [](const ImportProblem &) {});
        QVERIFY2(report.committed, qPrintable(report.fatalError));
        const auto trades = TradeRepository(m_connection).load(m_portfolio);
        QVERIFY(!trades.empty());
        for (const auto &t : trades)
            QCOMPARE(t.exchange, QStringLiteral("okx"));
    }

    void warningsDoNotBlockTheImport()
    {
        const QByteArray text = "Date(UTC),Pair,Side,Price,Executed,Amount,Fee\n"
                                "2024-01-01 00:00:00,ETHUSDT,SELL,2000,1ETH,2000USDT,2USDT\n";
        std::vector<ImportProblem> problems;
        const auto report = import(write(text), false, &problems, TradeImporter::Format::Binance);
        QVERIFY(report.committed);
        QCOMPARE(report.warnings, 1);
        QCOMPARE(problems.size(), size_t(1));
    }

    void formatNames()
    {
        QCOMPARE(*TradeImporter::parseFormat(u"ours"), TradeImporter::Format::Ours);
        QCOMPARE(*TradeImporter::parseFormat(u"binance"), TradeImporter::Format::Binance);
        QVERIFY(!TradeImporter::parseFormat(u"kraken"));
    }
};

QTEST_GUILESS_MAIN(TstTradeImporter)
#include "tst_tradeimporter.moc"
