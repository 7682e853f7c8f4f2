#include "portfolio/papertradingengine.h"
#include "portfolio/portfoliorepository.h"
#include "portfolio/positiontracker.h"
#include "portfolio/traderepository.h"
#include "model/manualclock.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cl::portfolio;
using cl::market::SymbolTrades;
using cl::model::ManualClock;
using cl::storage::Database;
using cl::storage::SqlConnection;

class TstPositionTracker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    SqlConnection m_connection;
    qint64 m_journal = 0;
    qint64 m_paper = 0;
    ManualClock m_clock{10'000};

    static SymbolTrades batch(const QString &symbol, std::initializer_list<double> prices, qint64 time = 20'000)
    {
        SymbolTrades b;
        b.symbol = *cl::model::Symbol::parse(symbol);
        for (const double p : prices)
            b.trades.push_back({time++, p, 1.0, cl::model::TakerSide::Sell, QString()});
        return b;
    }

    qint64 addTrade(qint64 portfolio, const QString &id, const QString &symbol, Direction d, std::vector<Fill> fills)
    {
        Trade t;
        t.portfolioId = portfolio;
        t.externalId = id;
        t.symbol = symbol;
        t.direction = d;
        t.fills = std::move(fills);
        QString error;
        return *TradeRepository(m_connection).insert(t, &error);
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_databases));
        QCOMPARE(Database::prepare(path).status, Database::Status::Ok);
        QString error;
        QVERIFY(m_connection.open(path, SqlConnection::Mode::ReadWrite, &error));
        PortfolioRepository portfolios(m_connection);
        m_journal = *portfolios.create({0, QStringLiteral("Real"), QStringLiteral("USDT"), 1e4, false, 0}, &error);
        m_paper = *portfolios.create({0, QStringLiteral("Paper"), QStringLiteral("USDT"), 1e4, true, 0}, &error);
    }
    void cleanup() { m_connection.close(); }

    void unrealizedFollowsTheLatestPrice_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<double>("mark");
        QTest::addColumn<double>("unrealized");
        // Entry 2 @ 100 then a partial exit of 0.5: 1.5 open.
        QTest::newRow("long up") << int(Direction::Long) << 110.0 << 15.0;
        QTest::newRow("long down") << int(Direction::Long) << 90.0 << -15.0;
        QTest::newRow("short up") << int(Direction::Short) << 110.0 << -15.0;
        QTest::newRow("short down") << int(Direction::Short) << 96.0 << 6.0;
        QTest::newRow("flat") << int(Direction::Long) << 100.0 << 0.0;
    }
    void unrealizedFollowsTheLatestPrice()
    {
        QFETCH(int, direction);
        QFETCH(double, mark);
        QFETCH(double, unrealized);
        addTrade(m_journal, QStringLiteral("A"), QStringLiteral("BTC/USDT"), Direction(direction),
                 {{0, FillKind::Entry, 1000, 100.0, 2.0, 0.0}, {0, FillKind::Exit, 2000, 104.0, 0.5, 0.0}});
        addTrade(m_journal, QStringLiteral("closed"), QStringLiteral("BTC/USDT"), Direction::Long,
                 {{0, FillKind::Entry, 1000, 100.0, 1.0, 0.0}, {0, FillKind::Exit, 2000, 101.0, 1.0, 0.0}});
        PositionTracker tracker(m_connection, m_clock);
        QVERIFY(tracker.reload());
        QCOMPARE(tracker.positions().size(), size_t(1));   // the closed trade is not a position
        const Position &p = tracker.positions().front();
        QCOMPARE(p.openQuantity, 1.5);
        QVERIFY(!p.mark);
        QCOMPARE(p.unrealized, 0.0);
        QSignalSpy marks(&tracker, &PositionTracker::marksChanged);
        // The batch's last valid print is the mark; other symbols do not touch the position.
        tracker.onTrades(batch(QStringLiteral("ETH/USDT"), {5.0}));
        QCOMPARE(marks.count(), 0);
        tracker.onTrades(batch(QStringLiteral("BTC/USDT"), {50.0, mark, -1.0}));
        QCOMPARE(marks.count(), 1);
        QCOMPARE(*tracker.positions().front().mark, mark);
        QVERIFY(qFuzzyCompare(1.0 + tracker.positions().front().unrealized, 1.0 + unrealized));
        QVERIFY(qFuzzyCompare(1.0 + tracker.totalUnrealized(), 1.0 + unrealized));
    }

    void closeAtMarketOfAJournalTrade()
    {
        const qint64 id = addTrade(m_journal, QStringLiteral("A"), QStringLiteral("BTC/USDT"), Direction::Long,
                                   {{0, FillKind::Entry, 1000, 100.0, 2.0, 0.0}});
        PositionTracker tracker(m_connection, m_clock);
        QVERIFY(tracker.reload());
        QString error;
        QVERIFY(!tracker.closeAtMarket(id, &error));   // no price yet
        QVERIFY(error.contains(QStringLiteral("no price")));
        tracker.setLastPrice(QStringLiteral("BTC/USDT"), 105.0);
        QVERIFY2(tracker.closeAtMarket(id, &error), qPrintable(error));
        QVERIFY(tracker.positions().empty());
        const auto trade = *TradeRepository(m_connection).find(id);
        QCOMPARE(trade.status, TradeStatus::Closed);
        QCOMPARE(trade.fills.back().price, 105.0);
        QCOMPARE(trade.fills.back().time, qint64(10'000));   // the injected clock
        QVERIFY(!tracker.closeAtMarket(id, &error));
    }

    void closeAtMarketOfAPaperTradeGoesThroughTheEngine()
    {
        PaperTradingEngine engine(m_connection, m_clock);
        PositionTracker tracker(m_connection, m_clock);
        tracker.setPaperEngine(&engine);
        QString error;
        QVERIFY(engine.setSettings(m_paper, {0.0, 0.0}, &error));
        PaperEntryRequest r;
        r.portfolioId = m_paper;
        r.symbol = QStringLiteral("BTC/USDT");
        r.quantity = 1.0;
        const qint64 id = *engine.placeEntry(r, &error);
        QVERIFY(tracker.positions().empty());
        engine.onTrades(batch(QStringLiteral("BTC/USDT"), {100.0}));
        QCOMPARE(tracker.positions().size(), size_t(1));   // reloaded on the engine's tradeChanged
        QVERIFY(tracker.positions().front().paper);
        QVERIFY2(tracker.closeAtMarket(id, &error), qPrintable(error));
        engine.onTrades(batch(QStringLiteral("BTC/USDT"), {101.0}, 30'000));
        QVERIFY(tracker.positions().empty());
        QCOMPARE(TradeRepository(m_connection).find(id)->fills.back().price, 101.0);
    }
};

QTEST_GUILESS_MAIN(TstPositionTracker)
#include "tst_positiontracker.moc"
