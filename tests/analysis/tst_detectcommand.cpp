#include "analysis/confluencescorer.h"
#include "analysis/patternengine.h"
#include "candles/candleaggregator.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cl::analysis;
using cl::model::CandleSeries;
using cl::model::Timeframe;
using cl::test::runCli;

namespace {

constexpr qint64 kStart = 1'704'067'200'000 - 60'000; // first candle at 2024-01-01T00:00Z
const std::vector<Timeframe> kMatrix{
    Timeframe::M1, Timeframe::M5, Timeframe::M15, Timeframe::H1, Timeframe::H4, Timeframe::D1};

// What `detect` should find, computed in-process with the same engine.
struct Expected
{
    std::vector<std::unique_ptr<PatternEngine>> engines;
    std::optional<cl::model::Signal> signal;
    qint64 now = 0;
};

Expected expectedFor(const CandleSeries &minutes)
{
    Expected e;
    std::vector<Timeframe> higher(kMatrix.begin() + 1, kMatrix.end());
    const auto built = cl::candles::CandleAggregator::aggregate(minutes, std::span(higher));
    std::vector<ConfluenceScorer::TimeframeState> states;
    for (size_t k = 0; k < kMatrix.size(); ++k) {
        auto engine = std::make_unique<PatternEngine>(kMatrix[k]);
        engine->addCandles(k == 0 ? minutes : built[k - 1]);
        e.now = std::max(e.now, engine->lastOpenTime() + kMatrix[k].durationMs());
        states.push_back({kMatrix[k], engine->newestActive(), engine->atr()});
        e.engines.push_back(std::move(engine));
    }
    e.signal = ConfluenceScorer::evaluate(
        cl::model::ExchangeId::Binance, *cl::model::Symbol::parse(u"BTC/USDT"), states, e.now, {}, AnalysisSettings{});
    return e;
}

} // namespace

class TstDetectCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    cl::test::CliRun cli(QStringList arguments)
    {
        arguments << QStringLiteral("--data-dir") << m_dir.path();
        return runCli(arguments);
    }

private slots:
    void importAggregateDetectThenMatrixAndSignals()
    {
        // The first seed whose last candle leaves a confluence signal (the search is deterministic).
        CandleSeries minutes;
        Expected expected;
        for (quint64 seed = 1; seed <= 60 && !expected.signal; ++seed) {
            std::mt19937_64 rng(seed);
            minutes = cl::test::randomMinuteCandles(rng, kStart, 10 * 1440);
            expected = expectedFor(minutes);
        }
        QVERIFY2(expected.signal, "no seed gives a signal");
        const QString csv = m_dir.filePath(QStringLiteral("btc-1m.csv"));
        QVERIFY(cl::test::writeCandleCsv(csv, minutes));

        auto run = cli({QStringLiteral("candles"), QStringLiteral("import"), csv, QStringLiteral("--exchange"),
            QStringLiteral("binance"), QStringLiteral("--symbol"), QStringLiteral("BTC/USDT"),
            QStringLiteral("--timeframe"), QStringLiteral("1m")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("candles"), QStringLiteral("aggregate"), QStringLiteral("--exchange"),
            QStringLiteral("binance"), QStringLiteral("--symbol"), QStringLiteral("BTC/USDT"),
            QStringLiteral("--timeframes"), QStringLiteral("5m,15m,1h,4h,1d")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList detect{QStringLiteral("detect"), QStringLiteral("--exchange"), QStringLiteral("binance"),
            QStringLiteral("--symbol"), QStringLiteral("BTC/USDT")};
        run = cli(detect);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("signal: ")), qPrintable(run.err));

        // The matrix shows each timeframe's newest active pattern, as the engine left it.
        const qint64 now = expected.now + 3'600'000;
        run = cli({QStringLiteral("matrix"), QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("--now"), QString::number(now)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows[0].toObject();
        QCOMPARE(row.value(QStringLiteral("symbol")).toString(), QStringLiteral("BTC/USDT"));
        QCOMPARE(row.value(QStringLiteral("exchange")).toString(), QStringLiteral("binance"));
        const QJsonObject cells = row.value(QStringLiteral("cells")).toObject();
        for (size_t k = 0; k < kMatrix.size(); ++k) {
            const QJsonValue cell = cells.value(kMatrix[k].toString());
            const cl::model::Pattern *newest = expected.engines[k]->newestActive();
            if (!newest) {
                QVERIFY(cell.isNull());
                continue;
            }
            const QJsonObject c = cell.toObject();
            QCOMPARE(
                c.value(QStringLiteral("type")).toString(), QLatin1String(cl::model::patternTypeCode(newest->type)));
            QCOMPARE(c.value(QStringLiteral("direction")).toString(),
                QLatin1String(cl::model::directionCode(newest->direction)));
            QCOMPARE(qint64(c.value(QStringLiteral("detected_at")).toDouble()), newest->detectedAt);
            QCOMPARE(qint64(c.value(QStringLiteral("age_ms")).toDouble()), now - newest->detectedAt);
            QCOMPARE(c.value(QStringLiteral("fill_pct")).toDouble(), newest->fillPct);
        }
        run = cli({QStringLiteral("matrix")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("EXCHANGE")));
        QVERIFY(run.out.contains(QStringLiteral("BTC/USDT")));

        // The signal, exactly as computed in-process.
        run = cli({QStringLiteral("signals"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonArray signalsJson = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(signalsJson.size(), 1);
        const QJsonObject s = signalsJson[0].toObject();
        QCOMPARE(s.value(QStringLiteral("direction")).toString(),
            QLatin1String(cl::model::directionCode(expected.signal->direction)));
        QCOMPARE(s.value(QStringLiteral("score")).toInt(), expected.signal->score);
        QCOMPARE(qint64(s.value(QStringLiteral("created_at")).toDouble()), expected.signal->createdAt);
        QCOMPARE(s.value(QStringLiteral("entry")).toDouble(), expected.signal->entry);
        QCOMPARE(s.value(QStringLiteral("stop")).toDouble(), expected.signal->stop);
        QCOMPARE(s.value(QStringLiteral("tp3")).toDouble(), expected.signal->tp3);
        QCOMPARE(s.value(QStringLiteral("source_timeframe")).toString(), expected.signal->sourceTimeframe.toString());
        QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));

        // Running detection twice stores nothing new (no pattern, and the signal is inside its cooldown).
        run = cli(detect);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains(QRegularExpression(QStringLiteral("[1-9][0-9]* new"))), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("cooldown")));
        run = cli({QStringLiteral("signals"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 1);

        // Filters.
        run = cli({QStringLiteral("signals"), QStringLiteral("--symbol"), QStringLiteral("ETH/USDT"),
            QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);
        run = cli({QStringLiteral("signals"), QStringLiteral("--symbol"), QStringLiteral("BTC/USDT"),
            QStringLiteral("--since"), QString::number(expected.signal->createdAt + 1), QStringLiteral("--format"),
            QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);
        run = cli({QStringLiteral("signals"), QStringLiteral("--symbol"), QStringLiteral("BTC/USDT")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(
            run.out.contains(expected.signal->direction == cl::model::Direction::Bullish ? QStringLiteral("long")
                                                                                         : QStringLiteral("short")));
    }

    void userErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("why");
        QTest::newRow("unknown symbol") << QStringList{QStringLiteral("detect"), QStringLiteral("--exchange"),
            QStringLiteral("kraken"), QStringLiteral("--symbol"), QStringLiteral("DOGE/USD")}
                                        << QStringLiteral("no candles");
        QTest::newRow("bad symbol") << QStringList{QStringLiteral("detect"), QStringLiteral("--exchange"),
            QStringLiteral("binance"), QStringLiteral("--symbol"), QStringLiteral("btcusdt")}
                                    << QStringLiteral("--symbol");
        QTest::newRow("bad timeframes") << QStringList{QStringLiteral("detect"), QStringLiteral("--exchange"),
            QStringLiteral("binance"), QStringLiteral("--symbol"), QStringLiteral("BTC/USDT"),
            QStringLiteral("--timeframes"), QStringLiteral("1h,7m")}
                                        << QStringLiteral("7m");
        QTest::newRow("matrix format") << QStringList{QStringLiteral("matrix"), QStringLiteral("--format"),
            QStringLiteral("xml")} << QStringLiteral("--format");
        QTest::newRow("signals since") << QStringList{QStringLiteral("signals"), QStringLiteral("--since"),
            QStringLiteral("yesterday")}
                                       << QStringLiteral("--since");
    }
    void userErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, why);
        const auto run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(why), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TstDetectCommand)
#include "tst_detectcommand.moc"
