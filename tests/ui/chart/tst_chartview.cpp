#include "chart/chartview.h"
#include "model/manualclock.h"

#include <QAction>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTest>

using namespace cl::chart;
using cl::model::Timeframe;

class TstChartView : public QObject
{
    Q_OBJECT

private:
    static QAction *shortcutAction(QWidget &w, const QKeySequence &keys)
    {
        for (QAction *a : w.actions()) {
            if (a->shortcut() == keys)
                return a;
        }
        return nullptr;
    }

private slots:
    void stateRoundTrips()
    {
        ChartView view;
        QSignalSpy changed(&view, &ChartView::seriesChanged);
        QVERIFY(view.setSeries(QStringLiteral("okx:ETH/USDT"), Timeframe::H4));
        QCOMPARE(changed.count(), 1);
        view.chart()->setIndicators(Indicator::Volume | Indicator::Ema | Indicator::Rsi);
        view.chart()->setLogScale(true);
        view.chart()->setTimeZoneMode(TimeZoneMode::Local);
        const QVariantMap state = view.saveState();
        QCOMPARE(state.value(QStringLiteral("exchange")).toString(), QStringLiteral("okx"));
        QCOMPARE(state.value(QStringLiteral("symbol")).toString(), QStringLiteral("ETH/USDT"));
        QCOMPARE(state.value(QStringLiteral("timeframe")).toString(), QStringLiteral("4h"));

        ChartView restored;
        QVERIFY(restored.restoreState(state));
        QCOMPARE(restored.saveState(), state);
        QCOMPARE(restored.seriesKey(), QStringLiteral("okx:ETH/USDT"));
        QCOMPARE(restored.chart()->timeframe(), Timeframe(Timeframe::H4));
        QCOMPARE(restored.chart()->indicators(), Indicator::Volume | Indicator::Ema | Indicator::Rsi);
        QVERIFY(restored.chart()->isLogScale());
        QCOMPARE(restored.chart()->timeZoneMode(), TimeZoneMode::Local);
    }

    void badStateKeepsWhatIsValid()
    {
        ChartView view;
        QVERIFY(view.setSeries(QStringLiteral("binance:BTC/USDT"), Timeframe::H1));
        QVariantMap state;
        state.insert(QStringLiteral("exchange"), QStringLiteral("nowhere"));
        state.insert(QStringLiteral("symbol"), QStringLiteral("btc"));
        state.insert(QStringLiteral("timeframe"), QStringLiteral("7x"));
        state.insert(QStringLiteral("indicators"), QStringList{QStringLiteral("macd"), QStringLiteral("junk")});
        QVERIFY(!view.restoreState(state));
        QCOMPARE(view.seriesKey(), QStringLiteral("binance:BTC/USDT"));
        QCOMPARE(view.chart()->timeframe(), Timeframe(Timeframe::H1));
        QCOMPARE(view.chart()->indicators(), Indicators(Indicator::Macd));
        QVERIFY(view.restoreState(QVariantMap())); // empty: nothing to change
        QVERIFY(!view.setSeries(QStringLiteral("BTC/USDT"), Timeframe::M1));
    }

    void numberKeysSwitchTimeframes_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("timeframe");
        QTest::newRow("1") << int(Qt::Key_1) << QStringLiteral("1m");
        QTest::newRow("3") << int(Qt::Key_3) << QStringLiteral("5m");
        QTest::newRow("6") << int(Qt::Key_6) << QStringLiteral("1h");
        QTest::newRow("8") << int(Qt::Key_8) << QStringLiteral("1d");
        QTest::newRow("9") << int(Qt::Key_9) << QStringLiteral("1w");
    }
    void numberKeysSwitchTimeframes()
    {
        QFETCH(int, key);
        QFETCH(QString, timeframe);
        ChartView view;
        view.setSeries(QStringLiteral("binance:BTC/USDT"), Timeframe::H4);
        QAction *action = shortcutAction(view, QKeySequence(key));
        QVERIFY(action);
        QCOMPARE(action->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        action->trigger();
        QCOMPARE(view.chart()->timeframe().toString(), timeframe);
        QCOMPARE(view.saveState().value(QStringLiteral("timeframe")).toString(), timeframe);
    }

    void indicatorTogglesDriveTheChart()
    {
        ChartView view;
        for (QAction *a : view.toolBar()->actions()) {
            if (a->text() == QStringLiteral("MACD"))
                a->setChecked(true);
        }
        QVERIFY(view.chart()->indicators().testFlag(Indicator::Macd));
        QVERIFY(!view.chart()->chartLayout().macd.isEmpty());
    }

    void snapshotWritesAPng()
    {
        QTemporaryDir dir;
        cl::model::ManualClock clock(1'700'000'000'000); // 2023-11-14 22:13:20 UTC
        ChartView view;
        view.resize(900, 500);
        view.setClock(&clock);
        view.setSnapshotDirectory(dir.path());
        view.setSeries(QStringLiteral("binance:BTC/USDT"), Timeframe::M15);
        std::vector<cl::model::Candle> candles;
        for (int i = 0; i < 300; ++i)
            candles.push_back({i * 900'000LL, 100.0 + i % 5, 102.0 + i % 5, 99.0 + i % 5, 101.0 + i % 5, 1});
        view.chart()->setCandles(candles);
        QSignalSpy taken(&view, &ChartView::snapshotTaken);
        const QString path = view.snapshot();
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("cryptolens-BTC-USDT-15m-20231114-221320.png"));
        QCOMPARE(taken.count(), 1);
        QCOMPARE(taken.at(0).at(0).toString(), path);
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 200);
        QVERIFY(view.snapshot(dir.filePath(QStringLiteral("missing/dir/x.png"))).isEmpty());
    }
};

QTEST_MAIN(TstChartView)
#include "tst_chartview.moc"
