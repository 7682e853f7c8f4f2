#pragma once

#include "backtestdata.h"
#include "backtestsettings.h"
#include "runcontrol.h"
#include "tradesetup.h"

#include <vector>

namespace cl::backtest {

// Replays the stored candles through the analysis engine exactly as the live engine runs it
// (analysis::SymbolAnalyzer: PatternEngine per timeframe, 1m candles advancing every timeframe's statuses,
// ConfluenceScorer for signals) and records every tradeable pattern or signal the moment it appears.
// There is no second detector: whatever the engine finds at candle i, the replay learns after candle i.
class SetupCollector
{
public:
    struct Result
    {
        std::vector<TradeSetup> setups; // in the order they became known
        qint64 candles = 0; // candles fed, every timeframe
        qint64 patterns = 0; // patterns detected on the traded timeframe (any type)
        bool cancelled = false;
    };

    static Result collect(const BacktestData &data, const BacktestSettings &settings, const RunControl &control = {});

private:
    static Result collectPatterns(const BacktestData &data, const BacktestSettings &settings, const RunControl &control);
    static Result collectSignals(const BacktestData &data, const BacktestSettings &settings, const RunControl &control);
};

} // namespace cl::backtest
