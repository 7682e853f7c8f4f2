#include "servertime.h"

#include "exchangeadapter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace cl::market {

namespace {

// 2009-01-01 .. 2100-01-01: anything else is not a clock reading.
bool plausible(qint64 ms)
{
    return ms >= 1'230'768'000'000LL && ms < 4'102'444'800'000LL;
}

std::optional<qint64> asMs(const QJsonValue &value, double scale)
{
    double number = 0.0;
    if (value.isString()) {
        bool ok = false;
        number = value.toString().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else if (value.isDouble()) {
        number = value.toDouble();
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(number))
        return std::nullopt;
    const qint64 ms = qint64(std::llround(number * scale));
    return plausible(ms) ? std::optional<qint64>(ms) : std::nullopt;
}

} // namespace

QString ServerTime::path(const ExchangeAdapter &adapter)
{
    switch (adapter.exchange()) {
    case model::ExchangeId::Binance:
        return QStringLiteral("/api/v3/time");
    case model::ExchangeId::Bybit:
        return QStringLiteral("/v5/market/time");
    case model::ExchangeId::Okx:
        return QStringLiteral("/api/v5/public/time");
    case model::ExchangeId::Coinbase:
        return adapter.name() == QLatin1String("coinbase-exchange") ? QStringLiteral("/time")
                                                                    : QStringLiteral("/api/v3/brokerage/time");
    case model::ExchangeId::Kraken:
        return QStringLiteral("/0/public/Time");
    case model::ExchangeId::Kucoin:
        return QStringLiteral("/api/v1/timestamp");
    default:
        return {};
    }
}

std::optional<qint64> ServerTime::parse(const ExchangeAdapter &adapter, QByteArrayView body)
{
    if (body.size() > 64 * 1024)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    switch (adapter.exchange()) {
    case model::ExchangeId::Binance:
        return asMs(root.value(QLatin1String("serverTime")), 1.0);
    case model::ExchangeId::Bybit:
        return asMs(root.value(QLatin1String("time")), 1.0);
    case model::ExchangeId::Okx:
        return asMs(root.value(QLatin1String("data")).toArray().at(0).toObject().value(QLatin1String("ts")), 1.0);
    case model::ExchangeId::Coinbase:
        if (root.contains(QLatin1String("epochMillis")))
            return asMs(root.value(QLatin1String("epochMillis")), 1.0);
        return asMs(root.value(QLatin1String("epoch")), 1000.0);
    case model::ExchangeId::Kraken:
        return asMs(root.value(QLatin1String("result")).toObject().value(QLatin1String("unixtime")), 1000.0);
    case model::ExchangeId::Kucoin:
        return asMs(root.value(QLatin1String("data")), 1.0);
    default:
        return std::nullopt;
    }
}

std::optional<qint64> ServerTime::parseHttpDate(QByteArrayView value)
{
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(value.toByteArray()).trimmed(), Qt::RFC2822Date);
    if (!time.isValid())
        return std::nullopt;
    const qint64 ms = time.toMSecsSinceEpoch();
    return plausible(ms) ? std::optional<qint64>(ms) : std::nullopt;
}

} // namespace cl::market
