// BacktestDataLoader: the traded candles of the range, the 1m candles inside them, the matrix timeframes for
// signals, and clear errors for an unknown symbol or an empty range. Also BacktestRepository's round trip.
#include "backtest/backtestdataloader.h"
#include "backtest/backtestrepository.h"
#include "candles/candleaggregator.h"
#include "storage/candlerepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cl::backtest;
using cl::model::Timeframe;

namespace {

constexpr qint64 kStart = 1'704'067'200'000;
const cl::model::Symbol kSymbol = *cl::model::Symbol::parse(u"SOL/USDT");

} // namespace

class TstBacktestDataLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    cl::storage::SqlConnection m_connection;
    qint64 m_symbolId = 0;

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("test.sqlite"));
        QCOMPARE(cl::storage::Database::prepare(path).status, cl::storage::Database::Status::Ok);
        QString error;
        QVERIFY2(m_connection.open(path, cl::storage::SqlConnection::Mode::ReadWrite, &error), qPrintable(error));
        m_symbolId = *cl::storage::SymbolRepository(m_connection).ensure(cl::model::ExchangeId::Binance, kSymbol, &error);
        std::mt19937_64 rng(1);
        const auto minutes = cl::test::randomMinuteCandles(rng, kStart, 3 * 1440);
        cl::storage::CandleRepository candles(m_connection);
        QVERIFY(candles.upsert(m_symbolId, Timeframe::M1, minutes, nullptr, &error));
        for (const Timeframe tf : {Timeframe::M15, Timeframe::H1, Timeframe::H4})
            QVERIFY(candles.upsert(m_symbolId, tf, cl::candles::CandleAggregator::aggregate(minutes, tf), nullptr, &error));
    }

    void rangeAndMinutes()
    {
        QString error;
        const qint64 from = kStart + 3'600'000;
        const qint64 to = kStart + 5 * 3'600'000;
        const auto data = BacktestDataLoader::load(
            m_connection, cl::model::ExchangeId::Binance, kSymbol, Timeframe::M15, from, to, BacktestSettings{}, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->candles.size(), size_t(17)); // 01:00 .. 05:00 inclusive
        QCOMPARE(data->candles.front().openTime, from);
        QCOMPARE(data->candles.back().openTime, to);
        // The minutes of every traded candle, up to the last one's close.
        QCOMPARE(data->minutes.size(), size_t(17 * 15));
        QCOMPARE(data->minutes.front().openTime, from);
        QCOMPARE(data->minutes.back().openTime, to + 14 * 60'000);
        QVERIFY(data->others.empty());
    }

    void signalsLoadTheMatrix()
    {
        QString error;
        BacktestSettings s;
        s.source = BacktestSettings::Source::Signals;
        const auto data = BacktestDataLoader::load(m_connection, cl::model::ExchangeId::Binance, kSymbol, Timeframe::M15,
            cl::storage::CandleRepository::kMinTime, cl::storage::CandleRepository::kMaxTime, s, &error);
        QVERIFY2(data, qPrintable(error));
        // The generated minutes run 00:01 .. 72:00, so the last hour and 4h buckets hold one minute each.
        QCOMPARE(data->others.at(Timeframe::H1).size(), size_t(73));
        QCOMPARE(data->others.at(Timeframe::H4).size(), size_t(19));
        QVERIFY(data->others.at(Timeframe::D1).empty()); // not stored
        QVERIFY(!data->others.count(Timeframe::M15)); // the traded timeframe is data.candles
    }

    void errors()
    {
        QString error;
        QVERIFY(!BacktestDataLoader::load(m_connection, cl::model::ExchangeId::Binance,
            *cl::model::Symbol::parse(u"ABC/USDT"), Timeframe::M15, 0, kStart * 2, BacktestSettings{}, &error));
        QVERIFY(error.contains(QStringLiteral("ABC/USDT")));
        QVERIFY(!BacktestDataLoader::load(m_connection, cl::model::ExchangeId::Binance, kSymbol, Timeframe::D1, 0,
            kStart * 2, BacktestSettings{}, &error));
        QVERIFY(error.contains(QStringLiteral("no candles")));
        QVERIFY(!BacktestDataLoader::load(m_connection, cl::model::ExchangeId::Binance, kSymbol, Timeframe::M15, 0, 1000,
            BacktestSettings{}, &error));
    }

    void repositoryRoundTrip()
    {
        QString error;
        BacktestRepository repository(m_connection);
        const auto run = repository.insertRun(m_symbolId, Timeframe::M15, std::nullopt, kStart, 42, "{\"a\":1}", {}, {},
            &error);
        QVERIFY2(run, qPrintable(error));
        BacktestRepository::StoredTrial trial;
        trial.trial = 0;
        trial.seed = 9'007'199'254'740'991LL; // 2^53 - 1, the largest trial seed
        trial.params = "{\"rr_target\":2}";
        trial.metrics = "{\"trades\":3}";
        trial.window = "{\"is_from\":0}";
        QVERIFY(repository.insertTrial(*run, trial, &error));
        trial.trial = 1;
        trial.seed.reset();
        QVERIFY(repository.insertTrial(*run, trial, &error));
        QVERIFY(!repository.insertTrial(*run, trial, &error)); // (run, trial) is unique
        QVERIFY(error.contains(QStringLiteral("trial 1")));
        const auto stored = repository.trials(*run, &error);
        QCOMPARE(stored.size(), size_t(2));
        QCOMPARE(*stored[0].seed, 9'007'199'254'740'991LL);
        QVERIFY(!stored[1].seed);
        QCOMPARE(stored[0].params, QByteArray("{\"rr_target\":2}"));
        QCOMPARE(stored[0].window, QByteArray("{\"is_from\":0}"));
        QCOMPARE(repository.runCount(&error), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TstBacktestDataLoader)
#include "tst_backtestdataloader.moc"
