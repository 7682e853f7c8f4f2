// `cryptolens-cli backtest` end to end: generated 1m candles imported and aggregated to 15m, the JSON of
// spec/cli.md, trades that never enter before detection, identical output on a second run and equal to the
// engine in-process; optimization trials stored with their seeds; walk-forward; user errors.
#include "backtest/backtester.h"
#include "backtest/backtestjson.h"
#include "backtest/backtestrepository.h"
#include "candles/candleaggregator.h"
#include "storage/datalocation.h"
#include "storage/sqlconnection.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using cl::model::Timeframe;
using cl::test::runCli;

namespace {

constexpr qint64 kStart = 1'704'067'200'000;
const QStringList kMetricsKeys{QStringLiteral("trades"), QStringLiteral("win_rate"), QStringLiteral("profit_factor"),
    QStringLiteral("avg_win"), QStringLiteral("avg_loss"), QStringLiteral("payoff"), QStringLiteral("expectancy"),
    QStringLiteral("expectancy_r"), QStringLiteral("kelly"), QStringLiteral("cagr"), QStringLiteral("volatility"),
    QStringLiteral("sharpe"), QStringLiteral("sortino"), QStringLiteral("max_drawdown_pct"),
    QStringLiteral("max_drawdown_abs"), QStringLiteral("max_drawdown_days"), QStringLiteral("max_drawdown_unrecovered"),
    QStringLiteral("calmar"), QStringLiteral("recovery_factor"), QStringLiteral("var95"), QStringLiteral("cvar95"),
    QStringLiteral("monthly")};

} // namespace

class TstBacktestCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    cl::model::CandleSeries m_minutes;

    cl::test::CliRun cli(QStringList arguments)
    {
        arguments << QStringLiteral("--data-dir") << m_dir.path();
        return runCli(arguments);
    }

    QStringList base() const
    {
        return {QStringLiteral("backtest"), QStringLiteral("--exchange"), QStringLiteral("binance"),
            QStringLiteral("--symbol"), QStringLiteral("SOL/USDT"), QStringLiteral("--timeframe"), QStringLiteral("15m")};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        std::mt19937_64 rng(2024);
        m_minutes = cl::test::randomMinuteCandles(rng, kStart, 30 * 1440);
        const QString csv = m_dir.filePath(QStringLiteral("sol-1m.csv"));
        QVERIFY(cl::test::writeCandleCsv(csv, m_minutes));
        auto run = cli({QStringLiteral("candles"), QStringLiteral("import"), csv, QStringLiteral("--exchange"),
            QStringLiteral("binance"), QStringLiteral("--symbol"), QStringLiteral("SOL/USDT"), QStringLiteral("--timeframe"),
            QStringLiteral("1m")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("candles"), QStringLiteral("aggregate"), QStringLiteral("--exchange"),
            QStringLiteral("binance"), QStringLiteral("--symbol"), QStringLiteral("SOL/USDT"), QStringLiteral("--timeframes"),
            QStringLiteral("15m")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void jsonTradesAndMetrics()
    {
        const auto first = cli(base() << QStringLiteral("--format") << QStringLiteral("json"));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const auto second = cli(base() << QStringLiteral("--format") << QStringLiteral("json"));
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out, first.out); // deterministic

        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(first.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.keys(), (QStringList{QStringLiteral("metrics"), QStringLiteral("trades")}));
        const QJsonArray trades = doc.value(QStringLiteral("trades")).toArray();
        QVERIFY(trades.size() > 5);
        for (const auto &value : trades) {
            const QJsonObject t = value.toObject();
            const qint64 detected = qint64(t.value(QStringLiteral("detected_at")).toDouble());
            const qint64 entry = qint64(t.value(QStringLiteral("entry_time")).toDouble());
            const qint64 exit = qint64(t.value(QStringLiteral("exit_time")).toDouble());
            QVERIFY(detected + 900'000 <= entry); // the detection candle has closed
            QVERIFY(entry <= exit);
            QVERIFY(QStringList({QStringLiteral("win"), QStringLiteral("loss"), QStringLiteral("inconclusive"),
                                    QStringLiteral("expired")})
                        .contains(t.value(QStringLiteral("outcome")).toString()));
            for (const char *key : {"entry_price", "exit_price", "r", "pnl"})
                QVERIFY2(t.value(QLatin1StringView(key)).isDouble(), key);
        }
        const QJsonObject metrics = doc.value(QStringLiteral("metrics")).toObject();
        QStringList keys = kMetricsKeys;
        keys.sort();
        QCOMPARE(metrics.keys(), keys);
        QCOMPARE(metrics.value(QStringLiteral("trades")).toInt(), int(trades.size()));

        // The CLI is the engine: the same document in-process from the same candles.
        cl::backtest::BacktestData data;
        data.symbol = *cl::model::Symbol::parse(u"SOL/USDT");
        data.timeframe = Timeframe::M15;
        data.minutes = m_minutes;
        data.candles = cl::candles::CandleAggregator::aggregate(m_minutes, Timeframe::M15);
        const auto result = cl::backtest::Backtester::run(data, cl::backtest::BacktestSettings{});
        QCOMPARE(first.out, QString::fromUtf8(cl::backtest::BacktestJson::write(result)));
    }

    void rangeAndOptions()
    {
        const auto run = cli(base() << QStringLiteral("--from") << QStringLiteral("2024-01-10T00:00:00Z")
                                    << QStringLiteral("--to") << QStringLiteral("2024-01-20T00:00:00Z")
                                    << QStringLiteral("--entry") << QStringLiteral("next_open") << QStringLiteral("--exit")
                                    << QStringLiteral("scaled") << QStringLiteral("--fee-bps") << QStringLiteral("7.5")
                                    << QStringLiteral("--stop-first") << QStringLiteral("--format") << QStringLiteral("json"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray trades = QJsonDocument::fromJson(run.out.toUtf8())[QStringLiteral("trades")].toArray();
        const qint64 from = 1'704'844'800'000;
        const qint64 to = 1'705'708'800'000;
        for (const auto &value : trades) {
            QVERIFY(qint64(value[QStringLiteral("detected_at")].toDouble()) >= from);
            QVERIFY(qint64(value[QStringLiteral("exit_time")].toDouble()) <= to);
            QVERIFY(value[QStringLiteral("outcome")].toString() != QLatin1StringView("inconclusive"));
        }
    }

    void optimizationStoresEveryTrial()
    {
        const QStringList args = base() << QStringLiteral("--optimize") << QStringLiteral("random")
                                        << QStringLiteral("--trials") << QStringLiteral("6") << QStringLiteral("--seed")
                                        << QStringLiteral("99") << QStringLiteral("--min-trades") << QStringLiteral("3")
                                        << QStringLiteral("--space")
                                        << QStringLiteral("rr=0,1.5,2;stop_buffer=1,1.5;entry=limit,next_open")
                                        << QStringLiteral("--format") << QStringLiteral("json");
        const auto first = cli(args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const auto second = cli(args);
        QCOMPARE(second.out, first.out);
        const QJsonObject doc = QJsonDocument::fromJson(first.out.toUtf8()).object();
        const QJsonArray trials = doc.value(QStringLiteral("trials")).toArray();
        QCOMPARE(trials.size(), 6);
        QVERIFY(doc.value(QStringLiteral("best")).isDouble());

        cl::storage::SqlConnection connection;
        QString error;
        QVERIFY2(connection.open(cl::storage::DataLocation::databasePath(m_dir.path()),
                     cl::storage::SqlConnection::Mode::ReadOnly, &error),
            qPrintable(error));
        cl::backtest::BacktestRepository repository(connection);
        QVERIFY(repository.runCount(&error) >= 2);
        // The newest run is the second optimization: its trials carry their params, metrics and seeds.
        QSqlQuery q(connection.database());
        QVERIFY(q.exec(QStringLiteral("SELECT max(run_id) FROM optimization_trials")) && q.next());
        const auto stored = repository.trials(q.value(0).toLongLong(), &error);
        QCOMPARE(stored.size(), size_t(6));
        for (size_t i = 0; i < stored.size(); ++i) {
            QVERIFY(stored[i].seed.has_value());
            QCOMPARE(double(*stored[i].seed), trials[int(i)][QStringLiteral("seed")].toDouble());
            QVERIFY(stored[i].params.contains("rr_target"));
            QVERIFY(stored[i].metrics.contains("\"win_rate\""));
        }
    }

    void walkForward()
    {
        const auto random = cli(base() << QStringLiteral("--walk-forward") << QStringLiteral("rolling")
                                       << QStringLiteral("--optimize") << QStringLiteral("random") << QStringLiteral("--trials")
                                       << QStringLiteral("3") << QStringLiteral("--min-trades") << QStringLiteral("1")
                                       << QStringLiteral("--space") << QStringLiteral("rr=0,1,2,3") << QStringLiteral("--format")
                                       << QStringLiteral("json"));
        QVERIFY2(random.exitCode == 0, qPrintable(random.err));
        const QJsonArray windows = QJsonDocument::fromJson(random.out.toUtf8())[QStringLiteral("windows")].toArray();
        QCOMPARE(windows.size(), 4); // the default
        QVERIFY(windows[0][QStringLiteral("best")][QStringLiteral("seed")].toDouble() > 0); // random search per window

        const auto run = cli(base() << QStringLiteral("--walk-forward") << QStringLiteral("anchored")
                                    << QStringLiteral("--windows") << QStringLiteral("3") << QStringLiteral("--min-trades")
                                    << QStringLiteral("1") << QStringLiteral("--space") << QStringLiteral("rr=0,2")
                                    << QStringLiteral("--format") << QStringLiteral("json"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("windows")).toArray().size(), 3);
        QVERIFY(doc.contains(QStringLiteral("efficiency")));
        QVERIFY(doc.value(QStringLiteral("metrics")).isObject());
    }

    void userErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList b{QStringLiteral("backtest"), QStringLiteral("--exchange"), QStringLiteral("binance"),
            QStringLiteral("--symbol"), QStringLiteral("SOL/USDT")};
        QTest::newRow("no timeframe") << b << QStringLiteral("timeframe");
        QTest::newRow("bad timeframe") << (QStringList(b) << QStringLiteral("--timeframe") << QStringLiteral("7m"))
                                       << QStringLiteral("timeframe");
        QTest::newRow("unknown symbol") << QStringList{QStringLiteral("backtest"), QStringLiteral("--exchange"),
            QStringLiteral("binance"), QStringLiteral("--symbol"), QStringLiteral("ABC/USDT"), QStringLiteral("--timeframe"),
            QStringLiteral("15m")} << QStringLiteral("ABC/USDT");
        QTest::newRow("no candles of that timeframe") << (QStringList(b) << QStringLiteral("--timeframe") << QStringLiteral("4h"))
                                                      << QStringLiteral("no candles");
        QTest::newRow("bad entry") << (QStringList(b) << QStringLiteral("--timeframe") << QStringLiteral("15m") << QStringLiteral("--entry")
                                         << QStringLiteral("market"))
                                   << QStringLiteral("--entry");
        QTest::newRow("negative fee") << (QStringList(b) << QStringLiteral("--timeframe") << QStringLiteral("15m")
                                            << QStringLiteral("--fee-bps") << QStringLiteral("-1"))
                                      << QStringLiteral("fee_bps");
        QTest::newRow("NaN risk") << (QStringList(b) << QStringLiteral("--timeframe") << QStringLiteral("15m")
                                        << QStringLiteral("--risk-pct") << QStringLiteral("nan"))
                                  << QStringLiteral("--risk-pct");
        QTest::newRow("bad space") << (QStringList(b) << QStringLiteral("--timeframe") << QStringLiteral("15m")
                                         << QStringLiteral("--optimize") << QStringLiteral("grid") << QStringLiteral("--space")
                                         << QStringLiteral("rr=x"))
                                   << QStringLiteral("--space");
        QTest::newRow("bad format") << (QStringList(b) << QStringLiteral("--timeframe") << QStringLiteral("15m") << QStringLiteral("--format")
                                          << QStringLiteral("xml"))
                                    << QStringLiteral("--format");
    }

    void userErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const auto run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void help()
    {
        const auto run = cli({QStringLiteral("backtest"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("--walk-forward")) || run.err.contains(QStringLiteral("--walk-forward")));
    }
};

QTEST_GUILESS_MAIN(TstBacktestCommand)
#include "tst_backtestcommand.moc"
