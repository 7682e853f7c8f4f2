#include "portfolio/portfoliorepository.h"
#include "portfolio/tradepnl.h"
#include "portfolio/traderepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/sqlitestatement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cl::portfolio;
using cl::storage::Database;
using cl::storage::SqlConnection;
using cl::storage::SqliteStatement;

class TstTradeRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    SqlConnection m_connection;
    qint64 m_portfolio = 0;

    Trade sample(const QString &id)
    {
        Trade t;
        t.portfolioId = m_portfolio;
        t.externalId = id;
        t.exchange = QStringLiteral("kraken");
        t.symbol = QStringLiteral("ETH/USDT");
        t.direction = Direction::Short;
        t.fees = 1.25;
        t.stopLoss = 2600;
        t.takeProfit = 2300;
        t.riskPct = 1.0;
        t.patternType = QStringLiteral("order_block");
        t.timeframe = QStringLiteral("4h");
        t.fills = {{0, FillKind::Entry, 1000, 2500, 2, 0.5}, {0, FillKind::Exit, 5000, 2400, 1, 0.25},
                   {0, FillKind::Exit, 9000, 2450, 1, 0.25}};
        t.tags = {QStringLiteral("b-tag"), QStringLiteral("a-tag")};
        return t;
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_databases));
        QCOMPARE(Database::prepare(path).status, Database::Status::Ok);
        QString error;
        QVERIFY(m_connection.open(path, SqlConnection::Mode::ReadWrite, &error));
        m_portfolio = *PortfolioRepository(m_connection).create({0, QStringLiteral("P"), QStringLiteral("USDT"), 1e4, false, 0}, &error);
    }
    void cleanup() { m_connection.close(); }

    void roundTripsEveryField()
    {
        TradeRepository repo(m_connection);
        QString error;
        Trade t = sample(QStringLiteral("T-1"));
        const auto id = repo.insert(t, &error);
        QVERIFY2(id, qPrintable(error));
        const auto loaded = repo.find(*id);
        QVERIFY(loaded);
        QCOMPARE(loaded->id, *id);
        QCOMPARE(loaded->status, TradeStatus::Closed); // derived from the fills
        QCOMPARE(loaded->fills.size(), size_t(3));
        QCOMPARE(loaded->fills[1].price, 2400.0);
        QCOMPARE(loaded->tags, (QStringList{QStringLiteral("a-tag"), QStringLiteral("b-tag")}));
        t.id = *id;
        t.status = TradeStatus::Closed;
        t.tags.sort();
        for (size_t i = 0; i < t.fills.size(); ++i)
            t.fills[i].id = loaded->fills[i].id;
        QCOMPARE(*loaded, t);
        QCOMPARE(TradePnl::evaluate(*loaded).pnl, 100.0 + 50.0 - 1.25 - 1.0);
    }

    void exchangeIsOptionalAndChecked()
    {
        TradeRepository repo(m_connection);
        QString error;
        Trade unknownVenue = sample(QStringLiteral("T-none"));
        unknownVenue.exchange.clear(); // our trade CSV does not say where a trade was made
        const auto id = repo.insert(unknownVenue, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(repo.find(*id)->exchange, QString());

        Trade moved = *repo.find(*id);
        moved.exchange = QStringLiteral("sim");
        QVERIFY2(repo.update(moved, &error), qPrintable(error));
        QCOMPARE(repo.find(*id)->exchange, QStringLiteral("sim"));

        Trade bad = sample(QStringLiteral("T-bad"));
        bad.exchange = QStringLiteral("mtgox");
        QVERIFY(!repo.insert(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("mtgox")) && error.contains(QStringLiteral("T-bad")), qPrintable(error));
        moved.exchange = QStringLiteral("mtgox");
        QVERIFY(!repo.update(moved, &error));
        QCOMPARE(repo.find(*id)->exchange, QStringLiteral("sim")); // nothing stored on a refused update
        QCOMPARE(repo.load(m_portfolio).size(), size_t(1));
    }

    void summaryColumnsFollowTheFills()
    {
        TradeRepository repo(m_connection);
        QString error;
        const qint64 id = *repo.insert(sample(QStringLiteral("T-1")), &error);
        SqliteStatement q;
        QVERIFY(q.prepare(m_connection.handle(),
                          "SELECT status, entry_time, exit_time, entry_price, exit_price, quantity, risk_amount FROM trades "
                          "WHERE id = ?1", &error));
        q.bindInt64(1, id);
        QVERIFY(q.step(&error) && q.hasRow());
        QCOMPARE(q.columnText(0), QStringLiteral("closed"));
        QCOMPARE(q.columnInt64(1), 1000);
        QCOMPARE(q.columnInt64(2), 9000);
        QCOMPARE(q.columnDouble(3), 2500.0);
        QCOMPARE(q.columnDouble(4), 2425.0);
        QCOMPARE(q.columnDouble(5), 2.0);
        QCOMPARE(q.columnDouble(6), 200.0);
    }

    void partialExitsThroughAddFill()
    {
        TradeRepository repo(m_connection);
        QString error;
        Trade t = sample(QStringLiteral("T-2"));
        t.fills.resize(1);
        const qint64 id = *repo.insert(t, &error);
        QCOMPARE(repo.find(id)->status, TradeStatus::Open);
        QVERIFY(repo.addFill(id, {0, FillKind::Exit, 2000, 2450, 1.5, 0}, &error));
        QCOMPARE(repo.find(id)->status, TradeStatus::Open);
        QVERIFY(!repo.addFill(id, {0, FillKind::Exit, 3000, 2450, 1.0, 0}, &error)); // only 0.5 open
        QVERIFY(error.contains(QStringLiteral("more than the open quantity")));
        QVERIFY2(repo.addFill(id, {0, FillKind::Exit, 3000, 2350, 0.5, 0}, &error), qPrintable(error));
        const Trade closed = *repo.find(id);
        QCOMPARE(closed.status, TradeStatus::Closed);
        QCOMPARE(*closed.lastExitTime(), 3000);
    }

    void externalIdsAreUniquePerPortfolio()
    {
        TradeRepository repo(m_connection);
        QString error;
        QVERIFY(repo.insert(sample(QStringLiteral("same")), &error));
        QVERIFY(!repo.insert(sample(QStringLiteral("same")), &error));
        QVERIFY(error.contains(QStringLiteral("UNIQUE")));
        QCOMPARE(repo.externalIds(m_portfolio), (QSet<QString>{QStringLiteral("same")}));
        const qint64 other = *PortfolioRepository(m_connection).create({0, QStringLiteral("Q"), QStringLiteral("USDT"), 1.0, false, 0}, &error);
        Trade t = sample(QStringLiteral("same"));
        t.portfolioId = other;
        QVERIFY(repo.insert(t, &error));
        QCOMPARE(repo.load(m_portfolio).size(), size_t(1));
        QCOMPARE(repo.load(other).size(), size_t(1));
    }

    void rowsWithoutFillsGetThemFromTheSummary()
    {
        // A trade written by other code (a backtest, an older version) with only the summary columns.
        QString error;
        QVERIFY(m_connection.exec(QByteArray("INSERT INTO trades (portfolio_id, external_id, symbol, direction, status, "
                                             "entry_time, exit_time, entry_price, exit_price, quantity, fees) VALUES ("
                                             + QByteArray::number(m_portfolio)
                                             + ", 'legacy', 'BTC/USDT', 'long', 'closed', 10, 20, 100, 110, 2, 1)").constData(),
                                  &error));
        const auto trades = TradeRepository(m_connection).load(m_portfolio);
        QCOMPARE(trades.size(), size_t(1));
        QCOMPARE(trades[0].fills.size(), size_t(2));
        QCOMPARE(TradePnl::evaluate(trades[0]).pnl, 19.0);
    }

    void removeDeletesFills()
    {
        TradeRepository repo(m_connection);
        QString error;
        const qint64 id = *repo.insert(sample(QStringLiteral("gone")), &error);
        QVERIFY(repo.remove(id, &error));
        QVERIFY(!repo.find(id));
        SqliteStatement q;
        QVERIFY(q.prepare(m_connection.handle(), "SELECT COUNT(*) FROM fills", &error));
        QVERIFY(q.step(&error) && q.hasRow());
        QCOMPARE(q.columnInt64(0), 0);
    }
};

QTEST_GUILESS_MAIN(TstTradeRepository)
#include "tst_traderepository.moc"
