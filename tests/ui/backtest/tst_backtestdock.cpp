// BacktestDock offscreen: the form round-trips the settings, Run replays on a worker thread and fills the
// table, the equity curve and tradesChanged; Cancel stops a long run; a missing history is reported.
#include "backtest/backtestdock.h"
#include "backtest/backtesttrademodel.h"
#include "candles/candleaggregator.h"
#include "testsupport.h"

#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace cl::ui;
using cl::backtest::BacktestData;
using cl::backtest::BacktestSettings;
using cl::model::Timeframe;

namespace {

BacktestData generated(Timeframe tf, int days)
{
    std::mt19937_64 rng(9);
    BacktestData data;
    data.symbol = *cl::model::Symbol::parse(u"SOL/USDT");
    data.timeframe = tf;
    data.minutes = cl::test::randomMinuteCandles(rng, 1'704'067'200'000, days * 1440);
    data.candles = tf == Timeframe::M1 ? data.minutes : cl::candles::CandleAggregator::aggregate(data.minutes, tf);
    return data;
}

} // namespace

class TstBacktestDock : public QObject
{
    Q_OBJECT

private slots:
    void settingsRoundTrip()
    {
        BacktestDock dock;
        BacktestSettings s;
        s.entryMethod = BacktestSettings::EntryMethod::NextOpen;
        s.exitMode = BacktestSettings::ExitMode::Scaled;
        s.sameCandle = BacktestSettings::SameCandle::StopFirst;
        s.patternTypes = {true, false, true};
        s.rrTarget = 2.5;
        s.feeBps = 7.5;
        s.riskPct = 0.5;
        dock.setSettings(s);
        const BacktestSettings back = dock.settings();
        QCOMPARE(back.entryMethod, s.entryMethod);
        QCOMPARE(back.exitMode, s.exitMode);
        QCOMPARE(back.sameCandle, s.sameCandle);
        QCOMPARE(back.patternTypes, s.patternTypes);
        QCOMPARE(back.rrTarget, 2.5);
        QCOMPARE(back.feeBps, 7.5);
        QCOMPARE(back.riskPct, 0.5);
    }

    void runFillsTableAndCurve()
    {
        BacktestDock dock;
        const BacktestData data = generated(Timeframe::M15, 20);
        dock.setDataSource([data](QString *) { return std::optional<BacktestData>(data); });
        QSignalSpy trades(&dock, &BacktestDock::tradesChanged);
        QSignalSpy finished(&dock, &BacktestDock::finished);
        dock.runButton()->click();
        QVERIFY(dock.isRunning() || finished.count() == 1);
        QVERIFY(finished.wait(60'000) || finished.count() == 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(trades.count(), 1);
        const auto list = trades.at(0).at(0).value<std::vector<cl::backtest::BacktestTrade>>();
        QVERIFY(!list.empty());
        QCOMPARE(dock.tradeModel()->rowCount(), int(list.size()));
        QCOMPARE(dock.equitySeries()->count(), int(dock.result().metrics.curve.points().size()));
        QCOMPARE(dock.progressBar()->value(), 100);
        QVERIFY(dock.runButton()->isEnabled());
        QVERIFY(!dock.cancelButton()->isEnabled());
        QVERIFY(dock.statusText().contains(QStringLiteral("trades")));
        // The table's times are UTC and in the entry order.
        const auto entry = dock.tradeModel()->index(0, BacktestTradeModel::Entry);
        QCOMPARE(dock.tradeModel()->data(entry, Qt::UserRole).toLongLong(), list.front().entryTime);
    }

    void cancelStopsTheRun()
    {
        BacktestDock dock;
        const BacktestData data = generated(Timeframe::M1, 60);
        QSemaphore started;
        QSemaphore proceed;
        // The source blocks until the test has pressed Cancel, so the replay starts already cancelled.
        dock.setDataSource([&, data](QString *) {
            started.release();
            proceed.acquire();
            return std::optional<BacktestData>(data);
        });
        QSignalSpy finished(&dock, &BacktestDock::finished);
        dock.run();
        QVERIFY(dock.cancelButton()->isEnabled());
        started.acquire();
        dock.cancelButton()->click();
        proceed.release();
        QVERIFY(finished.wait(60'000) || finished.count() == 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(dock.statusText().contains(QStringLiteral("Cancelled")));
        QCOMPARE(dock.tradeModel()->rowCount(), 0);
    }

    void missingHistory()
    {
        BacktestDock dock;
        dock.run();
        QVERIFY(!dock.isRunning());
        QVERIFY(dock.statusText().contains(QStringLiteral("no history")));
        dock.setDataSource([](QString *error) {
            *error = QStringLiteral("no 15m candles of SOL/USDT");
            return std::optional<BacktestData>();
        });
        QSignalSpy finished(&dock, &BacktestDock::finished);
        dock.run();
        QVERIFY(finished.wait(10'000) || finished.count() == 1);
        QVERIFY(dock.statusText().contains(QStringLiteral("no 15m candles")));
    }
};

QTEST_MAIN(TstBacktestDock)
#include "tst_backtestdock.moc"
