#include "views/priceformat.h"
#include "views/signaldetailspane.h"
#include "views/signallistmodel.h"
#include "views/signallistview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cl;

namespace {
model::Signal makeSignal(const char *symbol, model::Direction direction, qint64 createdAt, int score, double entry, double stop)
{
    model::Signal s;
    s.exchange = model::ExchangeId::Binance;
    s.symbol = *model::Symbol::parse(QString::fromLatin1(symbol));
    s.direction = direction;
    s.createdAt = createdAt;
    s.score = score;
    s.entry = entry;
    s.stop = stop;
    const double r = entry - stop;
    s.tp1 = entry + r;
    s.tp2 = entry + 2 * r;
    s.tp3 = entry + 3 * r;
    s.alignedTimeframes = {model::Timeframe::M15, model::Timeframe::H1, model::Timeframe::H4};
    s.sourceTimeframe = model::Timeframe::H1;
    s.sourceType = model::PatternType::OrderBlock;
    s.sourceDetectedAt = createdAt - 3'600'000;
    return s;
}
} // namespace

class TstSignalListModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTesterWithLiveSignals()
    {
        ui::SignalListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSignals({makeSignal("BTC/USDT", model::Direction::Bullish, 1000, 4, 100, 98)});
        QCOMPARE(model.rowCount(), 1);
        auto eth = makeSignal("ETH/USDT", model::Direction::Bearish, 2000, 3, 50, 51);
        model.onSignalCreated(eth);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ui::SignalListModel::Symbol).data().toString(), QStringLiteral("ETH/USDT")); // newest first
        // The same signal again (a replay) is an update, not a second row.
        eth.status = model::SignalStatus::Filled;
        model.onSignalCreated(eth);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ui::SignalListModel::Status).data().toString(), QStringLiteral("Filled"));
        eth.status = model::SignalStatus::TpHit;
        model.onSignalStatusChanged(eth);
        QCOMPARE(model.index(0, ui::SignalListModel::Status).data().toString(), QStringLiteral("Target hit"));
        // A status change of an unknown signal adds it.
        model.onSignalStatusChanged(makeSignal("SOL/USDT", model::Direction::Bullish, 3000, 5, 20, 19));
        QCOMPARE(model.rowCount(), 3);
    }

    void riskRewardAndSortValues()
    {
        const auto s = makeSignal("BTC/USDT", model::Direction::Bullish, 1000, 4, 100, 98);
        QCOMPARE(ui::SignalListModel::riskReward(s, s.tp3), 3.0);
        auto flat = s;
        flat.stop = flat.entry;
        QCOMPARE(ui::SignalListModel::riskReward(flat, flat.tp1), 0.0); // no risk: no ratio, no division by zero
        ui::SignalListModel model;
        model.setSignals({s});
        QCOMPARE(model.index(0, ui::SignalListModel::RiskReward).data().toString(), QStringLiteral("3.00"));
        QCOMPARE(model.index(0, ui::SignalListModel::Created).data(ui::SignalListModel::SortRole).toLongLong(), 1000);
        QCOMPARE(model.index(0, ui::SignalListModel::Aligned).data().toString(), QStringLiteral("15m,1h,4h"));
    }

    void pricesShowTheDecimalsTheirSizeNeeds_data()
    {
        QTest::addColumn<double>("price");
        QTest::addColumn<QString>("text");
        QTest::newRow("bitcoin") << 64123.5 << QStringLiteral("64123.50");
        QTest::newRow("hundreds") << 95.85905415 << QStringLiteral("95.8591");
        QTest::newRow("one") << 1.0 << QStringLiteral("1.00000");
        QTest::newRow("small coin") << 0.000012345 << QStringLiteral("0.000012345");
        QTest::newRow("below one") << 0.5432 << QStringLiteral("0.54320");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0.000000");
        QTest::newRow("negative") << -12.5 << QStringLiteral("-12.5000");
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("–");
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << QStringLiteral("–");
    }
    void pricesShowTheDecimalsTheirSizeNeeds()
    {
        QFETCH(double, price);
        QFETCH(QString, text);
        QCOMPARE(ui::formatPrice(price), text);
    }

    void viewSortsNumericallyShowsDetailsAndLogsTrades()
    {
        ui::SignalListView view;
        view.resize(1000, 400);
        view.show();
        view.signalModel()->setSignals({makeSignal("BTC/USDT", model::Direction::Bullish, 1000, 10, 100, 98),
                                        makeSignal("ETH/USDT", model::Direction::Bearish, 2000, 9, 50, 51),
                                        makeSignal("SOL/USDT", model::Direction::Bullish, 3000, 3, 20, 19)});
        view.table()->sortByColumn(ui::SignalListModel::Score, Qt::AscendingOrder);
        // 3 < 9 < 10 numerically (as text "10" would sort first).
        QCOMPARE(view.table()->model()->index(0, ui::SignalListModel::Score).data().toInt(), 3);
        QCOMPARE(view.table()->model()->index(2, ui::SignalListModel::Score).data().toInt(), 10);

        QVERIFY(!view.logTradeAction()->isEnabled());
        view.table()->setCurrentIndex(view.table()->model()->index(2, 0));
        QVERIFY(view.logTradeAction()->isEnabled());
        const QString details = view.detailsPane()->text();
        QVERIFY2(details.contains(QStringLiteral("BTC/USDT")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("R:R 3.00")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("15m,1h,4h")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Order block")), qPrintable(details));

        QSignalSpy logged(&view, &ui::SignalListView::logTradeRequested);
        view.logTradeAction()->trigger();
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged[0][0].value<model::Signal>().symbol.toString(), QStringLiteral("BTC/USDT"));

        QSignalSpy open(&view, &ui::SignalListView::openChart);
        const QModelIndex first = view.table()->model()->index(0, 0);
        // What a double click on the row emits (synthesised double clicks are unreliable on offscreen).
        emit view.table()->doubleClicked(first);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0][1].toString(), QStringLiteral("SOL/USDT"));
        QCOMPARE(open[0][2].toString(), QStringLiteral("1h"));
        // The source pattern by its natural key, which a live signal has before the pattern's row id.
        const auto source = open[0][3].value<model::PatternKey>();
        QCOMPARE(source.timeframe.toString(), QStringLiteral("1h"));
        QCOMPARE(source.type, model::PatternType::OrderBlock);
        QVERIFY(!source.isNull());
    }
};

QTEST_MAIN(TstSignalListModel)
#include "tst_signallistmodel.moc"
