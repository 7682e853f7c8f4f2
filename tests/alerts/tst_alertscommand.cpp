#include "alerts/alerteventrepository.h"
#include "scriptedhttpserver.h"
#include "storage/sqlconnection.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cl;
using Answer = test::ScriptedHttpServer::Answer;

// cryptolens-cli alerts end to end, through the real executable, against a scripted server on loopback.
class TestAlertsCommand : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void testRetriesUntilDelivered();
    void testStopsAtA400();
    void testWithoutChannels();
    void testThroughAStoredChannel();
    void addListRemove();
    void addRejectsBadOptions_data();
    void addRejectsBadOptions();

private:
    QStringList withDataDir(QStringList arguments) const
    {
        return arguments << QStringLiteral("--data-dir") << m_dir->path();
    }
    std::vector<alerts::NotificationRecord> storedAttempts() const
    {
        storage::SqlConnection db;
        QString error;
        if (!db.open(m_dir->filePath(QStringLiteral("cryptolens.sqlite")), storage::SqlConnection::Mode::ReadOnly, &error))
            return {};
        return alerts::AlertEventRepository(db).allAttempts(&error);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAlertsCommand::testRetriesUntilDelivered()
{
    test::ScriptedHttpServer server({{503}, {503}, {200}});
    const auto run = test::runCli(withDataDir({QStringLiteral("alerts"), QStringLiteral("test"), QStringLiteral("--channel"),
        QStringLiteral("ntfy"), QStringLiteral("--url"), QString::fromLatin1(server.url()), QStringLiteral("--topic"),
        QStringLiteral("T")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(QStringLiteral("attempt 1/3 via ntfy: HTTP 503 -> retrying in 1000 ms")), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QStringLiteral("attempt 2/3 via ntfy: HTTP 503 -> retrying in 2000 ms")), qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("attempt 3/3 via ntfy: HTTP 200 -> delivered")), qPrintable(lines[2]));
    QCOMPARE(server.requestCount(), 3);
    const QJsonObject body = QJsonDocument::fromJson(server.requests().at(0).body).object();
    QCOMPARE(body.value(QStringLiteral("topic")).toString(), QStringLiteral("T"));
    const auto stored = storedAttempts();
    QCOMPARE(int(stored.size()), 3);
    QCOMPARE(stored[0].outcome, QStringLiteral("retrying"));
    QCOMPARE(stored[2].outcome, QStringLiteral("delivered"));
    QCOMPARE(stored[2].httpStatus, 200);
    // The backoff was real time here: the attempts are >= 1 s and >= 2 s apart.
    QVERIFY(stored[1].attemptedAt - stored[0].attemptedAt >= 1000);
    QVERIFY(stored[2].attemptedAt - stored[1].attemptedAt >= 2000);
}

void TestAlertsCommand::testStopsAtA400()
{
    test::ScriptedHttpServer server({{400}, {200}});
    const auto run = test::runCli(withDataDir({QStringLiteral("alerts"), QStringLiteral("test"), QStringLiteral("--channel"),
        QStringLiteral("ntfy"), QStringLiteral("--url"), QString::fromLatin1(server.url()), QStringLiteral("--topic"),
        QStringLiteral("T")}));
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].contains(QStringLiteral("HTTP 400 -> failed")), qPrintable(lines[0]));
    QVERIFY(run.err.contains(QStringLiteral("not delivered")));
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(int(storedAttempts().size()), 1);
}

void TestAlertsCommand::testWithoutChannels()
{
    const auto run = test::runCli(withDataDir({QStringLiteral("alerts"), QStringLiteral("test")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("no enabled channel")));
}

void TestAlertsCommand::testThroughAStoredChannel()
{
    test::ScriptedHttpServer server(QList<Answer>{Answer(200)});
    auto run = test::runCli(withDataDir({QStringLiteral("alerts"), QStringLiteral("channel-add"), QStringLiteral("--name"),
        QStringLiteral("ops"), QStringLiteral("--channel"), QStringLiteral("webhook"), QStringLiteral("--url"),
        QString::fromLatin1(server.url()) + QStringLiteral("hook")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = test::runCli(withDataDir({QStringLiteral("alerts"), QStringLiteral("channels")}));
    QVERIFY(run.out.contains(QStringLiteral("ops")));
    run = test::runCli(withDataDir({QStringLiteral("alerts"), QStringLiteral("test")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("attempt 1/3 via ops: HTTP 200 -> delivered")));
    QCOMPARE(server.requests().at(0).path, QByteArray("/hook"));
    run = test::runCli(withDataDir({QStringLiteral("alerts"), QStringLiteral("channel-remove"), QStringLiteral("--name"),
        QStringLiteral("ops")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = test::runCli(withDataDir({QStringLiteral("alerts"), QStringLiteral("channel-remove"), QStringLiteral("--name"),
        QStringLiteral("ops")}));
    QCOMPARE(run.exitCode, 1);
}

void TestAlertsCommand::addListRemove()
{
    auto run = test::runCli(withDataDir({QStringLiteral("alerts"), QStringLiteral("add"), QStringLiteral("--exchange"),
        QStringLiteral("binance"), QStringLiteral("--symbol"), QStringLiteral("BTC/USDT,ETH/USDT"), QStringLiteral("--type"),
        QStringLiteral("price_above"), QStringLiteral("--level"), QStringLiteral("65000"), QStringLiteral("--rearm"),
        QStringLiteral("--cooldown"), QStringLiteral("300"), QStringLiteral("--active-hours"), QStringLiteral("08:00-20:00"),
        QStringLiteral("--channels"), QStringLiteral("ntfy,ops"), QStringLiteral("--sound"), QStringLiteral("beep")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), QStringLiteral("1"));
    run = test::runCli(withDataDir({QStringLiteral("alerts"), QStringLiteral("add"), QStringLiteral("--exchange"),
        QStringLiteral("okx"), QStringLiteral("--symbol"), QStringLiteral("SOL/USDT"), QStringLiteral("--type"),
        QStringLiteral("rsi_below"), QStringLiteral("--level"), QStringLiteral("25"), QStringLiteral("--timeframe"),
        QStringLiteral("1h"), QStringLiteral("--expires"), QStringLiteral("2030-01-01T00:00:00Z")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = test::runCli(withDataDir({QStringLiteral("alerts"), QStringLiteral("add"), QStringLiteral("--exchange"),
        QStringLiteral("kraken"), QStringLiteral("--type"), QStringLiteral("feed_disconnected"), QStringLiteral("--seconds"),
        QStringLiteral("60")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    run = test::runCli(withDataDir({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rules = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(rules.size(), 3);
    const QJsonObject first = rules[0].toObject();
    QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("price_above"));
    QCOMPARE(first.value(QStringLiteral("scope")).toObject().value(QStringLiteral("symbols")).toArray().size(), 2);
    QCOMPARE(first.value(QStringLiteral("params")).toObject().value(QStringLiteral("level")).toDouble(), 65000.0);
    const QJsonObject options = first.value(QStringLiteral("options")).toObject();
    QCOMPARE(options.value(QStringLiteral("cooldown_ms")).toInteger(), 300'000);
    QCOMPARE(options.value(QStringLiteral("active_hours")).toString(), QStringLiteral("08:00-20:00"));
    QCOMPARE(options.value(QStringLiteral("channels")).toArray().size(), 2);
    QCOMPARE(rules[1].toObject().value(QStringLiteral("expires_at")).toInteger(), 1'893'456'000'000);
    QCOMPARE(rules[2].toObject().value(QStringLiteral("scope")).toObject().value(QStringLiteral("exchanges")).toArray(),
        (QJsonArray{QStringLiteral("kraken")}));

    run = test::runCli(withDataDir({QStringLiteral("alerts"), QStringLiteral("list")}));
    QCOMPARE(run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);
    run = test::runCli(withDataDir({QStringLiteral("alerts"), QStringLiteral("remove"), QStringLiteral("--id"), QStringLiteral("2")}));
    QCOMPARE(run.exitCode, 0);
    run = test::runCli(withDataDir({QStringLiteral("alerts"), QStringLiteral("remove"), QStringLiteral("--id"), QStringLiteral("2")}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("no rule 2")));
    run = test::runCli(withDataDir({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 2);
}

void TestAlertsCommand::addRejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList btc{QStringLiteral("--exchange"), QStringLiteral("binance"), QStringLiteral("--symbol"), QStringLiteral("BTC/USDT")};
    QTest::newRow("unknown type") << (btc + QStringList{QStringLiteral("--type"), QStringLiteral("moon")}) << QStringLiteral("option --type");
    QTest::newRow("no type") << btc << QStringLiteral("--type is required");
    QTest::newRow("no level") << (btc + QStringList{QStringLiteral("--type"), QStringLiteral("price_above")})
                              << QStringLiteral("params.level");
    QTest::newRow("NaN level") << (btc + QStringList{QStringLiteral("--type"), QStringLiteral("price_above"), QStringLiteral("--level"), QStringLiteral("nan")})
                               << QStringLiteral("option --level");
    QTest::newRow("symbol without exchange")
        << QStringList{QStringLiteral("--symbol"), QStringLiteral("BTC/USDT"), QStringLiteral("--type"), QStringLiteral("price_above"),
               QStringLiteral("--level"), QStringLiteral("1")}
        << QStringLiteral("needs --exchange");
    QTest::newRow("bad symbol") << QStringList{QStringLiteral("--exchange"), QStringLiteral("binance"), QStringLiteral("--symbol"),
                                       QStringLiteral("btcusdt"), QStringLiteral("--type"), QStringLiteral("price_above")}
                                << QStringLiteral("option --symbol");
    QTest::newRow("no scope") << QStringList{QStringLiteral("--type"), QStringLiteral("price_above"), QStringLiteral("--level"), QStringLiteral("1")}
                              << QStringLiteral("scope");
    QTest::newRow("bad hours") << (btc + QStringList{QStringLiteral("--type"), QStringLiteral("price_above"), QStringLiteral("--level"),
                                       QStringLiteral("1"), QStringLiteral("--active-hours"), QStringLiteral("25:00-26:00")})
                               << QStringLiteral("--active-hours");
    QTest::newRow("negative cooldown") << (btc + QStringList{QStringLiteral("--type"), QStringLiteral("price_above"), QStringLiteral("--level"),
                                               QStringLiteral("1"), QStringLiteral("--cooldown"), QStringLiteral("-5")})
                                       << QStringLiteral("--cooldown");
}

void TestAlertsCommand::addRejectsBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const auto run = test::runCli(withDataDir(QStringList{QStringLiteral("alerts"), QStringLiteral("add")} + arguments));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestAlertsCommand)
#include "tst_alertscommand.moc"
