#include "portfolio/journalrepository.h"
#include "portfolio/portfoliorepository.h"
#include "portfolio/traderepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cl::portfolio;
using cl::storage::Database;
using cl::storage::SqlConnection;

class TstPortfolioRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    SqlConnection m_connection;

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_databases));
        QCOMPARE(Database::prepare(path).status, Database::Status::Ok);
        QString error;
        QVERIFY2(m_connection.open(path, SqlConnection::Mode::ReadWrite, &error), qPrintable(error));
    }
    void cleanup() { m_connection.close(); }

    void createFindList()
    {
        PortfolioRepository repo(m_connection);
        QString error;
        Portfolio p{0, QStringLiteral("Swing"), QStringLiteral("USDT"), 2500.0, false, 1'700'000'000'000};
        const auto id = repo.create(p, &error);
        QVERIFY2(id, qPrintable(error));
        Portfolio paper{0, QStringLiteral("Alpha paper"), QStringLiteral("USD"), 100.0, true, 5};
        QVERIFY(repo.create(paper, &error));
        const auto found = repo.findByName(QStringLiteral("Swing"));
        QVERIFY(found);
        p.id = *id;
        QCOMPARE(*found, p);
        QCOMPARE(*repo.find(*id), p);
        const auto all = repo.all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].name, QStringLiteral("Alpha paper")); // by name
        QVERIFY(all[0].isPaper);
        QVERIFY(!repo.findByName(QStringLiteral("swing")));   // names are exact
    }

    void rejectsDuplicatesAndBadValues_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("balance");
        QTest::addColumn<QString>("why");
        QTest::newRow("taken name") << QStringLiteral("Main") << 10.0 << QStringLiteral("already exists");
        QTest::newRow("empty name") << QStringLiteral("  ") << 10.0 << QStringLiteral("needs a name");
        QTest::newRow("zero balance") << QStringLiteral("B") << 0.0 << QStringLiteral("positive");
        QTest::newRow("negative balance") << QStringLiteral("B") << -5.0 << QStringLiteral("positive");
        QTest::newRow("NaN balance") << QStringLiteral("B") << qQNaN() << QStringLiteral("positive");
        QTest::newRow("infinite balance") << QStringLiteral("B") << qInf() << QStringLiteral("positive");
    }
    void rejectsDuplicatesAndBadValues()
    {
        QFETCH(QString, name);
        QFETCH(double, balance);
        QFETCH(QString, why);
        PortfolioRepository repo(m_connection);
        QString error;
        QVERIFY(repo.create({0, QStringLiteral("Main"), QStringLiteral("USDT"), 1000.0, false, 0}, &error));
        QVERIFY(!repo.create({0, name, QStringLiteral("USDT"), balance, false, 0}, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        QCOMPARE(repo.all().size(), 1);
    }

    void deleteCascadesToTradesAndJournal()
    {
        PortfolioRepository repo(m_connection);
        QString error;
        const qint64 id = *repo.create({0, QStringLiteral("Main"), QStringLiteral("USDT"), 1000.0, false, 0}, &error);
        Trade t;
        t.portfolioId = id;
        t.externalId = QStringLiteral("x");
        t.symbol = QStringLiteral("BTC/USDT");
        t.fills = {{0, FillKind::Entry, 1, 100, 1, 0}};
        t.tags = {QStringLiteral("swing")};
        const auto tradeId = TradeRepository(m_connection).insert(t, &error);
        QVERIFY2(tradeId, qPrintable(error));
        JournalEntry e;
        e.tradeId = *tradeId;
        e.content = QStringLiteral("plan");
        QVERIFY(JournalRepository(m_connection).add(e, &error));
        QCOMPARE(repo.tradeCount(id), 1);

        QVERIFY(repo.remove(QStringLiteral("Main"), &error));
        QVERIFY(!repo.findByName(QStringLiteral("Main")));
        QVERIFY(TradeRepository(m_connection).load(id).empty());
        QVERIFY(JournalRepository(m_connection).forTrade(*tradeId).empty());
        QCOMPARE(JournalRepository(m_connection).tags().size(), 1); // tags are shared, they stay
        QVERIFY(!repo.remove(QStringLiteral("Main"), &error));
        QVERIFY(error.contains(QStringLiteral("no portfolio")));
    }
};

QTEST_GUILESS_MAIN(TstPortfolioRepository)
#include "tst_portfoliorepository.moc"
