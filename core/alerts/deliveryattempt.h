#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace cl::alerts {

// One HTTP attempt of one notification on one channel, as stored in the notifications table.
struct DeliveryAttempt
{
    QString channel;            // the channel's name
    quint64 messageId = 0;      // the dispatcher's id of the (possibly summary) message
    QList<qint64> eventIds;     // alert_events rows the message carries (empty for a test message)
    int attempt = 1;            // 1-based
    qint64 attemptedAt = 0;     // UTC ms when the attempt started
    QString outcome;            // delivered, retrying, failed, skipped
    int httpStatus = 0;         // 0 when no HTTP answer (timeout, connection refused, skipped)
    QString error;              // why it failed (never a token or a URL with one)
    qint64 retryInMs = -1;      // for "retrying": when the next attempt starts
};

} // namespace cl::alerts

Q_DECLARE_METATYPE(cl::alerts::DeliveryAttempt)
