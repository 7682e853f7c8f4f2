#include "webhookchannel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cl::alerts {

WebhookChannel::WebhookChannel(QString name, QUrl url, QString token)
    : m_name(std::move(name))
    , m_url(std::move(url))
    , m_token(std::move(token))
{
}

std::optional<HttpRequestSpec> WebhookChannel::request(const NotificationMessage &message, QString *error) const
{
    const QString scheme = m_url.scheme();
    if (!m_url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        if (error)
            *error = QStringLiteral("webhook: the URL is not http(s)");
        return std::nullopt;
    }
    QJsonArray events;
    for (const qint64 id : message.eventIds)
        events.append(id);
    const QJsonObject body{{QStringLiteral("source"), QStringLiteral("cryptolens")},
        {QStringLiteral("title"), message.title}, {QStringLiteral("message"), message.message},
        {QStringLiteral("priority"), message.priority}, {QStringLiteral("tags"), QJsonArray::fromStringList(message.tags)},
        {QStringLiteral("event_ids"), events}};
    HttpRequestSpec spec;
    spec.url = m_url;
    spec.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (!m_token.isEmpty())
        spec.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token.toUtf8()});
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return spec;
}

} // namespace cl::alerts
