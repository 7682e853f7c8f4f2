#include "storage/database.h"
#include "storage/datalocation.h"
#include "storage/sqlconnection.h"
#include "storage/storagewriter.h"
#include "storage/watchlistrepository.h"
#include "views/watchlistdock.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cl;

class TstWatchlistDock : public QObject
{
    Q_OBJECT

private slots:
    void validatesSymbols_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("known");  // the exchange's symbol list has been loaded
        QTest::addColumn<bool>("accepted");
        QTest::newRow("valid, offline") << QStringLiteral("BTC/USDT") << false << true;
        QTest::newRow("lower case is normalised") << QStringLiteral(" eth/usdt ") << false << true;
        QTest::newRow("no slash") << QStringLiteral("BTCUSDT") << false << false;
        QTest::newRow("empty") << QString() << false << false;
        QTest::newRow("too long") << QStringLiteral("ABCDEFGHIJKL/USDT") << false << false;
        QTest::newRow("punctuation") << QStringLiteral("BTC-/USDT") << false << false;
        QTest::newRow("listed by the exchange") << QStringLiteral("BTC/USDT") << true << true;
        QTest::newRow("not listed by the exchange") << QStringLiteral("FOO/USDT") << true << false;
    }
    void validatesSymbols()
    {
        QFETCH(QString, text);
        QFETCH(bool, known);
        QFETCH(bool, accepted);
        ui::WatchlistDock dock;
        if (known)
            dock.setExchangeSymbols(model::ExchangeId::Binance, {QStringLiteral("BTC/USDT"), QStringLiteral("ETH/USDT")});
        QSignalSpy changed(&dock, &ui::WatchlistDock::watchlistChanged);
        QString error;
        QCOMPARE(dock.addSymbol(model::ExchangeId::Binance, text, QString(), &error), accepted);
        QCOMPARE(error.isEmpty(), accepted);
        QCOMPARE(changed.size(), accepted ? 1 : 0);
        QCOMPARE(dock.items().size(), accepted ? 1 : 0);
    }

    void symbolListOfTheAdapterLimitsTheChoice()
    {
        ui::WatchlistDock dock;
        market::SymbolList failed; // the request failed: typing stays possible
        dock.setExchangeSymbolList(model::ExchangeId::Okx, failed);
        QVERIFY(dock.addSymbol(model::ExchangeId::Okx, QStringLiteral("ABC/USDT"), QString()));
        market::SymbolList list;
        list.ok = true;
        list.symbols = {{*model::Symbol::parse(u"BTC/USDT"), QStringLiteral("BTC-USDT"), true},
                        {*model::Symbol::parse(u"LUNA/USDT"), QStringLiteral("LUNA-USDT"), false}};
        dock.setExchangeSymbolList(model::ExchangeId::Okx, list);
        QVERIFY(dock.addSymbol(model::ExchangeId::Okx, QStringLiteral("BTC/USDT"), QString()));
        QString error;
        QVERIFY(!dock.addSymbol(model::ExchangeId::Okx, QStringLiteral("LUNA/USDT"), QString(), &error)); // delisted
        QVERIFY(error.contains(QStringLiteral("OKX")));
        QVERIFY(dock.addSymbol(model::ExchangeId::Binance, QStringLiteral("LUNA/USDT"), QString())); // other exchange: no list yet
    }

    void duplicatesAreRefusedAndGroupsMoveSymbols()
    {
        ui::WatchlistDock dock;
        QVERIFY(dock.addSymbol(model::ExchangeId::Binance, QStringLiteral("BTC/USDT"), QStringLiteral("Majors")));
        QString error;
        QVERIFY(!dock.addSymbol(model::ExchangeId::Binance, QStringLiteral("BTC/USDT"), QStringLiteral("Majors"), &error));
        QVERIFY(error.contains(QStringLiteral("already")));
        // Another exchange is another symbol.
        QVERIFY(dock.addSymbol(model::ExchangeId::Kraken, QStringLiteral("BTC/USDT"), QStringLiteral("Majors")));
        // The same symbol in another group moves there.
        QVERIFY(dock.addSymbol(model::ExchangeId::Binance, QStringLiteral("BTC/USDT"), QStringLiteral("Core")));
        QCOMPARE(dock.items().size(), 2);
        QCOMPARE(dock.items()[0].group, QStringLiteral("Core"));
        auto *tree = dock.findChild<QTreeWidget *>(QStringLiteral("watchlistTree"));
        QCOMPARE(tree->topLevelItemCount(), 2); // Core, Majors
        QSignalSpy changed(&dock, &ui::WatchlistDock::watchlistChanged);
        QVERIFY(dock.removeSymbol(model::ExchangeId::Binance, *model::Symbol::parse(u"BTC/USDT")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].value<model::ExchangeId>(), model::ExchangeId::Binance);
        QVERIFY(changed[0][1].toStringList().isEmpty()); // the feed stops
        QVERIFY(!dock.removeSymbol(model::ExchangeId::Binance, *model::Symbol::parse(u"BTC/USDT")));
    }

    void typingAndEnterAddsTheSymbol()
    {
        ui::WatchlistDock dock;
        auto *input = dock.findChild<QLineEdit *>(QStringLiteral("watchlistInput"));
        QTest::keyClicks(input, QStringLiteral("sol/usdt"));
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(dock.symbolsOf(model::ExchangeId::Binance), QStringList{QStringLiteral("SOL/USDT")});
        QVERIFY(input->text().isEmpty());
    }

    void changesGoThroughTheStorageWriterWhenThereIsOne()
    {
        QTemporaryDir dir;
        const QString path = storage::DataLocation::databasePath(dir.path());
        QCOMPARE(storage::Database::prepare(path).status, storage::Database::Status::Ok);
        storage::StorageWriter writer(path);
        QString error;
        QVERIFY2(writer.start(&error), qPrintable(error));
        ui::WatchlistDock dock;
        dock.setWriter(&writer);
        QSignalSpy saved(&dock, &ui::WatchlistDock::saved);
        QVERIFY(dock.addSymbol(model::ExchangeId::Kraken, QStringLiteral("XRP/USD"), QStringLiteral("Alts")));
        QVERIFY(saved.wait(10'000));
        QVERIFY(saved[0][0].toBool());
        writer.stop();
        storage::SqlConnection connection;
        QVERIFY(connection.open(path, storage::SqlConnection::Mode::ReadOnly, &error));
        const auto items = storage::WatchlistRepository(connection).items(QStringLiteral("Default"), &error);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].symbol.toString(), QStringLiteral("XRP/USD"));
        QCOMPARE(items[0].group, QStringLiteral("Alts"));
    }

    void watchlistIsStoredAndLoadedBack()
    {
        QTemporaryDir dir;
        const QString path = storage::DataLocation::databasePath(dir.path());
        QCOMPARE(storage::Database::prepare(path).status, storage::Database::Status::Ok);
        {
            ui::WatchlistDock dock;
            QSignalSpy loaded(&dock, &ui::WatchlistDock::loaded);
            dock.setDatabase(path);
            QVERIFY(loaded.wait(10'000));
            QSignalSpy saved(&dock, &ui::WatchlistDock::saved);
            QVERIFY(dock.addSymbol(model::ExchangeId::Binance, QStringLiteral("BTC/USDT"), QStringLiteral("Majors")));
            QVERIFY(saved.wait(10'000));
            QVERIFY(dock.addSymbol(model::ExchangeId::Okx, QStringLiteral("ETH/USDT"), QString()));
            QVERIFY(saved.wait(10'000));
            QVERIFY(saved.last()[0].toBool());
        }
        ui::WatchlistDock dock;
        QSignalSpy loaded(&dock, &ui::WatchlistDock::loaded);
        QSignalSpy changed(&dock, &ui::WatchlistDock::watchlistChanged);
        dock.setDatabase(path);
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(dock.items().size(), 2);
        QCOMPARE(dock.items()[0].group, QStringLiteral("Majors"));
        QCOMPARE(dock.symbolsOf(model::ExchangeId::Okx), QStringList{QStringLiteral("ETH/USDT")});
        QCOMPARE(changed.size(), 2); // the feeds of both exchanges start

        // Straight through the repository: lists, the union over lists, removal.
        storage::SqlConnection connection;
        QString error;
        QVERIFY(connection.open(path, storage::SqlConnection::Mode::ReadWrite, &error));
        storage::WatchlistRepository repository(connection);
        QVERIFY(repository.add(QStringLiteral("Scalps"), {model::ExchangeId::Okx, *model::Symbol::parse(u"ETH/USDT"), {}, 0}, &error));
        QCOMPARE(repository.names(&error), (QStringList{QStringLiteral("Default"), QStringLiteral("Scalps")}));
        QCOMPARE(repository.allItems(&error).size(), 2); // ETH/USDT once
        QVERIFY(repository.remove(QStringLiteral("Default"), model::ExchangeId::Okx, *model::Symbol::parse(u"ETH/USDT"), &error));
        QCOMPARE(repository.items(QStringLiteral("Default"), &error).size(), 1);
        QVERIFY(repository.removeList(QStringLiteral("Scalps"), &error));
        QCOMPARE(repository.names(&error), QStringList{QStringLiteral("Default")});
        QVERIFY(!repository.ensureList(QStringLiteral("  "), &error));
    }
};

QTEST_MAIN(TstWatchlistDock)
#include "tst_watchlistdock.moc"
