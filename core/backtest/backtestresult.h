#pragma once

#include "backtesttrade.h"
#include "portfolio/performancemetrics.h"
#include "tradesimulator.h"

#include <vector>

namespace cl::backtest {

// Everything one backtest produced: the trades in entry order, the spec/metrics.md report over them
// (its equity curve included) and what did not become a trade.
struct BacktestResult
{
    std::vector<BacktestTrade> trades;
    portfolio::MetricsReport metrics;
    TradeSimulator::Counts counts;
    qint64 candles = 0; // candles replayed, every timeframe
    qint64 patterns = 0; // patterns the engine detected on the traded timeframe
    bool cancelled = false;
};

} // namespace cl::backtest
