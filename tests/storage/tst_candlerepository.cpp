#include "storage/candlerepository.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cl::storage;
using cl::model::Candle;
using cl::model::ExchangeId;
using cl::model::Symbol;
using cl::model::Timeframe;

class TstCandleRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SqlConnection m_connection;
    qint64 m_btc = 0;
    static constexpr qint64 kHour = 3'600'000;

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        QCOMPARE(Database::prepare(path).status, Database::Status::Ok);
        QString error;
        QVERIFY(m_connection.open(path, SqlConnection::Mode::ReadWrite, &error));
        m_btc = *SymbolRepository(m_connection).ensure(ExchangeId::Binance, *Symbol::parse(u"BTC/USDT"));
    }
    void cleanup() { m_connection.close(); }

    void symbolsAreRegisteredOncePerExchange()
    {
        SymbolRepository symbols(m_connection);
        const Symbol btc = *Symbol::parse(u"BTC/USDT");
        QCOMPARE(*symbols.ensure(ExchangeId::Binance, btc), m_btc);
        const qint64 okx = *symbols.ensure(ExchangeId::Okx, btc);
        QVERIFY(okx != m_btc);
        QCOMPARE(*symbols.find(ExchangeId::Okx, btc), okx);
        QVERIFY(!symbols.find(ExchangeId::Kraken, btc).has_value());
        const auto all = symbols.all();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[1].nativeSymbol, QStringLiteral("BTC-USDT"));
    }

    void upsertIsIdempotentAndCountsChanges()
    {
        CandleRepository candles(m_connection);
        std::mt19937_64 rng(7);
        const auto series = cl::test::randomMinuteCandles(rng, 1'700'000'000'000, 500);
        CandleRepository::UpsertCounts first;
        QString error;
        QVERIFY2(candles.upsert(m_btc, Timeframe::M1, series, &first, &error), qPrintable(error));
        QCOMPARE(first.changed, 500);
        CandleRepository::UpsertCounts second;
        QVERIFY(candles.upsert(m_btc, Timeframe::M1, series, &second, &error));
        QCOMPARE(second.changed, 0);
        QCOMPARE(second.unchanged, 500);
        QCOMPARE(candles.count(m_btc, Timeframe::M1), 500);

        auto corrected = series;
        corrected[10].close = corrected[10].high; // still a valid candle, different close
        CandleRepository::UpsertCounts third;
        QVERIFY(candles.upsert(m_btc, Timeframe::M1, corrected, &third, &error));
        QCOMPARE(third.changed, 1);
        QCOMPARE(candles.load(m_btc, Timeframe::M1), corrected);
    }

    void loadsRangesInTimeOrderPerTimeframe()
    {
        CandleRepository candles(m_connection);
        const std::vector<Candle> hours{{7'200'000, 3, 4, 2, 3, 1}, {0, 1, 2, 0.5, 1.5, 1}, {3'600'000, 2, 3, 1, 2, 1}};
        QString error;
        QVERIFY(candles.upsert(m_btc, Timeframe::H1, hours, nullptr, &error));
        QVERIFY(candles.upsert(m_btc, Timeframe::M1, std::vector<Candle>{{0, 9, 9, 9, 9, 9}}, nullptr, &error));
        const auto all = candles.load(m_btc, Timeframe::H1);
        QCOMPARE(int(all.size()), 3);
        QCOMPARE(all[0].openTime, 0);
        QCOMPARE(all[2].openTime, 7'200'000);
        const auto middle = candles.load(m_btc, Timeframe::H1, 3'600'000, 3'600'000);
        QCOMPARE(int(middle.size()), 1);
        QCOMPARE(middle[0].open, 2.0);
        QCOMPARE(candles.count(m_btc, Timeframe::M1), 1);
    }
    void loadsNewestBeforeATime_data()
    {
        QTest::addColumn<qint64>("before");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<QList<qint64>>("expectedHours");
        QTest::newRow("page inside") << 7 * kHour << qint64(3) << QList<qint64>{4, 5, 6};
        QTest::newRow("before is exclusive") << 5 * kHour << qint64(2) << QList<qint64>{3, 4};
        QTest::newRow("between candles") << 5 * kHour + 1 << qint64(2) << QList<qint64>{4, 5};
        QTest::newRow("fewer than limit") << 3 * kHour << qint64(100) << QList<qint64>{0, 1, 2};
        QTest::newRow("after the newest") << 100 * kHour << qint64(2) << QList<qint64>{8, 9};
        QTest::newRow("nothing older") << qint64(0) << qint64(5) << QList<qint64>{};
        QTest::newRow("limit zero") << 7 * kHour << qint64(0) << QList<qint64>{};
    }
    void loadsNewestBeforeATime()
    {
        QFETCH(qint64, before);
        QFETCH(qint64, limit);
        QFETCH(QList<qint64>, expectedHours);
        CandleRepository candles(m_connection);
        std::vector<Candle> hours;
        for (qint64 h = 9; h >= 0; --h) // stored newest first: the answer must not depend on insert order
            hours.push_back({h * kHour, double(h + 1), double(h + 2), double(h), double(h + 1), 1});
        QString error;
        QVERIFY(candles.upsert(m_btc, Timeframe::H1, hours, nullptr, &error));
        // Other timeframes and symbols near `before` stay out of the answer.
        const std::vector<Candle> noise{{4 * kHour + 60'000, 9, 9, 9, 9, 9}, {6 * kHour, 9, 9, 9, 9, 9}};
        QVERIFY(candles.upsert(m_btc, Timeframe::M1, noise, nullptr, &error));
        const qint64 eth = *SymbolRepository(m_connection).ensure(ExchangeId::Binance, *Symbol::parse(u"ETH/USDT"));
        QVERIFY(candles.upsert(eth, Timeframe::H1, noise, nullptr, &error));

        const auto page = candles.loadNewestBefore(m_btc, Timeframe::H1, before, limit, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<qint64> got;
        for (const Candle &c : page) {
            got.append(c.openTime / kHour);
            QCOMPARE(c.open, double(c.openTime / kHour + 1)); // the row of that time, not another's
        }
        QCOMPARE(got, expectedHours);
    }
};

QTEST_GUILESS_MAIN(TstCandleRepository)
#include "tst_candlerepository.moc"
