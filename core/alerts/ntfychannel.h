#pragma once

#include "notificationchannel.h"

namespace cl::alerts {

// ntfy's JSON publishing: POST to the server root with {topic, title, message, priority, tags[, click]};
// an access token goes in "Authorization: Bearer" (held in memory only, from the SecretStore).
class NtfyChannel final : public NotificationChannel
{
public:
    NtfyChannel(QString name, QUrl server, QString topic, QString token = {});

    QString name() const override { return m_name; }
    QString kind() const override { return QStringLiteral("ntfy"); }
    std::optional<HttpRequestSpec> request(const NotificationMessage &message, QString *error) const override;

private:
    QString m_name;
    QUrl m_server;
    QString m_topic;
    QString m_token;
};

} // namespace cl::alerts
