#include "backtestcommand.h"

#include "backtest/backtestdataloader.h"
#include "backtest/backtester.h"
#include "backtest/backtestjson.h"
#include "backtest/backtestrepository.h"
#include "backtest/walkforward.h"
#include "clioptions.h"
#include "model/systemclock.h"
#include "portfolio/metricsjson.h"
#include "storage/candlerepository.h"
#include "storage/sqlconnection.h"
#include "storage/symbolrepository.h"

#include <QJsonDocument>
#include <QMutex>

#include <cmath>

namespace cl::cli {

using backtest::BacktestSettings;

namespace {

using storage::CandleRepository;

QCommandLineOption valueOption(const char *name, const char *description, const char *value)
{
    return {QString::fromLatin1(name), QString::fromLatin1(description), QString::fromLatin1(value)};
}

void addOptions(CliOptions &o)
{
    o.addOption(valueOption("exchange", "Exchange id.", "E"));
    o.addOption(valueOption("symbol", "Symbol BASE/QUOTE.", "S"));
    o.addOption(valueOption("timeframe", "Traded timeframe.", "TF"));
    o.addOption(valueOption("from", "First candle open time (ms or ISO-8601), default: the first stored.", "T"));
    o.addOption(valueOption("to", "Last candle open time, default: the last stored.", "T"));
    o.addOption(valueOption("format", "table (default) or json.", "FORMAT"));
    o.addOption(valueOption("patterns", "Pattern types traded: fvg,order_block,liquidity_sweep (default all).", "LIST"));
    o.addOption({QStringLiteral("signals"), QStringLiteral("Trade confluence signals instead of patterns.")});
    o.addOption(valueOption("entry", "limit (at the entry level, default) or next_open.", "METHOD"));
    o.addOption(valueOption("exit", "tp1 (default), tp2, tp3 or scaled (a third at each).", "MODE"));
    o.addOption({QStringLiteral("stop-first"),
        QStringLiteral("A candle reaching stop and target counts as stopped (default: inconclusive, 0 R).")});
    o.addOption(valueOption("rr", "One target at this many R instead of the pattern's targets (0: off).", "X"));
    o.addOption(valueOption("stop-buffer", "Scale the stop's distance beyond the zone (default 1).", "X"));
    o.addOption(valueOption("expiry-multiplier", "Scale the per-timeframe lifetimes (default 1).", "X"));
    o.addOption(valueOption("fee-bps", "Fee per fill in basis points (default 0).", "BPS"));
    o.addOption(valueOption("slippage-bps", "Slippage per fill in basis points (default 0).", "BPS"));
    o.addOption(valueOption("risk-pct", "Risk per trade, % of equity (default 1).", "PCT"));
    o.addOption(valueOption("initial-balance", "Starting equity (default 10000).", "X"));
    o.addOption({QStringLiteral("no-minute-statuses"),
        QStringLiteral("Do not advance statuses with the stored 1m candles between the traded candles.")});
    o.addOption({QStringLiteral("no-store"), QStringLiteral("Do not record the run in backtest_runs.")});
    o.addOption(valueOption("optimize", "grid or random: search the --space, print every trial.", "MODE"));
    o.addOption(valueOption("space",
        "Parameter values: \"min_zone=0.1,0.15;overlap=0.5,0.6;rr=0,2;stop_buffer=1,1.5;entry=limit,next_open;"
        "expiry=1,2\" (names left out stay fixed).",
        "SPEC"));
    o.addOption(valueOption("trials", "Random search: number of trials (default 50).", "N"));
    o.addOption(valueOption("seed", "Random search seed (default 1).", "N"));
    o.addOption(valueOption("min-trades", "Trials with fewer trades are not ranked (default 30).", "N"));
    o.addOption(valueOption("objective", "net_profit, expectancy_r (default), sharpe or profit_factor.", "NAME"));
    o.addOption(valueOption("threads", "Worker threads (default: all cores).", "N"));
    o.addOption(valueOption("walk-forward",
        "rolling or anchored: optimize each window in sample (grid, or --optimize random), trade out of sample.",
        "MODE"));
    o.addOption(valueOption("windows", "Walk-forward windows (default 4).", "N"));
    o.addOption(valueOption("oos-pct", "Out-of-sample share of a window, percent (default 25).", "PCT"));
}

std::optional<double> number(const CliOptions &o, CliContext &context, const char *name, double fallback)
{
    const QString key = QString::fromLatin1(name);
    if (!o.isSet(key))
        return fallback;
    bool ok = false;
    const double v = o.value(key).toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        context.err << "option --" << key << ": \"" << o.value(key) << "\" is not a number\n";
        return std::nullopt;
    }
    return v;
}

bool readSettings(const CliOptions &o, CliContext &context, BacktestSettings *s)
{
    if (o.isSet(QStringLiteral("patterns"))) {
        s->patternTypes = {false, false, false};
        for (const QString &part : o.value(QStringLiteral("patterns")).split(QLatin1Char(','))) {
            const auto type = model::parsePatternType(part.trimmed());
            if (!type) {
                context.err << "option --patterns: \"" << part << "\" is not fvg, order_block or liquidity_sweep\n";
                return false;
            }
            s->patternTypes[size_t(*type)] = true;
        }
    }
    if (o.isSet(QStringLiteral("signals")))
        s->source = BacktestSettings::Source::Signals;
    if (o.isSet(QStringLiteral("entry"))) {
        const auto method = BacktestSettings::parseEntryMethod(o.value(QStringLiteral("entry")));
        if (!method) {
            context.err << "option --entry: \"" << o.value(QStringLiteral("entry")) << "\" is not limit or next_open\n";
            return false;
        }
        s->entryMethod = *method;
    }
    if (o.isSet(QStringLiteral("exit"))) {
        const auto mode = BacktestSettings::parseExitMode(o.value(QStringLiteral("exit")));
        if (!mode) {
            context.err << "option --exit: \"" << o.value(QStringLiteral("exit")) << "\" is not tp1, tp2, tp3 or scaled\n";
            return false;
        }
        s->exitMode = *mode;
    }
    if (o.isSet(QStringLiteral("stop-first")))
        s->sameCandle = BacktestSettings::SameCandle::StopFirst;
    if (o.isSet(QStringLiteral("no-minute-statuses")))
        s->useMinuteStatuses = false;
    const auto rr = number(o, context, "rr", s->rrTarget);
    const auto buffer = number(o, context, "stop-buffer", s->stopBufferMultiple);
    const auto expiry = number(o, context, "expiry-multiplier", s->expiryMultiplier);
    const auto fee = number(o, context, "fee-bps", s->feeBps);
    const auto slip = number(o, context, "slippage-bps", s->slippageBps);
    const auto risk = number(o, context, "risk-pct", s->riskPct);
    const auto balance = number(o, context, "initial-balance", s->initialBalance);
    if (!rr || !buffer || !expiry || !fee || !slip || !risk || !balance)
        return false;
    s->rrTarget = *rr;
    s->stopBufferMultiple = *buffer;
    s->expiryMultiplier = *expiry;
    s->feeBps = *fee;
    s->slippageBps = *slip;
    s->riskPct = *risk;
    s->initialBalance = *balance;
    const QString why = s->validate();
    if (!why.isEmpty()) {
        context.err << "settings: " << why << "\n";
        return false;
    }
    return true;
}

bool readOptimization(const CliOptions &o, CliContext &context, backtest::OptimizationOptions *opt)
{
    const auto trials = number(o, context, "trials", opt->randomTrials);
    const auto seed = number(o, context, "seed", double(opt->seed));
    const auto minTrades = number(o, context, "min-trades", opt->minTrades);
    const auto threads = number(o, context, "threads", 0);
    if (!trials || !seed || !minTrades || !threads)
        return false;
    if (*trials < 1 || *trials > 1'000'000 || *seed < 0 || *seed > 9e15 || *minTrades < 0 || *threads < 0) {
        context.err << "options --trials, --seed, --min-trades, --threads: out of range\n";
        return false;
    }
    opt->randomTrials = int(*trials);
    opt->seed = quint64(*seed);
    opt->minTrades = int(*minTrades);
    opt->maxThreads = int(*threads);
    if (o.isSet(QStringLiteral("objective"))) {
        const auto objective = backtest::Optimizer::parseObjective(o.value(QStringLiteral("objective")));
        if (!objective) {
            context.err << "option --objective: \"" << o.value(QStringLiteral("objective"))
                        << "\" is not net_profit, expectancy_r, sharpe or profit_factor\n";
            return false;
        }
        opt->objective = *objective;
    }
    return true;
}

QByteArray trialJson(const backtest::Trial &t, model::Timeframe tf)
{
    QByteArray out = "{\"trial\": " + QByteArray::number(t.index) + ", \"seed\": " + QByteArray::number(t.seed);
    out += ", \"params\": " + QJsonDocument(backtest::Optimizer::trialParams(t, tf)).toJson(QJsonDocument::Compact);
    out += ", \"trades\": " + QByteArray::number(t.trades) + ", \"guarded\": " + (t.guarded ? "true" : "false");
    out += ", \"score\": " + portfolio::MetricsJson::number(t.score);
    out += ", \"metrics\": " + backtest::BacktestJson::metricsCompact(t.metrics) + '}';
    return out;
}

QByteArray windowJson(const backtest::WalkForwardWindow &w)
{
    return "{\"is_from\": " + QByteArray::number(w.isFrom) + ", \"is_to\": " + QByteArray::number(w.isTo)
        + ", \"oos_from\": " + QByteArray::number(w.oosFrom) + ", \"oos_to\": " + QByteArray::number(w.oosTo) + '}';
}

// Progress on stderr, in steps of 10 %, from whichever worker thread reports.
class Progress
{
public:
    explicit Progress(CliContext &context) : m_context(context) {}
    backtest::RunControl control()
    {
        backtest::RunControl c;
        c.progress = [this](double f) {
            QMutexLocker lock(&m_mutex);
            const int tenth = int(f * 10.0);
            if (tenth > m_last) {
                m_last = tenth;
                m_context.err << "progress " << tenth * 10 << "%\n";
                m_context.err.flush();
            }
        };
        return c;
    }

private:
    CliContext &m_context;
    QMutex m_mutex;
    int m_last = 0;
};

} // namespace

int BacktestCommand::run(const QStringList &arguments, CliContext &context)
{
    CliOptions options(QStringLiteral("cryptolens-cli backtest"),
        QStringLiteral(
            "Replay stored candles through the analysis engine (spec/patterns.md \"Evaluation order\", with the stored\n"
            "1m candles advancing statuses as live) and simulate the trades of its patterns or confluence signals.\n"
            "Fills: a limit entry fills on the first later candle reaching the level (within the timeframe's lifetime:\n"
            "5m 200, 15m 150, 30m 120, 1h 100, 2h 80, 4h 60, 1d 30 candles); stop and target are checked on the candles\n"
            "after the entry; one candle reaching both is inconclusive (0 R) unless --stop-first; an open trade past\n"
            "its lifetime closes at that candle's close (expired). Sizing: fixed risk % of the realized equity.\n"
            "Times are candle open times (UTC ms). --format json prints {\"trades\": [...], \"metrics\": {...}} (metrics\n"
            "keys as `metrics`). With --optimize: {\"trials\": [...], \"best\": N}; every trial is stored with its\n"
            "params, metrics and seed. With --walk-forward: the windows, their out-of-sample metrics and the\n"
            "walk-forward efficiency (OOS profit per day / IS profit per day)."));
    addOptions(options);
    int exitCode = Ok;
    if (!options.parse(arguments, context, &exitCode))
        return exitCode;
    if (!options.require(context, QStringLiteral("exchange")) || !options.require(context, QStringLiteral("symbol"))
        || !options.require(context, QStringLiteral("timeframe")))
        return UserError;
    const auto exchange = options.exchange(context);
    const auto symbol = options.symbol(context);
    const auto timeframe = options.timeframe(context);
    const auto from = options.time(context, QStringLiteral("from"), CandleRepository::kMinTime);
    const auto to = options.time(context, QStringLiteral("to"), CandleRepository::kMaxTime);
    if (!exchange || !symbol || !timeframe || !from || !to)
        return UserError;
    const QString format = options.isSet(QStringLiteral("format")) ? options.value(QStringLiteral("format"))
                                                                  : QStringLiteral("table");
    if (format != QLatin1StringView("json") && format != QLatin1StringView("table")) {
        context.err << "option --format: \"" << format << "\" is not table or json\n";
        return UserError;
    }
    BacktestSettings settings;
    if (!readSettings(options, context, &settings))
        return UserError;
    const bool optimize = options.isSet(QStringLiteral("optimize"));
    const bool walkForward = options.isSet(QStringLiteral("walk-forward"));
    backtest::OptimizationOptions optimization;
    backtest::ParameterSpace space;
    if (optimize || walkForward) {
        if (!readOptimization(options, context, &optimization))
            return UserError;
        QString error;
        const auto parsed = backtest::ParameterSpace::parse(options.value(QStringLiteral("space")), &error);
        if (!parsed) {
            context.err << "option --space: " << error << "\n";
            return UserError;
        }
        space = *parsed;
    }
    if (optimize || walkForward) {
        const QString mode = optimize ? options.value(QStringLiteral("optimize")) : QStringLiteral("grid");
        if (mode != QLatin1StringView("grid") && mode != QLatin1StringView("random")) {
            context.err << "option --optimize: \"" << mode << "\" is not grid or random\n";
            return UserError;
        }
        optimization.mode = mode == QLatin1StringView("grid") ? backtest::OptimizationOptions::Mode::Grid
                                                              : backtest::OptimizationOptions::Mode::Random;
    }
    backtest::WalkForwardOptions wf;
    if (walkForward) {
        const QString mode = options.value(QStringLiteral("walk-forward"));
        if (mode != QLatin1StringView("rolling") && mode != QLatin1StringView("anchored")) {
            context.err << "option --walk-forward: \"" << mode << "\" is not rolling or anchored\n";
            return UserError;
        }
        wf.anchored = mode == QLatin1StringView("anchored");
        const auto windows = number(options, context, "windows", wf.windows);
        const auto oos = number(options, context, "oos-pct", wf.oosPct);
        if (!windows || !oos)
            return UserError;
        if (*windows < 1 || *windows > 1000 || !(*oos > 0 && *oos < 100)) {
            context.err << "options --windows (1..1000) and --oos-pct (0..100, exclusive): out of range\n";
            return UserError;
        }
        wf.windows = int(*windows);
        wf.oosPct = *oos;
        wf.optimization = optimization;
    }

    storage::SqlConnection connection;
    if (!options.openDatabase(context, connection))
        return UserError;
    QString error;
    const auto loaded =
        backtest::BacktestDataLoader::load(connection, *exchange, *symbol, *timeframe, *from, *to, settings, &error);
    if (!loaded) {
        context.err << error << "\n";
        return UserError;
    }
    const backtest::BacktestData &data = *loaded;
    const auto symbolId = storage::SymbolRepository(connection).find(*exchange, *symbol, &error);
    context.err << symbol->toString() << ' ' << timeframe->toString() << ": " << data.candles.size() << " candles, "
                << data.minutes.size() << " 1m candles for statuses\n";

    const std::optional<qint64> storedFrom = *from == CandleRepository::kMinTime ? std::nullopt : std::optional(*from);
    const std::optional<qint64> storedTo = *to == CandleRepository::kMaxTime ? std::nullopt : std::optional(*to);
    const bool store = !options.isSet(QStringLiteral("no-store"));
    const qint64 now = model::SystemClock::instance().nowMs();
    backtest::BacktestRepository repository(connection);
    Progress progress(context);
    const QByteArray params = QJsonDocument(settings.toJson(*timeframe)).toJson(QJsonDocument::Compact);

    if (optimize && !walkForward) {
        const auto result = backtest::Optimizer::run(data, settings, space, optimization, progress.control());
        QByteArray out = "{\n  \"trials\": [";
        for (size_t i = 0; i < result.trials.size(); ++i)
            out += (i == 0 ? "\n    " : ",\n    ") + trialJson(result.trials[i], *timeframe);
        out += result.trials.empty() ? "]" : "\n  ]";
        out += ",\n  \"best\": " + (result.best < 0 ? QByteArray("null") : QByteArray::number(result.best)) + "\n}\n";
        if (store) {
            connection.exec("BEGIN IMMEDIATE", &error);
            const auto runId = repository.insertRun(*symbolId, *timeframe, storedFrom, storedTo, now, params,
                result.best < 0 ? QByteArray() : backtest::BacktestJson::metricsCompact(result.trials[size_t(result.best)].metrics),
                {}, &error);
            bool ok = runId.has_value();
            for (size_t i = 0; ok && i < result.trials.size(); ++i) {
                const auto &t = result.trials[i];
                backtest::BacktestRepository::StoredTrial row;
                row.trial = t.index;
                if (optimization.mode == backtest::OptimizationOptions::Mode::Random)
                    row.seed = qint64(t.seed);
                row.params = QJsonDocument(backtest::Optimizer::trialParams(t, *timeframe)).toJson(QJsonDocument::Compact);
                row.metrics = backtest::BacktestJson::metricsCompact(t.metrics);
                ok = repository.insertTrial(*runId, row, &error);
            }
            if (!ok || !connection.exec("COMMIT", &error)) {
                QString ignored;
                connection.exec("ROLLBACK", &ignored);
                context.err << error << "\n";
                return InternalError;
            }
            context.err << "stored as backtest run " << *runId << " with " << result.trials.size() << " trials\n";
        }
        if (format == QLatin1StringView("json"))
            context.out << out;
        else {
            context.out << result.trials.size() << " trials, best: "
                        << (result.best < 0 ? QStringLiteral("none passed the minimum-trades guard")
                                            : QString::fromUtf8(trialJson(result.trials[size_t(result.best)], *timeframe)))
                        << "\n";
        }
        return Ok;
    }

    if (walkForward) {
        const auto result = backtest::WalkForward::run(data, settings, space, wf, progress.control());
        QByteArray out = "{\n  \"windows\": [";
        for (size_t i = 0; i < result.steps.size(); ++i) {
            const auto &s = result.steps[i];
            out += i == 0 ? "\n    " : ",\n    ";
            out += "{\"window\": " + windowJson(s.window);
            out += ", \"best\": " + (s.hasBest ? trialJson(s.best, *timeframe) : QByteArray("null"));
            out += ", \"oos_trades\": " + QByteArray::number(qint64(s.outOfSample.trades.size()));
            out += ", \"oos_metrics\": " + backtest::BacktestJson::metricsCompact(s.outOfSample.metrics) + '}';
        }
        out += result.steps.empty() ? "]" : "\n  ]";
        out += ",\n  \"efficiency\": " + portfolio::MetricsJson::number(result.efficiency);
        out += ",\n  \"trades\": " + backtest::BacktestJson::trades(result.oosTrades);
        QByteArray metrics = portfolio::MetricsJson::write(result.outOfSample).trimmed();
        metrics.replace("\n", "\n  ");
        out += ",\n  \"metrics\": " + metrics + "\n}\n";
        if (result.steps.empty())
            context.err << "walk-forward: the range is too short for " << wf.windows << " windows\n";
        if (store) {
            connection.exec("BEGIN IMMEDIATE", &error);
            const auto runId = repository.insertRun(*symbolId, *timeframe, storedFrom, storedTo, now, params,
                backtest::BacktestJson::metricsCompact(result.outOfSample),
                backtest::BacktestJson::trades(result.oosTrades), &error);
            bool ok = runId.has_value();
            for (size_t i = 0; ok && i < result.steps.size(); ++i) {
                const auto &s = result.steps[i];
                backtest::BacktestRepository::StoredTrial row;
                row.trial = int(i);
                if (s.hasBest && optimization.mode == backtest::OptimizationOptions::Mode::Random)
                    row.seed = qint64(s.best.seed);
                row.params = s.hasBest ? QJsonDocument(backtest::Optimizer::trialParams(s.best, *timeframe))
                                             .toJson(QJsonDocument::Compact)
                                       : QByteArray("{}");
                row.metrics = backtest::BacktestJson::metricsCompact(s.outOfSample.metrics);
                row.window = windowJson(s.window);
                ok = repository.insertTrial(*runId, row, &error);
            }
            if (!ok || !connection.exec("COMMIT", &error)) {
                QString ignored;
                connection.exec("ROLLBACK", &ignored);
                context.err << error << "\n";
                return InternalError;
            }
        }
        if (format == QLatin1StringView("json"))
            context.out << out;
        else
            context.out << result.steps.size() << " windows, " << result.oosTrades.size()
                        << " out-of-sample trades, efficiency " << portfolio::MetricsJson::number(result.efficiency)
                        << "\n";
        return Ok;
    }

    const backtest::BacktestResult result = backtest::Backtester::run(data, settings);
    const QByteArray json = backtest::BacktestJson::write(result);
    if (store) {
        const auto runId = repository.insertRun(*symbolId, *timeframe, storedFrom, storedTo, now, params,
            backtest::BacktestJson::metricsCompact(result.metrics), backtest::BacktestJson::trades(result.trades), &error);
        if (!runId) {
            context.err << error << "\n";
            return InternalError;
        }
        context.err << "stored as backtest run " << *runId << "\n";
    }
    context.err << result.patterns << " patterns, " << result.counts.setups << " setups: " << result.trades.size()
                << " trades, " << result.counts.unfilled << " never filled, " << result.counts.invalid << " invalid, "
                << result.counts.openAtEnd << " open at the end\n";
    if (format == QLatin1StringView("json")) {
        context.out << json;
        return Ok;
    }
    const auto &m = result.metrics;
    auto fixed = [](double v) {
        return std::isfinite(v) ? QString::number(v, 'f', 2) : QString::fromUtf8(portfolio::MetricsJson::number(v));
    };
    context.out << "trades " << m.trades.trades << ", win rate " << fixed(m.trades.winRate) << " %, expectancy "
                << fixed(m.trades.expectancyR) << " R, profit factor " << fixed(m.trades.profitFactor) << ", net profit "
                << fixed(m.netProfit) << ", max drawdown " << fixed(m.maxDrawdownPct) << " %\n";
    return Ok;
}

} // namespace cl::cli
