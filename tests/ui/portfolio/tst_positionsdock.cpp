#include "portfolio/positionsdock.h"
#include "portfolio/positionsmodel.h"

#include "model/manualclock.h"
#include "portfolio/portfoliorepository.h"
#include "portfolio/positiontracker.h"
#include "portfolio/traderepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cl::portfolio;
using cl::ui::PositionsDock;
using cl::ui::PositionsModel;

class TstPositionsDock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    cl::storage::SqlConnection m_connection;
    cl::model::ManualClock m_clock{50'000};
    qint64 m_trade = 0;

    static cl::market::SymbolTrades batch(double price)
    {
        cl::market::SymbolTrades b;
        b.symbol = *cl::model::Symbol::parse(u"BTC/USDT");
        b.trades.push_back({60'000, price, 1.0, cl::model::TakerSide::Buy, QString()});
        return b;
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("db.sqlite"));
        QCOMPARE(cl::storage::Database::prepare(path).status, cl::storage::Database::Status::Ok);
        QString error;
        QVERIFY(m_connection.open(path, cl::storage::SqlConnection::Mode::ReadWrite, &error));
        const qint64 p = *PortfolioRepository(m_connection).create({0, QStringLiteral("Main"), QStringLiteral("USDT"), 1e4, false, 0}, &error);
        Trade t;
        t.portfolioId = p;
        t.externalId = QStringLiteral("A");
        t.symbol = QStringLiteral("BTC/USDT");
        t.direction = Direction::Short;
        t.stopLoss = 110;
        t.fills = {{0, FillKind::Entry, 1000, 100.0, 2.0, 0.0}};
        m_trade = *TradeRepository(m_connection).insert(t, &error);
    }

    void modelFollowsTheTracker()
    {
        PositionTracker tracker(m_connection, m_clock);
        PositionsModel model(tracker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(tracker.reload());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(PositionsModel::ColumnCount));
        QCOMPARE(model.index(0, PositionsModel::Mark).data().toString(), QStringLiteral("—"));
        tracker.onTrades(batch(95.0));
        QCOMPARE(model.index(0, PositionsModel::Mark).data().toString(), QStringLiteral("95"));
        QCOMPARE(model.index(0, PositionsModel::Unrealized).data().toString(), QStringLiteral("10.00"));
        QCOMPARE(model.index(0, PositionsModel::UnrealizedPct).data().toString(), QStringLiteral("5.00 %"));
        QCOMPARE(model.index(0, 0).data(PositionsModel::TradeIdRole).toLongLong(), m_trade);
        QCOMPARE(model.headerData(PositionsModel::Unrealized, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Unrealized"));
    }

    void closeAtMarketFromTheDock()
    {
        PositionTracker tracker(m_connection, m_clock);
        QVERIFY(tracker.reload());
        PositionsDock dock(tracker);
        QString error;
        QVERIFY(!dock.closeSelected(&error));   // nothing selected
        dock.view()->selectRow(0);
        QCOMPARE(dock.selectedTrade(), m_trade);
        tracker.onTrades(batch(97.0));
        QVERIFY2(dock.closeSelected(&error), qPrintable(error));
        QCOMPARE(dock.model()->rowCount(), 0);
        const Trade t = *TradeRepository(m_connection).find(m_trade);
        QCOMPARE(t.status, TradeStatus::Closed);
        QCOMPARE(t.fills.back().price, 97.0);
    }
};

QTEST_MAIN(TstPositionsDock)
#include "tst_positionsdock.moc"
