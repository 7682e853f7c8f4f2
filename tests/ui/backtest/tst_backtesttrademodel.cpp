// BacktestTradeModel: columns, UTC times, colors by P&L, raw values under Qt::UserRole.
#include "backtest/backtesttrademodel.h"

#include <QBrush>
#include <QTest>

using namespace cl::ui;
using cl::backtest::BacktestTrade;
using cl::backtest::Outcome;

class TstBacktestTradeModel : public QObject
{
    Q_OBJECT

private slots:
    void rows()
    {
        BacktestTrade win;
        win.type = cl::model::PatternType::OrderBlock;
        win.detectedAt = 1'704'067'200'000; // 2024-01-01 00:00 UTC
        win.entryTime = win.detectedAt + 900'000;
        win.exitTime = win.entryTime + 3 * 900'000;
        win.entryPrice = 100;
        win.exitPrice = 110;
        win.outcome = Outcome::Win;
        win.r = 2;
        win.pnl = 200;
        BacktestTrade loss = win;
        loss.direction = cl::model::Direction::Bearish;
        loss.outcome = Outcome::Loss;
        loss.r = -1;
        loss.pnl = -100;
        BacktestTrade flat = win;
        flat.outcome = Outcome::Inconclusive;
        flat.r = 0;
        flat.pnl = 0;
        BacktestTradeModel model;
        model.setTrades({win, loss, flat});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(BacktestTradeModel::ColumnCount));
        QCOMPARE(model.data(model.index(0, BacktestTradeModel::Type)).toString(), QStringLiteral("OB"));
        QCOMPARE(model.data(model.index(0, BacktestTradeModel::Detected)).toString(), QStringLiteral("2024-01-01 00:00"));
        QCOMPARE(model.data(model.index(0, BacktestTradeModel::Entry)).toString(), QStringLiteral("2024-01-01 00:15"));
        QCOMPARE(model.data(model.index(1, BacktestTradeModel::Direction)).toString(), QStringLiteral("short"));
        QCOMPARE(model.data(model.index(1, BacktestTradeModel::Outcome)).toString(), QStringLiteral("loss"));
        QCOMPARE(model.data(model.index(2, BacktestTradeModel::Outcome)).toString(), QStringLiteral("inconclusive"));
        QCOMPARE(model.data(model.index(0, BacktestTradeModel::R)).toString(), QStringLiteral("2.00"));
        QCOMPARE(model.data(model.index(1, BacktestTradeModel::Pnl), Qt::UserRole).toDouble(), -100.0);
        QVERIFY(model.data(model.index(0, BacktestTradeModel::Pnl), Qt::ForegroundRole).value<QBrush>().color()
            != model.data(model.index(1, BacktestTradeModel::Pnl), Qt::ForegroundRole).value<QBrush>().color());
        QVERIFY(!model.data(model.index(2, BacktestTradeModel::Pnl), Qt::ForegroundRole).isValid());
        QVERIFY(!model.data(model.index(5, 0)).isValid());
        QCOMPARE(model.headerData(BacktestTradeModel::Pnl, Qt::Horizontal).toString(), QStringLiteral("P&L"));
    }
};

QTEST_GUILESS_MAIN(TstBacktestTradeModel)
#include "tst_backtesttrademodel.moc"
