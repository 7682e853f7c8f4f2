#include "walkforward.h"

#include "backtester.h"
#include "setupcollector.h"

#include <algorithm>
#include <cmath>

namespace cl::backtest {

std::vector<WalkForwardWindow> WalkForward::windows(
    qint64 from, qint64 to, int count, double oosPct, bool anchored, qint64 step)
{
    std::vector<WalkForwardWindow> out;
    if (count <= 0 || step <= 0 || to <= from || !(oosPct > 0 && oosPct < 100))
        return out;
    const qint64 steps = (to - from) / step;
    // steps = is + count * oos with oos = is * p / (100 - p)  =>  is = steps / (1 + count * p / (100 - p)).
    const double ratio = oosPct / (100.0 - oosPct);
    const qint64 isSteps = qint64(std::floor(double(steps) / (1.0 + double(count) * ratio)));
    const qint64 oosSteps = qint64(std::floor(double(isSteps) * ratio));
    if (isSteps < 1 || oosSteps < 1)
        return out;
    const qint64 isMs = isSteps * step;
    const qint64 oosMs = oosSteps * step;
    const qint64 start = to - isMs - qint64(count) * oosMs; // the unused remainder is at the start
    for (int k = 0; k < count; ++k) {
        WalkForwardWindow w;
        w.isFrom = anchored ? start : start + qint64(k) * oosMs;
        w.isTo = start + isMs + qint64(k) * oosMs;
        w.oosFrom = w.isTo;
        w.oosTo = w.oosFrom + oosMs;
        out.push_back(w);
    }
    return out;
}

portfolio::MetricsReport WalkForward::metricsOf(
    const std::vector<BacktestTrade> &trades, double initialBalance, const QString &symbol)
{
    std::vector<portfolio::TradeResult> results;
    results.reserve(trades.size());
    for (const BacktestTrade &t : trades) {
        portfolio::TradeResult r;
        r.tradeId = qint64(results.size()) + 1;
        r.externalId = QString::number(r.tradeId);
        r.symbol = symbol;
        r.direction = t.isLong() ? portfolio::Direction::Long : portfolio::Direction::Short;
        r.patternType = QString::fromLatin1(model::patternTypeCode(t.type));
        r.timeframe = t.timeframe.toString();
        r.closed = true;
        r.entryTime = t.entryTime;
        r.exitTime = t.exitTime;
        r.quantity = t.quantity;
        r.entryPrice = t.entryPrice;
        r.exitPrice = t.exitPrice;
        r.fees = t.fees;
        r.pnl = t.pnl;
        r.pnlPct = t.entryPrice * t.quantity > 0 ? t.pnl / (t.entryPrice * t.quantity) * 100.0 : 0.0;
        const double risk = std::abs(t.entryPrice - t.stop);
        if (risk > 0 && t.quantity > 0) {
            r.riskAmount = risk * t.quantity;
            r.rMultiple = t.r;
            r.plannedRR = std::abs(t.target - t.entryPrice) / risk;
        }
        results.push_back(std::move(r));
    }
    return portfolio::PerformanceMetrics::compute(initialBalance, results, Backtester::metricsOptions());
}

WalkForwardResult WalkForward::run(const BacktestData &data, const BacktestSettings &base, const ParameterSpace &space,
    const WalkForwardOptions &options, const RunControl &control)
{
    WalkForwardResult result;
    if (data.candles.empty())
        return result;
    const qint64 tfMs = data.timeframe.durationMs();
    const auto windows = WalkForward::windows(
        data.candles.front().openTime, data.candles.back().openTime + tfMs, options.windows, options.oosPct,
        options.anchored, tfMs);
    double isProfit = 0.0;
    double isDays = 0.0;
    double oosProfit = 0.0;
    double oosDays = 0.0;
    const QString symbol = data.symbol.toString();
    for (size_t k = 0; k < windows.size(); ++k) {
        const WalkForwardWindow &w = windows[k];
        WalkForwardStep step;
        step.window = w;
        RunControl inner;
        inner.cancel = control.cancel;
        inner.progress = [&](double f) { control.report((double(k) + f * 0.9) / double(windows.size())); };
        step.inSample = Optimizer::run(data.slice(w.isFrom, w.isTo - 1), base, space, options.optimization, inner);
        if (step.inSample.cancelled || control.cancelled()) {
            result.cancelled = true;
            return result;
        }
        if (step.inSample.best >= 0) {
            step.best = step.inSample.trials[size_t(step.inSample.best)];
            step.hasBest = true;
            // Detection runs from the window's start so the engine is warm; only setups that appear out of
            // sample are traded, and only on candles from there on.
            const BacktestData span = data.slice(w.isFrom, w.oosTo - 1);
            SetupCollector::Result replay = SetupCollector::collect(span, step.best.settings, inner);
            std::erase_if(replay.setups, [&](const TradeSetup &s) { return s.detectedAt < w.oosFrom; });
            step.outOfSample = Backtester::simulate(span.candles, replay.setups, step.best.settings, data.timeframe, symbol);
            step.outOfSample.candles = replay.candles;
            result.oosTrades.insert(
                result.oosTrades.end(), step.outOfSample.trades.begin(), step.outOfSample.trades.end());
            isProfit += step.best.metrics.netProfit;
            isDays += double(w.isTo - w.isFrom) / 86'400'000.0;
            oosProfit += step.outOfSample.metrics.netProfit;
            oosDays += double(w.oosTo - w.oosFrom) / 86'400'000.0;
        }
        result.steps.push_back(std::move(step));
        control.report(double(k + 1) / double(windows.size()));
    }
    result.outOfSample = metricsOf(result.oosTrades, base.initialBalance, symbol);
    result.efficiency = isProfit > 0 && isDays > 0 && oosDays > 0 ? (oosProfit / oosDays) / (isProfit / isDays)
                                                                  : std::nan("");
    return result;
}

} // namespace cl::backtest
