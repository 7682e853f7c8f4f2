#pragma once

#include "exchangeadapter.h"

#include <memory>

namespace cl::market {

// The adapter of an exchange's public market data (Coinbase: Advanced Trade). Sim has no protocol of its
// own and gives nothing.
std::unique_ptr<ExchangeAdapter> createExchangeAdapter(model::ExchangeId exchange, const model::Clock &clock);

} // namespace cl::market
