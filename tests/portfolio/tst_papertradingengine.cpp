#include "portfolio/journalrepository.h"
#include "portfolio/paperorderrepository.h"
#include "portfolio/papertradingengine.h"
#include "portfolio/portfoliorepository.h"
#include "portfolio/traderepository.h"
#include "portfolio/tradepnl.h"
#include "model/manualclock.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace cl::portfolio;
using cl::market::SymbolTrades;
using cl::model::ManualClock;
using cl::storage::Database;
using cl::storage::SqlConnection;

using Ticks = QList<QPair<qint64, double>>;   // time, price

class TstPaperTradingEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    SqlConnection m_connection;
    qint64 m_portfolio = 0;
    ManualClock m_clock{1'000};
    static constexpr double kFeeRate = 0.001;
    static constexpr double kSlippageBps = 10.0;   // 0.1 %

    static SymbolTrades batch(const Ticks &ticks, const QString &symbol = QStringLiteral("BTC/USDT"),
                              cl::model::ExchangeId exchange = cl::model::ExchangeId::Binance)
    {
        SymbolTrades b;
        b.exchange = exchange;
        b.symbol = *cl::model::Symbol::parse(symbol);
        for (const auto &[time, price] : ticks)
            b.trades.push_back({time, price, 0.5, cl::model::TakerSide::Buy, QString::number(time)});
        return b;
    }

    PaperEntryRequest request(Direction direction, OrderType type, std::optional<double> price, double quantity = 2.0)
    {
        PaperEntryRequest r;
        r.portfolioId = m_portfolio;
        r.symbol = QStringLiteral("BTC/USDT");
        r.direction = direction;
        r.entryType = type;
        r.price = price;
        r.quantity = quantity;
        return r;
    }

    std::unique_ptr<PaperTradingEngine> engine()
    {
        auto e = std::make_unique<PaperTradingEngine>(m_connection, m_clock);
        QString error;
        [&] { QVERIFY2(e->setSettings(m_portfolio, {kFeeRate, kSlippageBps}, &error), qPrintable(error)); }();
        return e;
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_databases));
        QCOMPARE(Database::prepare(path).status, Database::Status::Ok);
        QString error;
        QVERIFY(m_connection.open(path, SqlConnection::Mode::ReadWrite, &error));
        m_portfolio = *PortfolioRepository(m_connection).create({0, QStringLiteral("Paper"), QStringLiteral("USDT"), 1e4, true, 0}, &error);
        m_clock.setNowMs(1'000);
    }
    void cleanup() { m_connection.close(); }

    void entryFillsByType_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("price");
        QTest::addColumn<Ticks>("ticks");
        QTest::addColumn<qint64>("fillTime");   // 0: no fill
        QTest::addColumn<double>("fillPrice");

        const int L = int(Direction::Long), S = int(Direction::Short);
        const int M = int(OrderType::Market), Li = int(OrderType::Limit), St = int(OrderType::Stop);
        QTest::newRow("market buy: next trade + slippage") << L << M << 0.0 << Ticks{{2000, 100.0}, {2001, 101.0}} << qint64(2000) << 100.1;
        QTest::newRow("market sell: next trade - slippage") << S << M << 0.0 << Ticks{{2000, 100.0}} << qint64(2000) << 99.9;
        QTest::newRow("market ignores trades before the order") << L << M << 0.0 << Ticks{{999, 90.0}, {1500, 100.0}} << qint64(1500) << 100.1;
        QTest::newRow("limit buy at the limit once traded through") << L << Li << 99.0 << Ticks{{2000, 100.0}, {2001, 99.5}, {2002, 98.7}} << qint64(2002) << 99.0;
        QTest::newRow("limit buy touched exactly") << L << Li << 99.0 << Ticks{{2000, 99.0}} << qint64(2000) << 99.0;
        QTest::newRow("limit buy never reached") << L << Li << 99.0 << Ticks{{2000, 99.01}, {2001, 120.0}} << qint64(0) << 0.0;
        QTest::newRow("limit sell") << S << Li << 101.0 << Ticks{{2000, 100.0}, {2001, 101.2}} << qint64(2001) << 101.0;
        QTest::newRow("stop buy breakout, slipped") << L << St << 102.0 << Ticks{{2000, 101.0}, {2001, 102.5}} << qint64(2001) << 102.5 * 1.001;
        QTest::newRow("stop sell gap fills worse") << S << St << 98.0 << Ticks{{2000, 99.0}, {2001, 97.0}} << qint64(2001) << 97.0 * 0.999;
        QTest::newRow("NaN, zero and negative prints fill nothing") << L << M << 0.0
            << Ticks{{2000, std::numeric_limits<double>::quiet_NaN()}, {2001, 0.0}, {2002, -5.0}, {2003, 100.0}} << qint64(2003) << 100.1;
    }
    void entryFillsByType()
    {
        QFETCH(int, direction);
        QFETCH(int, type);
        QFETCH(double, price);
        QFETCH(Ticks, ticks);
        QFETCH(qint64, fillTime);
        QFETCH(double, fillPrice);
        auto e = engine();
        QString error;
        const auto tradeId = e->placeEntry(request(Direction(direction), OrderType(type),
                                                   price > 0 ? std::optional<double>(price) : std::nullopt), &error);
        QVERIFY2(tradeId, qPrintable(error));
        QSignalSpy filled(e.get(), &PaperTradingEngine::orderFilled);
        e->onTrades(batch(ticks));
        const auto trade = TradeRepository(m_connection).find(*tradeId);
        QVERIFY(trade);
        if (fillTime == 0) {
            QCOMPARE(filled.count(), 0);
            QCOMPARE(trade->status, TradeStatus::Pending);
            QVERIFY(trade->fills.empty());
            QCOMPARE(e->workingOrders().size(), size_t(1));
            return;
        }
        QCOMPARE(filled.count(), 1);
        QCOMPARE(trade->status, TradeStatus::Open);
        QCOMPARE(trade->exchange, QStringLiteral("binance")); // the feed the order was placed on
        QCOMPARE(trade->fills.size(), size_t(1));
        const Fill &f = trade->fills.front();
        QCOMPARE(f.kind, FillKind::Entry);
        QCOMPARE(f.time, fillTime);
        QVERIFY(qFuzzyCompare(f.price, fillPrice));
        QCOMPARE(f.quantity, 2.0);
        QVERIFY(qFuzzyCompare(f.fee, kFeeRate * fillPrice * 2.0));
        const auto order = PaperOrderRepository(m_connection).forTrade(*tradeId).front();
        QCOMPARE(order.status, OrderStatus::Filled);
        QCOMPARE(*order.fillTime, fillTime);
        // The fill is written into the trade's "during" journal entry, as a person would note it.
        const auto journal = JournalRepository(m_connection).forTrade(*tradeId);
        QCOMPARE(journal.size(), size_t(1));
        QCOMPARE(journal.front().phase, JournalPhase::During);
        QVERIFY(journal.front().content.contains(QStringLiteral("paper ") + orderTypeToString(OrderType(type))));
    }

    void bracketTakeProfitCancelsStop()
    {
        auto e = engine();
        QString error;
        auto r = request(Direction::Long, OrderType::Market, std::nullopt);
        r.stopLoss = 95.0;
        r.takeProfit = 110.0;
        const qint64 id = *e->placeEntry(r, &error);
        // The bracket is armed from the trade after the entry: the entry tick at 94 must not stop it out.
        e->onTrades(batch({{2000, 94.0}}));
        QCOMPARE(e->workingOrders().size(), size_t(2));
        e->onTrades(batch({{2001, 105.0}, {2002, 110.5}, {2003, 80.0}}));
        QVERIFY(e->workingOrders().empty());
        const auto trade = *TradeRepository(m_connection).find(id);
        QCOMPARE(trade.status, TradeStatus::Closed);
        QCOMPARE(trade.fills.size(), size_t(2));
        QCOMPARE(trade.fills[1].price, 110.0);
        QCOMPARE(trade.fills[1].time, qint64(2002));
        const double entry = 94.0 * 1.001;
        const double fees = kFeeRate * entry * 2 + kFeeRate * 110.0 * 2;
        QVERIFY(qFuzzyCompare(TradePnl::evaluate(trade).pnl, (110.0 - entry) * 2 - fees));
        int cancelled = 0;
        for (const PaperOrder &o : PaperOrderRepository(m_connection).forTrade(id))
            cancelled += o.status == OrderStatus::Cancelled && o.type == OrderType::Stop;
        QCOMPARE(cancelled, 1);
    }

    void bracketStopOnShort()
    {
        auto e = engine();
        QString error;
        auto r = request(Direction::Short, OrderType::Limit, 100.0, 1.0);
        r.stopLoss = 105.0;
        r.takeProfit = 90.0;
        const qint64 id = *e->placeEntry(r, &error);
        e->onTrades(batch({{2000, 100.5}, {2001, 99.0}, {2002, 104.0}, {2003, 106.0}}));
        const auto trade = *TradeRepository(m_connection).find(id);
        QCOMPARE(trade.status, TradeStatus::Closed);
        QCOMPARE(trade.fills[0].price, 100.0);
        QVERIFY(qFuzzyCompare(trade.fills[1].price, 106.0 * 1.001));   // a buy stop pays the slippage
        QVERIFY(qFuzzyCompare(trade.fills[1].fee, kFeeRate * 106.0 * 1.001));
        QVERIFY(e->workingOrders().empty());
    }

    void otherSymbolsAndExchangesDoNotFill()
    {
        auto e = engine();
        QString error;
        QVERIFY(e->placeEntry(request(Direction::Long, OrderType::Market, std::nullopt), &error));
        e->onTrades(batch({{2000, 100.0}}, QStringLiteral("ETH/USDT")));
        e->onTrades(batch({{2000, 100.0}}, QStringLiteral("BTC/USDT"), cl::model::ExchangeId::Bybit));
        QCOMPARE(e->workingOrders().size(), size_t(1));
    }

    void closeAtMarketCancelsExits()
    {
        auto e = engine();
        QString error;
        auto r = request(Direction::Long, OrderType::Market, std::nullopt);
        r.takeProfit = 200.0;
        const qint64 id = *e->placeEntry(r, &error);
        e->onTrades(batch({{2000, 100.0}}));
        QVERIFY2(e->closeAtMarket(id, &error), qPrintable(error));
        QCOMPARE(e->workingOrders().size(), size_t(1));
        QCOMPARE(e->workingOrders().front().type, OrderType::Market);
        e->onTrades(batch({{3000, 120.0}}));
        const auto trade = *TradeRepository(m_connection).find(id);
        QCOMPARE(trade.status, TradeStatus::Closed);
        QVERIFY(qFuzzyCompare(trade.fills[1].price, 120.0 * 0.999));
        QVERIFY(!e->closeAtMarket(id, &error));
        QVERIFY(error.contains(QStringLiteral("no open position")));
    }

    void partialExitThenRest()
    {
        auto e = engine();
        QString error;
        const qint64 id = *e->placeEntry(request(Direction::Long, OrderType::Market, std::nullopt, 3.0), &error);
        e->onTrades(batch({{2000, 100.0}}));
        QVERIFY(e->placeExit(id, OrderType::Limit, 110.0, 1.0, &error));
        e->onTrades(batch({{2100, 111.0}}));
        auto trade = *TradeRepository(m_connection).find(id);
        QCOMPARE(trade.status, TradeStatus::Open);
        QCOMPARE(trade.exitQuantity(), 1.0);
        QVERIFY(e->placeExit(id, OrderType::Limit, 120.0, 0.0, &error));
        QCOMPARE(e->workingOrders().front().quantity, 2.0);
    }

    void cancelledEntryCancelsTrade()
    {
        auto e = engine();
        QString error;
        const qint64 id = *e->placeEntry(request(Direction::Long, OrderType::Limit, 50.0), &error);
        QVERIFY(e->cancel(e->workingOrders().front().id, &error));
        QCOMPARE(TradeRepository(m_connection).find(id)->status, TradeStatus::Cancelled);
        e->onTrades(batch({{2000, 40.0}}));
        QVERIFY(TradeRepository(m_connection).find(id)->fills.empty());
    }

    void workingOrdersSurviveRestart()
    {
        QString error;
        {
            auto e = engine();
            QVERIFY(e->placeEntry(request(Direction::Long, OrderType::Limit, 90.0), &error));
        }
        PaperTradingEngine restarted(m_connection, m_clock);
        QVERIFY(restarted.load(&error));
        QCOMPARE(restarted.workingOrders().size(), size_t(1));
        QCOMPARE(restarted.settings(m_portfolio).slippageBps, kSlippageBps);
        restarted.onTrades(batch({{5000, 89.0}}));
        QVERIFY(restarted.workingOrders().empty());
    }

    void rejectsBadRequests()
    {
        auto e = engine();
        QString error;
        QVERIFY(!e->placeEntry(request(Direction::Long, OrderType::Market, std::nullopt, 0.0), &error));
        QVERIFY(!e->placeEntry(request(Direction::Long, OrderType::Market, std::nullopt, -1.0), &error));
        QVERIFY(!e->placeEntry(request(Direction::Long, OrderType::Limit, std::nullopt), &error));
        QVERIFY(!e->placeEntry(request(Direction::Long, OrderType::TakeProfit, 10.0), &error));
        QVERIFY(!e->setSettings(m_portfolio, {-0.1, 0}, &error));
        QVERIFY(e->workingOrders().empty());
    }
};

QTEST_GUILESS_MAIN(TstPaperTradingEngine)
#include "tst_papertradingengine.moc"
