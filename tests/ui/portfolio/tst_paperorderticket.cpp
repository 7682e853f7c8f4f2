#include "portfolio/paperorderticket.h"

#include "model/manualclock.h"
#include "portfolio/paperorderrepository.h"
#include "portfolio/portfoliorepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cl::portfolio;
using cl::ui::PaperOrderTicket;

class TstPaperOrderTicket : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    cl::storage::SqlConnection m_connection;
    cl::model::ManualClock m_clock{1000};
    qint64 m_portfolio = 0;

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("db.sqlite"));
        QCOMPARE(cl::storage::Database::prepare(path).status, cl::storage::Database::Status::Ok);
        QString error;
        QVERIFY(m_connection.open(path, cl::storage::SqlConnection::Mode::ReadWrite, &error));
        m_portfolio = *PortfolioRepository(m_connection).create({0, QStringLiteral("Paper"), QStringLiteral("USDT"), 1e4, true, 0}, &error);
    }

    void prefilledFromASignalAndPlaced()
    {
        PaperTradingEngine engine(m_connection, m_clock);
        PaperOrderTicket ticket(engine, m_portfolio);
        TradeDraft d;
        d.exchange = QStringLiteral("bybit");
        d.symbol = QStringLiteral("ETH/USDT");
        d.direction = Direction::Long;
        d.entry = 2500;
        d.stop = 2450;
        d.targets = {2600, 2700};
        d.timeframe = QStringLiteral("1h");
        d.patternType = QStringLiteral("fvg");
        ticket.setDraft(d);
        QCOMPARE(OrderType(ticket.typeBox()->currentData().toInt()), OrderType::Limit);
        QCOMPARE(ticket.priceEdit()->value(), 2500.0);
        QCOMPARE(ticket.stopEdit()->value(), 2450.0);
        QCOMPARE(ticket.targetEdit()->value(), 2600.0);
        QString error;
        QVERIFY(!ticket.submit(&error));   // no quantity yet
        ticket.quantityEdit()->setValue(0.5);
        QSignalSpy placed(&ticket, &PaperOrderTicket::placed);
        const auto tradeId = ticket.submit(&error);
        QVERIFY2(tradeId, qPrintable(error));
        QCOMPARE(placed.count(), 1);
        const auto orders = PaperOrderRepository(m_connection).forTrade(*tradeId);
        QCOMPARE(orders.size(), size_t(1));
        QCOMPARE(orders[0].exchange, QStringLiteral("bybit"));
        QCOMPARE(orders[0].type, OrderType::Limit);
        QCOMPARE(*orders[0].price, 2500.0);
        QCOMPARE(orders[0].quantity, 0.5);
    }

    // A signal of the demo's simulated exchange: the order waits for that feed's trades, not binance's.
    void simulatedExchangeDraftKeepsItsExchange()
    {
        PaperTradingEngine engine(m_connection, m_clock);
        PaperOrderTicket ticket(engine, m_portfolio);
        TradeDraft d;
        d.exchange = QStringLiteral("sim");
        d.symbol = QStringLiteral("BTC/USDT");
        d.direction = Direction::Long;
        ticket.setDraft(d);
        ticket.quantityEdit()->setValue(1.0);
        QString error;
        const auto request = ticket.request(&error);
        QVERIFY2(request, qPrintable(error));
        QCOMPARE(request->exchange, QStringLiteral("sim"));
    }

    void rejectsAStopAboveALongEntry()
    {
        PaperTradingEngine engine(m_connection, m_clock);
        PaperOrderTicket ticket(engine, m_portfolio);
        ticket.symbolEdit()->setText(QStringLiteral("btc/usdt"));
        ticket.typeBox()->setCurrentIndex(ticket.typeBox()->findData(int(OrderType::Limit)));
        ticket.priceEdit()->setValue(100);
        ticket.quantityEdit()->setValue(1);
        ticket.stopEdit()->setValue(105);
        QString error;
        QVERIFY(!ticket.request(&error));
        QVERIFY(error.startsWith(QStringLiteral("Stop loss")));
        ticket.stopEdit()->setValue(95);
        const auto r = ticket.request(&error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->symbol, QStringLiteral("BTC/USDT"));
    }
};

QTEST_MAIN(TstPaperOrderTicket)
#include "tst_paperorderticket.moc"
