#include "backtester.h"

#include "portfolio/tradepnl.h"
#include "setupcollector.h"

#include <algorithm>
#include <array>
#include <queue>

namespace cl::backtest {

namespace {

// The text every trade of one run shares, made once: implicitly shared copies cost no allocation per trade.
struct RunLabels
{
    QString symbol;
    model::Timeframe timeframeId;
    QString timeframe;
    std::array<QString, model::kPatternTypeCount> patternTypes;

    RunLabels(const QString &symbolText, model::Timeframe tf)
        : symbol(symbolText), timeframeId(tf), timeframe(tf.toString())
    {
        for (size_t i = 0; i < patternTypes.size(); ++i)
            patternTypes[i] = QString::fromLatin1(model::patternTypeCode(model::PatternType(i)));
    }
};

// Sizes one simulated trade on `equity` and prices it through the portfolio's P&L rules.
portfolio::TradeResult price(TradeSimulator::Simulated &sim, double equity, const BacktestSettings &settings,
    const RunLabels &labels, qint64 id)
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
    trade.symbol = labels.symbol;
    trade.direction = isLong ? portfolio::Direction::Long : portfolio::Direction::Short;
    trade.stopLoss = t.stop;
    trade.takeProfit = t.target;
    trade.patternType = labels.patternTypes[size_t(t.type)];
    trade.timeframe = t.timeframe == labels.timeframeId ? labels.timeframe : t.timeframe.toString();
    const bool zeroR = t.outcome == Outcome::Inconclusive && sim.exits.size() == 1;
    trade.fills.reserve(1 + sim.exits.size());
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
    // Entry order; setups of the same candle keep the engine's detection order (the position breaks ties).
    // Sorting small keys instead of the trades saves moving every trade and its exits log2(n) times.
    std::vector<std::pair<int, size_t>> order;
    order.reserve(simulated.size());
    for (size_t i = 0; i < simulated.size(); ++i)
        order.emplace_back(simulated[i].trade.entryIndex, i);
    std::sort(order.begin(), order.end());

    // Fixed-risk sizing on the equity realized by the trades that exited before this entry.
    using Pending = std::pair<qint64, double>; // exit time, pnl
    std::priority_queue<Pending, std::vector<Pending>, std::greater<>> pending;
    double equity = settings.initialBalance;
    const RunLabels labels(symbol, timeframe);
    std::vector<portfolio::TradeResult> priced;
    priced.reserve(simulated.size());
    result.trades.reserve(simulated.size());
    for (const auto &[entryIndex, index] : order) {
        TradeSimulator::Simulated &sim = simulated[index];
        while (!pending.empty() && pending.top().first < sim.trade.entryTime) {
            equity += pending.top().second;
            pending.pop();
        }
        const qint64 id = qint64(priced.size()) + 1;
        priced.push_back(price(sim, std::max(equity, 0.0), settings, labels, id));
        pending.push({sim.trade.exitTime, sim.trade.pnl});
        result.trades.push_back(sim.trade);
    }
    result.metrics = portfolio::PerformanceMetrics::compute(settings.initialBalance, priced, metricsOptions());
    return result;
}

portfolio::MetricsOptions Backtester::metricsOptions()
{
    portfolio::MetricsOptions options;
    options.breakdowns = false;
    return options;
}

} // namespace cl::backtest
