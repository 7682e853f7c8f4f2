#pragma once

#include "optimizer.h"

#include <vector>

namespace cl::backtest {

// One walk-forward step: optimize on [isFrom, isTo), trade the best parameters on [oosFrom, oosTo)
// (half-open, UTC ms of candle open times). Out of sample follows in sample without a gap.
struct WalkForwardWindow
{
    qint64 isFrom = 0;
    qint64 isTo = 0;
    qint64 oosFrom = 0;
    qint64 oosTo = 0;
    friend bool operator==(const WalkForwardWindow &, const WalkForwardWindow &) = default;
};

struct WalkForwardOptions
{
    int windows = 4;
    double oosPct = 25.0; // the out-of-sample share of one IS + OOS window
    bool anchored = false; // anchored: every in-sample period starts at the beginning
    OptimizationOptions optimization;
};

struct WalkForwardStep
{
    WalkForwardWindow window;
    OptimizationResult inSample;
    Trial best; // the chosen parameters and their in-sample metrics (none when no trial passed the guard)
    bool hasBest = false;
    BacktestResult outOfSample;
};

struct WalkForwardResult
{
    std::vector<WalkForwardStep> steps;
    portfolio::MetricsReport outOfSample; // every OOS trade together, as one account
    std::vector<BacktestTrade> oosTrades;
    // (OOS net profit per day) / (IS net profit per day), both summed over the windows with a chosen
    // trial; NaN when the in-sample profit is not positive.
    double efficiency = 0.0;
    bool cancelled = false;
};

class WalkForward
{
public:
    // The windows over [from, to): the OOS periods tile the end of the range back to back, and
    // OOS = IS * p / (100 - p) with range = IS + windows * OOS (rolling and anchored alike). Both lengths are
    // whole multiples of `step` (the timeframe), rounded down; the remainder is left unused at the start.
    // Rolling: each IS period ends where its OOS starts and has the same length; anchored: every IS period
    // starts at the first window's start. Empty when a period would be shorter than one step.
    static std::vector<WalkForwardWindow> windows(
        qint64 from, qint64 to, int count, double oosPct, bool anchored, qint64 step);

    static WalkForwardResult run(const BacktestData &data, const BacktestSettings &base, const ParameterSpace &space,
        const WalkForwardOptions &options, const RunControl &control = {});

    // The metrics of trades already sized (P&L in the account's currency), as one account.
    static portfolio::MetricsReport metricsOf(const std::vector<BacktestTrade> &trades, double initialBalance,
        const QString &symbol);
};

} // namespace cl::backtest
