#include "alerts/manualdelayscheduler.h"
#include "alerts/notificationdispatcher.h"
#include "alerts/ntfychannel.h"
#include "alerts/webhookchannel.h"
#include "scriptedhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace cl;
using namespace cl::alerts;
using Answer = test::ScriptedHttpServer::Answer;

namespace {

constexpr qint64 kT0 = 1'709'294'400'000;

NotificationMessage message(const QString &text, qint64 eventId = 0)
{
    NotificationMessage m;
    m.title = QStringLiteral("CryptoLens");
    m.message = text;
    if (eventId > 0)
        m.eventIds << eventId;
    return m;
}

} // namespace

// Delivery against a scripted HTTP server on loopback. Time is a ManualClock: the tests move it to the
// exact backoff instants; QTRY_* only waits for loopback I/O, never for policy time.
class TestNotificationDispatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void deliveredAtFirstAttempt();
    void retriesOn5xxWithBackoff();
    void givesUpAfterThreeAttempts();
    void honoursRetryAfterOn429_data();
    void honoursRetryAfterOn429();
    void noRetryOn4xx();
    void timeoutIsRetried();
    void connectionRefusedIsRetried();
    void circuitBreakerOpensAfterFiveFailures();
    void burstBecomesOneSummary();
    void rateLimitHoldsAndMerges();
    void onlyTheNamedChannels();

private:
    void setUpDispatcher(const QList<Answer> &script, DeliveryPolicy policy = {});
    QString outcome(int index) const { return m_attempts.at(index).outcome; }

    std::unique_ptr<model::ManualClock> m_clock;
    std::unique_ptr<ManualDelayScheduler> m_scheduler;
    std::unique_ptr<test::ScriptedHttpServer> m_server;
    std::unique_ptr<NotificationDispatcher> m_dispatcher;
    QList<DeliveryAttempt> m_attempts;
    QList<QPair<quint64, bool>> m_finished;
};

void TestNotificationDispatcher::init()
{
    m_clock = std::make_unique<model::ManualClock>(kT0);
    m_scheduler = std::make_unique<ManualDelayScheduler>(*m_clock);
    m_attempts.clear();
    m_finished.clear();
}

void TestNotificationDispatcher::cleanup()
{
    m_dispatcher.reset();
    m_server.reset();
    m_scheduler.reset();
    m_clock.reset();
}

void TestNotificationDispatcher::setUpDispatcher(const QList<Answer> &script, DeliveryPolicy policy)
{
    m_server = std::make_unique<test::ScriptedHttpServer>(script);
    m_dispatcher = std::make_unique<NotificationDispatcher>(*m_clock, *m_scheduler, policy);
    m_dispatcher->addChannel(std::make_unique<NtfyChannel>(
        QStringLiteral("ntfy"), QUrl(QString::fromLatin1(m_server->url())), QStringLiteral("T"), QStringLiteral("tk")));
    connect(m_dispatcher.get(), &NotificationDispatcher::attempted, this,
        [this](const DeliveryAttempt &a) { m_attempts.append(a); });
    connect(m_dispatcher.get(), &NotificationDispatcher::finished, this,
        [this](const QString &, quint64 id, bool ok) { m_finished.append({id, ok}); });
}

void TestNotificationDispatcher::deliveredAtFirstAttempt()
{
    setUpDispatcher({{200}});
    QCOMPARE(m_dispatcher->post(message(QStringLiteral("hello"), 42)), 1);
    QTRY_COMPARE(m_attempts.size(), 1);
    QCOMPARE(outcome(0), QStringLiteral("delivered"));
    QCOMPARE(m_attempts[0].httpStatus, 200);
    QCOMPARE(m_attempts[0].attempt, 1);
    QCOMPARE(m_attempts[0].attemptedAt, kT0);
    QCOMPARE(m_attempts[0].eventIds, (QList<qint64>{42}));
    QCOMPARE(m_finished, (QList<QPair<quint64, bool>>{{1, true}}));
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests[0].method, QByteArray("POST"));
    QCOMPARE(requests[0].header("Authorization"), QByteArray("Bearer tk"));
    const QJsonObject body = QJsonDocument::fromJson(requests[0].body).object();
    QCOMPARE(body.value(QStringLiteral("topic")).toString(), QStringLiteral("T"));
    QCOMPARE(body.value(QStringLiteral("message")).toString(), QStringLiteral("hello"));
    QVERIFY(!m_dispatcher->isBusy());
}

void TestNotificationDispatcher::retriesOn5xxWithBackoff()
{
    setUpDispatcher({{503}, {500}, {200}});
    m_dispatcher->post(message(QStringLiteral("x")));
    QTRY_COMPARE(m_attempts.size(), 1);
    QCOMPARE(outcome(0), QStringLiteral("retrying"));
    QCOMPARE(m_attempts[0].httpStatus, 503);
    QCOMPARE(m_attempts[0].retryInMs, 1000);
    QCOMPARE(m_scheduler->nextDueMs(), kT0 + 1000);
    m_scheduler->advanceBy(999);
    QTest::qWait(50); // give a wrong early retry the chance to show
    QCOMPARE(m_server->requestCount(), 1);
    m_scheduler->advanceBy(1);
    QTRY_COMPARE(m_attempts.size(), 2);
    QCOMPARE(m_attempts[1].attemptedAt, kT0 + 1000);
    QCOMPARE(m_attempts[1].retryInMs, 2000);
    QCOMPARE(m_scheduler->nextDueMs(), kT0 + 3000);
    m_scheduler->advanceBy(2000);
    QTRY_COMPARE(m_attempts.size(), 3);
    QCOMPARE(outcome(2), QStringLiteral("delivered"));
    QCOMPARE(m_attempts[2].attempt, 3);
    QCOMPARE(m_attempts[2].attemptedAt, kT0 + 3000);
    QCOMPARE(m_finished.size(), 1);
    QVERIFY(m_finished[0].second);
}

void TestNotificationDispatcher::givesUpAfterThreeAttempts()
{
    setUpDispatcher({{500}});
    m_dispatcher->post(message(QStringLiteral("x")));
    QTRY_COMPARE(m_attempts.size(), 1);
    m_scheduler->advanceBy(1000);
    QTRY_COMPARE(m_attempts.size(), 2);
    m_scheduler->advanceBy(2000);
    QTRY_COMPARE(m_attempts.size(), 3);
    QCOMPARE(outcome(2), QStringLiteral("failed"));
    QCOMPARE(m_finished.size(), 1);
    QVERIFY(!m_finished[0].second);
    m_scheduler->advanceBy(60'000);
    QTest::qWait(50);
    QCOMPARE(m_server->requestCount(), 3);
}

void TestNotificationDispatcher::honoursRetryAfterOn429_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<qint64>("expectedDelay");
    QTest::newRow("seconds") << QByteArray("7") << qint64(7000);
    QTest::newRow("absent: backoff") << QByteArray() << qint64(1000);
    QTest::newRow("capped") << QByteArray("86400") << qint64(60'000);
    QTest::newRow("garbage: backoff") << QByteArray("soon") << qint64(1000);
    QTest::newRow("http date") << QByteArray("Fri, 01 Mar 2024 12:00:05 GMT") << qint64(5000);
}

void TestNotificationDispatcher::honoursRetryAfterOn429()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(qint64, expectedDelay);
    Answer tooMany{429};
    if (!retryAfter.isEmpty())
        tooMany.headers.append({QByteArrayLiteral("Retry-After"), retryAfter});
    setUpDispatcher({tooMany, {200}});
    m_dispatcher->post(message(QStringLiteral("x")));
    QTRY_COMPARE(m_attempts.size(), 1);
    QCOMPARE(m_attempts[0].httpStatus, 429);
    QCOMPARE(m_attempts[0].retryInMs, expectedDelay);
    m_scheduler->advanceBy(expectedDelay - 1);
    QTest::qWait(30);
    QCOMPARE(m_server->requestCount(), 1);
    m_scheduler->advanceBy(1);
    QTRY_COMPARE(m_attempts.size(), 2);
    QCOMPARE(outcome(1), QStringLiteral("delivered"));
}

void TestNotificationDispatcher::noRetryOn4xx()
{
    setUpDispatcher({{400}, {200}});
    m_dispatcher->post(message(QStringLiteral("x")));
    QTRY_COMPARE(m_attempts.size(), 1);
    QCOMPARE(outcome(0), QStringLiteral("failed"));
    QCOMPARE(m_attempts[0].httpStatus, 400);
    QVERIFY(m_attempts[0].error.contains(QStringLiteral("not retried")));
    QCOMPARE(m_finished.size(), 1);
    m_scheduler->advanceBy(30'000);
    QTest::qWait(30);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_scheduler->pending(), 0);
}

void TestNotificationDispatcher::timeoutIsRetried()
{
    setUpDispatcher({{200, {}, true}, {200}});
    m_dispatcher->post(message(QStringLiteral("x")));
    QTRY_COMPARE(m_server->requestCount(), 1);
    QVERIFY(m_attempts.isEmpty());
    m_scheduler->advanceBy(9'999);
    QVERIFY(m_attempts.isEmpty());
    m_scheduler->advanceBy(1); // the 10 s timeout
    QTRY_COMPARE(m_attempts.size(), 1);
    QCOMPARE(outcome(0), QStringLiteral("retrying"));
    QCOMPARE(m_attempts[0].httpStatus, 0);
    QVERIFY(m_attempts[0].error.contains(QStringLiteral("timeout")));
    m_scheduler->advanceBy(1000);
    QTRY_COMPARE(m_attempts.size(), 2);
    QCOMPARE(outcome(1), QStringLiteral("delivered"));
    QCOMPARE(m_attempts[1].attemptedAt, kT0 + 11'000);
}

void TestNotificationDispatcher::connectionRefusedIsRetried()
{
    m_dispatcher = std::make_unique<NotificationDispatcher>(*m_clock, *m_scheduler);
    // Port 1 on loopback: nothing listens there.
    m_dispatcher->addChannel(std::make_unique<WebhookChannel>(QStringLiteral("hook"), QUrl(QStringLiteral("http://127.0.0.1:1/"))));
    connect(m_dispatcher.get(), &NotificationDispatcher::attempted, this, [this](const DeliveryAttempt &a) { m_attempts.append(a); });
    m_dispatcher->post(message(QStringLiteral("x")));
    QTRY_COMPARE(m_attempts.size(), 1);
    QCOMPARE(outcome(0), QStringLiteral("retrying"));
    QVERIFY(m_attempts[0].error.startsWith(QStringLiteral("network error")));
    QVERIFY(!m_attempts[0].error.contains(QStringLiteral("127.0.0.1")));
}

void TestNotificationDispatcher::circuitBreakerOpensAfterFiveFailures()
{
    setUpDispatcher({{400}});
    for (int i = 0; i < 5; ++i) {
        m_dispatcher->post(message(QStringLiteral("m%1").arg(i)));
        QTRY_COMPARE(m_attempts.size(), i + 1);
        QCOMPARE(outcome(i), QStringLiteral("failed"));
        m_scheduler->advanceBy(2000); // past the batching window
    }
    QVERIFY(m_dispatcher->isBreakerOpen(QStringLiteral("ntfy")));
    m_dispatcher->post(message(QStringLiteral("while open")));
    QCOMPARE(m_attempts.size(), 6);
    QCOMPARE(outcome(5), QStringLiteral("skipped"));
    QVERIFY(m_attempts[5].error.contains(QStringLiteral("circuit breaker open")));
    QCOMPARE(m_server->requestCount(), 5);
    // 30 s after the fifth failure (at +8 s) one trial goes through.
    m_scheduler->advanceBy(28'000); // now +38 s
    QVERIFY(!m_dispatcher->isBreakerOpen(QStringLiteral("ntfy")));
    m_server->setScript({{200}});
    m_dispatcher->post(message(QStringLiteral("trial")));
    QTRY_COMPARE(m_attempts.size(), 7);
    QCOMPARE(outcome(6), QStringLiteral("delivered"));
    QVERIFY(!m_dispatcher->isBreakerOpen(QStringLiteral("ntfy")));
}

void TestNotificationDispatcher::burstBecomesOneSummary()
{
    setUpDispatcher({{200}});
    m_dispatcher->post(message(QStringLiteral("first"), 1));
    QTRY_COMPARE(m_attempts.size(), 1);
    m_scheduler->advanceBy(500);
    m_dispatcher->post(message(QStringLiteral("second"), 2));
    m_scheduler->advanceBy(1000);
    m_dispatcher->post(message(QStringLiteral("third"), 3));
    QTest::qWait(30);
    QCOMPARE(m_server->requestCount(), 1); // held for the window
    m_scheduler->advanceBy(499);
    QTest::qWait(30);
    QCOMPARE(m_server->requestCount(), 1);
    m_scheduler->advanceBy(1); // the window of the first message ends at +2 s
    QTRY_COMPARE(m_attempts.size(), 2);
    QCOMPARE(m_attempts[1].attemptedAt, kT0 + 2000);
    QCOMPARE(m_attempts[1].eventIds, (QList<qint64>{2, 3}));
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    const QJsonObject summary = QJsonDocument::fromJson(requests[1].body).object();
    QCOMPARE(summary.value(QStringLiteral("title")).toString(), QStringLiteral("CryptoLens: 2 alerts"));
    QCOMPARE(summary.value(QStringLiteral("message")).toString(), QStringLiteral("second\nthird"));
    QCOMPARE(m_finished.size(), 2);
}

void TestNotificationDispatcher::rateLimitHoldsAndMerges()
{
    DeliveryPolicy policy;
    policy.rateLimitCount = 2;
    policy.rateLimitWindowMs = 60'000;
    policy.batchWindowMs = 0;
    setUpDispatcher({{200}}, policy);
    m_dispatcher->post(message(QStringLiteral("a")));
    QTRY_COMPARE(m_attempts.size(), 1);
    m_scheduler->advanceBy(1000);
    m_dispatcher->post(message(QStringLiteral("b")));
    QTRY_COMPARE(m_attempts.size(), 2);
    m_scheduler->advanceBy(1000);
    m_dispatcher->post(message(QStringLiteral("c")));
    m_dispatcher->post(message(QStringLiteral("d")));
    QCOMPARE(m_scheduler->nextDueMs(), kT0 + 60'000);
    m_scheduler->advanceBy(57'999);
    QTest::qWait(30);
    QCOMPARE(m_server->requestCount(), 2);
    m_scheduler->advanceBy(1);
    QTRY_COMPARE(m_attempts.size(), 3);
    const QJsonObject merged = QJsonDocument::fromJson(m_server->requests()[2].body).object();
    QCOMPARE(merged.value(QStringLiteral("message")).toString(), QStringLiteral("c\nd"));
}

void TestNotificationDispatcher::onlyTheNamedChannels()
{
    setUpDispatcher({{200}});
    m_dispatcher->addChannel(std::make_unique<WebhookChannel>(QStringLiteral("hook"), QUrl(QString::fromLatin1(m_server->url()))));
    QCOMPARE(m_dispatcher->channelNames(), (QStringList{QStringLiteral("ntfy"), QStringLiteral("hook")}));
    QCOMPARE(m_dispatcher->post(message(QStringLiteral("x")), {QStringLiteral("hook")}), 1);
    QTRY_COMPARE(m_attempts.size(), 1);
    QCOMPARE(m_attempts[0].channel, QStringLiteral("hook"));
    QCOMPARE(m_dispatcher->post(message(QStringLiteral("x")), {QStringLiteral("nope")}), 0);
    QCOMPARE(m_dispatcher->post(message(QStringLiteral("y"))), 2);
}

QTEST_GUILESS_MAIN(TestNotificationDispatcher)
#include "tst_notificationdispatcher.moc"
