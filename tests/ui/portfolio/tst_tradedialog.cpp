#include "portfolio/tradedialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QTest>

using namespace cl::portfolio;
using cl::ui::TradeDialog;

class TstTradeDialog : public QObject
{
    Q_OBJECT

private:
    static TradeDraft draft()
    {
        cl::model::Signal s;
        s.id = 9;
        s.exchange = cl::model::ExchangeId::Sim;
        s.symbol = *cl::model::Symbol::parse(u"SOL/USDT");
        s.direction = cl::model::Direction::Bearish;
        s.sourceTimeframe = *cl::model::Timeframe::parse(u"15m");
        s.sourceType = cl::model::PatternType::LiquiditySweep;
        s.entry = 150;
        s.stop = 155;
        s.tp1 = 140;
        s.tp2 = 130;
        return TradeDraft::fromSignal(s);
    }

private slots:
    void prefilledFromADraft()
    {
        TradeDialog dialog;
        dialog.setBalance(1000);
        dialog.setEntryTime(1'700'000'000'000);
        dialog.setDraft(draft());
        QCOMPARE(dialog.symbolEdit()->text(), QStringLiteral("SOL/USDT"));
        QCOMPARE(dialog.exchangeBox()->currentData().toString(), QStringLiteral("sim"));
        QCOMPARE(Direction(dialog.directionBox()->currentData().toInt()), Direction::Short);
        QCOMPARE(dialog.entryEdit()->value(), 150.0);
        QCOMPARE(dialog.stopEdit()->value(), 155.0);
        QCOMPARE(dialog.targetEdit()->value(), 140.0);
        QCOMPARE(dialog.timeframeBox()->currentText(), QStringLiteral("15m"));
        QCOMPARE(dialog.patternBox()->currentText(), QStringLiteral("liquidity_sweep"));
        dialog.quantityEdit()->setValue(2);
        QVERIFY(dialog.riskText().contains(QStringLiteral("10.00")));
        QVERIFY(dialog.riskText().contains(QStringLiteral("1.00 %")));
        QString error;
        const auto trade = dialog.trade(5, &error);
        QVERIFY2(trade, qPrintable(error));
        QCOMPARE(trade->portfolioId, qint64(5));
        QCOMPARE(trade->exchange, QStringLiteral("sim"));
        QCOMPARE(*trade->signalId, qint64(9));
        QCOMPARE(trade->status, TradeStatus::Open);
        QCOMPARE(trade->fills.size(), size_t(1));
        QCOMPARE(trade->fills[0].time, qint64(1'700'000'000'000));
        QCOMPARE(trade->fills[0].quantity, 2.0);
        QCOMPARE(*trade->takeProfit, 140.0);
    }

    void rejectsMistakes_data()
    {
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<double>("quantity");
        QTest::addColumn<double>("stop");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad symbol") << QStringLiteral("SOLUSDT") << 1.0 << 155.0 << QStringLiteral("Symbol");
        QTest::newRow("no quantity") << QStringLiteral("SOL/USDT") << 0.0 << 155.0 << QStringLiteral("Quantity");
        QTest::newRow("stop on the wrong side") << QStringLiteral("SOL/USDT") << 1.0 << 149.0 << QStringLiteral("Stop loss");
    }
    void rejectsMistakes()
    {
        QFETCH(QString, symbol);
        QFETCH(double, quantity);
        QFETCH(double, stop);
        QFETCH(QString, field);
        TradeDialog dialog;
        dialog.setDraft(draft());
        dialog.symbolEdit()->setText(symbol);
        dialog.quantityEdit()->setValue(quantity);
        dialog.stopEdit()->setValue(stop);
        QString error;
        QVERIFY(!dialog.trade(1, &error));
        QVERIFY2(error.startsWith(field), qPrintable(error));
    }

    void editKeepsTheFills()
    {
        Trade t;
        t.id = 3;
        t.portfolioId = 2;
        t.externalId = QStringLiteral("T-3");
        t.symbol = QStringLiteral("BTC/USDT");
        t.fills = {{1, FillKind::Entry, 1000, 100, 1, 0}, {2, FillKind::Exit, 2000, 110, 1, 0}};
        t.status = TradeStatus::Closed;
        TradeDialog dialog;
        dialog.setTrade(t);
        QVERIFY(dialog.isEdit());
        QVERIFY(!dialog.entryEdit()->isEnabled());
        dialog.stopEdit()->setValue(95);
        QString error;
        const auto edited = dialog.trade(99, &error);
        QVERIFY2(edited, qPrintable(error));
        QCOMPARE(edited->id, qint64(3));
        QCOMPARE(edited->portfolioId, qint64(2));
        QCOMPARE(edited->fills, t.fills);
        QCOMPARE(*edited->stopLoss, 95.0);
    }
};

QTEST_MAIN(TstTradeDialog)
#include "tst_tradedialog.moc"
