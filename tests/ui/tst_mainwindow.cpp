#include "shell/candlebrowser.h"
#include "shell/candletablemodel.h"
#include "shell/logdock.h"
#include "shell/mainwindow.h"
#include "storage/appsettings.h"
#include "storage/candlerepository.h"
#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
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
        for (const char *name : {"actionQuit", "actionResetLayout", "actionToggleLog", "actionReloadSymbols"}) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->shortcut().isEmpty(), name);
        }
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
