#include "analysis/patternrepository.h"
#include "analysis/signalrepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cl::analysis;
using cl::model::Direction;
using cl::model::Signal;
using cl::model::SignalStatus;
using cl::model::Timeframe;

class TstSignalRepository : public QObject
{
    Q_OBJECT

private slots:
    void storesFiltersAndUpdates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        QCOMPARE(cl::storage::Database::prepare(path).status, cl::storage::Database::Status::Ok);
        cl::storage::SqlConnection db;
        QString error;
        QVERIFY(db.open(path, cl::storage::SqlConnection::Mode::ReadWrite, &error));
        cl::storage::SymbolRepository symbols(db);
        const auto btcSymbol = *cl::model::Symbol::parse(u"BTC/USDT");
        const qint64 btc = *symbols.ensure(cl::model::ExchangeId::Binance, btcSymbol);
        const qint64 eth = *symbols.ensure(cl::model::ExchangeId::Okx, *cl::model::Symbol::parse(u"ETH/USDT"));
        cl::model::Pattern source;
        source.timeframe = Timeframe::D1;
        source.type = cl::model::PatternType::OrderBlock;
        source.detectedAt = 86'400'000;
        source.zoneLow = 115;
        source.zoneHigh = 120;
        QVERIFY(PatternRepository(db).upsert(btc, std::span(&source, 1), nullptr, &error));
        const qint64 patternId = PatternRepository(db).load(btc, std::nullopt, false)[0].id;

        SignalRepository repo(db);
        Signal s;
        s.direction = Direction::Bullish;
        s.createdAt = 10'000;
        s.score = 3;
        s.alignedTimeframes = {Timeframe::H1, Timeframe::H4, Timeframe::D1};
        s.sourceTimeframe = Timeframe::D1;
        s.sourceType = cl::model::PatternType::OrderBlock;
        s.sourceDetectedAt = 86'400'000;
        s.entry = 120;
        s.stop = 113;
        s.tp1 = 127;
        s.tp2 = 134;
        s.tp3 = 141;
        // As the analysis announces it, before the writer stored it: no row, no ids.
        Signal announced = s;
        QVERIFY(!repo.resolveIds(btc, announced, &error));
        QCOMPARE(announced.id, qint64(0));
        QCOMPARE(announced.sourcePatternId, patternId); // its source pattern is stored already
        const auto id = repo.insert(btc, s, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(repo.insert(btc, s, &error), id); // stored twice: one row
        // Once stored, "Log trade" on the announced signal finds both rows by their natural keys.
        announced = s;
        QVERIFY(repo.resolveIds(btc, announced, &error));
        QCOMPARE(announced.id, *id);
        QCOMPARE(announced.sourcePatternId, patternId);
        Signal elsewhere = s;
        QVERIFY(!repo.resolveIds(eth, elsewhere, &error)); // another symbol's rows are not it
        QCOMPARE(elsewhere.sourcePatternId, qint64(0));
        Signal later = s;
        later.createdAt = 20'000;
        later.direction = Direction::Bearish;
        QVERIFY(repo.insert(btc, later, &error));
        Signal other = s;
        QVERIFY(repo.insert(eth, other, &error));

        QCOMPARE(repo.latestCreatedAt(btc, Direction::Bullish), 10'000);
        QCOMPARE(repo.latestCreatedAt(btc, Direction::Bearish), 20'000);
        QVERIFY(!repo.latestCreatedAt(eth, Direction::Bearish));

        const auto all = repo.list(0, std::numeric_limits<qint64>::min(), &error);
        QCOMPARE(all.size(), size_t(3));
        QCOMPARE(all[0].createdAt, 20'000); // newest first
        const auto btcOnly = repo.list(btc, 15'000, &error);
        QCOMPARE(btcOnly.size(), size_t(1));
        QCOMPARE(btcOnly[0].direction, Direction::Bearish);
        const auto bull = repo.list(btc, 0, &error).back();
        QCOMPARE(bull.symbol, btcSymbol);
        QCOMPARE(bull.exchange, cl::model::ExchangeId::Binance);
        QCOMPARE(bull.sourcePatternId, patternId);
        QCOMPARE(bull.sourceType, cl::model::PatternType::OrderBlock);
        QCOMPARE(bull.alignedText(), QStringLiteral("1h,4h,1d"));
        QCOMPARE(bull.tp3, 141.0);

        Signal moved = bull;
        moved.status = SignalStatus::TpHit;
        moved.statusAt = 99'000;
        QVERIFY(repo.updateStatus(btc, moved, &error));
        QCOMPARE(repo.open(btc, &error).size(), size_t(1)); // the bearish one is still pending
        QCOMPARE(repo.list(btc, 0).back().status, SignalStatus::TpHit);
        QCOMPARE(repo.list(btc, 0).back().statusAt, 99'000);
    }
};

QTEST_GUILESS_MAIN(TstSignalRepository)
#include "tst_signalrepository.moc"
