// `cryptolens-cli replay-server` end to end: the real executable, its `listening` line, REST and WebSocket on
// the printed port, a clean stop on SIGTERM / SIGINT, and its option errors.

#include "testsupport.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace cl;

namespace {

struct Started
{
    bool ok = false;
    quint16 port = 0;
    QString line;
};

Started startServer(QProcess &process, const QStringList &arguments)
{
    process.start(test::cliPath(), QStringList{QStringLiteral("replay-server")} + arguments);
    Started started;
    if (!process.waitForStarted(10'000))
        return started;
    if (!QTest::qWaitFor([&] { return process.canReadLine() || process.state() != QProcess::Running; }, 20'000))
        return started;
    started.line = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression pattern(QStringLiteral("^listening ws://127\\.0\\.0\\.1:(\\d+)/ws http://127\\.0\\.0\\.1:(\\d+)$"));
    const auto match = pattern.match(started.line);
    started.ok = match.hasMatch() && match.captured(1) == match.captured(2);
    started.port = quint16(match.captured(1).toUInt());
    return started;
}

QByteArray get(const QString &url, int *status)
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest{QUrl(url)});
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace

class TestReplayServerCommand : public QObject
{
    Q_OBJECT

private slots:
    void simulatesAndStopsOnSigterm();
    void replaysAFileAndStopsOnSigint();
    void optionErrors_data();
    void optionErrors();
    void helpListsTheFaults();
};

void TestReplayServerCommand::simulatesAndStopsOnSigterm()
{
    QProcess process;
    const Started started = startServer(process, {QStringLiteral("--exchange"), QStringLiteral("sim"), QStringLiteral("--port"),
                                                  QStringLiteral("0"), QStringLiteral("--symbols"), QStringLiteral("BTC/USDT,ETH/USDT"),
                                                  QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--speed"),
                                                  QStringLiteral("30"), QStringLiteral("--disconnect-every"), QStringLiteral("15"),
                                                  QStringLiteral("--start"), QStringLiteral("2024-03-01T12:00:00Z")});
    QVERIFY2(started.ok, qPrintable(started.line + QString::fromUtf8(process.readAllStandardError())));
    int status = 0;
    const QByteArray klines = get(QStringLiteral("http://127.0.0.1:%1/api/v3/klines?symbol=ETHUSDT&interval=1m&limit=3").arg(started.port), &status);
    QCOMPARE(status, 200);
    QVERIFY2(klines.startsWith("[[") && klines.count('[') == 4, klines.constData());
    const QByteArray time = get(QStringLiteral("http://127.0.0.1:%1/api/v3/time").arg(started.port), &status);
    const qint64 serverTime = time.mid(14).chopped(1).toLongLong();
    QVERIFY2(serverTime >= 1'709'294'400'000LL && serverTime < 1'709'294'400'000LL + 600'000, time.constData());
    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardError().contains("replay-server stopped"));
}

void TestReplayServerCommand::replaysAFileAndStopsOnSigint()
{
    if (test::sharedDir().isEmpty())
        QSKIP("shared feed fixtures not found (CL_SHARED_DIR)");
    QProcess process;
    const Started started = startServer(process, {QStringLiteral("--exchange"), QStringLiteral("okx"), QStringLiteral("--port"),
                                                  QStringLiteral("0"), QStringLiteral("--file"),
                                                  test::sharedDir() + QStringLiteral("/feeds/okx.jsonl")});
    QVERIFY2(started.ok, qPrintable(started.line));
    int status = 0;
    get(QStringLiteral("http://127.0.0.1:%1/nothing").arg(started.port), &status);
    QCOMPARE(status, 404);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 0);
}

void TestReplayServerCommand::optionErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("neither file nor simulate") << QStringList{QStringLiteral("--exchange"), QStringLiteral("binance")}
                                               << QStringLiteral("--file");
    QTest::newRow("simulate other exchange") << QStringList{QStringLiteral("--exchange"), QStringLiteral("kraken"), QStringLiteral("--simulate")}
                                             << QStringLiteral("Binance");
    QTest::newRow("unknown exchange") << QStringList{QStringLiteral("--exchange"), QStringLiteral("nasdaq"), QStringLiteral("--simulate")}
                                      << QStringLiteral("unknown exchange");
    QTest::newRow("bad symbol") << QStringList{QStringLiteral("--exchange"), QStringLiteral("sim"), QStringLiteral("--symbols"), QStringLiteral("BTCUSDT")}
                                << QStringLiteral("--symbols");
    QTest::newRow("zero speed") << QStringList{QStringLiteral("--exchange"), QStringLiteral("sim"), QStringLiteral("--speed"), QStringLiteral("0")}
                                << QStringLiteral("--speed");
    QTest::newRow("nan speed") << QStringList{QStringLiteral("--exchange"), QStringLiteral("sim"), QStringLiteral("--speed"), QStringLiteral("nan")}
                               << QStringLiteral("--speed");
    QTest::newRow("negative disconnect") << QStringList{QStringLiteral("--exchange"), QStringLiteral("sim"), QStringLiteral("--disconnect-every"),
                                                        QStringLiteral("-1")}
                                         << QStringLiteral("--disconnect-every");
    QTest::newRow("bad port") << QStringList{QStringLiteral("--exchange"), QStringLiteral("sim"), QStringLiteral("--port"), QStringLiteral("70000")}
                              << QStringLiteral("--port");
    QTest::newRow("missing file") << QStringList{QStringLiteral("--exchange"), QStringLiteral("bybit"), QStringLiteral("--file"),
                                                 QStringLiteral("/nonexistent/x.jsonl")}
                                  << QStringLiteral("/nonexistent/x.jsonl");
}

void TestReplayServerCommand::optionErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const test::CliRun run = test::runCli(QStringList{QStringLiteral("replay-server")} + arguments, 20'000);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestReplayServerCommand::helpListsTheFaults()
{
    const test::CliRun run = test::runCli({QStringLiteral("replay-server"), QStringLiteral("--help")}, 20'000);
    QCOMPARE(run.exitCode, 0);
    for (const char *option : {"--disconnect-every", "--stall-after", "--malformed-every", "--ping-every", "--speed", "--seed"})
        QVERIFY2(run.out.contains(QLatin1String(option)), option);
}

QTEST_GUILESS_MAIN(TestReplayServerCommand)
#include "tst_replayservercommand.moc"
