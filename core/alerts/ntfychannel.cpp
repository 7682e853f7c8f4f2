#include "ntfychannel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cl::alerts {

NtfyChannel::NtfyChannel(QString name, QUrl server, QString topic, QString token)
    : m_name(std::move(name))
    , m_server(std::move(server))
    , m_topic(std::move(topic))
    , m_token(std::move(token))
{
}

std::optional<HttpRequestSpec> NtfyChannel::request(const NotificationMessage &message, QString *error) const
{
    const QString scheme = m_server.scheme();
    if (!m_server.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        if (error)
            *error = QStringLiteral("ntfy: the server URL is not http(s)");
        return std::nullopt;
    }
    if (m_topic.isEmpty()) {
        if (error)
            *error = QStringLiteral("ntfy: no topic");
        return std::nullopt;
    }
    QJsonObject body{{QStringLiteral("topic"), m_topic}, {QStringLiteral("title"), message.title},
        {QStringLiteral("message"), message.message}, {QStringLiteral("priority"), std::clamp(message.priority, 1, 5)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(message.tags)}};
    if (!message.click.isEmpty())
        body.insert(QStringLiteral("click"), message.click);
    HttpRequestSpec spec;
    spec.url = m_server;
    spec.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (!m_token.isEmpty())
        spec.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token.toUtf8()});
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return spec;
}

} // namespace cl::alerts
