#include "optimizer.h"

#include "backtester.h"
#include "setupcollector.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <cmath>
#include <map>
#include <random>

namespace cl::backtest {

namespace {

void applyTo(BacktestSettings &s, model::Timeframe tf, double minZone, double overlap, double rr, double stopBuffer,
    BacktestSettings::EntryMethod entry, double expiry)
{
    s.analysis.minZonePct = minZone;
    s.analysis.overlapThreshold[size_t(tf.index())] = overlap;
    s.rrTarget = rr;
    s.stopBufferMultiple = stopBuffer;
    s.entryMethod = entry;
    s.expiryMultiplier = expiry;
}

// splitmix64: a trial's seed from the run's seed and its index, well spread even for seeds 1, 2, 3.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

template<typename T>
const T &pick(std::mt19937_64 &rng, const std::vector<T> &values)
{
    // Not uniform_int_distribution: its output is implementation-defined, the seed must mean the same everywhere.
    return values[size_t(rng() % values.size())];
}

std::optional<std::vector<double>> numbers(const QString &text)
{
    std::vector<double> out;
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return std::nullopt;
        out.push_back(v);
    }
    return out;
}

} // namespace

size_t ParameterSpace::gridSize() const
{
    return minZonePct.size() * overlap.size() * rrTarget.size() * stopBuffer.size() * entryMethod.size()
        * expiryMultiplier.size();
}

QString ParameterSpace::validate() const
{
    if (minZonePct.empty() || overlap.empty() || rrTarget.empty() || stopBuffer.empty() || entryMethod.empty()
        || expiryMultiplier.empty())
        return QStringLiteral("parameter space: every parameter needs at least one value");
    for (const double v : minZonePct) {
        if (v < 0)
            return QStringLiteral("min_zone: must not be negative");
    }
    for (const double v : overlap) {
        if (!(v > 0 && v <= 1))
            return QStringLiteral("overlap: must be in (0, 1]");
    }
    for (const double v : rrTarget) {
        if (v < 0)
            return QStringLiteral("rr: must be 0 (the pattern's targets) or positive");
    }
    for (const double v : stopBuffer) {
        if (v < 0)
            return QStringLiteral("stop_buffer: must not be negative");
    }
    for (const double v : expiryMultiplier) {
        if (!(v > 0))
            return QStringLiteral("expiry: must be positive");
    }
    return {};
}

std::optional<ParameterSpace> ParameterSpace::parse(const QString &text, QString *error)
{
    ParameterSpace space;
    for (const QString &item : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString name = item.left(eq).trimmed();
        const QString values = eq < 0 ? QString() : item.mid(eq + 1);
        if (eq < 0 || values.trimmed().isEmpty()) {
            *error = QStringLiteral("parameter space: \"%1\" is not name=v1,v2").arg(item);
            return std::nullopt;
        }
        if (name == QLatin1StringView("entry")) {
            space.entryMethod.clear();
            for (const QString &v : values.split(QLatin1Char(','))) {
                const auto method = BacktestSettings::parseEntryMethod(v.trimmed());
                if (!method) {
                    *error = QStringLiteral("parameter space: entry \"%1\" is not limit or next_open").arg(v);
                    return std::nullopt;
                }
                space.entryMethod.push_back(*method);
            }
            continue;
        }
        const auto list = numbers(values);
        if (!list) {
            *error = QStringLiteral("parameter space: %1 has a value that is not a number").arg(name);
            return std::nullopt;
        }
        if (name == QLatin1StringView("min_zone"))
            space.minZonePct = *list;
        else if (name == QLatin1StringView("overlap"))
            space.overlap = *list;
        else if (name == QLatin1StringView("rr"))
            space.rrTarget = *list;
        else if (name == QLatin1StringView("stop_buffer"))
            space.stopBuffer = *list;
        else if (name == QLatin1StringView("expiry"))
            space.expiryMultiplier = *list;
        else {
            *error = QStringLiteral("parameter space: unknown parameter \"%1\" (min_zone, overlap, rr, stop_buffer, "
                                    "entry, expiry)")
                         .arg(name);
            return std::nullopt;
        }
    }
    const QString why = space.validate();
    if (!why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    return space;
}

std::vector<Trial> Optimizer::plan(const BacktestSettings &base, const ParameterSpace &space,
    const OptimizationOptions &options, model::Timeframe tf)
{
    std::vector<Trial> trials;
    if (options.mode == OptimizationOptions::Mode::Grid) {
        for (const double z : space.minZonePct)
            for (const double o : space.overlap)
                for (const double rr : space.rrTarget)
                    for (const double sb : space.stopBuffer)
                        for (const auto e : space.entryMethod)
                            for (const double x : space.expiryMultiplier) {
                                Trial t;
                                t.index = int(trials.size());
                                t.settings = base;
                                applyTo(t.settings, tf, z, o, rr, sb, e, x);
                                trials.push_back(std::move(t));
                            }
        return trials;
    }
    for (int i = 0; i < options.randomTrials; ++i) {
        Trial t;
        t.index = i;
        // 53 bits: the seed stays exact in JSON readers and fits the signed INTEGER column.
        t.seed = mix(options.seed + quint64(i)) & ((quint64(1) << 53) - 1);
        std::mt19937_64 rng(t.seed);
        t.settings = base;
        const double z = pick(rng, space.minZonePct);
        const double o = pick(rng, space.overlap);
        const double rr = pick(rng, space.rrTarget);
        const double sb = pick(rng, space.stopBuffer);
        const auto e = pick(rng, space.entryMethod);
        const double x = pick(rng, space.expiryMultiplier);
        applyTo(t.settings, tf, z, o, rr, sb, e, x);
        trials.push_back(std::move(t));
    }
    return trials;
}

double Optimizer::score(const portfolio::MetricsReport &m, Objective objective)
{
    switch (objective) {
    case Objective::NetProfit:
        return m.netProfit;
    case Objective::ExpectancyR:
        return m.trades.expectancyR;
    case Objective::Sharpe:
        return m.sharpe;
    case Objective::ProfitFactor:
        return m.trades.profitFactor;
    }
    return std::nan("");
}

OptimizationResult Optimizer::run(const BacktestData &data, const BacktestSettings &base, const ParameterSpace &space,
    const OptimizationOptions &options, const RunControl &control)
{
    OptimizationResult result;
    result.trials = plan(base, space, options, data.timeframe);
    const model::Timeframe tf = data.timeframe;

    // One replay per distinct detection setting; the trials only differ in how the setups are traded.
    std::map<std::pair<double, double>, size_t> keyIndex;
    std::vector<std::pair<double, double>> keys;
    std::vector<size_t> trialKey(result.trials.size());
    for (size_t i = 0; i < result.trials.size(); ++i) {
        const auto &a = result.trials[i].settings.analysis;
        const auto key = std::make_pair(a.minZonePct, a.overlapFor(tf));
        const auto [it, inserted] = keyIndex.emplace(key, keys.size());
        if (inserted)
            keys.push_back(key);
        trialKey[i] = it->second;
    }
    const double totalWork = double(keys.size() + result.trials.size());
    std::atomic<int> done{0};
    auto step = [&] { control.report(double(done.fetch_add(1) + 1) / totalWork); };

    QThreadPool pool;
    pool.setMaxThreadCount(options.maxThreads > 0 ? options.maxThreads : QThread::idealThreadCount());
    std::vector<SetupCollector::Result> replays(keys.size());
    std::vector<size_t> keyOrder(keys.size());
    for (size_t k = 0; k < keys.size(); ++k)
        keyOrder[k] = k;
    QtConcurrent::blockingMap(&pool, keyOrder, [&](size_t k) {
        if (control.cancelled())
            return;
        BacktestSettings s = base;
        s.analysis.minZonePct = keys[k].first;
        s.analysis.overlapThreshold[size_t(tf.index())] = keys[k].second;
        RunControl inner;
        inner.cancel = control.cancel;
        replays[k] = SetupCollector::collect(data, s, inner);
        step();
    });
    if (control.cancelled()) {
        result.cancelled = true;
        return result;
    }
    const QString symbol = data.symbol.toString();
    QtConcurrent::blockingMap(&pool, result.trials, [&](Trial &t) {
        if (control.cancelled())
            return;
        const SetupCollector::Result &replay = replays[trialKey[size_t(t.index)]];
        BacktestResult r = Backtester::simulate(data.candles, replay.setups, t.settings, tf, symbol);
        t.trades = int(r.trades.size());
        t.metrics = std::move(r.metrics);
        t.guarded = t.trades < options.minTrades;
        t.score = t.guarded ? std::nan("") : score(t.metrics, options.objective);
        step();
    });
    if (control.cancelled()) {
        result.cancelled = true;
        return result;
    }
    // The best score; ties keep the earlier trial, so the choice never depends on the threads.
    for (size_t i = 0; i < result.trials.size(); ++i) {
        const double s = result.trials[i].score;
        if (std::isnan(s))
            continue;
        if (result.best < 0 || s > result.trials[size_t(result.best)].score)
            result.best = int(i);
    }
    return result;
}

QJsonObject Optimizer::trialParams(const Trial &t, model::Timeframe tf)
{
    QJsonObject o;
    o.insert(QStringLiteral("min_zone_pct"), t.settings.analysis.minZonePct);
    o.insert(QStringLiteral("overlap"), t.settings.analysis.overlapFor(tf));
    o.insert(QStringLiteral("rr_target"), t.settings.rrTarget);
    o.insert(QStringLiteral("stop_buffer"), t.settings.stopBufferMultiple);
    o.insert(QStringLiteral("entry_method"), QString::fromLatin1(BacktestSettings::entryMethodCode(t.settings.entryMethod)));
    o.insert(QStringLiteral("expiry_multiplier"), t.settings.expiryMultiplier);
    return o;
}

std::optional<Objective> Optimizer::parseObjective(QStringView text)
{
    for (int i = 0; i < 4; ++i) {
        if (text == QLatin1StringView(objectiveCode(Objective(i))))
            return Objective(i);
    }
    return std::nullopt;
}

const char *Optimizer::objectiveCode(Objective objective)
{
    constexpr std::array<const char *, 4> codes{"net_profit", "expectancy_r", "sharpe", "profit_factor"};
    return codes[size_t(objective)];
}

} // namespace cl::backtest
