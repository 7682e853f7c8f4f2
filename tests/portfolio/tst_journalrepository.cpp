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

class TstJournalRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    SqlConnection m_connection;
    qint64 m_portfolio = 0;
    qint64 m_trade = 0;

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_databases));
        QCOMPARE(Database::prepare(path).status, Database::Status::Ok);
        QString error;
        QVERIFY(m_connection.open(path, SqlConnection::Mode::ReadWrite, &error));
        m_portfolio = *PortfolioRepository(m_connection).create({0, QStringLiteral("P"), QStringLiteral("USDT"), 1e4, false, 0}, &error);
        Trade t;
        t.portfolioId = m_portfolio;
        t.externalId = QStringLiteral("1");
        t.symbol = QStringLiteral("BTC/USDT");
        t.fills = {{0, FillKind::Entry, 1, 100, 1, 0}};
        m_trade = *TradeRepository(m_connection).insert(t, &error);
    }
    void cleanup() { m_connection.close(); }

    void entriesRoundTripInPhaseOrder()
    {
        JournalRepository repo(m_connection);
        QString error;
        JournalEntry review{0, m_trade, JournalPhase::Review, QStringLiteral("Held too long."), Mood::Greedy, {}, {}, 30, 30};
        JournalEntry plan{0, m_trade, JournalPhase::Plan, QStringLiteral("# Plan\nBuy the FVG <b>fill</b>"), Mood::Confident,
                          QStringLiteral("[{\"item\":\"HTF bias\",\"checked\":true}]"),
                          {QStringLiteral("screenshots/a.png"), QStringLiteral("screenshots/b.png")}, 10, 10};
        review.id = *repo.add(review, &error);
        plan.id = *repo.add(plan, &error);
        const auto entries = repo.forTrade(m_trade);
        QCOMPARE(entries.size(), size_t(2));
        QCOMPARE(entries[0], plan);
        QCOMPARE(entries[1], review);
        QCOMPARE(repo.forPortfolio(m_portfolio).value(m_trade).size(), size_t(2));
        QCOMPARE(repo.moods(m_portfolio).value(m_trade), QStringLiteral("confident"));
    }

    void updateIsTheAutosave()
    {
        JournalRepository repo(m_connection);
        QString error;
        JournalEntry e{0, m_trade, JournalPhase::During, QStringLiteral("draft"), std::nullopt, {}, {}, 1, 1};
        e.id = *repo.add(e, &error);
        e.content = QStringLiteral("draft, more text");
        e.mood = Mood::Fearful;
        e.updatedAt = 2;
        QVERIFY(repo.update(e, &error));
        QCOMPARE(repo.forTrade(m_trade).front(), e);
        QVERIFY(repo.remove(e.id, &error));
        QVERIFY(repo.forTrade(m_trade).empty());
    }

    void tagsAreSharedAndColoured()
    {
        JournalRepository repo(m_connection);
        QString error;
        const auto id = repo.ensureTag(QStringLiteral("breakout"), QStringLiteral("#ff0000"), &error);
        QCOMPARE(*repo.ensureTag(QStringLiteral("breakout"), QStringLiteral("#00ff00"), &error), *id);
        QVERIFY(repo.setTagColor(QStringLiteral("breakout"), QStringLiteral("#0000ff"), &error));
        QVERIFY(repo.setTradeTags(m_trade, {QStringLiteral("breakout"), QStringLiteral("news")}, &error));
        QVERIFY(repo.setTradeTags(m_trade, {QStringLiteral("news")}, &error));
        const auto tags = repo.tags();
        QCOMPARE(tags.size(), 2);
        QCOMPARE(tags[0].color, QStringLiteral("#0000ff"));
        QCOMPARE(TradeRepository(m_connection).find(m_trade)->tags, QStringList{QStringLiteral("news")});
    }

    void theSchemaRefusesUnknownMoods()
    {
        QString error;
        QVERIFY(!m_connection.exec("INSERT INTO journal_entries (trade_id, phase, mood, created_at, updated_at) "
                                   "VALUES (1, 'plan', 'euphoric', 0, 0)", &error));
    }
};

QTEST_GUILESS_MAIN(TstJournalRepository)
#include "tst_journalrepository.moc"
