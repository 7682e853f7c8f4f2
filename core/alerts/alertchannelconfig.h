#pragma once

#include "notificationchannel.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace cl::storage {
class SqlConnection;
}

namespace cl::alerts {

// One configured push channel (a row of alert_channels). Its token, if any, is in the SecretStore under
// channelSecretKey(name), never here.
struct AlertChannelConfig
{
    qint64 id = 0;
    QString name;
    QString kind; // ntfy, webhook, telegram
    QString url;
    QString topic; // ntfy topic, Telegram chat id
    bool enabled = true;
    bool hasToken = false;
    QJsonObject options;
    qint64 createdAt = 0;

    QString validate() const;
    // The channel object for this configuration with its token (empty: none).
    std::unique_ptr<NotificationChannel> makeChannel(const QString &token) const;
};

// Rows of alert_channels (migration 0007).
class AlertChannelRepository
{
public:
    explicit AlertChannelRepository(storage::SqlConnection &connection) : m_connection(connection) {}

    // Inserts or replaces the channel of that name; returns its id.
    std::optional<qint64> save(const AlertChannelConfig &config, QString *error);
    bool remove(const QString &name, bool *removed, QString *error);
    std::vector<AlertChannelConfig> all(QString *error);

private:
    storage::SqlConnection &m_connection;
};

} // namespace cl::alerts
