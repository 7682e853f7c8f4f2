#include "adapterfactory.h"

#include "binanceadapter.h"
#include "bybitadapter.h"
#include "coinbaseadapter.h"
#include "krakenadapter.h"
#include "kucoinadapter.h"
#include "okxadapter.h"

namespace cl::market {

std::unique_ptr<ExchangeAdapter> createExchangeAdapter(model::ExchangeId exchange, const model::Clock &clock)
{
    switch (exchange) {
    case model::ExchangeId::Binance:
        return std::make_unique<BinanceAdapter>(clock);
    case model::ExchangeId::Bybit:
        return std::make_unique<BybitAdapter>(clock);
    case model::ExchangeId::Okx:
        return std::make_unique<OkxAdapter>(clock);
    case model::ExchangeId::Coinbase:
        return std::make_unique<CoinbaseAdapter>(clock, CoinbaseAdapter::Api::AdvancedTrade);
    case model::ExchangeId::Kraken:
        return std::make_unique<KrakenAdapter>(clock);
    case model::ExchangeId::Kucoin:
        return std::make_unique<KucoinAdapter>(clock);
    case model::ExchangeId::Sim:
        return BinanceAdapter::simulated(clock);
    }
    return nullptr;
}

} // namespace cl::market
