// BacktestDock offscreen: the form round-trips the settings, Run replays on a worker thread and fills the
// table, the equity curve and tradesChanged; Cancel stops a long run; a missing history is reported; the
// equity area shows an empty state (not an axis at 1970) until a run has closed trades, then the run's range.
#include "backtest/backtestdock.h"
#include "backtest/backtesttrademodel.h"
#include "candles/candleaggregator.h"
#include "testsupport.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QDir>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QApplication>
#include <QLocale>
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

    void equityShowsAnEmptyStateUntilARun()
    {
        BacktestDock dock;
        dock.resize(1200, 300);
        dock.show();
        QVERIFY(dock.showsEquityPlaceholder());
        QVERIFY(dock.equityPlaceholderText().contains(QStringLiteral("Run a backtest")));
        QCOMPARE(dock.timeAxis()->categoriesLabels().size(), 0);
        const QDir out(QStringLiteral(QT_TESTCASE_BUILDDIR)); // for a person to look at
        QVERIFY(dock.grab().save(out.filePath(QStringLiteral("backtestdock-before-run.png"))));

        const BacktestData data = generated(Timeframe::M15, 20);
        dock.setDataSource([data](QString *) { return std::optional<BacktestData>(data); });
        QSignalSpy finished(&dock, &BacktestDock::finished);
        dock.run();
        QVERIFY(finished.wait(60'000) || finished.count() == 1);
        QVERIFY(!dock.showsEquityPlaceholder());
        // The axis spans the run: from the earliest entry to the last exit, labelled in UTC.
        const auto &points = dock.result().metrics.curve.points();
        QVERIFY(points.size() >= 2);
        const qint64 first = points.front().time;
        const qint64 last = points.back().time;
        QVERIFY(first >= data.candles.front().openTime);
        QCOMPARE(qint64(dock.timeAxis()->min()), first);
        QCOMPARE(qint64(dock.timeAxis()->max()), last);
        // The labels follow the plot's width (as many as fit without eliding), each a UTC date inside the run.
        QTest::qWait(100);
        const QStringList labels = dock.timeAxis()->categoriesLabels();
        qInfo() << "time labels" << labels;
        QVERIFY(!labels.isEmpty());
        QDate previous;
        for (const QString &label : labels) {
            const QDate date = QDate::fromString(label, QStringLiteral("yyyy-MM-dd"));
            QVERIFY2(date.isValid(), qPrintable(label));
            QVERIFY(date >= QDateTime::fromMSecsSinceEpoch(first, Qt::UTC).date());
            QVERIFY(date <= QDateTime::fromMSecsSinceEpoch(last, Qt::UTC).date());
            QVERIFY(!previous.isValid() || date > previous);
            previous = date;
        }
        QVERIFY(dock.grab().save(out.filePath(QStringLiteral("backtestdock-after-run.png"))));
    }

    void equityChartFollowsThePalette()
    {
        BacktestDock dock;
        dock.resize(1400, 320);
        const BacktestData data = generated(Timeframe::H1, 20);
        dock.setDataSource([data](QString *) { return std::optional<BacktestData>(data); });
        QSignalSpy finished(&dock, &BacktestDock::finished);
        dock.show();
        dock.run();
        QVERIFY(finished.wait(60'000) || finished.count() == 1);
        QPalette dark = dock.palette();
        dark.setColor(QPalette::Base, QColor(0x13, 0x17, 0x22));
        dark.setColor(QPalette::Window, QColor(0x1b, 0x20, 0x2c));
        dark.setColor(QPalette::Text, QColor(0xd1, 0xd4, 0xdc));
        dark.setColor(QPalette::WindowText, QColor(0xd1, 0xd4, 0xdc));
        dock.setPalette(dark); // what ThemeManager does to the whole application
        QCOMPARE(dock.equitySeries()->chart()->backgroundBrush().color(), QColor(0x13, 0x17, 0x22));
        QCOMPARE(dock.timeAxis()->labelsColor(), QColor(0xd1, 0xd4, 0xdc));
        QTest::qWait(50);
        QVERIFY(dock.grab().save(QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(QStringLiteral("backtestdock-dark.png"))));
    }

    void runWithoutTradesKeepsTheEmptyState()
    {
        BacktestDock dock;
        // Flat candles: no pattern, no trade, no curve.
        BacktestData data;
        data.symbol = *cl::model::Symbol::parse(u"SOL/USDT");
        data.timeframe = Timeframe::M1;
        for (int i = 0; i < 120; ++i)
            data.minutes.push_back({1'704'067'200'000 + i * 60'000LL, 100, 100, 100, 100, 1});
        data.candles = data.minutes;
        dock.setDataSource([data](QString *) { return std::optional<BacktestData>(data); });
        QSignalSpy finished(&dock, &BacktestDock::finished);
        dock.run();
        QVERIFY(finished.wait(60'000) || finished.count() == 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(dock.tradeModel()->rowCount(), 0);
        QVERIFY(dock.showsEquityPlaceholder());
        QVERIFY(dock.equityPlaceholderText().contains(QStringLiteral("no trades")));
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

int main(int argc, char *argv[])
{
    QLocale::setDefault(QLocale::c()); // the status line's figures follow the locale
    QApplication app(argc, argv);
    TstBacktestDock test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_backtestdock.moc"
