// End to end through the real cryptolens-cli: portfolio create/list/delete, trades import, metrics.
#include "portfolio/journalrepository.h"
#include "portfolio/metricsjson.h"
#include "portfolio/portfoliosnapshot.h"
#include "portfolio/tradecsvreader.h"
#include "portfolio/tradepnl.h"
#include "storage/datalocation.h"
#include "storage/sqlconnection.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using cl::test::runCli;
using namespace cl::portfolio;

namespace {

// Six closed trades and one open one; the expected numbers below were computed by hand from the spec's
// formulas (numpy for the daily statistics). Equity 10000 -> 10096 -> 9993 -> 10287 -> 10386 -> 10181 -> 10199.
const QByteArray kHistory =
    "id,symbol,direction,entry_time,exit_time,entry_price,exit_price,quantity,fees,stop_loss,take_profit,pattern_type,timeframe\n"
    "1,BTC/USDT,long,2024-01-30T08:00:00Z,2024-01-31T16:00:00Z,40000,41000,0.1,4,39000,43000,fvg,1h\n"
    "2,ETH/USDT,short,2024-02-01T09:30:00Z,2024-02-03T12:00:00Z,2500,2550,2,3,2600,2300,order_block,4h\n"
    "3,BTC/USDT,long,2024-02-05T00:00:00Z,2024-02-10T00:00:00Z,42000,43500,0.2,6,,,,\n"
    "4,SOL/USDT,short,2024-02-12T14:00:00Z,2024-02-12T20:00:00Z,110,100,10,1,115,95,liquidity_sweep,15m\n"
    "5,BTC/USDT,long,2024-02-15T10:00:00Z,2024-02-20T10:00:00Z,50000,48000,0.1,5,49000,54000,fvg,1h\n"
    "6,ETH/USDT,long,2024-02-22T00:00:00Z,2024-02-25T00:00:00Z,2900,2920,1,2,2850,,,1d\n"
    "7,BTC/USDT,long,2024-02-26T00:00:00Z,,51000,,0.05,0,50000,55000,fvg,1h\n";

bool same(const QJsonValue &v, double expected)
{
    return v.isDouble() && std::fabs(v.toDouble() - expected) <= 1e-12 * std::max(1.0, std::fabs(expected));
}

} // namespace

class TstPortfolioCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    QString m_data;

    QString write(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("file-%1.csv").arg(++m_count));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write");
        return path;
    }
    cl::test::CliRun cli(QStringList args)
    {
        args << QStringLiteral("--data-dir") << m_data;
        return runCli(args);
    }
    QJsonObject metricsJson(const QString &portfolio)
    {
        const auto run = cli({QStringLiteral("metrics"), QStringLiteral("--portfolio"), portfolio, QStringLiteral("--format"),
                              QStringLiteral("json")});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private slots:
    void init() { m_data = m_dir.filePath(QStringLiteral("data-%1").arg(++m_count)); }

    void createImportMetricsGivesTheSpecNumbers()
    {
        auto run = cli({QStringLiteral("portfolio"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Main"),
                        QStringLiteral("--initial-balance"), QStringLiteral("10000")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString file = write(kHistory);
        run = cli({QStringLiteral("trades"), QStringLiteral("import"), QStringLiteral("--portfolio"), QStringLiteral("Main"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("imported 7 trades")));

        const QJsonObject m = metricsJson(QStringLiteral("Main"));
        QCOMPARE(m.value(u"trades").toInt(), 6);
        const std::vector<std::pair<const char *, double>> expected{
            {"win_rate", 66.666666666666657},  {"profit_factor", 1.6461038961038961}, {"avg_win", 126.75},
            {"avg_loss", -154.0},              {"payoff", 0.82305194805194803},       {"expectancy", 33.166666666666664},
            {"expectancy_r", 0.147},           {"kelly", 0.2616699539776462},         {"cagr", 0.30522674141615025},
            {"volatility", 0.14663453383319086}, {"sharpe", 1.887373304431812},       {"sortino", 3.3877313438671672},
            {"max_drawdown_pct", -1.973810899287498}, {"max_drawdown_abs", -205.0},   {"max_drawdown_days", 12.166666666666666},
            {"calmar", 15.46382895779582},     {"recovery_factor", 0.9707317073170731}, {"var95", -0.007141442155309063},
            {"cvar95", -0.014970084607372536}};
        for (const auto &[key, value] : expected)
            QVERIFY2(same(m.value(QLatin1String(key)), value),
                     qPrintable(QStringLiteral("%1 = %2").arg(QLatin1String(key)).arg(m.value(QLatin1String(key)).toDouble(), 0, 'g', 17)));
        QCOMPARE(m.value(u"max_drawdown_unrecovered").toBool(), true);
        const QJsonArray monthly = m.value(u"monthly").toArray();
        QCOMPARE(monthly.size(), 2);
        QCOMPARE(monthly[0].toObject().value(u"month").toString(), QStringLiteral("2024-01"));
        QVERIFY(same(monthly[0].toObject().value(u"pnl"), 96.0));
        QVERIFY(same(monthly[0].toObject().value(u"return_pct"), 0.96));
        QCOMPARE(monthly[1].toObject().value(u"month").toString(), QStringLiteral("2024-02"));
        QVERIFY(same(monthly[1].toObject().value(u"pnl"), 103.0));
        QVERIFY(same(monthly[1].toObject().value(u"return_pct"), 1.020206022186998));

        // Re-import is idempotent: same numbers.
        run = cli({QStringLiteral("trades"), QStringLiteral("import"), QStringLiteral("--portfolio"), QStringLiteral("Main"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(QStringLiteral("7 already stored")));
        QCOMPARE(metricsJson(QStringLiteral("Main")), m);

        // Our CSV does not say where a trade was made: the list shows a dash until --exchange names it.
        run = cli({QStringLiteral("trades"), QStringLiteral("list"), QStringLiteral("--portfolio"), QStringLiteral("Main")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("id                  exchange  symbol")), qPrintable(run.out));
        QVERIFY(run.out.section(QLatin1Char('\n'), 1, 1).contains(QStringLiteral("—")));

        // The table format is for people.
        run = cli({QStringLiteral("metrics"), QStringLiteral("--portfolio"), QStringLiteral("Main")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Profit factor")));
        QVERIFY(run.out.contains(QStringLiteral("not recovered")));
    }

    void generatedHistoryMatchesTheLibrary()
    {
        // A seeded random history through the executable gives what the library computes on the same file.
        std::mt19937_64 rng(2024);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        QByteArray csv = QByteArray(TradeCsvReader::kHeader) + '\n';
        qint64 t = 1'704'067'200;
        for (int i = 0; i < 300; ++i) {
            t += qint64(unit(rng) * 86'400 * 2);
            const double entry = 100.0 + unit(rng) * 50.0;
            const double exit = entry * (1.0 + (unit(rng) - 0.47) * 0.06);
            const bool isShort = unit(rng) < 0.4;
            auto iso = [](qint64 s) { return QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate).toLatin1(); };
            csv += QByteArray::number(i + 1) + ",BTC/USDT," + (isShort ? "short," : "long,") + iso(t) + ','
                + iso(t + qint64(unit(rng) * 86'400 * 3)) + ',' + QByteArray::number(entry, 'g', 17) + ','
                + QByteArray::number(exit, 'g', 17) + ",1.5," + QByteArray::number(unit(rng), 'g', 6) + ','
                + QByteArray::number(entry * (isShort ? 1.02 : 0.98), 'g', 17) + ",,fvg,1h\n";
        }
        const QString file = write(csv);
        QCOMPARE(cli({QStringLiteral("portfolio"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Gen"),
                      QStringLiteral("--initial-balance"), QStringLiteral("5000"), QStringLiteral("--currency"), QStringLiteral("USD")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("trades"), QStringLiteral("import"), QStringLiteral("--portfolio"), QStringLiteral("Gen"), file})
                     .exitCode,
                 0);
        const auto run = cli({QStringLiteral("metrics"), QStringLiteral("--portfolio"), QStringLiteral("Gen"),
                              QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);

        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const TradeParseResult parsed = TradeCsvReader::read(in);
        std::vector<TradeResult> results;
        for (const auto &p : parsed.trades)
            results.push_back(TradePnl::evaluate(p.trade));
        const QByteArray expected = MetricsJson::write(PerformanceMetrics::compute(5000, results));
        QCOMPARE(run.out.toUtf8(), expected);
    }

    void userErrorsExitWithOne_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{QStringLiteral("portfolio")} << QStringLiteral("say create, list or delete");
        QTest::newRow("create without name") << QStringList{QStringLiteral("portfolio"), QStringLiteral("create"), QStringLiteral("--initial-balance"), QStringLiteral("5")}
                                             << QStringLiteral("--name is required");
        QTest::newRow("negative balance") << QStringList{QStringLiteral("portfolio"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--initial-balance"), QStringLiteral("-5")}
                                          << QStringLiteral("--initial-balance: a positive number");
        QTest::newRow("bad currency") << QStringList{QStringLiteral("portfolio"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--initial-balance"), QStringLiteral("5"), QStringLiteral("--currency"), QStringLiteral("usd")}
                                      << QStringLiteral("--currency");
        QTest::newRow("delete unknown") << QStringList{QStringLiteral("portfolio"), QStringLiteral("delete"), QStringLiteral("--name"), QStringLiteral("nope")}
                                        << QStringLiteral("no portfolio named 'nope'");
        QTest::newRow("import into unknown") << QStringList{QStringLiteral("trades"), QStringLiteral("import"), QStringLiteral("--portfolio"), QStringLiteral("nope"), QStringLiteral("x.csv")}
                                             << QStringLiteral("no portfolio named 'nope'");
        QTest::newRow("import without file") << QStringList{QStringLiteral("trades"), QStringLiteral("import"), QStringLiteral("--portfolio"), QStringLiteral("P")}
                                             << QStringLiteral("name the trade file");
        QTest::newRow("bad format") << QStringList{QStringLiteral("trades"), QStringLiteral("import"), QStringLiteral("--portfolio"), QStringLiteral("P"), QStringLiteral("--format"), QStringLiteral("kraken"), QStringLiteral("x.csv")}
                                    << QStringLiteral("ours or binance");
        QTest::newRow("bad exchange") << QStringList{QStringLiteral("trades"), QStringLiteral("import"), QStringLiteral("--portfolio"), QStringLiteral("P"), QStringLiteral("--exchange"), QStringLiteral("mtgox"), QStringLiteral("x.csv")}
                                      << QStringLiteral("option --exchange");
        QTest::newRow("metrics unknown") << QStringList{QStringLiteral("metrics"), QStringLiteral("--portfolio"), QStringLiteral("nope")}
                                         << QStringLiteral("no portfolio named 'nope'");
        QTest::newRow("metrics bad format") << QStringList{QStringLiteral("metrics"), QStringLiteral("--portfolio"), QStringLiteral("P"), QStringLiteral("--format"), QStringLiteral("xml")}
                                            << QStringLiteral("json or table");
    }
    void userErrorsExitWithOne()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto run = cli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void badRowsAreListedAsFileLineAndNothingIsImported()
    {
        QCOMPARE(cli({QStringLiteral("portfolio"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("P"),
                      QStringLiteral("--initial-balance"), QStringLiteral("100")})
                     .exitCode,
                 0);
        QByteArray text = kHistory;
        text.replace("0.2,6,,,,", "-0.2,6,,,,");        // line 4: negative quantity
        text.replace("2900,2920,1,2", "2900,2920,1,nan"); // line 7: NaN fees
        const QString file = write(text);
        auto run = cli({QStringLiteral("trades"), QStringLiteral("import"), QStringLiteral("--portfolio"), QStringLiteral("P"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(file + QStringLiteral(":4: negative quantity")), qPrintable(run.err));
        QVERIFY2(run.err.contains(file + QStringLiteral(":7: fees is NaN")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("nothing imported")));
        QCOMPARE(metricsJson(QStringLiteral("P")).value(u"trades").toInt(), 0);

        run = cli({QStringLiteral("trades"), QStringLiteral("import"), QStringLiteral("--portfolio"), QStringLiteral("P"),
                   QStringLiteral("--skip-invalid"), file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(QStringLiteral("imported 5 trades")));
        QVERIFY(run.err.contains(QStringLiteral("skipped 2 invalid rows")));
        QCOMPARE(metricsJson(QStringLiteral("P")).value(u"trades").toInt(), 4);
    }

    void listAndDelete()
    {
        for (const char *name : {"Zeta", "Alpha"})
            QCOMPARE(cli({QStringLiteral("portfolio"), QStringLiteral("create"), QStringLiteral("--name"), QLatin1String(name),
                          QStringLiteral("--initial-balance"), QStringLiteral("1000.5")})
                         .exitCode,
                     0);
        QCOMPARE(cli({QStringLiteral("portfolio"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Alpha"),
                      QStringLiteral("--initial-balance"), QStringLiteral("1")})
                     .exitCode,
                 1);
        auto run = cli({QStringLiteral("portfolio"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject().value(u"name").toString(), QStringLiteral("Alpha"));
        QCOMPARE(list[0].toObject().value(u"initial_balance").toDouble(), 1000.5);
        run = cli({QStringLiteral("portfolio"), QStringLiteral("list")});
        QVERIFY(run.out.contains(QStringLiteral("Zeta")));
        QCOMPARE(cli({QStringLiteral("portfolio"), QStringLiteral("delete"), QStringLiteral("--name"), QStringLiteral("Zeta")}).exitCode, 0);
        run = cli({QStringLiteral("portfolio"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 1);
    }

    void journalExportWritesMarkdownAndPdf()
    {
        QCOMPARE(cli({QStringLiteral("portfolio"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Main"),
                      QStringLiteral("--initial-balance"), QStringLiteral("10000")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("trades"), QStringLiteral("import"), QStringLiteral("--portfolio"), QStringLiteral("Main"),
                      write(kHistory)})
                     .exitCode,
                 0);
        {
            // The journal editor's part, written straight into the CLI's database.
            cl::storage::SqlConnection connection;
            QString error;
            QVERIFY(connection.open(cl::storage::DataLocation::databasePath(m_data), cl::storage::SqlConnection::Mode::ReadWrite, &error));
            const auto snapshot = PortfolioSnapshot::load(connection, QStringLiteral("Main"), &error);
            QVERIFY(snapshot);
            JournalEntry plan{0, snapshot->trades.front().id, JournalPhase::Plan,
                              QStringLiteral("Plan: buy the FVG retest, <b>x</b> stays text."), Mood::Confident,
                              {}, {QStringLiteral("../elsewhere.png")}, 1, 1};
            QVERIFY(JournalRepository(connection).add(plan, &error));
        }
        const QString md = m_dir.filePath(QStringLiteral("journal.md"));
        auto run = cli({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--portfolio"), QStringLiteral("Main"),
                        QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--out"), md});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("7 trades")));
        QVERIFY(run.err.contains(QStringLiteral("warning: trade 1: screenshot '../elsewhere.png' skipped")));
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(mdFile.readAll());
        QVERIFY(text.contains(QStringLiteral("Plan: buy the FVG retest, &lt;b>x&lt;/b> stays text.")));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("journal_images/equity.png"))));

        const QString pdf = m_dir.filePath(QStringLiteral("journal.pdf"));
        run = cli({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--portfolio"), QStringLiteral("Main"),
                   QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: run packaging/linux/install-deps");
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60'000));
        const QString pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        QVERIFY(pdfText.contains(QStringLiteral("Plan: buy the FVG retest, <b>x</b> stays text.")));
        QVERIFY(pdfText.contains(QStringLiteral("Trade 7: BTC/USDT long (open)")));
    }

    void journalExportUserErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{QStringLiteral("journal")} << QStringLiteral("say export");
        QTest::newRow("bad format") << QStringList{QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--portfolio"), QStringLiteral("P"), QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), QStringLiteral("x.docx")}
                                    << QStringLiteral("md or pdf");
        QTest::newRow("no out") << QStringList{QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--portfolio"), QStringLiteral("P"), QStringLiteral("--format"), QStringLiteral("md")}
                                << QStringLiteral("--out is required");
        QTest::newRow("missing folder") << QStringList{QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--portfolio"), QStringLiteral("P"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--out"), QStringLiteral("/nonexistent/dir/j.md")}
                                        << QStringLiteral("does not exist");
        QTest::newRow("unknown portfolio") << QStringList{QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--portfolio"), QStringLiteral("nope"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), QStringLiteral("j.pdf")}
                                           << QStringLiteral("no portfolio named 'nope'");
    }
    void journalExportUserErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto run = cli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void helpOnEveryCommand()
    {
        for (const char *command : {"portfolio", "trades", "metrics", "journal"}) {
            const auto run = runCli({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(QStringLiteral("--data-dir")), command);
        }
    }
};

QTEST_GUILESS_MAIN(TstPortfolioCli)
#include "tst_portfoliocli.moc"
