#include "telegramchannel.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cl::alerts {

TelegramChannel::TelegramChannel(QString name, QUrl api, QString chatId, QString token)
    : m_name(std::move(name))
    , m_api(std::move(api))
    , m_chatId(std::move(chatId))
    , m_token(std::move(token))
{
}

std::optional<HttpRequestSpec> TelegramChannel::request(const NotificationMessage &message, QString *error) const
{
    if (m_token.isEmpty() || m_chatId.isEmpty() || !m_api.isValid()) {
        if (error)
            *error = QStringLiteral("telegram: a bot token, a chat id and the API URL are required");
        return std::nullopt;
    }
    QUrl url = m_api;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QStringLiteral("bot") + m_token + QStringLiteral("/sendMessage"));
    const QJsonObject body{{QStringLiteral("chat_id"), m_chatId},
        {QStringLiteral("text"), QString(message.title + QLatin1Char('\n') + message.message)}};
    HttpRequestSpec spec;
    spec.url = url;
    spec.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return spec;
}

} // namespace cl::alerts
