#include "alerteventrepository.h"

#include "storage/sqlconnection.h"
#include "storage/sqlitestatement.h"

#include <QJsonDocument>

namespace cl::alerts {

std::optional<qint64> AlertEventRepository::maxEventId(QString *error)
{
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(), "SELECT COALESCE(MAX(id), 0) FROM alert_events", error))
        return std::nullopt;
    if (!q.step(error) || !q.hasRow())
        return std::nullopt;
    return q.columnInt64(0);
}

std::optional<qint64> AlertEventRepository::insert(const AlertFiring &firing, qint64 symbolId, QString *error)
{
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(),
            "INSERT INTO alert_events (id, rule_id, fired_at, symbol_id, message, fired_values, acknowledged) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
            error))
        return std::nullopt;
    if (firing.eventId > 0)
        q.bindInt64(1, firing.eventId);
    else
        q.bindNull(1);
    q.bindInt64(2, firing.ruleId);
    q.bindInt64(3, firing.firedAt);
    if (symbolId > 0)
        q.bindInt64(4, symbolId);
    else
        q.bindNull(4);
    q.bindText(5, firing.message);
    q.bindText(6, QString::fromUtf8(QJsonDocument(firing.values).toJson(QJsonDocument::Compact)));
    q.bindInt64(7, firing.acknowledged ? 1 : 0);
    if (!q.step(error) || !q.hasRow())
        return std::nullopt;
    return q.columnInt64(0);
}

std::vector<AlertEventRecord> AlertEventRepository::recent(int limit, bool unacknowledgedOnly, QString *error)
{
    std::vector<AlertEventRecord> events;
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(),
            "SELECT e.id, e.rule_id, COALESCE(r.name, ''), e.fired_at, x.code, s.base || '/' || s.quote, e.message, "
            "e.fired_values, e.acknowledged FROM alert_events e "
            "LEFT JOIN alert_rules r ON r.id = e.rule_id LEFT JOIN symbols s ON s.id = e.symbol_id "
            "LEFT JOIN exchanges x ON x.id = s.exchange_id "
            "WHERE (?2 = 0 OR e.acknowledged = 0) ORDER BY e.fired_at DESC, e.id DESC LIMIT ?1",
            error))
        return events;
    q.bindInt64(1, limit > 0 ? limit : -1);
    q.bindInt64(2, unacknowledgedOnly ? 1 : 0);
    while (q.step(error) && q.hasRow()) {
        AlertEventRecord record;
        record.id = q.columnInt64(0);
        record.ruleId = q.columnInt64(1);
        record.ruleName = q.columnText(2);
        record.firedAt = q.columnInt64(3);
        if (!q.columnIsNull(4)) {
            const auto exchange = model::parseExchangeId(q.columnText(4));
            const auto symbol = model::Symbol::parse(q.columnText(5));
            if (exchange && symbol)
                record.symbol = SymbolRef{*exchange, *symbol};
        }
        record.message = q.columnText(6);
        record.values = QJsonDocument::fromJson(q.columnText(7).toUtf8()).object();
        record.acknowledged = q.columnInt64(8) != 0;
        events.push_back(std::move(record));
    }
    return events;
}

bool AlertEventRepository::acknowledge(qint64 eventId, QString *error)
{
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(), "UPDATE alert_events SET acknowledged = 1 WHERE id = ?1", error))
        return false;
    q.bindInt64(1, eventId);
    return q.step(error);
}

bool AlertEventRepository::acknowledgeAll(QString *error)
{
    return m_connection.exec("UPDATE alert_events SET acknowledged = 1 WHERE acknowledged = 0", error);
}

bool AlertEventRepository::recordAttempt(const DeliveryAttempt &attempt, QString *error)
{
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(),
            "INSERT INTO notifications (alert_event_id, channel, attempt, attempted_at, outcome, http_status, error) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            error))
        return false;
    QList<qint64> ids = attempt.eventIds;
    if (ids.isEmpty())
        ids << 0;
    for (const qint64 id : ids) {
        q.reset();
        if (id > 0)
            q.bindInt64(1, id);
        else
            q.bindNull(1);
        q.bindText(2, attempt.channel);
        q.bindInt64(3, attempt.attempt);
        q.bindInt64(4, attempt.attemptedAt);
        q.bindText(5, attempt.outcome);
        if (attempt.httpStatus > 0)
            q.bindInt64(6, attempt.httpStatus);
        else
            q.bindNull(6);
        if (attempt.error.isEmpty())
            q.bindNull(7);
        else
            q.bindText(7, attempt.error);
        if (!q.step(error))
            return false;
    }
    return true;
}

namespace {

std::vector<NotificationRecord> readAttempts(storage::SqliteStatement &q, QString *error)
{
    std::vector<NotificationRecord> rows;
    while (q.step(error) && q.hasRow()) {
        NotificationRecord r;
        r.id = q.columnInt64(0);
        r.eventId = q.columnIsNull(1) ? 0 : q.columnInt64(1);
        r.channel = q.columnText(2);
        r.attempt = int(q.columnInt64(3));
        r.attemptedAt = q.columnInt64(4);
        r.outcome = q.columnText(5);
        r.httpStatus = q.columnIsNull(6) ? 0 : int(q.columnInt64(6));
        r.error = q.columnText(7);
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace

std::vector<NotificationRecord> AlertEventRepository::attempts(qint64 eventId, QString *error)
{
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(),
            "SELECT id, alert_event_id, channel, attempt, attempted_at, outcome, http_status, error FROM notifications "
            "WHERE alert_event_id = ?1 ORDER BY id",
            error))
        return {};
    q.bindInt64(1, eventId);
    return readAttempts(q, error);
}

std::vector<NotificationRecord> AlertEventRepository::allAttempts(QString *error)
{
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(),
            "SELECT id, alert_event_id, channel, attempt, attempted_at, outcome, http_status, error FROM notifications "
            "ORDER BY id",
            error))
        return {};
    return readAttempts(q, error);
}

} // namespace cl::alerts
