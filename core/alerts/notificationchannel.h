#pragma once

#include "notificationmessage.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace cl::alerts {

// The HTTP request a channel wants sent; the NotificationDispatcher sends it with the retry policy.
struct HttpRequestSpec
{
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // JSON
};

// A push destination. Channels only build requests (pure, testable without a network); sending,
// retries, the circuit breaker, rate limiting and batching are the dispatcher's, the same for all.
class NotificationChannel
{
public:
    virtual ~NotificationChannel() = default;
    // The name rules list in options.channels ("ntfy", "ops-webhook" ...).
    virtual QString name() const = 0;
    virtual QString kind() const = 0; // ntfy, webhook, telegram
    // The request for a message; nothing with *error when the channel is misconfigured.
    virtual std::optional<HttpRequestSpec> request(const NotificationMessage &message, QString *error) const = 0;
};

} // namespace cl::alerts
