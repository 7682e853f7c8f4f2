#include "exchangeid.h"

namespace cl::model {

namespace {
constexpr std::array<const char *, kExchangeCount> kIds{"binance", "bybit", "okx", "coinbase",
                                                          "kraken", "kucoin", "sim"};
constexpr std::array<const char *, kExchangeCount> kNames{"Binance", "Bybit", "OKX", "Coinbase",
                                                            "Kraken", "KuCoin", "Simulated"};
} // namespace

std::optional<ExchangeId> parseExchangeId(QStringView text)
{
    for (int i = 0; i < kExchangeCount; ++i) {
        if (text == QLatin1StringView(kIds[i]))
            return ExchangeId(i);
    }
    return std::nullopt;
}

QString exchangeIdToString(ExchangeId id)
{
    return QString::fromLatin1(kIds[int(id)]);
}

QString exchangeDisplayName(ExchangeId id)
{
    return QString::fromLatin1(kNames[int(id)]);
}

const std::array<ExchangeId, kExchangeCount> &allExchangeIds()
{
    static const std::array<ExchangeId, kExchangeCount> ids{ExchangeId::Binance, ExchangeId::Bybit,
                                                           ExchangeId::Okx,     ExchangeId::Coinbase,
                                                           ExchangeId::Kraken,  ExchangeId::Kucoin,
                                                           ExchangeId::Sim};
    return ids;
}

} // namespace cl::model
