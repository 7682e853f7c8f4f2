#include "montecarlo.h"

#include "returnstats.h"

#include <algorithm>
#include <random>

namespace cl::portfolio {

MonteCarloResult MonteCarlo::run(std::span<const double> samples, const MonteCarloConfig &config)
{
    MonteCarloResult result;
    result.mode = config.mode;
    result.seed = config.seed ? *config.seed : (quint64(std::random_device{}()) << 32) ^ std::random_device{}();
    if (samples.empty() || config.paths <= 0)
        return result;

    const bool permutation = config.mode == MonteCarloConfig::Mode::Permutation;
    const int steps = permutation || config.tradesPerPath <= 0 ? int(samples.size()) : config.tradesPerPath;
    result.paths = config.paths;
    result.tradesPerPath = steps;

    const int fanCount = std::clamp(config.fanSteps, 1, steps);
    for (int i = 0; i < fanCount; ++i)
        result.fanStepIndex.push_back(int((qint64(i) + 1) * steps / fanCount));
    std::vector<std::vector<double>> fanValues(size_t(fanCount), std::vector<double>(size_t(config.paths)));

    const double scale = config.source == MonteCarloConfig::Source::RMultiple ? config.riskPerTrade
                                                                                : config.positionFraction / 100.0;
    std::mt19937_64 rng(result.seed);
    std::vector<double> terminal(size_t(config.paths));
    std::vector<double> drawdowns(size_t(config.paths));
    std::vector<double> order(samples.begin(), samples.end());
    int beyond = 0;
    int losing = 0;
    for (int p = 0; p < config.paths; ++p) {
        if (permutation) {
            // Fisher-Yates with our own bounded draw, so a seed means the same shuffle on every platform.
            for (size_t i = order.size() - 1; i > 0; --i)
                std::swap(order[i], order[boundedIndex(rng, i + 1)]);
        }
        double equity = config.startEquity;
        double peak = equity;
        double worst = 0.0;
        int fanNext = 0;
        for (int s = 0; s < steps; ++s) {
            const double x = permutation ? order[size_t(s)] : samples[boundedIndex(rng, samples.size())];
            equity = std::max(0.0, equity * (1.0 + x * scale));
            peak = std::max(peak, equity);
            if (peak > 0.0)
                worst = std::min(worst, equity / peak - 1.0);
            while (fanNext < fanCount && result.fanStepIndex[size_t(fanNext)] == s + 1)
                fanValues[size_t(fanNext++)][size_t(p)] = equity;
        }
        terminal[size_t(p)] = equity;
        drawdowns[size_t(p)] = worst;
        if (-worst > config.drawdownThreshold)
            ++beyond;
        if (equity < config.startEquity)
            ++losing;
    }

    std::array<double, 5> dd{};
    for (size_t i = 0; i < 5; ++i)
        dd[i] = ReturnStats::percentile(drawdowns, MonteCarloResult::kPercentiles[i]);
    result.maxDrawdown = dd;
    result.meanMaxDrawdown = ReturnStats::mean(drawdowns);
    result.probDrawdownBeyond = double(beyond) / double(config.paths);
    if (!permutation) {
        std::array<double, 5> t{};
        for (size_t i = 0; i < 5; ++i)
            t[i] = ReturnStats::percentile(terminal, MonteCarloResult::kPercentiles[i]);
        result.terminalEquity = t;
        result.probLoss = double(losing) / double(config.paths);
    }
    for (const auto &values : fanValues) {
        std::array<double, 5> row{};
        for (size_t i = 0; i < 5; ++i)
            row[i] = ReturnStats::percentile(values, MonteCarloResult::kPercentiles[i]);
        result.fan.push_back(row);
    }
    return result;
}

} // namespace cl::portfolio
