#include "analysis/patternrepository.h"
#include "analysis/signalrepository.h"
#include "chart/chartview.h"
#include "model/manualclock.h"
#include "shell/candlebrowser.h"
#include "shell/charttabs.h"
#include "shell/candletablemodel.h"
#include "shell/logdock.h"
#include "shell/mainwindow.h"
#include "storage/appsettings.h"
#include "storage/candlerepository.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"
#include "storage/watchlistrepository.h"
#include "views/diagnosticsdock.h"
#include "views/feedstatuswidget.h"
#include "views/patternmatrixview.h"
#include "views/signallistview.h"
#include "views/watchlistdock.h"
#include "alerts/alerthistorydock.h"
#include "alerts/alertlistdock.h"
#include "backtest/backtestdock.h"
#include "portfolio/journaleditordock.h"
#include "portfolio/portfoliodock.h"
#include "portfolio/positionsdock.h"
#include "portfolio/positiontracker.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QApplication>
#include <QImage>
#include <QSet>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

using namespace cl;

class TstMainWindow : public QObject
{
    Q_OBJECT

private:
    static void storeCandles(const QString &dbPath, int count)
    {
        QCOMPARE(storage::Database::prepare(dbPath).status, storage::Database::Status::Ok);
        storage::SqlConnection connection;
        QString error;
        QVERIFY(connection.open(dbPath, storage::SqlConnection::Mode::ReadWrite, &error));
        const qint64 id = *storage::SymbolRepository(connection).ensure(model::ExchangeId::Binance, *model::Symbol::parse(u"BTC/USDT"));
        std::mt19937_64 rng(1);
        auto minutes = test::randomMinuteCandles(rng, 1'709'294'400'000 - 60'000, count);
        for (size_t i = 0; i < minutes.size(); ++i)
            minutes[i].openTime = 1'709'294'400'000 + qint64(i) * 3'600'000; // one hour apart
        QVERIFY(storage::CandleRepository(connection).upsert(id, model::Timeframe::H1, minutes, nullptr, &error));
    }


    // A workstation with something to look at: candles, patterns on several timeframes, signals, a watchlist.
    static qint64 storeDemo(const QString &dbPath)
    {
        constexpr qint64 start = 1'709'294'400'000; // 2024-03-01 12:00 UTC
        constexpr qint64 hour = 3'600'000;
        constexpr int count = 400;
        const qint64 now = start + count * hour;
        if (storage::Database::prepare(dbPath).status != storage::Database::Status::Ok)
            return 0;
        storage::SqlConnection connection;
        QString error;
        if (!connection.open(dbPath, storage::SqlConnection::Mode::ReadWrite, &error))
            return 0;
        std::mt19937_64 rng(7);
        const QList<QPair<model::ExchangeId, const char *>> symbols{{model::ExchangeId::Binance, "BTC/USDT"},
            {model::ExchangeId::Binance, "ETH/USDT"}, {model::ExchangeId::Okx, "SOL/USDT"}, {model::ExchangeId::Kraken, "XRP/USD"},
            {model::ExchangeId::Bybit, "DOGE/USDT"}};
        const model::Timeframe tfs[] = {model::Timeframe::M1, model::Timeframe::M5, model::Timeframe::M15,
                                        model::Timeframe::H1, model::Timeframe::H4, model::Timeframe::D1};
        int n = 0;
        for (const auto &[exchange, text] : symbols) {
            const auto symbol = *model::Symbol::parse(QString::fromLatin1(text));
            const qint64 id = *storage::SymbolRepository(connection).ensure(exchange, symbol);
            auto candles = test::randomMinuteCandles(rng, start - 60'000, count);
            for (int i = 0; i < count; ++i)
                candles[size_t(i)].openTime = start + i * hour;
            storage::CandleRepository(connection).upsert(id, model::Timeframe::H1, candles, nullptr, &error);
            storage::WatchlistRepository(connection).add(QStringLiteral("Default"),
                {exchange, symbol, n < 2 ? QStringLiteral("Majors") : QStringLiteral("Alts"), n}, &error);
            model::PatternList patterns;
            for (int t = 0; t < 6; ++t) {
                if ((n + t) % 3 == 1)
                    continue; // leave some cells neutral
                const model::Candle &c = candles[size_t(count - 10 - t * 7 - n)];
                model::Pattern p;
                p.type = model::PatternType((n + t) % 3);
                p.direction = (n * 7 + t) % 2 == 0 ? model::Direction::Bullish : model::Direction::Bearish;
                p.timeframe = tfs[t];
                p.detectedAt = now - (t + 1) * (n + 1) * hour / 2;
                p.zoneLow = std::min(c.open, c.close);
                p.zoneHigh = std::max(c.open, c.close) + 1.0;
                p.fillPct = double((n * 23 + t * 17) % 90);
                p.statusAt = p.detectedAt;
                p.levels.entry = p.zoneHigh;
                p.levels.stop = p.zoneLow;
                patterns.push_back(p);
            }
            analysis::PatternRepository(connection).upsert(id, patterns, nullptr, &error);
            for (int s = 0; s < 3; ++s) {
                const model::Pattern &source = patterns[size_t(s % patterns.size())];
                model::Signal signal;
                signal.exchange = exchange;
                signal.symbol = symbol;
                signal.direction = source.direction;
                signal.createdAt = now - (n * 3 + s) * hour;
                signal.score = 3 + (n + s) % 4;
                signal.alignedTimeframes = {model::Timeframe::M15, model::Timeframe::H1, model::Timeframe::H4};
                signal.sourceTimeframe = source.timeframe;
                signal.sourceType = source.type;
                signal.sourceDetectedAt = source.detectedAt;
                const double entry = candles.back().close;
                const double risk = entry * 0.01 * (source.direction == model::Direction::Bullish ? 1 : -1);
                signal.entry = entry;
                signal.stop = entry - risk;
                signal.tp1 = entry + risk;
                signal.tp2 = entry + 2 * risk;
                signal.tp3 = entry + 3 * risk;
                signal.status = model::SignalStatus((n + s) % 6);
                analysis::SignalRepository(connection).insert(id, signal, &error);
            }
            ++n;
        }
        return now;
    }

private slots:
    void opensTheDatabaseOffTheGuiThreadAndShowsStoredCandles()
    {
        QTemporaryDir dir;
        const QString dbPath = storage::DataLocation::databasePath(dir.path());
        storeCandles(dbPath, 300);
        storage::AppSettings settings(dir.path());
        ui::MainWindow window(settings, {dbPath, false});
        QSignalSpy ready(&window, &ui::MainWindow::databaseReady);
        QSignalSpy loaded(window.candleBrowser(), &ui::CandleBrowser::candlesLoaded);
        window.show();
        window.openDatabase();
        QVERIFY(ready.wait(10'000));
        QVERIFY(loaded.wait(10'000) || loaded.size() > 0);
        QCOMPARE(window.candleBrowser()->candleModel()->rowCount(), 300);
        QCOMPARE(window.candleBrowser()->currentSymbol(), QStringLiteral("BTC/USDT"));
        QCOMPARE(window.candleBrowser()->currentTimeframe(), QStringLiteral("1h"));

        // Switching the timeframe loads that timeframe (none stored: empty table).
        auto *timeframes = window.findChild<QComboBox *>(QStringLiteral("timeframeBox"));
        QVERIFY(timeframes);
        timeframes->setCurrentText(QStringLiteral("1d"));
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(window.candleBrowser()->candleModel()->rowCount(), 0);

        // The screen as a person would see it, for looking at.
        const QString shot = QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(QStringLiteral("mainwindow.png"));
        timeframes->setCurrentText(QStringLiteral("1h"));
        QVERIFY(loaded.wait(10'000));
        QVERIFY(window.grab().save(shot));
    }

    void everyDockAndActionIsNamedAndHasShortcutsWhereItMatters()
    {
        QTemporaryDir dir;
        storage::AppSettings settings(dir.path());
        ui::MainWindow window(settings, {storage::DataLocation::databasePath(dir.path()), false});
        for (auto *dock : window.findChildren<QDockWidget *>())
            QVERIFY(!dock->objectName().isEmpty());
        for (const char *name : {"actionQuit", "actionResetLayout", "actionToggleLog", "actionReloadSymbols", "actionNewChart",
                                 "actionSettings", "actionShortcuts", "actionThemeDark", "actionThemeLight", "actionLogTrade",
                                 "actionSaveLayoutAs"}) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->shortcut().isEmpty(), name);
        }
        // Every action the shortcut editor lists has a shortcut, and no two share one.
        QSet<QString> used;
        for (QAction *action : window.shortcutActions()) {
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
            const QString key = action->shortcut().toString(QKeySequence::PortableText);
            QVERIFY2(!used.contains(key), qPrintable(action->objectName() + QStringLiteral(" ") + key));
            used.insert(key);
        }
        for (const char *dock : {"watchlistDock", "patternMatrixDock", "signalListDock", "logDock", "diagnosticsDock", "candleTableDock"})
            QVERIFY2(window.findChild<QDockWidget *>(QLatin1String(dock)), dock);
    }

    void layoutIsSavedAndRestoredAndResetWorks()
    {
        QTemporaryDir dir;
        storage::AppSettings settings(dir.path());
        const QString dbPath = storage::DataLocation::databasePath(dir.path());
        {
            ui::MainWindow window(settings, {dbPath, false});
            window.show();
            QVERIFY(window.logDock()->isVisible());
            window.logDock()->hide();
            window.close(); // saves the layout
        }
        QCOMPARE(settings.windowStateVersion(), ui::MainWindow::kLayoutVersion);
        {
            ui::MainWindow window(settings, {dbPath, false});
            window.show();
            QVERIFY(!window.logDock()->isVisible());
            window.findChild<QAction *>(QStringLiteral("actionResetLayout"))->trigger();
            QVERIFY(window.logDock()->isVisible());
        }
    }

    void corruptOrOutdatedSavedLayoutFallsBackToTheDefault_data()
    {
        QTest::addColumn<QByteArray>("state");
        QTest::addColumn<int>("version");
        QTest::newRow("garbage") << QByteArray("\x00\xff garbage that is no QMainWindow state", 40) << int(ui::MainWindow::kLayoutVersion);
        QTest::newRow("truncated") << QByteArray("\x00\x00\x00\xff", 4) << int(ui::MainWindow::kLayoutVersion);
        QTest::newRow("older version") << QByteArray("whatever") << ui::MainWindow::kLayoutVersion - 1;
    }
    void corruptOrOutdatedSavedLayoutFallsBackToTheDefault()
    {
        QFETCH(QByteArray, state);
        QFETCH(int, version);
        QTemporaryDir dir;
        storage::AppSettings settings(dir.path());
        settings.setWindowState(state, version);
        ui::MainWindow window(settings, {storage::DataLocation::databasePath(dir.path()), false});
        window.show();
        QVERIFY(!window.restoreLayout());
        QVERIFY(window.logDock()->isVisible());
    }

    // The right column of the real workstation: the pattern matrix over the alert rules, tabbed with the journal,
    // all but the matrix added by app/gui once the window is on screen. In 1920x1080 the matrix should show
    // 3 symbols x 1m..1d without scrolling.
    void patternMatrixIsReadableInTheDefaultLayout()
    {
        QTemporaryDir dir;
        const QString dbPath = storage::DataLocation::databasePath(dir.path());
        QCOMPARE(storage::Database::prepare(dbPath).status, storage::Database::Status::Ok);
        storage::SqlConnection connection;
        QString error;
        QVERIFY(connection.open(dbPath, storage::SqlConnection::Mode::ReadWrite, &error));
        model::ManualClock clock(1'709'294'400'000);
        storage::AppSettings settings(dir.path());
        ui::MainWindow::Options options{dbPath, false, &clock};
        ui::MainWindow window(settings, options);
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *model = window.patternMatrix()->matrixModel();
        for (const char *symbol : {"BTC/USDT", "ETH/USDT", "SOL/USDT"})
            model->ensureSymbol(model::ExchangeId::Sim, *model::Symbol::parse(QString::fromLatin1(symbol))); // the longest exchange name
        // The docks of app/gui in its order: alerts (history below, rules right), backtest, portfolio, positions,
        // journal (tabbed with the rules).
        window.addWorkstationDock(new ui::AlertHistoryDock(&window), Qt::BottomDockWidgetArea, window.signalDock());
        auto *alerts = new ui::AlertListDock(&window);
        window.addWorkstationDock(alerts, Qt::RightDockWidgetArea);
        window.addWorkstationDock(new ui::BacktestDock(&window), Qt::BottomDockWidgetArea, window.signalDock());
        portfolio::PositionTracker tracker(connection, clock);
        auto *portfolioDock = new ui::PortfolioDock(connection, clock, dir.path(), nullptr, &window);
        window.addWorkstationDock(portfolioDock, Qt::BottomDockWidgetArea, window.signalDock());
        window.addWorkstationDock(new ui::PositionsDock(tracker, &window), Qt::BottomDockWidgetArea, window.signalDock());
        auto *journal = new ui::JournalEditorDock(connection, clock, dir.path(), &window);
        window.addWorkstationDock(journal, Qt::RightDockWidgetArea, alerts);
        window.signalDock()->raise();
        QTest::qWait(50);
        QCOMPARE(model->rowCount(), 3);
        QVERIFY(model->columnCount() >= 6); // 1m 5m 15m 1h 4h 1d
        QTableView *table = window.patternMatrix()->table();
        QCOMPARE(window.width(), 1920); // no dock's minimum pushes the window wider than the screen
        QVERIFY(table->viewport()->width() >= table->horizontalHeader()->length());
        // Each timeframe column is wide enough for a cell's text ("FVG ▼"): the cells are read at a glance.
        const int cellText = table->fontMetrics().horizontalAdvance(QStringLiteral("FVG ▼")) + 8;
        for (int column = 0; column < model->columnCount(); ++column)
            QVERIFY2(table->columnWidth(column) >= cellText,
                     qPrintable(QStringLiteral("column %1: %2 < %3").arg(column).arg(table->columnWidth(column)).arg(cellText)));
        const int rowsHeight = table->verticalHeader()->length();
        // The journal editor's and the portfolio's forms scroll, so their minimum heights leave the matrix room.
        QVERIFY2(table->viewport()->height() >= rowsHeight,
                 qPrintable(QStringLiteral("viewport %1 < rows %2").arg(table->viewport()->height()).arg(rowsHeight)));
        QVERIFY(alerts->height() >= 150);
    }

    void namedLayoutsAreSavedRestoredAndRemoved()
    {
        QTemporaryDir dir;
        storage::AppSettings settings(dir.path());
        ui::MainWindow window(settings, {storage::DataLocation::databasePath(dir.path()), false});
        window.show();
        window.diagnosticsDock()->hide();
        window.saveNamedLayout(QStringLiteral("Scalping"));
        window.diagnosticsDock()->show();
        window.logDock()->hide();
        window.saveNamedLayout(QStringLiteral("Review"));
        QCOMPARE(settings.layoutNames(), (QStringList{QStringLiteral("Scalping"), QStringLiteral("Review")}));
        QVERIFY(window.restoreNamedLayout(QStringLiteral("Scalping")));
        QVERIFY(!window.diagnosticsDock()->isVisible());
        QVERIFY(window.logDock()->isVisible());
        QVERIFY(!window.restoreNamedLayout(QStringLiteral("No such layout")));
        // A named layout that is garbage, or of another layout version, changes nothing.
        settings.setNamedLayout(QStringLiteral("Broken"), QByteArray("\x00\xff broken", 9), ui::MainWindow::kLayoutVersion);
        settings.setNamedLayout(QStringLiteral("Old"), window.saveState(ui::MainWindow::kLayoutVersion), ui::MainWindow::kLayoutVersion - 1);
        QVERIFY(!window.restoreNamedLayout(QStringLiteral("Broken")));
        QVERIFY(!window.restoreNamedLayout(QStringLiteral("Old")));
        QVERIFY(!window.diagnosticsDock()->isVisible());
        window.removeNamedLayout(QStringLiteral("Scalping"));
        QVERIFY(!settings.layoutNames().contains(QStringLiteral("Scalping")));
    }

    void docksOfOtherModulesJoinTheViewMenuAndTheLayout()
    {
        QTemporaryDir dir;
        storage::AppSettings settings(dir.path());
        const QString dbPath = storage::DataLocation::databasePath(dir.path());
        {
            ui::MainWindow window(settings, {dbPath, false});
            auto *alerts = new QDockWidget(QStringLiteral("Alerts"));
            alerts->setObjectName(QStringLiteral("alertsDock"));
            window.addWorkstationDock(alerts, Qt::RightDockWidgetArea);
            window.show();
            auto *toggle = window.findChild<QAction *>(QStringLiteral("actionToggle_alertsDock"));
            QVERIFY(toggle);
            QVERIFY(!toggle->shortcut().isEmpty());
            QVERIFY(window.shortcutActions().contains(toggle));
            QCOMPARE(window.dockWidgetArea(alerts), Qt::RightDockWidgetArea);
            window.removeDockWidget(alerts);
            window.addDockWidget(Qt::LeftDockWidgetArea, alerts);
            alerts->show();
            window.close();
        }
        ui::MainWindow window(settings, {dbPath, false});
        auto *alerts = new QDockWidget(QStringLiteral("Alerts"));
        alerts->setObjectName(QStringLiteral("alertsDock"));
        window.addWorkstationDock(alerts, Qt::RightDockWidgetArea);
        window.show();
        QCOMPARE(window.dockWidgetArea(alerts), Qt::LeftDockWidgetArea); // where the user left it
        window.resetLayout();
        QCOMPARE(window.dockWidgetArea(alerts), Qt::RightDockWidgetArea);
        QVERIFY(alerts->isVisible());
    }

    void chartsRememberTheirSeries()
    {
        QTemporaryDir dir;
        storage::AppSettings settings(dir.path());
        const QString dbPath = storage::DataLocation::databasePath(dir.path());
        {
            ui::MainWindow window(settings, {dbPath, false});
            QCOMPARE(window.chartTabs()->count(), 1);
            window.openChart(QStringLiteral("binance"), QStringLiteral("BTC/USDT"), QStringLiteral("4h"));
            QCOMPARE(window.chartTabs()->count(), 1); // the empty first chart is used
            window.findChild<QAction *>(QStringLiteral("actionNewChart"))->trigger();
            window.openChart(QStringLiteral("okx"), QStringLiteral("ETH/USDT"), QStringLiteral("15m"));
            QCOMPARE(window.chartTabs()->count(), 2);
            window.openChart(QStringLiteral("binance"), QStringLiteral("BTC/USDT"), QStringLiteral("1h"));
            QCOMPARE(window.chartTabs()->count(), 2); // already open: switched to, not duplicated
            QCOMPARE(window.chartTabs()->currentIndex(), 0);
            window.close();
        }
        ui::MainWindow window(settings, {dbPath, false});
        QCOMPARE(window.chartTabs()->count(), 2);
        QCOMPARE(window.chartTabs()->chartAt(0)->seriesKey(), QStringLiteral("binance:BTC/USDT"));
        QCOMPARE(window.chartTabs()->chartAt(0)->chart()->timeframe().toString(), QStringLiteral("1h"));
        QCOMPARE(window.chartTabs()->chartAt(1)->seriesKey(), QStringLiteral("okx:ETH/USDT"));
        QCOMPARE(window.chartTabs()->chartAt(1)->chart()->timeframe().toString(), QStringLiteral("15m"));
    }

    void themeSwitchesFromTheViewMenuAndIsRemembered()
    {
        QTemporaryDir dir;
        storage::AppSettings settings(dir.path());
        ui::MainWindow window(settings, {storage::DataLocation::databasePath(dir.path()), false});
        QCOMPARE(settings.theme(), QStringLiteral("dark"));
        const QColor darkChart = window.chartTabs()->chartAt(0)->chart()->theme().background;
        window.findChild<QAction *>(QStringLiteral("actionThemeLight"))->trigger();
        QCOMPARE(settings.theme(), QStringLiteral("light"));
        QVERIFY(window.chartTabs()->chartAt(0)->chart()->theme().background != darkChart);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 128);
        window.findChild<QAction *>(QStringLiteral("actionThemeDark"))->trigger();
        QCOMPARE(window.chartTabs()->chartAt(0)->chart()->theme().background, darkChart);
    }

    void rendersTheWorkstationWithDemoDataToAPng()
    {
        QTemporaryDir dir;
        const QString dbPath = storage::DataLocation::databasePath(dir.path());
        const qint64 now = storeDemo(dbPath);
        QVERIFY(now > 0);
        model::ManualClock clock(now);
        storage::AppSettings settings(dir.path());
        settings.setChartStates({QVariantMap{{QStringLiteral("exchange"), QStringLiteral("binance")},
                                             {QStringLiteral("symbol"), QStringLiteral("BTC/USDT")},
                                             {QStringLiteral("timeframe"), QStringLiteral("1h")},
                                             {QStringLiteral("indicators"), QStringList{QStringLiteral("volume"), QStringLiteral("ema"),
                                                                                        QStringLiteral("bollinger"), QStringLiteral("rsi")}}},
                                 QVariantMap{{QStringLiteral("exchange"), QStringLiteral("binance")},
                                             {QStringLiteral("symbol"), QStringLiteral("ETH/USDT")},
                                             {QStringLiteral("timeframe"), QStringLiteral("1h")}}});
        ui::MainWindow::Options options{dbPath, false, &clock};
        ui::MainWindow window(settings, options);
        window.resize(1920, 1080);
        QSignalSpy matrixLoaded(window.patternMatrix(), &ui::PatternMatrixView::loaded);
        QSignalSpy signalsLoaded(window.signalList(), &ui::SignalListView::loaded);
        QSignalSpy watchlistLoaded(window.watchlistDock(), &ui::WatchlistDock::loaded);
        QSignalSpy annotated(window.chartTabs(), &ui::ChartTabs::annotationsLoaded);
        window.show();
        window.openDatabase();
        QVERIFY(matrixLoaded.wait(10'000) || matrixLoaded.size() > 0);
        QVERIFY(signalsLoaded.size() > 0 || signalsLoaded.wait(10'000));
        QVERIFY(watchlistLoaded.size() > 0 || watchlistLoaded.wait(10'000));
        QCOMPARE(window.patternMatrix()->matrixModel()->rowCount(), 5);
        QCOMPARE(window.signalList()->signalModel()->rowCount(), 15);
        QCOMPARE(window.watchlistDock()->items().size(), 5);
        auto *chart = window.chartTabs()->chartAt(0)->chart();
        QTRY_VERIFY_WITH_TIMEOUT(chart->candles().size() == 400, 10'000);
        // Both charts get the zones and signal levels of their series (BTC/USDT has its 1h pattern and 3 signals).
        QTRY_COMPARE_WITH_TIMEOUT(annotated.size(), 2, 10'000);
        for (const auto &loaded : annotated) {
            if (loaded[0].value<chart::ChartView *>() == window.chartTabs()->chartAt(0)) {
                QCOMPARE(loaded[1].toInt(), 1);
                QCOMPARE(loaded[2].toInt(), 3);
            }
        }
        // What the live side would add: feed health and worker figures.
        for (const auto exchange : {model::ExchangeId::Binance, model::ExchangeId::Okx, model::ExchangeId::Kraken}) {
            market::FeedStatus status;
            status.exchange = exchange;
            status.state = exchange == model::ExchangeId::Kraken ? market::FeedState::Backoff : market::FeedState::Live;
            status.messagesPerSecond = exchange == model::ExchangeId::Binance ? 42.5 : 7.0;
            status.lastMessageAgeMs = 180;
            window.feedStatus()->onStatusChanged(status);
        }
        window.diagnosticsDock()->setMetrics({{QStringLiteral("Analysis"), QStringLiteral("Queue depth"), 2, QStringLiteral("jobs")},
                                              {QStringLiteral("Analysis"), QStringLiteral("Latency"), 3.2, QStringLiteral("ms")},
                                              {QStringLiteral("Storage"), QStringLiteral("Write rate"), 840, QStringLiteral("rows/s")}});
        window.signalList()->table()->selectRow(0);
        const QString shot = QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(QStringLiteral("workstation.png"));
        QVERIFY(window.saveScreenshot(shot));
        const QImage image(shot);
        QCOMPARE(image.size(), QSize(1920, 1080));
        window.findChild<QAction *>(QStringLiteral("actionThemeLight"))->trigger();
        QVERIFY(window.saveScreenshot(QDir(QStringLiteral(QT_TESTCASE_BUILDDIR)).filePath(QStringLiteral("workstation-light.png"))));
        window.findChild<QAction *>(QStringLiteral("actionThemeDark"))->trigger();
    }

    void liveUpdatesReachTheViews()
    {
        QTemporaryDir dir;
        storage::AppSettings settings(dir.path());
        model::ManualClock clock(1'709'294'400'000);
        ui::MainWindow window(settings, {storage::DataLocation::databasePath(dir.path()), false, &clock});
        model::Pattern pattern;
        pattern.timeframe = model::Timeframe::H4;
        pattern.detectedAt = clock.nowMs() - 3'600'000;
        pattern.zoneLow = 10;
        pattern.zoneHigh = 11;
        const auto symbol = *model::Symbol::parse(u"ADA/USDT");
        window.onPatternsChanged(model::ExchangeId::Binance, symbol, {pattern});
        QCOMPARE(window.patternMatrix()->matrixModel()->rowCount(), 1);
        model::Signal signal;
        signal.symbol = symbol;
        signal.createdAt = clock.nowMs();
        window.onSignalCreated(signal);
        signal.status = model::SignalStatus::Filled;
        window.onSignalStatusChanged(signal);
        QCOMPARE(window.signalList()->signalModel()->rowCount(), 1);
        QCOMPARE(window.signalList()->signalModel()->signalAt(0).status, model::SignalStatus::Filled);
        market::FeedStatus status;
        status.exchange = model::ExchangeId::Okx;
        status.state = market::FeedState::Live;
        window.onFeedStatusChanged(status);
        QVERIFY(window.feedStatus()->textFor(model::ExchangeId::Okx).startsWith(QStringLiteral("OKX live")));
    }

    void damagedDatabaseIsMovedAsideAndAFreshOneOpened()
    {
        QTemporaryDir dir;
        const QString dbPath = storage::DataLocation::databasePath(dir.path());
        QFile garbage(dbPath);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(16384, 'z'));
        garbage.close();
        storage::AppSettings settings(dir.path());
        ui::MainWindow window(settings, {dbPath, false});
        QSignalSpy ready(&window, &ui::MainWindow::databaseReady);
        window.openDatabase();
        QVERIFY(ready.wait(10'000));
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("cryptolens.sqlite.damaged-*")}).size(), 1);
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
