#pragma once

#include "notificationchannel.h"

namespace cl::alerts {

// Telegram's bot API: POST {api}/bot{token}/sendMessage with {chat_id, text}. The token is part of the
// URL there, so the dispatcher never logs URLs.
class TelegramChannel final : public NotificationChannel
{
public:
    // api: https://api.telegram.org (configurable so tests can point at loopback).
    TelegramChannel(QString name, QUrl api, QString chatId, QString token);

    QString name() const override { return m_name; }
    QString kind() const override { return QStringLiteral("telegram"); }
    std::optional<HttpRequestSpec> request(const NotificationMessage &message, QString *error) const override;

private:
    QString m_name;
    QUrl m_api;
    QString m_chatId;
    QString m_token;
};

} // namespace cl::alerts
