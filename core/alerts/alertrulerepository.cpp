#include "alertrulerepository.h"

#include "storage/sqlconnection.h"
#include "storage/sqlitestatement.h"

#include <QJsonDocument>

namespace cl::alerts {

namespace {

QString compact(const QJsonObject &json) { return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)); }

QJsonObject parseObject(const QString &text, bool *ok)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    *ok = parseError.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

void bindRule(storage::SqliteStatement &q, const AlertRule &rule)
{
    q.bindText(1, rule.name);
    q.bindText(2, alertTypeCode(rule.type));
    q.bindText(3, compact(rule.scopeJson()));
    q.bindText(4, compact(rule.paramsJson()));
    q.bindText(5, compact(rule.optionsJson()));
    if (rule.expiresAt > 0)
        q.bindInt64(6, rule.expiresAt);
    else
        q.bindNull(6);
    q.bindInt64(7, rule.enabled ? 1 : 0);
    q.bindInt64(8, rule.createdAt);
}

} // namespace

std::optional<qint64> AlertRuleRepository::insert(const AlertRule &rule, QString *error)
{
    const QString invalid = rule.validate();
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return std::nullopt;
    }
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(),
            "INSERT INTO alert_rules (name, type, scope, params, options, expires_at, enabled, created_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
            error))
        return std::nullopt;
    bindRule(q, rule);
    if (!q.step(error) || !q.hasRow())
        return std::nullopt;
    return q.columnInt64(0);
}

bool AlertRuleRepository::update(const AlertRule &rule, QString *error)
{
    const QString invalid = rule.validate();
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(),
            "UPDATE alert_rules SET name = ?1, type = ?2, scope = ?3, params = ?4, options = ?5, expires_at = ?6, "
            "enabled = ?7, created_at = ?8 WHERE id = ?9",
            error))
        return false;
    bindRule(q, rule);
    q.bindInt64(9, rule.id);
    return q.step(error);
}

bool AlertRuleRepository::remove(qint64 id, bool *removed, QString *error)
{
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(), "DELETE FROM alert_rules WHERE id = ?1 RETURNING id", error))
        return false;
    q.bindInt64(1, id);
    if (!q.step(error))
        return false;
    if (removed)
        *removed = q.hasRow();
    return true;
}

bool AlertRuleRepository::setEnabled(qint64 id, bool enabled, QString *error)
{
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(), "UPDATE alert_rules SET enabled = ?2 WHERE id = ?1", error))
        return false;
    q.bindInt64(1, id);
    q.bindInt64(2, enabled ? 1 : 0);
    return q.step(error);
}

AlertRuleList AlertRuleRepository::all(QString *error)
{
    return select("SELECT id, name, type, scope, params, options, expires_at, enabled, created_at FROM alert_rules "
                  "WHERE ?1 = 0 ORDER BY id",
        0, error);
}

std::optional<AlertRule> AlertRuleRepository::find(qint64 id, QString *error)
{
    AlertRuleList rules = select("SELECT id, name, type, scope, params, options, expires_at, enabled, created_at "
                                 "FROM alert_rules WHERE id = ?1",
        id, error);
    if (rules.empty())
        return std::nullopt;
    return std::move(rules.front());
}

AlertRuleList AlertRuleRepository::select(const char *sql, qint64 id, QString *error)
{
    AlertRuleList rules;
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(), sql, error))
        return rules;
    q.bindInt64(1, id);
    QStringList problems;
    while (q.step(error) && q.hasRow()) {
        AlertRule rule;
        rule.id = q.columnInt64(0);
        rule.name = q.columnText(1);
        const auto type = parseAlertType(q.columnText(2));
        bool okScope = false, okParams = false, okOptions = false;
        const QJsonObject scope = parseObject(q.columnText(3), &okScope);
        const QJsonObject params = parseObject(q.columnText(4), &okParams);
        const QJsonObject options = parseObject(q.columnText(5), &okOptions);
        QString why;
        if (!type)
            why = QStringLiteral("unknown type '%1'").arg(q.columnText(2));
        else if (!okScope || !okParams || !okOptions)
            why = QStringLiteral("a JSON column is not an object");
        else
            rule.type = *type;
        if (why.isEmpty() && !rule.readJson(scope, params, options, &why) && why.isEmpty())
            why = QStringLiteral("unreadable");
        if (!why.isEmpty()) {
            problems << QStringLiteral("alert_rules id %1: %2").arg(rule.id).arg(why);
            continue;
        }
        rule.expiresAt = q.columnIsNull(6) ? 0 : q.columnInt64(6);
        rule.enabled = q.columnInt64(7) != 0;
        rule.createdAt = q.columnInt64(8);
        rules.push_back(std::move(rule));
    }
    if (!problems.isEmpty() && error)
        *error = problems.join(QStringLiteral("; "));
    return rules;
}

} // namespace cl::alerts
