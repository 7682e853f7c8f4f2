#pragma once

#include "tradepnl.h"

#include <vector>

namespace cl::portfolio {

// The trade metrics of spec/metrics.md over a set of closed trades (the whole portfolio or one breakdown
// group). NaN means empty; +inf is the profit factor without losses.
struct TradeStats
{
    int trades = 0;
    int wins = 0;          // pnl > 0
    int losses = 0;        // pnl < 0
    int breakevens = 0;
    double netPnl = 0.0;
    double grossProfit = 0.0;
    double grossLoss = 0.0;          // <= 0
    double winRate = 0.0;            // percent
    double profitFactor = 0.0;
    double avgWin = 0.0;
    double avgLoss = 0.0;            // <= 0
    double payoff = 0.0;
    double expectancy = 0.0;         // mean pnl per trade
    double expectancyR = 0.0;        // mean R over the trades with a stop
    int tradesWithR = 0;
    double avgPlannedRR = 0.0;       // mean |TP - entry| / |entry - stop| at entry
    double kelly = 0.0;
    double largestWin = 0.0;
    double largestLoss = 0.0;
    int maxConsecutiveWins = 0;
    int maxConsecutiveLosses = 0;
    double avgHoldingDays = 0.0;

    // Closed trades only; the order matters for the streaks (pass them in curve order).
    static TradeStats compute(const std::vector<TradeResult> &closed);
};

} // namespace cl::portfolio
