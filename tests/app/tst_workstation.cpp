#include "alertscontroller.h"
#include "symbollistfetcher.h"
#include "workstation.h"

#include "alerts/toaststack.h"
#include "chart/candlechartwidget.h"
#include "chart/chartview.h"
#include "engine/marketdataservice.h"
#include "market/marketevents.h"
#include "model/systemclock.h"
#include "shell/charttabs.h"
#include "shell/mainwindow.h"
#include "views/patternmatrixview.h"
#include "views/watchlistdock.h"
#include "storage/appsettings.h"
#include "storage/sqlconnection.h"
#include "storage/sqlitestatement.h"

#include <QApplication>
#include <QDialog>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cl;

// The running workstation in demo mode: the simulated exchange on loopback, the feed, candles, analysis and
// alerts threads, and the window offscreen. Time is the real clock here because the whole point is the live
// path end to end; every wait is for an event with a generous bound, never a fixed sleep deciding the outcome.
class TstWorkstation : public QObject
{
    Q_OBJECT

private:
    // Accepts the modal dialog the next action opens (the alert editor), from inside its exec() loop.
    static void acceptNextDialog()
    {
        auto *poll = new QTimer;
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, poll, [poll] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                dialog->accept();
                poll->deleteLater();
            }
        });
        poll->start();
    }

    static qint64 count(const QString &dbPath, const char *sql)
    {
        storage::SqlConnection connection;
        QString error;
        if (!connection.open(dbPath, storage::SqlConnection::Mode::ReadOnly, &error))
            return -1;
        storage::SqliteStatement statement;
        if (!statement.prepare(connection.handle(), sql, &error) || !statement.step(&error) || !statement.hasRow())
            return -1;
        return statement.columnInt64(0);
    }

private slots:
    void demoStreamsAndAnAlertSetFromTheChartFiresAsAToast()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("cryptolens.sqlite"));
        storage::AppSettings settings(dir.path());
        ui::MainWindow window(settings, {dbPath, false, &model::SystemClock::instance()});
        app::Workstation workstation(settings, window, {dbPath, dir.path(), true});
        bool started = false;
        connect(&window, &ui::MainWindow::databaseReady, &workstation, [&] {
            QString error;
            started = workstation.start(&error);
            QVERIFY2(started, qPrintable(error));
        });
        window.resize(1600, 900);
        window.show();
        window.openDatabase();
        QTRY_VERIFY_WITH_TIMEOUT(started, 20'000);

        // The feed goes live and the demo chart fills with backfilled and live candles.
        engine::MarketDataService *market = workstation.marketData();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const market::FeedStatus &status : market->statuses())
                    if (status.exchange == model::ExchangeId::Sim && status.state == market::FeedState::Live)
                        return true;
                return false;
            }(),
            30'000);
        chart::ChartView *view = window.chartTabs()->currentChart();
        QVERIFY(view);
        chart::CandleChartWidget *chart = view->chart();
        QTRY_VERIFY_WITH_TIMEOUT(chart->candles().size() > 1000, 30'000);
        QCOMPARE(chart->symbol().toString(), QStringLiteral("BTC/USDT"));
        // Every demo symbol's backfill (four days of 1m candles) is committed.
        QTRY_VERIFY_WITH_TIMEOUT(count(dbPath, "SELECT COUNT(*) FROM candles WHERE timeframe = 1") > 3 * 5000, 30'000);

        // "Create alert at PRICE" from the chart's context menu, once just above and once just below the last
        // price: whichever way the simulated market moves, one level is crossed within seconds.
        const double last = chart->candles().back().close;
        acceptNextDialog();
        emit chart->createAlertRequested(last * 1.0002);
        acceptNextDialog();
        emit chart->createAlertRequested(last * 0.9998);
        QCOMPARE(count(dbPath, "SELECT COUNT(*) FROM alert_rules"), 2);

        ui::ToastStack *toasts = workstation.alerts()->toasts();
        QTRY_VERIFY_WITH_TIMEOUT(toasts->visibleToasts() > 0, 60'000);
        QVERIFY2(toasts->texts().join(QLatin1Char('\n')).contains(QStringLiteral("BTC/USDT")),
                 qPrintable(toasts->texts().join(QLatin1Char('\n'))));
        QTRY_VERIFY_WITH_TIMEOUT(count(dbPath, "SELECT COUNT(*) FROM alert_events") >= 1, 10'000);

        // The watchlist's search asks for the exchange's symbol list; the demo exchange serves its exchangeInfo,
        // after which a symbol it does not list is refused.
        ui::WatchlistDock *watchlist = window.watchlistDock();
        QSignalSpy fetched(workstation.symbolLists(), &app::SymbolListFetcher::fetched);
        emit watchlist->symbolListWanted(model::ExchangeId::Sim);
        QTRY_COMPARE_WITH_TIMEOUT(fetched.count(), 1, 10'000);
        QString refused;
        QVERIFY(!watchlist->addSymbol(model::ExchangeId::Sim, QStringLiteral("ZZZ/USDT"), QString(), &refused));
        QVERIFY2(refused.contains(QStringLiteral("does not list")), qPrintable(refused));

        // A click on a matrix cell with a pattern opens that symbol and timeframe with the zone highlighted.
        ui::PatternMatrixView *matrix = window.patternMatrix();
        QModelIndex cell;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QAbstractItemModel *m = matrix->table()->model();
                for (int row = 0; row < m->rowCount() && !cell.isValid(); ++row)
                    for (int column = 0; column < m->columnCount() && !cell.isValid(); ++column)
                        if (m->index(row, column).data(ui::PatternMatrixModel::DirectionRole).isValid())
                            cell = m->index(row, column);
                return cell.isValid();
            }(),
            30'000);
        // Live cells hold patterns the writer may not have stored yet: they are named by their natural key.
        const model::PatternKey pattern = model::PatternKey::of(*matrix->matrixModel()->patternAt(cell));
        const QString cellSymbol = cell.data(ui::PatternMatrixModel::SymbolRole).toString();
        const QString cellTimeframe = cell.data(ui::PatternMatrixModel::TimeframeRole).toString();
        matrix->table()->scrollTo(cell);
        QTest::mouseClick(matrix->table()->viewport(), Qt::LeftButton, {}, matrix->table()->visualRect(cell).center());
        chart::CandleChartWidget *opened = window.chartTabs()->currentChart()->chart();
        QCOMPARE(opened->symbol().toString(), cellSymbol);
        QCOMPARE(opened->timeframe().toString(), cellTimeframe);
        QCOMPARE(opened->highlightedPattern(), pattern);
        QTRY_VERIFY_WITH_TIMEOUT(!opened->isHighlightPending(), 20'000);

        const QString shot = QStringLiteral(CL_TEST_OUTPUT_DIR "/workstation-demo.png");
        QVERIFY(window.saveScreenshot(shot));
        workstation.stop();
    }
};

QTEST_MAIN(TstWorkstation)
#include "tst_workstation.moc"
