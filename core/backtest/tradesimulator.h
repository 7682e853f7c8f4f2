#pragma once

#include "backtestsettings.h"
#include "backtesttrade.h"
#include "model/candle.h"
#include "tradesetup.h"

#include <span>
#include <vector>

namespace cl::backtest {

// The fill rules of issue 8 on the traded timeframe's candles, one setup at a time:
//   - a setup may act from the first candle that opens at or after it became known (never its own
//     detection candle);
//   - limit entry: the first such candle within the lifetime whose range reaches the entry (long: low <= entry,
//     short: high >= entry) fills at the entry; next-open entry: the open of that first candle;
//   - stop and targets are checked on the candles after the entry candle, for at most the lifetime;
//     a gap through the stop fills at the open (the worse price), targets fill at their level;
//   - a candle reaching the stop and a target: "inconclusive", the rest closes at the entry price without
//     fee (0 R), or with stop-first at the stop;
//   - still open after the lifetime: "expired" at that candle's close. Trades the data ends before
//     resolving are not reported (counted as open at the end).
// Quantities and P&L come later (sizing needs the equity); here every trade is one unit.
class TradeSimulator
{
public:
    // One exit of a (part of a) position.
    struct Exit
    {
        int index = 0;
        qint64 time = 0; // open time of that candle
        double price = 0.0; // before slippage
        double fraction = 0.0; // of the position
        bool noFee = false; // the inconclusive remainder
    };

    struct Simulated
    {
        BacktestTrade trade; // without quantity, fees, pnl, r
        double rawEntry = 0.0; // before slippage
        std::vector<Exit> exits;
    };

    struct Counts
    {
        qint64 setups = 0;
        qint64 unfilled = 0; // the entry was never reached within the lifetime
        qint64 invalid = 0; // no risk, or a next-open entry already beyond the stop or target
        qint64 openAtEnd = 0; // entered, unresolved when the data ends
    };

    static std::vector<Simulated> simulate(std::span<const model::Candle> candles, std::span<const TradeSetup> setups,
        const BacktestSettings &settings, model::Timeframe timeframe, Counts *counts = nullptr);

    // The stop after the stop-buffer multiple: the distance beyond the zone edge scaled.
    static double adjustedStop(const TradeSetup &setup, double multiple);
};

} // namespace cl::backtest
