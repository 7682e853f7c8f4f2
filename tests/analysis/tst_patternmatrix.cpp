#include "analysis/patternmatrix.h"
#include "analysis/patternrepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cl::analysis;
using cl::model::Direction;
using cl::model::Pattern;
using cl::model::PatternStatus;
using cl::model::PatternType;
using cl::model::Timeframe;

namespace {

Pattern make(
    Timeframe tf, PatternType type, Direction direction, qint64 at, PatternStatus status = PatternStatus::Active)
{
    Pattern p;
    p.timeframe = tf;
    p.type = type;
    p.direction = direction;
    p.detectedAt = at;
    p.zoneLow = 100;
    p.zoneHigh = 101;
    p.status = status;
    p.fillPct = double(at % 100);
    return p;
}

} // namespace

class TstPatternMatrix : public QObject
{
    Q_OBJECT

private slots:
    void newestActivePatternPerSymbolAndTimeframe()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.sqlite"));
        QCOMPARE(cl::storage::Database::prepare(path).status, cl::storage::Database::Status::Ok);
        cl::storage::SqlConnection db;
        QString error;
        QVERIFY(db.open(path, cl::storage::SqlConnection::Mode::ReadWrite, &error));
        cl::storage::SymbolRepository symbols(db);
        const qint64 btc = *symbols.ensure(cl::model::ExchangeId::Binance, *cl::model::Symbol::parse(u"BTC/USDT"));
        const qint64 eth = *symbols.ensure(cl::model::ExchangeId::Binance, *cl::model::Symbol::parse(u"ETH/USDT"));
        const qint64 sol = *symbols.ensure(cl::model::ExchangeId::Bybit, *cl::model::Symbol::parse(u"SOL/USDT"));
        symbols.ensure(
            cl::model::ExchangeId::Kraken, *cl::model::Symbol::parse(u"XRP/USD")); // neither watched nor with patterns
        // SOL is only in a watchlist: a row of neutral cells.
        QVERIFY(db.exec("INSERT INTO watchlists (id, name) VALUES (1, 'main')", &error));
        QSqlQuery(db.database())
            .exec(QStringLiteral("INSERT INTO watchlist_items (watchlist_id, symbol_id) VALUES (1, %1)").arg(sol));
        PatternRepository repo(db);
        const std::vector<Pattern> btcPatterns{
            make(Timeframe::H1, PatternType::Fvg, Direction::Bullish, 1000),
            make(Timeframe::H1, PatternType::OrderBlock, Direction::Bearish, 2042), // newest active on 1h
            make(Timeframe::H1, PatternType::Fvg, Direction::Bullish, 3000, PatternStatus::Filled), // newer, not active
            make(Timeframe::H4, PatternType::Fvg, Direction::Bullish, 5000),
            make(Timeframe::H4, PatternType::LiquiditySweep, Direction::Bearish, 5000), // same candle: the sweep wins
            make(Timeframe::D1, PatternType::Fvg, Direction::Bullish, 7007),
            make(Timeframe::M30, PatternType::Fvg, Direction::Bullish, 9000), // not a matrix column
        };
        QVERIFY(repo.upsert(btc, btcPatterns, nullptr, &error));
        const std::vector<Pattern> ethPatterns{
            make(Timeframe::M1, PatternType::Fvg, Direction::Bullish, 11, PatternStatus::Expired)};
        QVERIFY(repo.upsert(eth, ethPatterns, nullptr, &error));

        const std::vector<Timeframe> columns{
            Timeframe::M1, Timeframe::M5, Timeframe::M15, Timeframe::H1, Timeframe::H4, Timeframe::D1};
        const auto rows = PatternMatrix::load(db, columns, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), size_t(3)); // BTC, ETH (patterns, none active), SOL (watched)
        const auto &b = (*rows)[0];
        QCOMPARE(b.symbol.toString(), QStringLiteral("BTC/USDT"));
        QVERIFY(!b.cells[0] && !b.cells[1] && !b.cells[2]);
        QCOMPARE(b.cells[3]->type, PatternType::OrderBlock);
        QCOMPARE(b.cells[3]->direction, Direction::Bearish);
        QCOMPARE(b.cells[3]->fillPct, 42.0);
        QCOMPARE(b.cells[4]->type, PatternType::LiquiditySweep);
        QCOMPARE(b.cells[5]->detectedAt, 7007);
        QCOMPARE(b.bullish, 1);
        QCOMPARE(b.bearish, 2);
        const auto &e = (*rows)[1];
        QCOMPARE(e.symbol.toString(), QStringLiteral("ETH/USDT"));
        for (const auto &cell : e.cells)
            QVERIFY(!cell);
        QCOMPARE((*rows)[2].exchange, cl::model::ExchangeId::Bybit);
        QCOMPARE((*rows)[2].symbol.toString(), QStringLiteral("SOL/USDT"));
    }
};

QTEST_GUILESS_MAIN(TstPatternMatrix)
#include "tst_patternmatrix.moc"
