#include "model/symbol.h"
#include "storage/candlerepository.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace cl;

namespace {

// A simulated Binance in its own process (cryptolens-cli replay-server); the port from its first line.
struct ReplayServerProcess
{
    QProcess process;
    int port = 0;

    bool start(const QStringList &extra)
    {
        process.start(test::cliPath(), QStringList{QStringLiteral("replay-server"), QStringLiteral("--exchange"),
                                                   QStringLiteral("binance"), QStringLiteral("--simulate"),
                                                   QStringLiteral("--port"), QStringLiteral("0")}
                                           + extra);
        if (!QTest::qWaitFor([this] { return process.canReadLine(); }, 20'000))
            return false;
        const QString line = QString::fromUtf8(process.readLine());
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)/ws")).match(line);
        port = match.hasMatch() ? match.captured(1).toInt() : 0;
        return port > 0;
    }
    ~ReplayServerProcess()
    {
        process.terminate();
        if (!process.waitForFinished(5'000))
            process.kill();
        process.waitForFinished();
    }
    QString ws() const { return QStringLiteral("ws://127.0.0.1:%1/ws").arg(port); }
    QString http() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
};

QByteArray httpGet(const QString &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest{QUrl(url)});
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace

class TestFeedCommand : public QObject
{
    Q_OBJECT

private slots:
    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no symbols") << QStringList{QStringLiteral("--exchange"), QStringLiteral("binance")}
                                    << QStringLiteral("--symbols");
        QTest::newRow("bad symbol") << QStringList{QStringLiteral("--exchange"), QStringLiteral("binance"),
                                                   QStringLiteral("--symbols"), QStringLiteral("BTCUSDT")}
                                    << QStringLiteral("--symbols");
        QTest::newRow("bad duration") << QStringList{QStringLiteral("--exchange"), QStringLiteral("binance"),
                                                     QStringLiteral("--symbols"), QStringLiteral("BTC/USDT"),
                                                     QStringLiteral("--duration"), QStringLiteral("-3")}
                                      << QStringLiteral("--duration");
        QTest::newRow("bad exchange") << QStringList{QStringLiteral("--exchange"), QStringLiteral("nasdaq"),
                                                     QStringLiteral("--symbols"), QStringLiteral("BTC/USDT")}
                                      << QStringLiteral("exchange");
    }
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const test::CliRun run = test::runCli(QStringList{QStringLiteral("feed"), QStringLiteral("--data-dir"), dir.path()} + arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void ingestsThroughDisconnectsAndMatchesTheServer()
    {
        ReplayServerProcess server;
        QVERIFY(server.start({QStringLiteral("--symbols"), QStringLiteral("BTC/USDT"), QStringLiteral("--speed"),
                              QStringLiteral("30"), QStringLiteral("--disconnect-every"), QStringLiteral("4")}));
        QTemporaryDir dir;
        const test::CliRun run = test::runCli({QStringLiteral("feed"), QStringLiteral("--data-dir"), dir.path(),
                                               QStringLiteral("--exchange"), QStringLiteral("binance"),
                                               QStringLiteral("--symbols"), QStringLiteral("BTC/USDT"),
                                               QStringLiteral("--endpoint"), server.ws(),
                                               QStringLiteral("--rest-endpoint"), server.http(),
                                               QStringLiteral("--backfill"), QStringLiteral("30"),
                                               QStringLiteral("--duration"), QStringLiteral("14"), QStringLiteral("--no-detect")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("binance connected")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("reconnect #2")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("backfill BTC/USDT: 30 closed candle(s)")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("feed stopped")), qPrintable(run.err));

        const test::CliRun check = test::runCli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err + check.out));

        // Every stored 1m candle equals the server's own /api/v3/klines, and none is missing in between.
        storage::SqlConnection connection;
        QString error;
        QVERIFY(connection.open(dir.filePath(QStringLiteral("cryptolens.sqlite")), storage::SqlConnection::Mode::ReadOnly, &error));
        const auto btc = *model::Symbol::parse(QStringLiteral("BTC/USDT"));
        const auto id = storage::SymbolRepository(connection).find(model::ExchangeId::Binance, btc, &error);
        QVERIFY(id);
        const model::CandleSeries stored = storage::CandleRepository(connection).load(*id, model::Timeframe::M1);
        QVERIFY(stored.size() > 35);
        const QJsonArray rows = QJsonDocument::fromJson(httpGet(QStringLiteral("%1/api/v3/klines?symbol=BTCUSDT&interval=1m&startTime=%2&endTime=%3&limit=1000")
                                                                    .arg(server.http())
                                                                    .arg(stored.front().openTime)
                                                                    .arg(stored.back().openTime + 59'999)))
                                    .array();
        std::map<qint64, model::Candle> truth;
        for (const QJsonValue &row : rows) {
            const QJsonArray r = row.toArray();
            const model::Candle c{r.at(0).toInteger(), r.at(1).toString().toDouble(), r.at(2).toString().toDouble(),
                                  r.at(3).toString().toDouble(), r.at(4).toString().toDouble(), r.at(5).toString().toDouble()};
            if (c.volume > 0.0)
                truth[c.openTime] = c;
        }
        QCOMPARE(stored.size(), truth.size());
        for (const model::Candle &c : stored) {
            QVERIFY2(truth.count(c.openTime), qPrintable(QString::number(c.openTime)));
            QCOMPARE(c, truth[c.openTime]);
        }
    }

    void stopsCleanlyOnSigterm()
    {
        ReplayServerProcess server;
        QVERIFY(server.start({QStringLiteral("--symbols"), QStringLiteral("ETH/USDT"), QStringLiteral("--speed"), QStringLiteral("30")}));
        QTemporaryDir dir;
        QProcess feed;
        feed.start(test::cliPath(), {QStringLiteral("feed"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--exchange"),
                                     QStringLiteral("binance"), QStringLiteral("--symbols"), QStringLiteral("ETH/USDT"),
                                     QStringLiteral("--endpoint"), server.ws(), QStringLiteral("--rest-endpoint"), server.http(),
                                     QStringLiteral("--backfill"), QStringLiteral("10"), QStringLiteral("--no-detect")});
        QString err;
        QVERIFY(QTest::qWaitFor([&] {
            err += QString::fromUtf8(feed.readAllStandardError());
            return err.contains(QLatin1String("backfill ETH/USDT"));
        }, 30'000));
        feed.terminate(); // SIGTERM
        QVERIFY(feed.waitForFinished(30'000));
        err += QString::fromUtf8(feed.readAllStandardError());
        QCOMPARE(feed.exitStatus(), QProcess::NormalExit);
        QVERIFY2(feed.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("(signal 15)")) && err.contains(QLatin1String("feed stopped")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestFeedCommand)
#include "tst_feedcommand.moc"
