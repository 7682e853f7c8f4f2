#include "replayprotocol.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace cl::market {

namespace {

QJsonObject objectOf(const QByteArray &frame)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(frame, &error);
    return error.error == QJsonParseError::NoError && document.isObject() ? document.object() : QJsonObject();
}

bool textIs(const QJsonObject &object, const char *key, const char *value)
{
    return object.value(QLatin1String(key)).toString().compare(QLatin1String(value), Qt::CaseInsensitive) == 0;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Kraken writes RFC 3339 with microseconds.
QString krakenTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
}

} // namespace

bool ReplayProtocol::isGreeting(const QByteArray &frame) const
{
    const QJsonObject object = objectOf(frame);
    switch (m_exchange) {
    case model::ExchangeId::Kucoin:
        return textIs(object, "type", "welcome");
    case model::ExchangeId::Kraken:
        return textIs(object, "channel", "status");
    default:
        return false;
    }
}

int ReplayProtocol::greetingCount(const QList<QByteArray> &frames) const
{
    int count = 0;
    while (count < frames.size() && isGreeting(frames[count]))
        ++count;
    return count;
}

bool ReplayProtocol::isSubscribe(const QByteArray &clientFrame) const
{
    const QJsonObject object = objectOf(clientFrame);
    return textIs(object, "method", "subscribe") || textIs(object, "op", "subscribe") || textIs(object, "type", "subscribe");
}

std::optional<QByteArray> ReplayProtocol::pingReply(const QByteArray &clientFrame, qint64 nowMs) const
{
    if (m_exchange == model::ExchangeId::Okx)
        return clientFrame == "ping" ? std::optional<QByteArray>("pong") : std::nullopt;
    const QJsonObject object = objectOf(clientFrame);
    switch (m_exchange) {
    case model::ExchangeId::Bybit:
        if (textIs(object, "op", "ping")) {
            QJsonObject reply{{QStringLiteral("success"), true}, {QStringLiteral("ret_msg"), QStringLiteral("pong")},
                              {QStringLiteral("conn_id"), QStringLiteral("replay-0001")}, {QStringLiteral("op"), QStringLiteral("ping")}};
            if (object.contains(QLatin1String("req_id")))
                reply.insert(QStringLiteral("req_id"), object.value(QLatin1String("req_id")));
            return compact(reply);
        }
        break;
    case model::ExchangeId::Kraken:
        if (textIs(object, "method", "ping")) {
            QJsonObject reply{{QStringLiteral("method"), QStringLiteral("pong")},
                              {QStringLiteral("time_in"), krakenTime(nowMs)}, {QStringLiteral("time_out"), krakenTime(nowMs)}};
            if (object.contains(QLatin1String("req_id")))
                reply.insert(QStringLiteral("req_id"), object.value(QLatin1String("req_id")));
            return compact(reply);
        }
        break;
    case model::ExchangeId::Kucoin:
        if (textIs(object, "type", "ping")) {
            QJsonObject reply{{QStringLiteral("type"), QStringLiteral("pong")}};
            reply.insert(QStringLiteral("id"), object.value(QLatin1String("id")));
            return compact(reply);
        }
        break;
    default:
        break;
    }
    return std::nullopt;
}

bool loadFrames(const QString &path, QList<QByteArray> *frames, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    frames->clear();
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            frames->append(line);
    }
    if (frames->isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: no frames").arg(path);
        return false;
    }
    return true;
}

} // namespace cl::market
