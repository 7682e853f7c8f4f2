#include "model/manualclock.h"
#include "views/patternmatrixmodel.h"
#include "views/patternmatrixview.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cl;

namespace {
constexpr qint64 kNow = 1'709'294'400'000; // 2024-03-01 12:00 UTC
constexpr qint64 kHour = 3'600'000;

model::Pattern pattern(model::Timeframe tf, model::Direction direction, qint64 detectedAt, double fill = 0.0,
                       model::PatternType type = model::PatternType::Fvg)
{
    model::Pattern p;
    p.type = type;
    p.direction = direction;
    p.timeframe = tf;
    p.detectedAt = detectedAt;
    p.zoneLow = 100.0;
    p.zoneHigh = 101.5;
    p.fillPct = fill;
    p.id = detectedAt / 1000;
    return p;
}

model::Symbol sym(const char *text)
{
    return *model::Symbol::parse(QString::fromLatin1(text));
}
} // namespace

class TstPatternMatrixModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTesterThroughLoadsAndLiveUpdates()
    {
        model::ManualClock clock(kNow);
        ui::PatternMatrixModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 6); // the spec's matrix timeframes
        analysis::PatternMatrix::Row row;
        row.exchange = model::ExchangeId::Binance;
        row.symbol = sym("BTC/USDT");
        row.cells.resize(6);
        row.cells[3] = pattern(model::Timeframe::H1, model::Direction::Bullish, kNow - kHour);
        model.setRows({row});
        QCOMPARE(model.rowCount(), 1);
        model.ensureSymbol(model::ExchangeId::Okx, sym("ETH/USDT"));
        QCOMPARE(model.rowCount(), 2);
        model.onPatternsChanged(model::ExchangeId::Kraken, sym("SOL/USD"),
                                {pattern(model::Timeframe::M5, model::Direction::Bearish, kNow - 10 * 60'000)});
        QCOMPARE(model.rowCount(), 3);
        model.removeSymbol(model::ExchangeId::Okx, sym("ETH/USDT"));
        QCOMPARE(model.rowCount(), 2);
        model.setTimeframes({model::Timeframe::H1, model::Timeframe::H4});
        QCOMPARE(model.columnCount(), 2);
        QVERIFY(model.patternAt(model.index(0, 0))); // the 1h pattern followed its column
    }

    void cellsShowDirectionAndTheNewestActivePattern()
    {
        model::ManualClock clock(kNow);
        ui::PatternMatrixModel model(clock);
        const auto btc = sym("BTC/USDT");
        model.onPatternsChanged(model::ExchangeId::Binance, btc,
                                {pattern(model::Timeframe::H1, model::Direction::Bullish, kNow - 3 * kHour)});
        const QModelIndex h1 = model.index(0, 3);
        QCOMPARE(h1.data(ui::PatternMatrixModel::DirectionRole).toInt(), int(model::Direction::Bullish));
        QCOMPARE(h1.data().toString(), QStringLiteral("FVG ▲"));
        QCOMPARE(h1.data(ui::PatternMatrixModel::TimeframeRole).toString(), QStringLiteral("1h"));

        // An older pattern does not replace a newer one; a newer one does.
        model.onPatternsChanged(model::ExchangeId::Binance, btc,
                                {pattern(model::Timeframe::H1, model::Direction::Bearish, kNow - 5 * kHour)});
        QCOMPARE(h1.data(ui::PatternMatrixModel::DirectionRole).toInt(), int(model::Direction::Bullish));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.onPatternsChanged(model::ExchangeId::Binance, btc,
                                {pattern(model::Timeframe::H1, model::Direction::Bearish, kNow - kHour, 0, model::PatternType::OrderBlock)});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(h1.data(ui::PatternMatrixModel::DirectionRole).toInt(), int(model::Direction::Bearish));
        QCOMPARE(h1.data().toString(), QStringLiteral("OB ▼"));

        // The shown pattern fills: the cell empties (neutral).
        auto filled = pattern(model::Timeframe::H1, model::Direction::Bearish, kNow - kHour, 100, model::PatternType::OrderBlock);
        filled.status = model::PatternStatus::Filled;
        model.onPatternsChanged(model::ExchangeId::Binance, btc, {filled});
        QVERIFY(!model.patternAt(h1));
        QVERIFY(!h1.data(ui::PatternMatrixModel::DirectionRole).isValid());

        // A timeframe outside the matrix is ignored.
        model.onPatternsChanged(model::ExchangeId::Binance, btc, {pattern(model::Timeframe::W1, model::Direction::Bullish, kNow)});
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.patternAt(model.index(0, c)));
    }

    void intensityFadesWithAgeAndFill_data()
    {
        QTest::addColumn<qint64>("ageMs");
        QTest::addColumn<double>("fill");
        QTest::addColumn<double>("expected");
        const qint64 expiry = 24 * kHour;
        QTest::newRow("fresh, untouched") << qint64(0) << 0.0 << 1.0;
        QTest::newRow("half its life") << expiry / 2 << 0.0 << 0.7;
        QTest::newRow("half filled") << qint64(0) << 50.0 << 0.7;
        QTest::newRow("expired and filled: floor") << expiry * 3 << 100.0 << 0.16;
        QTest::newRow("from the future (clock skew)") << -kHour << 0.0 << 1.0;
        QTest::newRow("fill above 100") << qint64(0) << 250.0 << 0.4;
    }
    void intensityFadesWithAgeAndFill()
    {
        QFETCH(qint64, ageMs);
        QFETCH(double, fill);
        QFETCH(double, expected);
        const auto p = pattern(model::Timeframe::H1, model::Direction::Bullish, kNow - ageMs, fill);
        QVERIFY(std::abs(ui::PatternMatrixModel::intensity(p, kNow, 24 * kHour) - expected) < 1e-9);
    }

    void tooltipNamesTypeZoneAgeAndFill()
    {
        model::ManualClock clock(kNow);
        ui::PatternMatrixModel model(clock);
        model.onPatternsChanged(model::ExchangeId::Binance, sym("BTC/USDT"),
                                {pattern(model::Timeframe::H4, model::Direction::Bullish, kNow - 3 * kHour, 42.0,
                                         model::PatternType::LiquiditySweep)});
        const QString tip = model.index(0, 4).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Liquidity sweep")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("100.000 – 101.500")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("3 h")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("42%")), qPrintable(tip));
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).isNull()); // empty cell: no tooltip
    }

    void clickOnACellAsksForTheChartThere()
    {
        model::ManualClock clock(kNow);
        ui::PatternMatrixView view(clock);
        view.resize(600, 200);
        view.show();
        auto p = pattern(model::Timeframe::M15, model::Direction::Bearish, kNow - kHour);
        view.matrixModel()->onPatternsChanged(model::ExchangeId::Bybit, sym("ETH/USDT"), {p});
        QSignalSpy open(&view, &ui::PatternMatrixView::openChart);
        const QRect cell = view.table()->visualRect(view.matrixModel()->index(0, 2));
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0][0].toString(), QStringLiteral("bybit"));
        QCOMPARE(open[0][1].toString(), QStringLiteral("ETH/USDT"));
        QCOMPARE(open[0][2].toString(), QStringLiteral("15m"));
        // By its natural key: a pattern published live has no row id until the writer stored it.
        p.id = 0;
        view.matrixModel()->onPatternsChanged(model::ExchangeId::Bybit, sym("ETH/USDT"), {p});
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(open.size(), 2);
        for (const QList<QVariant> &arguments : std::as_const(open))
            QCOMPARE(arguments[3].value<model::PatternKey>(), model::PatternKey::of(p));
    }
};

QTEST_MAIN(TstPatternMatrixModel)
#include "tst_patternmatrixmodel.moc"
