#include "analysis/patternengine.h"
#include "analysis/patternrepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cl::analysis;
using cl::model::Pattern;
using cl::model::PatternStatus;
using cl::model::PatternType;
using cl::model::Timeframe;

namespace {

Pattern pattern(PatternType type, qint64 detectedAt, double low = 100, double high = 101)
{
    Pattern p;
    p.type = type;
    p.timeframe = Timeframe::H1;
    p.detectedAt = detectedAt;
    p.zoneLow = low;
    p.zoneHigh = high;
    p.levels = {101, 99.5, 102.5, 104, 105.5, 1, 2, 3, 0.7};
    return p;
}

} // namespace

class TstPatternRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    cl::storage::SqlConnection m_db;
    qint64 m_symbol = 0;

private slots:
    void init()
    {
        const QString path
            = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        QCOMPARE(cl::storage::Database::prepare(path).status, cl::storage::Database::Status::Ok);
        QString error;
        QVERIFY2(m_db.open(path, cl::storage::SqlConnection::Mode::ReadWrite, &error), qPrintable(error));
        m_symbol = *cl::storage::SymbolRepository(m_db).ensure(
            cl::model::ExchangeId::Binance, *cl::model::Symbol::parse(u"BTC/USDT"));
    }
    void cleanup() { m_db.close(); }

    void upsertIsIdempotentAndKeepsValuesExactly()
    {
        std::mt19937_64 rng(8);
        PatternEngine engine(Timeframe::M1);
        engine.addCandles(cl::test::randomMinuteCandles(rng, 1'704'067'200'000, 5000));
        const auto &found = engine.patterns();
        QVERIFY(found.size() > 100);
        PatternRepository repo(m_db);
        QString error;
        PatternRepository::UpsertCounts first;
        QVERIFY2(repo.upsert(m_symbol, found, &first, &error), qPrintable(error));
        QCOMPARE(first.inserted, qint64(found.size()));
        // Running detection twice stores nothing new.
        PatternRepository::UpsertCounts second;
        QVERIFY(repo.upsert(m_symbol, found, &second, &error));
        QCOMPARE(second.inserted, 0);
        QCOMPARE(second.updated, 0);
        QCOMPARE(second.unchanged, qint64(found.size()));
        QCOMPARE(repo.count(m_symbol), qint64(found.size()));
        const auto loaded = repo.load(m_symbol, Timeframe(Timeframe::M1), false, &error);
        QCOMPARE(loaded.size(), found.size());
        for (size_t k = 0; k < found.size(); ++k) {
            QCOMPARE(loaded[k].detectedAt, found[k].detectedAt);
            QCOMPARE(loaded[k].type, found[k].type);
            QCOMPARE(loaded[k].direction, found[k].direction);
            QCOMPARE(loaded[k].status, found[k].status);
            QCOMPARE(loaded[k].zoneLow, found[k].zoneLow); // REAL keeps the double exactly
            QCOMPARE(loaded[k].fillPct, found[k].fillPct);
            QCOMPARE(loaded[k].levels, found[k].levels);
            QVERIFY(loaded[k].id > 0);
        }
    }

    void laterStatusReplacesTheStoredOne()
    {
        PatternRepository repo(m_db);
        Pattern p = pattern(PatternType::Fvg, 1000);
        QVERIFY(repo.upsert(m_symbol, std::span(&p, 1), nullptr, nullptr));
        p.status = PatternStatus::Filled;
        p.fillPct = 100;
        p.statusAt = 5000;
        PatternRepository::UpsertCounts counts;
        QVERIFY(repo.upsert(m_symbol, std::span(&p, 1), &counts, nullptr));
        QCOMPARE(counts.updated, 1);
        const auto loaded = repo.load(m_symbol, std::nullopt, false);
        QCOMPARE(loaded.size(), size_t(1));
        QCOMPARE(loaded[0].status, PatternStatus::Filled);
        QCOMPARE(loaded[0].statusAt, 5000);
        QVERIFY(repo.load(m_symbol, std::nullopt, true).empty());
    }

    void uniqueKeyIsPerTypeAndCandle()
    {
        PatternRepository repo(m_db);
        // Same candle, other direction, same type: one row (the key has no direction).
        Pattern bull = pattern(PatternType::LiquiditySweep, 2000);
        Pattern bear = bull;
        bear.direction = cl::model::Direction::Bearish;
        Pattern other = pattern(PatternType::Fvg, 2000);
        const std::vector<Pattern> all{bull, bear, other};
        PatternRepository::UpsertCounts counts;
        QVERIFY(repo.upsert(m_symbol, all, &counts, nullptr));
        QCOMPARE(counts.inserted, 2);
        QCOMPARE(repo.count(m_symbol), 2);
    }

    void newestActiveBreaksTiesByDetector()
    {
        PatternRepository repo(m_db);
        std::vector<Pattern> all{pattern(PatternType::Fvg, 1000), pattern(PatternType::LiquiditySweep, 3000),
            pattern(PatternType::Fvg, 3000), pattern(PatternType::OrderBlock, 3000)};
        Pattern newerFilled = pattern(PatternType::Fvg, 4000);
        newerFilled.status = PatternStatus::Filled;
        all.push_back(newerFilled);
        QVERIFY(repo.upsert(m_symbol, all, nullptr, nullptr));
        const auto newest = repo.newestActive(m_symbol, Timeframe::H1);
        QVERIFY(newest);
        QCOMPARE(newest->detectedAt, 3000);
        QCOMPARE(newest->type, PatternType::LiquiditySweep);
        QVERIFY(!repo.newestActive(m_symbol, Timeframe::H4));
    }

    void expiredPatternsArePurgedAfterThirtyDays()
    {
        PatternRepository repo(m_db);
        const qint64 day = 86'400'000;
        Pattern old = pattern(PatternType::Fvg, 1 * day);
        old.status = PatternStatus::Expired;
        Pattern recent = pattern(PatternType::Fvg, 20 * day);
        recent.status = PatternStatus::Expired;
        Pattern activeOld = pattern(PatternType::OrderBlock, 1 * day);
        const std::vector<Pattern> all{old, recent, activeOld};
        QVERIFY(repo.upsert(m_symbol, all, nullptr, nullptr));
        QCOMPARE(repo.purgeExpired(40 * day), 1);
        QCOMPARE(repo.count(m_symbol), 2);
    }
};

QTEST_GUILESS_MAIN(TstPatternRepository)
#include "tst_patternrepository.moc"
