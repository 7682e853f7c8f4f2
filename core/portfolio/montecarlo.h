#pragma once

#include <QtGlobal>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace cl::portfolio {

// Resampling of the closed trades (spec/metrics.md "Monte Carlo"). Each path compounds an account from
// startEquity: with R multiples every trade risks riskPerTrade of the current equity per 1 R; with pnl %
// every trade moves positionFraction of the equity by its pnl %.
struct MonteCarloConfig
{
    enum class Source { RMultiple, PnlPercent };
    enum class Mode { Bootstrap, Permutation };

    Source source = Source::RMultiple;
    Mode mode = Mode::Bootstrap;
    int paths = 10'000;
    int tradesPerPath = 0;            // 0: as many as the sample (Permutation always uses the sample size)
    std::optional<quint64> seed;      // none: drawn from std::random_device and reported
    double startEquity = 10'000.0;
    double riskPerTrade = 0.01;       // R mode
    double positionFraction = 1.0;    // pnl % mode
    double drawdownThreshold = 0.20;  // "risk of ruin": P(max drawdown deeper than this fraction)
    int fanSteps = 50;                // points of the fan chart along a path
};

struct MonteCarloResult
{
    static constexpr std::array<double, 5> kPercentiles{5, 25, 50, 75, 95};

    quint64 seed = 0;
    int paths = 0;
    int tradesPerPath = 0;
    MonteCarloConfig::Mode mode = MonteCarloConfig::Mode::Bootstrap;
    // Terminal equity at the percentiles; empty in Permutation mode, where it is the same on every path.
    std::optional<std::array<double, 5>> terminalEquity;
    std::array<double, 5> maxDrawdown{};   // fractions <= 0 at the same percentiles (5 % = the deepest)
    double meanMaxDrawdown = 0.0;
    double probDrawdownBeyond = 0.0;       // share of paths whose max drawdown is deeper than the threshold
    double probLoss = 0.0;                 // share of paths ending below the start (Bootstrap)
    // Fan chart: for step i (trade index fanStepIndex[i]) the equity at the five percentiles.
    std::vector<int> fanStepIndex;
    std::vector<std::array<double, 5>> fan;
};

class MonteCarlo
{
public:
    // samples: R multiples or pnl % of the closed trades. An empty sample gives an empty result (paths 0).
    static MonteCarloResult run(std::span<const double> samples, const MonteCarloConfig &config);

    // An unbiased index in [0, n) from the generator's raw output (rejection, no std distribution: those
    // differ between standard libraries and a seed must give the same paths everywhere).
    template<typename Rng>
    static quint64 boundedIndex(Rng &rng, quint64 n)
    {
        const quint64 limit = ~quint64(0) - (~quint64(0) % n);
        quint64 x;
        do {
            x = rng();
        } while (x >= limit);
        return x % n;
    }
};

} // namespace cl::portfolio
