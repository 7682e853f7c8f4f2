#include "tradestats.h"

#include "returnstats.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cl::portfolio {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
} // namespace

TradeStats TradeStats::compute(const std::vector<TradeResult> &closed)
{
    TradeStats s;
    std::vector<double> pnls, winPnls, lossPnls, rs, plannedRRs, holding;
    int winStreak = 0;
    int lossStreak = 0;
    for (const TradeResult &r : closed) {
        if (!r.closed)
            continue;
        pnls.push_back(r.pnl);
        if (r.pnl > 0.0) {
            winPnls.push_back(r.pnl);
            lossStreak = 0;
            s.maxConsecutiveWins = std::max(s.maxConsecutiveWins, ++winStreak);
        } else if (r.pnl < 0.0) {
            lossPnls.push_back(r.pnl);
            winStreak = 0;
            s.maxConsecutiveLosses = std::max(s.maxConsecutiveLosses, ++lossStreak);
        } else {
            ++s.breakevens;
            winStreak = 0;
            lossStreak = 0;
        }
        if (r.rMultiple)
            rs.push_back(*r.rMultiple);
        if (r.plannedRR)
            plannedRRs.push_back(*r.plannedRR);
        if (r.exitTime)
            holding.push_back(double(*r.exitTime - r.entryTime) / 86'400'000.0);
    }
    s.trades = int(pnls.size());
    s.wins = int(winPnls.size());
    s.losses = int(lossPnls.size());
    s.tradesWithR = int(rs.size());
    s.netPnl = ReturnStats::sum(pnls);
    s.grossProfit = ReturnStats::sum(winPnls);
    s.grossLoss = ReturnStats::sum(lossPnls);
    s.largestWin = winPnls.empty() ? kNaN : *std::max_element(winPnls.begin(), winPnls.end());
    s.largestLoss = lossPnls.empty() ? kNaN : *std::min_element(lossPnls.begin(), lossPnls.end());
    s.expectancy = ReturnStats::mean(pnls);
    s.expectancyR = ReturnStats::mean(rs);
    s.avgPlannedRR = ReturnStats::mean(plannedRRs);
    s.avgHoldingDays = ReturnStats::mean(holding);
    if (s.trades == 0) {
        s.winRate = s.profitFactor = s.avgWin = s.avgLoss = s.payoff = s.kelly = kNaN;
        return s;
    }
    s.winRate = double(s.wins) / double(s.trades) * 100.0;
    // No losses at all (breakevens included) is an infinite profit factor, shown as "∞".
    s.profitFactor = s.grossLoss == 0.0 ? kInf : s.grossProfit / std::fabs(s.grossLoss);
    s.avgWin = ReturnStats::mean(winPnls);
    s.avgLoss = ReturnStats::mean(lossPnls);
    s.payoff = (s.wins == 0 || s.losses == 0) ? kNaN : s.avgWin / std::fabs(s.avgLoss);
    const double w = double(s.wins) / double(s.trades);
    s.kelly = std::isnan(s.payoff) ? kNaN : w - (1.0 - w) / s.payoff;
    return s;
}

} // namespace cl::portfolio
