#pragma once

#include "backtestdata.h"
#include "backtestresult.h"
#include "backtestsettings.h"
#include "runcontrol.h"

#include <QJsonObject>

#include <vector>

namespace cl::backtest {

// The values each optimized parameter may take. A list with one value keeps that parameter fixed.
struct ParameterSpace
{
    std::vector<double> minZonePct{0.15};
    std::vector<double> overlap{0.60}; // the zone-gate threshold of the traded timeframe
    std::vector<double> rrTarget{0.0}; // 0: the pattern's targets
    std::vector<double> stopBuffer{1.0};
    std::vector<BacktestSettings::EntryMethod> entryMethod{BacktestSettings::EntryMethod::Limit};
    std::vector<double> expiryMultiplier{1.0};

    size_t gridSize() const;
    // "name: why" for an empty or unusable list, else empty.
    QString validate() const;
    // Parses "min_zone=0.1,0.15;overlap=0.5,0.6;rr=0,2;stop_buffer=1,1.5;entry=limit,next_open;expiry=1,2";
    // names not given keep their single default. nullopt with *error naming the bad part.
    static std::optional<ParameterSpace> parse(const QString &text, QString *error);
};

// How trials are ranked; trials under the minimum-trades guard are never ranked.
enum class Objective : quint8 { NetProfit, ExpectancyR, Sharpe, ProfitFactor };

struct Trial
{
    int index = 0;
    quint64 seed = 0; // random search: the trial's own seed (its parameters follow from it); grid: 0
    BacktestSettings settings;
    portfolio::MetricsReport metrics;
    int trades = 0;
    bool guarded = false; // fewer trades than the minimum: not rankable
    double score = 0.0; // NaN when guarded or undefined
};

struct OptimizationOptions
{
    enum class Mode : quint8 { Grid, Random };
    Mode mode = Mode::Grid;
    int randomTrials = 50;
    quint64 seed = 1;
    int minTrades = 30;
    Objective objective = Objective::ExpectancyR;
    int maxThreads = 0; // 0: QThread::idealThreadCount()
};

struct OptimizationResult
{
    std::vector<Trial> trials; // in trial order
    int best = -1; // index into trials, -1 when no trial passed the guard
    bool cancelled = false;
};

// Grid or seeded random search over ParameterSpace. Detection runs once per distinct (min zone %, overlap)
// pair, the fill simulation once per trial; both spread over the cores with QtConcurrent. The same data,
// settings, space and seed give the same trials, metrics and best trial, whatever the thread count.
class Optimizer
{
public:
    static OptimizationResult run(const BacktestData &data, const BacktestSettings &base, const ParameterSpace &space,
        const OptimizationOptions &options, const RunControl &control = {});

    // The trials' parameters without running them (grid order, or drawn from the seed).
    static std::vector<Trial> plan(const BacktestSettings &base, const ParameterSpace &space,
        const OptimizationOptions &options, model::Timeframe timeframe);
    static double score(const portfolio::MetricsReport &metrics, Objective objective);
    static QJsonObject trialParams(const Trial &trial, model::Timeframe timeframe);
    static std::optional<Objective> parseObjective(QStringView text);
    static const char *objectiveCode(Objective objective);
};

} // namespace cl::backtest
