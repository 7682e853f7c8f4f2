#pragma once

#include "backtestdata.h"
#include "backtestresult.h"
#include "backtestsettings.h"
#include "runcontrol.h"
#include "tradesetup.h"

#include <span>

namespace cl::backtest {

// One backtest: the setups the analysis engine finds in the replay (SetupCollector), the fills of each
// (TradeSimulator), fixed-risk sizing against the equity realized so far, and spec/metrics.md over the
// trades through the portfolio code (TradePnl, PerformanceMetrics). Deterministic: same data and settings,
// same result.
class Backtester
{
public:
    static BacktestResult run(const BacktestData &data, const BacktestSettings &settings, const RunControl &control = {});

    // The steps after detection, for callers that reuse one replay's setups (the optimizer).
    static BacktestResult simulate(std::span<const model::Candle> candles, std::span<const TradeSetup> setups,
        const BacktestSettings &settings, model::Timeframe timeframe, const QString &symbol = {});

    // spec/metrics.md's defaults without the breakdowns: no backtest view, trial or JSON output shows them.
    static portfolio::MetricsOptions metricsOptions();
};

} // namespace cl::backtest
