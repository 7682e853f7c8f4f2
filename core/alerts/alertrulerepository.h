#pragma once

#include "alertrule.h"

#include <QString>

#include <optional>

namespace cl::storage {
class SqlConnection;
}

namespace cl::alerts {

// Rows of alert_rules: the rule's scope, params and options as JSON columns (alertrule.h).
class AlertRuleRepository
{
public:
    explicit AlertRuleRepository(storage::SqlConnection &connection) : m_connection(connection) {}

    // Inserts the rule and returns its id; the rule must validate().
    std::optional<qint64> insert(const AlertRule &rule, QString *error);
    bool update(const AlertRule &rule, QString *error);
    // False with *error when it failed; *removed says whether a row was there.
    bool remove(qint64 id, bool *removed, QString *error);
    bool setEnabled(qint64 id, bool enabled, QString *error);
    // Every rule by id; rows whose JSON cannot be read are skipped and named in *error.
    AlertRuleList all(QString *error);
    std::optional<AlertRule> find(qint64 id, QString *error);

private:
    AlertRuleList select(const char *sql, qint64 id, QString *error);

    storage::SqlConnection &m_connection;
};

} // namespace cl::alerts
