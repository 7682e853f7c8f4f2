#pragma once

#include "alertfiring.h"
#include "deliveryattempt.h"

#include <QString>

#include <optional>
#include <vector>

namespace cl::storage {
class SqlConnection;
}

namespace cl::alerts {

// A stored firing as the history shows it.
struct AlertEventRecord
{
    qint64 id = 0;
    qint64 ruleId = 0;
    QString ruleName;
    qint64 firedAt = 0;
    std::optional<SymbolRef> symbol;
    QString message;
    QJsonObject values;
    bool acknowledged = false;
};

struct NotificationRecord
{
    qint64 id = 0;
    qint64 eventId = 0; // 0: a test message
    QString channel;
    int attempt = 0;
    qint64 attemptedAt = 0;
    QString outcome;
    int httpStatus = 0;
    QString error;
};

// alert_events (the firings, with the values that fired them) and notifications (every delivery attempt).
class AlertEventRepository
{
public:
    explicit AlertEventRepository(storage::SqlConnection &connection) : m_connection(connection) {}

    // The largest event id so far (0 when none): the AlertWorker numbers new events after it.
    std::optional<qint64> maxEventId(QString *error);
    // Stores the firing under firing.eventId (or a new id when 0); symbolId 0 for no symbol.
    std::optional<qint64> insert(const AlertFiring &firing, qint64 symbolId, QString *error);
    // Newest first; limit <= 0: all.
    std::vector<AlertEventRecord> recent(int limit, bool unacknowledgedOnly, QString *error);
    bool acknowledge(qint64 eventId, QString *error);
    bool acknowledgeAll(QString *error);

    // One notifications row per event of the attempt (one row with a NULL event for a test message).
    bool recordAttempt(const DeliveryAttempt &attempt, QString *error);
    std::vector<NotificationRecord> attempts(qint64 eventId, QString *error);
    std::vector<NotificationRecord> allAttempts(QString *error);

private:
    storage::SqlConnection &m_connection;
};

} // namespace cl::alerts
