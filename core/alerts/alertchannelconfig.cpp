#include "alertchannelconfig.h"

#include "ntfychannel.h"
#include "storage/sqlconnection.h"
#include "storage/sqlitestatement.h"
#include "telegramchannel.h"
#include "webhookchannel.h"

#include <QJsonDocument>
#include <QUrl>

namespace cl::alerts {

QString AlertChannelConfig::validate() const
{
    if (name.isEmpty())
        return QStringLiteral("channel: a name is required");
    if (kind != QLatin1String("ntfy") && kind != QLatin1String("webhook") && kind != QLatin1String("telegram"))
        return QStringLiteral("channel %1: kind '%2' is not ntfy, webhook or telegram").arg(name, kind);
    const QUrl parsed(url);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https")))
        return QStringLiteral("channel %1: '%2' is not an http(s) URL").arg(name, url);
    if ((kind == QLatin1String("ntfy") || kind == QLatin1String("telegram")) && topic.isEmpty())
        return QStringLiteral("channel %1: a %2 is required").arg(name,
            kind == QLatin1String("ntfy") ? QStringLiteral("topic") : QStringLiteral("chat id"));
    return {};
}

std::unique_ptr<NotificationChannel> AlertChannelConfig::makeChannel(const QString &token) const
{
    if (kind == QLatin1String("ntfy"))
        return std::make_unique<NtfyChannel>(name, QUrl(url), topic, token);
    if (kind == QLatin1String("telegram"))
        return std::make_unique<TelegramChannel>(name, QUrl(url), topic, token);
    return std::make_unique<WebhookChannel>(name, QUrl(url), token);
}

std::optional<qint64> AlertChannelRepository::save(const AlertChannelConfig &c, QString *error)
{
    const QString invalid = c.validate();
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return std::nullopt;
    }
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(),
            "INSERT INTO alert_channels (name, kind, url, topic, enabled, has_token, options, created_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, "
            "url = excluded.url, topic = excluded.topic, enabled = excluded.enabled, has_token = excluded.has_token, "
            "options = excluded.options RETURNING id",
            error))
        return std::nullopt;
    q.bindText(1, c.name);
    q.bindText(2, c.kind);
    q.bindText(3, c.url);
    q.bindText(4, c.topic);
    q.bindInt64(5, c.enabled ? 1 : 0);
    q.bindInt64(6, c.hasToken ? 1 : 0);
    q.bindText(7, QString::fromUtf8(QJsonDocument(c.options).toJson(QJsonDocument::Compact)));
    q.bindInt64(8, c.createdAt);
    if (!q.step(error) || !q.hasRow())
        return std::nullopt;
    return q.columnInt64(0);
}

bool AlertChannelRepository::remove(const QString &name, bool *removed, QString *error)
{
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(), "DELETE FROM alert_channels WHERE name = ?1 RETURNING id", error))
        return false;
    q.bindText(1, name);
    if (!q.step(error))
        return false;
    if (removed)
        *removed = q.hasRow();
    return true;
}

std::vector<AlertChannelConfig> AlertChannelRepository::all(QString *error)
{
    std::vector<AlertChannelConfig> rows;
    storage::SqliteStatement q;
    if (!q.prepare(m_connection.handle(),
            "SELECT id, name, kind, url, topic, enabled, has_token, options, created_at FROM alert_channels ORDER BY name",
            error))
        return rows;
    while (q.step(error) && q.hasRow()) {
        AlertChannelConfig c;
        c.id = q.columnInt64(0);
        c.name = q.columnText(1);
        c.kind = q.columnText(2);
        c.url = q.columnText(3);
        c.topic = q.columnText(4);
        c.enabled = q.columnInt64(5) != 0;
        c.hasToken = q.columnInt64(6) != 0;
        c.options = QJsonDocument::fromJson(q.columnText(7).toUtf8()).object();
        c.createdAt = q.columnInt64(8);
        rows.push_back(std::move(c));
    }
    return rows;
}

} // namespace cl::alerts
