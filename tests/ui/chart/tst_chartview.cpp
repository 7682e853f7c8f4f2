#include "chart/chartview.h"
#include "chart/indicatorparametersform.h"
#include "chart/indicatorsettingsdialog.h"
#include "storage/appsettings.h"
#include "model/manualclock.h"

#include <QAction>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTest>

#include <cmath>

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

    static IndicatorParameters custom()
    {
        IndicatorParameters p;
        p.emaPeriod = 34;
        p.bollingerK = 2.5;
        p.macdFast = 8;
        p.macdSlow = 17;
        return p;
    }

    void indicatorParametersRoundTrip()
    {
        QTemporaryDir dir;
        QVariantMap state;
        {
            ChartView view;
            QVERIFY(!view.hasOwnIndicatorParameters());
            QCOMPARE(view.indicatorParameters(), IndicatorParameters{});
            QVERIFY(view.setSeries(QStringLiteral("binance:BTC/USDT"), Timeframe::H1));
            QVERIFY(view.setIndicatorParameters(custom()));
            QVERIFY(view.hasOwnIndicatorParameters());
            QCOMPARE(view.chart()->indicatorParameters(), custom());
            state = view.saveState();
            // Through the INI file the workstation keeps its charts in.
            cl::storage::AppSettings settings(dir.path());
            settings.setChartStates({state});
        }
        const QList<QVariantMap> stored = cl::storage::AppSettings(dir.path()).chartStates();
        QCOMPARE(stored.size(), 1);
        ChartView restored;
        IndicatorParameters otherDefaults;
        otherDefaults.rsiPeriod = 7;
        restored.setDefaultIndicatorParameters(otherDefaults);
        QVERIFY(restored.restoreState(stored.first()));
        QCOMPARE(restored.indicatorParameters(), custom()); // its own periods, not the defaults
        QVERIFY(restored.hasOwnIndicatorParameters());
        QCOMPARE(restored.saveState(), state);
        // Later changes of the defaults leave a chart with periods of its own alone.
        restored.setDefaultIndicatorParameters(IndicatorParameters{});
        QCOMPARE(restored.indicatorParameters(), custom());
    }

    void stateWithoutParametersFollowsTheDefaults()
    {
        IndicatorParameters defaults;
        defaults.smaPeriod = 100;
        ChartView view;
        QVERIFY(view.setIndicatorParameters(custom()));
        view.setDefaultIndicatorParameters(defaults);
        QCOMPARE(view.indicatorParameters(), custom());
        // A state saved before charts had periods: back to the defaults, and following them from now on.
        const QVariantMap old{{QStringLiteral("version"), 1},
                              {QStringLiteral("exchange"), QStringLiteral("binance")},
                              {QStringLiteral("symbol"), QStringLiteral("BTC/USDT")},
                              {QStringLiteral("timeframe"), QStringLiteral("1h")},
                              {QStringLiteral("indicators"), QStringList{QStringLiteral("ema")}}};
        QVERIFY(view.restoreState(old));
        QCOMPARE(view.indicatorParameters(), defaults);
        QVERIFY(!view.hasOwnIndicatorParameters());
        IndicatorParameters newer;
        newer.emaPeriod = 9;
        view.setDefaultIndicatorParameters(newer);
        QCOMPARE(view.indicatorParameters(), newer);
        // A saved chart that followed the defaults follows today's defaults.
        const QVariantMap following = view.saveState();
        QCOMPARE(following.value(QStringLiteral("ownIndicatorParameters")).toBool(), false);
        ChartView other;
        other.setDefaultIndicatorParameters(defaults);
        QVERIFY(other.restoreState(following));
        QCOMPARE(other.indicatorParameters(), defaults);
        // Periods equal to the defaults count as following them.
        QVERIFY(other.setIndicatorParameters(defaults));
        QVERIFY(!other.hasOwnIndicatorParameters());
    }

    void badParametersInAStateKeepTheDefaults()
    {
        ChartView view;
        QVariantMap state;
        state.insert(QStringLiteral("indicatorParameters"),
                     QVariantMap{{QStringLiteral("emaPeriod"), -1},
                                 {QStringLiteral("smaPeriod"), 77},
                                 {QStringLiteral("bollingerK"), std::nan("")},
                                 {QStringLiteral("macdFast"), 40}});
        QVERIFY(view.restoreState(state));
        IndicatorParameters expected;
        expected.smaPeriod = 77;
        QCOMPARE(view.indicatorParameters(), expected);
        QVERIFY(view.hasOwnIndicatorParameters());
        state.insert(QStringLiteral("indicatorParameters"), QStringLiteral("not a map"));
        QVERIFY(view.restoreState(state));
        QCOMPARE(view.indicatorParameters(), IndicatorParameters{});
        IndicatorParameters bad;
        bad.rsiPeriod = 0;
        QVERIFY(!view.setIndicatorParameters(bad));
        QCOMPARE(view.indicatorParameters(), IndicatorParameters{});
    }

    void indicatorSettingsActionChangesOnlyThisChart()
    {
        ChartView view;
        ChartView other;
        QAction *action = view.findChild<QAction *>(QStringLiteral("indicatorSettingsAction"));
        QVERIFY(action);
        QVERIFY(view.toolBar()->actions().contains(action));
        action->trigger();
        auto *dialog = view.findChild<IndicatorSettingsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->parameters(), IndicatorParameters{});
        dialog->form()->setParameters(custom());
        dialog->accept();
        QCOMPARE(view.indicatorParameters(), custom());
        QVERIFY(view.hasOwnIndicatorParameters());
        QCOMPARE(other.indicatorParameters(), IndicatorParameters{});
        QTRY_VERIFY_WITH_TIMEOUT(!view.findChild<IndicatorSettingsDialog *>(), 5000); // deleted on close

        action->trigger();
        dialog = view.findChild<IndicatorSettingsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->parameters(), custom());
        IndicatorParameters changed = custom();
        changed.emaPeriod = 99;
        dialog->form()->setParameters(changed);
        dialog->reject();
        QCOMPARE(view.indicatorParameters(), custom());
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
