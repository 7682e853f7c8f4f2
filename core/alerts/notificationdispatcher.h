#pragma once

#include "circuitbreaker.h"
#include "delayscheduler.h"
#include "deliveryattempt.h"
#include "deliverypolicy.h"
#include "model/clock.h"
#include "notificationchannel.h"
#include "ratelimiter.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace cl::alerts {

// Sends notifications through the push channels with the policy of issue 6, the same for every channel:
// - batching: the first message after a quiet period goes at once; what arrives within batchWindowMs
//   after it is held and sent as one summary when the window ends (a burst is one message);
// - a rate limit per channel (messages per window; held messages wait and merge);
// - up to maxAttempts attempts, backoff 1 s then 2 s on 5xx, timeouts and connection errors; on 429 the
//   Retry-After (seconds or HTTP date) when given; any other 4xx is final at once;
// - a circuit breaker per channel (breakerFailures consecutive failed attempts open it for breakerOpenMs;
//   while open a message is recorded as skipped).
// Every attempt is announced with attempted() (the caller stores it in notifications). Time comes from
// the Clock and waits from the DelayScheduler, so tests run it on a ManualClock. Lives on one thread.
class NotificationDispatcher : public QObject
{
    Q_OBJECT

public:
    NotificationDispatcher(const model::Clock &clock, DelayScheduler &scheduler, DeliveryPolicy policy = {},
        QObject *parent = nullptr);
    ~NotificationDispatcher() override;

    void addChannel(std::unique_ptr<NotificationChannel> channel);
    QStringList channelNames() const;
    bool isBreakerOpen(const QString &channel) const;
    const DeliveryPolicy &policy() const { return m_policy; }

    // Queues the message for the named channels (empty: every channel). Returns how many channels took it.
    int post(const NotificationMessage &message, const QStringList &channels = {});
    // True while any channel has a message pending or in flight.
    bool isBusy() const;

signals:
    void attempted(const cl::alerts::DeliveryAttempt &attempt);
    // A message (or summary) left the channel: delivered, or given up after its last attempt / skipped.
    void finished(const QString &channel, quint64 messageId, bool delivered);

private:
    struct Delivery
    {
        quint64 id = 0;
        NotificationMessage message;
        int attempt = 0;
        qint64 attemptStartedAt = 0;
        QPointer<QNetworkReply> reply;
        DelayScheduler::TaskId timeoutTask = 0;
        DelayScheduler::TaskId retryTask = 0;
        bool timedOut = false;
    };
    struct ChannelState
    {
        std::unique_ptr<NotificationChannel> channel;
        CircuitBreaker breaker;
        RateLimiter limiter;
        QList<NotificationMessage> pending;
        qint64 windowEnd = -1;
        DelayScheduler::TaskId pumpTask = 0;
        std::unique_ptr<Delivery> current;
    };

    ChannelState *find(const QString &name) const;
    void pump(ChannelState &state);
    void schedulePump(ChannelState &state, qint64 atMs);
    void startAttempt(ChannelState &state);
    void onReplyFinished(ChannelState &state, QNetworkReply *reply);
    void conclude(ChannelState &state, DeliveryAttempt attempt, bool delivered);
    void retryLater(ChannelState &state, DeliveryAttempt attempt, qint64 delayMs);
    qint64 retryAfterMs(QNetworkReply *reply) const;
    QNetworkAccessManager &network();

    const model::Clock &m_clock;
    DelayScheduler &m_scheduler;
    DeliveryPolicy m_policy;
    std::vector<std::unique_ptr<ChannelState>> m_channels;
    QNetworkAccessManager *m_network = nullptr;
    quint64 m_nextMessageId = 1;
};

} // namespace cl::alerts
