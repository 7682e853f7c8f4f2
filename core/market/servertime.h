#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace cl::market {

class ExchangeAdapter;

// The exchanges' server-time endpoints (the exchange's clock for candle closing and backfill ranges):
// the path under the REST base URL, and the answer read as UTC milliseconds.
struct ServerTime
{
    // "/api/v3/time" for Binance; empty when the exchange has none we know.
    static QString path(const ExchangeAdapter &adapter);
    static std::optional<qint64> parse(const ExchangeAdapter &adapter, QByteArrayView body);
    // An HTTP Date header ("Sat, 21 Nov 2026 03:04:05 GMT"), a second-resolution fallback.
    static std::optional<qint64> parseHttpDate(QByteArrayView value);
};

} // namespace cl::market
