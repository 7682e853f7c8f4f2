#include "backtester.h"

#include "portfolio/tradepnl.h"
#include "setupcollector.h"

#include <algorithm>
#include <queue>

namespace cl::backtest {

namespace {

// Sizes one simulated trade on `equity` and prices it through the portfolio's P&L rules.
portfolio::TradeResult price(TradeSimulator::Simulated &sim, double equity, const BacktestSettings &settings,
    const QString &symbol, qint64 id)
{
    BacktestTrade &t = sim.trade;
    const bool isLong = t.isLong();
    const double slip = settings.slippageBps / 10'000.0;
    const double fee = settings.feeBps / 10'000.0;
    t.entryPrice = sim.rawEntry * (isLong ? 1.0 + slip : 1.0 - slip);
    const double risk = std::abs(t.entryPrice - t.stop);
    t.quantity = risk > 0 ? equity * settings.riskPct / 100.0 / risk : 0.0;

    portfolio::Trade trade;
    trade.id = id;
    trade.externalId = QString::number(id);
    trade.symbol = symbol;
    trade.direction = isLong ? portfolio::Direction::Long : portfolio::Direction::Short;
    trade.stopLoss = t.stop;
    trade.takeProfit = t.target;
    trade.patternType = QString::fromLatin1(model::patternTypeCode(t.type));
    trade.timeframe = t.timeframe.toString();
    const bool zeroR = t.outcome == Outcome::Inconclusive && sim.exits.size() == 1;
    trade.fills.push_back({0, portfolio::FillKind::Entry, t.entryTime, t.entryPrice, t.quantity,
        zeroR ? 0.0 : t.entryPrice * t.quantity * fee});
    double exitValue = 0.0;
    for (const TradeSimulator::Exit &e : sim.exits) {
        // The inconclusive remainder leaves at the entry fill: neither a gain nor a loss.
        const double p = e.noFee ? t.entryPrice : e.price * (isLong ? 1.0 - slip : 1.0 + slip);
        const double q = t.quantity * e.fraction;
        exitValue += p * q;
        trade.fills.push_back({0, portfolio::FillKind::Exit, e.time, p, q, e.noFee ? 0.0 : p * q * fee});
    }
    trade.status = portfolio::TradeStatus::Closed;
    portfolio::TradeResult result = portfolio::TradePnl::evaluate(trade);
    t.exitPrice = t.quantity > 0 ? exitValue / t.quantity : sim.exits.back().price;
    t.fees = result.fees;
    t.pnl = result.pnl;
    t.r = zeroR ? 0.0 : result.rMultiple.value_or(0.0);
    if (sim.exits.size() > 1 && t.outcome == Outcome::Win)
        t.outcome = t.pnl > 0 ? Outcome::Win : Outcome::Loss; // scaled exits: the result decides
    return result;
}

} // namespace

BacktestResult Backtester::run(const BacktestData &data, const BacktestSettings &settings, const RunControl &control)
{
    SetupCollector::Result collected = SetupCollector::collect(data, settings, control);
    if (collected.cancelled) {
        BacktestResult cancelled;
        cancelled.cancelled = true;
        cancelled.candles = collected.candles;
        return cancelled;
    }
    BacktestResult result = simulate(data.candles, collected.setups, settings, data.timeframe, data.symbol.toString());
    result.candles = collected.candles;
    result.patterns = collected.patterns;
    control.report(1.0);
    return result;
}

BacktestResult Backtester::simulate(std::span<const model::Candle> candles, std::span<const TradeSetup> setups,
    const BacktestSettings &settings, model::Timeframe timeframe, const QString &symbol)
{
    BacktestResult result;
    std::vector<TradeSimulator::Simulated> simulated =
        TradeSimulator::simulate(candles, setups, settings, timeframe, &result.counts);
    // Entry order; setups of the same candle keep the engine's detection order.
    std::stable_sort(simulated.begin(), simulated.end(),
        [](const auto &a, const auto &b) { return a.trade.entryIndex < b.trade.entryIndex; });

    // Fixed-risk sizing on the equity realized by the trades that exited before this entry.
    using Pending = std::pair<qint64, double>; // exit time, pnl
    std::priority_queue<Pending, std::vector<Pending>, std::greater<>> pending;
    double equity = settings.initialBalance;
    std::vector<portfolio::TradeResult> priced;
    priced.reserve(simulated.size());
    result.trades.reserve(simulated.size());
    for (TradeSimulator::Simulated &sim : simulated) {
        while (!pending.empty() && pending.top().first < sim.trade.entryTime) {
            equity += pending.top().second;
            pending.pop();
        }
        const qint64 id = qint64(priced.size()) + 1;
        priced.push_back(price(sim, std::max(equity, 0.0), settings, symbol, id));
        pending.push({sim.trade.exitTime, sim.trade.pnl});
        result.trades.push_back(sim.trade);
    }
    result.metrics = portfolio::PerformanceMetrics::compute(settings.initialBalance, priced);
    return result;
}

} // namespace cl::backtest
