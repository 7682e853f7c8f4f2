#include "notificationdispatcher.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace cl::alerts {

NotificationDispatcher::NotificationDispatcher(
    const model::Clock &clock, DelayScheduler &scheduler, DeliveryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_scheduler(scheduler)
    , m_policy(std::move(policy))
{
    qRegisterMetaType<cl::alerts::DeliveryAttempt>();
}

NotificationDispatcher::~NotificationDispatcher()
{
    // The scheduler may outlive us (tests): no task may call back into a dead dispatcher.
    for (const auto &state : m_channels) {
        m_scheduler.cancel(state->pumpTask);
        if (state->current) {
            m_scheduler.cancel(state->current->timeoutTask);
            m_scheduler.cancel(state->current->retryTask);
            if (state->current->reply) {
                state->current->reply->disconnect(this);
                state->current->reply->abort();
                state->current->reply->deleteLater();
            }
        }
    }
}

void NotificationDispatcher::addChannel(std::unique_ptr<NotificationChannel> channel)
{
    auto state = std::make_unique<ChannelState>(ChannelState{std::move(channel),
        CircuitBreaker(m_policy.breakerFailures, m_policy.breakerOpenMs),
        RateLimiter(m_policy.rateLimitCount, m_policy.rateLimitWindowMs), {}, -1, 0, nullptr});
    m_channels.push_back(std::move(state));
}

QStringList NotificationDispatcher::channelNames() const
{
    QStringList names;
    for (const auto &state : m_channels)
        names << state->channel->name();
    return names;
}

NotificationDispatcher::ChannelState *NotificationDispatcher::find(const QString &name) const
{
    for (const auto &state : m_channels) {
        if (state->channel->name() == name)
            return state.get();
    }
    return nullptr;
}

bool NotificationDispatcher::isBreakerOpen(const QString &channel) const
{
    const ChannelState *state = find(channel);
    return state && state->breaker.isOpen(m_clock.nowMs());
}

bool NotificationDispatcher::isBusy() const
{
    return std::any_of(m_channels.begin(), m_channels.end(),
        [](const auto &state) { return state->current || !state->pending.isEmpty(); });
}

int NotificationDispatcher::post(const NotificationMessage &message, const QStringList &channels)
{
    int taken = 0;
    for (const auto &state : m_channels) {
        if (!channels.isEmpty() && !channels.contains(state->channel->name()))
            continue;
        state->pending.append(message);
        ++taken;
        pump(*state);
    }
    return taken;
}

void NotificationDispatcher::schedulePump(ChannelState &state, qint64 atMs)
{
    if (state.pumpTask != 0)
        return;
    state.pumpTask = m_scheduler.schedule(atMs - m_clock.nowMs(), [this, s = &state] {
        s->pumpTask = 0;
        pump(*s);
    });
}

void NotificationDispatcher::pump(ChannelState &state)
{
    if (state.current || state.pending.isEmpty())
        return;
    const qint64 now = m_clock.nowMs();
    if (now < state.windowEnd) {
        schedulePump(state, state.windowEnd);
        return;
    }
    const qint64 allowedAt = state.limiter.nextAllowedAt(now);
    if (allowedAt > now) {
        schedulePump(state, allowedAt);
        return;
    }
    state.limiter.record(now);
    state.windowEnd = now + m_policy.batchWindowMs;
    state.current = std::make_unique<Delivery>();
    state.current->id = m_nextMessageId++;
    state.current->message = NotificationMessage::summary(state.pending);
    state.pending.clear();
    startAttempt(state);
}

void NotificationDispatcher::startAttempt(ChannelState &state)
{
    Delivery &d = *state.current;
    ++d.attempt;
    d.attemptStartedAt = m_clock.nowMs();
    d.timedOut = false;
    d.retryTask = 0;
    DeliveryAttempt attempt{state.channel->name(), d.id, d.message.eventIds, d.attempt, d.attemptStartedAt, {}, 0,
        {}, -1};
    if (state.breaker.isOpen(d.attemptStartedAt)) {
        attempt.outcome = QStringLiteral("skipped");
        attempt.error = QStringLiteral("circuit breaker open for %1 ms more")
                            .arg(state.breaker.openUntil() - d.attemptStartedAt);
        conclude(state, attempt, false);
        return;
    }
    QString error;
    const auto spec = state.channel->request(d.message, &error);
    if (!spec) {
        attempt.outcome = QStringLiteral("failed");
        attempt.error = error;
        conclude(state, attempt, false);
        return;
    }
    QNetworkRequest request(spec->url);
    for (const auto &[name, value] : spec->headers)
        request.setRawHeader(name, value);
    // The scheduler owns the timeout (ManualClock in tests); Qt's own transfer timeout stays off.
    request.setTransferTimeout(0);
    d.reply = network().post(request, spec->body);
    QNetworkReply *reply = d.reply;
    connect(reply, &QNetworkReply::finished, this, [this, s = &state, reply] { onReplyFinished(*s, reply); });
    d.timeoutTask = m_scheduler.schedule(m_policy.timeoutMs, [s = &state, reply] {
        if (!s->current || s->current->reply != reply)
            return;
        s->current->timeoutTask = 0;
        s->current->timedOut = true;
        reply->abort(); // finished() follows, synchronously
    });
}

qint64 NotificationDispatcher::retryAfterMs(QNetworkReply *reply) const
{
    const QByteArray header = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed();
    if (header.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = header.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : std::min(seconds * 1000, m_policy.maxRetryAfterMs);
    // An HTTP-date (IMF-fixdate) ends in "GMT", which Qt's RFC 2822 parser wants as a numeric offset.
    QString text = QString::fromLatin1(header);
    if (text.endsWith(QLatin1String(" GMT")))
        text = text.chopped(4) + QStringLiteral(" +0000");
    const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return std::clamp<qint64>(at.toMSecsSinceEpoch() - m_clock.nowMs(), 0, m_policy.maxRetryAfterMs);
}

void NotificationDispatcher::onReplyFinished(ChannelState &state, QNetworkReply *reply)
{
    reply->deleteLater();
    if (!state.current || state.current->reply != reply)
        return;
    Delivery &d = *state.current;
    m_scheduler.cancel(d.timeoutTask);
    d.timeoutTask = 0;
    const qint64 now = m_clock.nowMs();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    DeliveryAttempt attempt{state.channel->name(), d.id, d.message.eventIds, d.attempt, d.attemptStartedAt, {},
        status, {}, -1};
    if (!d.timedOut && status >= 200 && status < 300) {
        state.breaker.recordSuccess();
        attempt.outcome = QStringLiteral("delivered");
        conclude(state, attempt, true);
        return;
    }
    state.breaker.recordFailure(now);
    bool retryable = false;
    qint64 delay = -1;
    if (d.timedOut) {
        attempt.httpStatus = 0;
        attempt.error = QStringLiteral("timeout after %1 ms").arg(m_policy.timeoutMs);
        retryable = true;
    } else if (status == 429) {
        attempt.error = QStringLiteral("HTTP 429 Too Many Requests");
        retryable = true;
        delay = retryAfterMs(reply);
    } else if (status >= 500) {
        attempt.error = QStringLiteral("HTTP %1").arg(status);
        retryable = true;
    } else if (status > 0) {
        attempt.error = QStringLiteral("HTTP %1, not retried").arg(status);
    } else {
        // No HTTP answer: refused, reset, DNS. The error string names no URL (it may carry a token).
        attempt.error = QStringLiteral("network error %1").arg(int(reply->error()));
        retryable = true;
    }
    if (!retryable || d.attempt >= m_policy.maxAttempts) {
        attempt.outcome = QStringLiteral("failed");
        conclude(state, attempt, false);
        return;
    }
    if (delay < 0) {
        const size_t index = std::min(size_t(d.attempt - 1), m_policy.backoffMs.size() - 1);
        delay = m_policy.backoffMs.empty() ? 0 : m_policy.backoffMs[index];
    }
    retryLater(state, attempt, delay);
}

void NotificationDispatcher::retryLater(ChannelState &state, DeliveryAttempt attempt, qint64 delayMs)
{
    attempt.outcome = QStringLiteral("retrying");
    attempt.retryInMs = delayMs;
    state.current->reply = nullptr;
    state.current->retryTask = m_scheduler.schedule(delayMs, [this, s = &state] {
        if (s->current)
            startAttempt(*s);
    });
    emit attempted(attempt);
}

void NotificationDispatcher::conclude(ChannelState &state, DeliveryAttempt attempt, bool delivered)
{
    const quint64 id = state.current->id;
    state.current.reset();
    emit attempted(attempt);
    emit finished(state.channel->name(), id, delivered);
    pump(state);
}

QNetworkAccessManager &NotificationDispatcher::network()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    return *m_network;
}

} // namespace cl::alerts
