#pragma once

#include "exchangeadapter.h"

#include <memory>

namespace cl::market {

// The adapter of an exchange's public market data (Coinbase: Advanced Trade). Sim, the built-in simulated
// exchange, speaks Binance's protocol at the address its endpoints are set to.
std::unique_ptr<ExchangeAdapter> createExchangeAdapter(model::ExchangeId exchange, const model::Clock &clock);

} // namespace cl::market
