// bench_backtest: one symbol, 1,000,000 one-minute candles aggregated to 15m (66,667 candles), replayed
// with the 1m candles advancing the statuses between them, all three patterns traded (limit entry, TP1).
//   backtest.candles_per_s      1m candles of history per second of wall time, whole run (goal >= 5,000,000)
//   backtest.candles_per_cpu_s  the same from the thread's CPU time (a busy shared machine inflates it less)
//   backtest.run_ms             one backtest: replay + fills + sizing + metrics
//   backtest.simulate_ms        fills + sizing + metrics alone, on the replay's setups (what an optimizer
//                               trial costs once detection is shared)
//   backtest.optimizer_trials_per_s  a 24-trial grid (2 detection settings) on every core
// The candles are the random walk of bench_analysis (0.07 % per minute); counts go to stderr.
#include "backtest/backtester.h"
#include "backtest/optimizer.h"
#include "backtest/setupcollector.h"
#include "benchsupport.h"
#include "candles/candleaggregator.h"

#include <QTextStream>

#include <cstdlib>
#include <ctime>
#include <random>

using namespace cl::backtest;
using cl::model::Timeframe;

namespace {

constexpr int kMinutes = 1'000'000;

cl::model::CandleSeries randomWalk(int count, double volatility)
{
    std::mt19937_64 rng(42);
    std::normal_distribution<double> step(0.0, volatility);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    cl::model::CandleSeries candles;
    candles.reserve(size_t(count));
    double price = 30'000.0;
    qint64 t = 1'704'067'200'000;
    for (int i = 0; i < count; ++i, t += 60'000) {
        cl::model::Candle c;
        c.openTime = t;
        c.open = price;
        price *= 1.0 + step(rng);
        c.close = price;
        c.high = std::max(c.open, c.close) * (1.0 + unit(rng) * 0.0005);
        c.low = std::min(c.open, c.close) * (1.0 - unit(rng) * 0.0005);
        c.volume = unit(rng) * 10.0;
        candles.push_back(c);
    }
    return candles;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    const double volatility = argc > 1 ? std::atof(argv[1]) : 0.0007;
    QTextStream err(stderr);
    BacktestData data;
    data.symbol = *cl::model::Symbol::parse(u"BTC/USDT");
    data.timeframe = Timeframe::M15;
    data.minutes = randomWalk(kMinutes, volatility > 0 ? volatility : 0.0007);
    data.candles = cl::candles::CandleAggregator::aggregate(data.minutes, Timeframe::M15);
    const BacktestSettings settings;

    BacktestResult result;
    std::vector<double> cpu;
    const double runMs = cl::bench::medianMs(
        [&] {
            const double start = threadCpuMs();
            result = Backtester::run(data, settings);
            cpu.push_back(threadCpuMs() - start);
        },
        5, 1);
    std::sort(cpu.begin(), cpu.end());
    const double cpuMs = cpu[cpu.size() / 2];

    const auto collected = SetupCollector::collect(data, settings);
    const double simulateMs = cl::bench::medianMs(
        [&] { Backtester::simulate(data.candles, collected.setups, settings, data.timeframe, QStringLiteral("BTC/USDT")); });

    ParameterSpace space;
    space.overlap = {0.6, 0.7};
    space.rrTarget = {0.0, 1.5, 2.0, 3.0};
    space.stopBuffer = {1.0, 1.5, 2.0};
    OptimizationOptions options;
    options.minTrades = 10;
    OptimizationResult optimized;
    const double optimizeMs = cl::bench::medianMs([&] { optimized = Optimizer::run(data, settings, space, options); }, 3, 0);

    err << data.minutes.size() << " 1m candles, " << data.candles.size() << " 15m candles, " << result.patterns
        << " patterns, " << result.counts.setups << " setups, " << result.trades.size() << " trades ("
        << result.counts.unfilled << " never filled), net " << result.metrics.netProfit << "; optimizer "
        << optimized.trials.size() << " trials, best " << optimized.best << "\n";
    err.flush();
    cl::bench::report(QStringLiteral("backtest.candles_per_s"), double(kMinutes) / (runMs / 1000.0),
        QStringLiteral("candles/s"), QStringLiteral("5000000"));
    cl::bench::report(QStringLiteral("backtest.candles_per_cpu_s"), double(kMinutes) / (cpuMs / 1000.0),
        QStringLiteral("candles/s"), QStringLiteral("5000000"));
    cl::bench::report(QStringLiteral("backtest.run_ms"), runMs, QStringLiteral("ms"));
    cl::bench::report(QStringLiteral("backtest.simulate_ms"), simulateMs, QStringLiteral("ms"));
    cl::bench::report(QStringLiteral("backtest.optimizer_trials_per_s"),
        double(optimized.trials.size()) / (optimizeMs / 1000.0), QStringLiteral("trials/s"));
    return 0;
}
