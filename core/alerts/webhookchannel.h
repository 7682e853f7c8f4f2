#pragma once

#include "notificationchannel.h"

namespace cl::alerts {

// A generic JSON webhook: POST {source, title, message, priority, tags, event_ids} to the URL; an optional
// token goes in "Authorization: Bearer".
class WebhookChannel final : public NotificationChannel
{
public:
    WebhookChannel(QString name, QUrl url, QString token = {});

    QString name() const override { return m_name; }
    QString kind() const override { return QStringLiteral("webhook"); }
    std::optional<HttpRequestSpec> request(const NotificationMessage &message, QString *error) const override;

private:
    QString m_name;
    QUrl m_url;
    QString m_token;
};

} // namespace cl::alerts
