// BacktestTradeModel: columns, UTC times, colors by P&L, raw values under Qt::UserRole, prices with the
// decimals their size needs (never in exponent notation).
#include "backtest/backtesttrademodel.h"

#include <QBrush>
#include <QLocale>
#include <QTest>
#include <cmath>

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

    void pricesAreFormattedForReading_data()
    {
        QTest::addColumn<double>("price");
        QTest::addColumn<QString>("shown");
        QTest::newRow("bitcoin") << 64123.5 << QStringLiteral("64123.50");
        QTest::newRow("large, 9 digits") << 123456789.25 << QStringLiteral("123456789.25");
        QTest::newRow("mid") << 95.85912 << QStringLiteral("95.8591");
        QTest::newRow("sub-cent coin") << 0.000012345 << QStringLiteral("0.000012345");
        QTest::newRow("NaN") << std::nan("") << QStringLiteral("–");
    }

    void pricesAreFormattedForReading()
    {
        QFETCH(double, price);
        QFETCH(QString, shown);
        BacktestTrade trade;
        trade.entryPrice = price;
        trade.exitPrice = price;
        BacktestTradeModel model;
        model.setTrades({trade});
        QCOMPARE(model.data(model.index(0, BacktestTradeModel::EntryPrice)).toString(), shown);
        QCOMPARE(model.data(model.index(0, BacktestTradeModel::ExitPrice)).toString(), shown);
    }

    void outcomesAreWords()
    {
        QCOMPARE(BacktestTradeModel::outcomeText(Outcome::Win), QStringLiteral("win"));
        QCOMPARE(BacktestTradeModel::outcomeText(Outcome::Expired), QStringLiteral("expired"));
    }
};

int main(int argc, char *argv[])
{
    // Prices and P&L follow the user's locale; the expectations are written for the C locale.
    QLocale::setDefault(QLocale::c());
    QCoreApplication app(argc, argv);
    TstBacktestTradeModel test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_backtesttrademodel.moc"
