// bench_alerts: 1,000 alert rules over 30 symbols, fed 20,000 trades per second of market time
// (30 s: 600,000 trades in 10 ms frames, spread at random over the symbols, each symbol a random walk).
// The rules mix every trade-evaluated type (price crosses above/below near the price, % change over
// 1-5 minutes, re-arming with a 60 s cooldown so they keep firing) with candle-, pattern- and
// signal-evaluated ones (RSI, volume spike, pattern, signal) that the trade path must skip cheaply; every
// symbol carries every type. Only trades are fed (the figure is the trade path).
//   alerts.p99_eval_ms      the 99th percentile of one evaluation: one symbol's trades of the last 100 ms
//                           through AlertEvaluator::onTrades (the AlertWorker's throttled unit), goal <= 5
//   alerts.cpu_pct_of_core  process CPU time of the whole AlertWorker path (collecting batches, the
//                           10-per-second throttle, evaluation, firings) per second of market time, in % of
//                           one core
//   alerts.firings          firings in the run (so a change in semantics shows)
#include "alerts/alertevaluator.h"
#include "alerts/alertworker.h"
#include "alerts/manualdelayscheduler.h"
#include "benchsupport.h"

#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <random>

using namespace cl;
using namespace cl::alerts;

namespace {

constexpr int kRules = 1000;
constexpr int kSymbols = 30;
constexpr int kTradesPerSecond = 20'000;
constexpr int kSeconds = 30;
constexpr int kFrameMs = 10;
constexpr qint64 kT0 = 1'709'294'400'000;

struct Market
{
    std::vector<model::Symbol> symbols;
    std::vector<double> startPrice;
    // frames[f][s]: the trades of symbol s in frame f
    std::vector<std::vector<model::TradeBatch>> frames;
};

Market makeMarket()
{
    Market m;
    std::mt19937_64 rng(7);
    std::normal_distribution<double> step(0.0, 0.0002);
    std::uniform_int_distribution<int> pick(0, kSymbols - 1);
    static const char *bases[] = {"BTC", "ETH", "SOL", "XRP", "ADA", "DOGE", "AVAX", "DOT", "LINK", "MATIC", "LTC", "BCH",
        "UNI", "ATOM", "XLM", "ETC", "FIL", "APT", "ARB", "OP", "NEAR", "ICP", "HBAR", "VET", "ALGO", "AAVE", "SAND", "MANA",
        "EGLD", "THETA"};
    std::vector<double> price;
    for (int s = 0; s < kSymbols; ++s) {
        m.symbols.push_back(*model::Symbol::parse(QString(QString::fromLatin1(bases[s]) + QStringLiteral("/USDT"))));
        m.startPrice.push_back(10.0 * (s + 1));
        price.push_back(m.startPrice.back());
    }
    const int frames = kSeconds * 1000 / kFrameMs;
    const int perFrame = kTradesPerSecond * kFrameMs / 1000;
    m.frames.assign(size_t(frames), std::vector<model::TradeBatch>(size_t(kSymbols)));
    for (int f = 0; f < frames; ++f) {
        for (int i = 0; i < perFrame; ++i) {
            const int s = pick(rng);
            price[size_t(s)] *= 1.0 + step(rng);
            m.frames[size_t(f)][size_t(s)].push_back(
                {kT0 + qint64(f) * kFrameMs + i * kFrameMs / perFrame, price[size_t(s)], 0.01, model::TakerSide::Buy, {}});
        }
    }
    return m;
}

AlertRuleList makeRules(const Market &m)
{
    std::mt19937_64 rng(11);
    std::uniform_real_distribution<double> near(-0.004, 0.004);
    constexpr AlertType types[] = {AlertType::PriceAbove, AlertType::PriceBelow, AlertType::PctChange, AlertType::PriceAbove,
        AlertType::PriceBelow, AlertType::PctChange, AlertType::RsiAbove, AlertType::VolumeSpike, AlertType::Pattern,
        AlertType::Signal};
    AlertRuleList rules;
    for (int i = 0; i < kRules; ++i) {
        AlertRule r;
        r.id = i + 1;
        r.name = QStringLiteral("bench %1").arg(i);
        r.type = types[(i / kSymbols) % 10]; // every symbol gets every type
        const int s = i % kSymbols;
        r.scope.symbols.push_back({model::ExchangeId::Binance, m.symbols[size_t(s)]});
        r.params.level = r.type == AlertType::RsiAbove ? 60 : m.startPrice[size_t(s)] * (1.0 + near(rng));
        r.params.pct = (i % 2 ? 0.2 : -0.2);
        r.params.windowMs = 60'000 * (1 + i % 5);
        r.params.threshold = 2.0;
        r.params.minScore = 3;
        r.options.rearm = true;
        r.options.cooldownMs = 60'000;
        rules.push_back(std::move(r));
    }
    return rules;
}

} // namespace

int main()
{
    const Market market = makeMarket();
    const AlertRuleList rules = makeRules(market);
    const int frames = int(market.frames.size());

    // 1. Evaluation latency: each symbol's trades of 100 ms through the evaluator, as the worker's throttle does.
    std::vector<double> evalMs;
    quint64 firings = 0;
    {
        model::ManualClock clock(kT0);
        AlertEvaluator evaluator(clock);
        evaluator.setRules(rules);
        std::vector<model::TradeBatch> pending(static_cast<size_t>(kSymbols));
        AlertFiringList out;
        const int framesPerEval = 100 / kFrameMs;
        for (int f = 0; f < frames; ++f) {
            clock.setNowMs(kT0 + qint64(f) * kFrameMs);
            for (int s = 0; s < kSymbols; ++s) {
                const auto &t = market.frames[size_t(f)][size_t(s)];
                pending[size_t(s)].insert(pending[size_t(s)].end(), t.begin(), t.end());
                // Symbols are staggered over the 100 ms like independent throttles.
                if ((f + s) % framesPerEval != 0 || pending[size_t(s)].empty())
                    continue;
                const auto start = std::chrono::steady_clock::now();
                evaluator.onTrades(model::ExchangeId::Binance, market.symbols[size_t(s)], pending[size_t(s)], out);
                evalMs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
                pending[size_t(s)].clear();
                firings += out.size();
                out.clear();
            }
        }
    }
    std::sort(evalMs.begin(), evalMs.end());
    const double p99 = evalMs[std::min(evalMs.size() - 1, size_t(double(evalMs.size()) * 0.99))];
    const double p50 = evalMs[evalMs.size() / 2];

    // 2. CPU of the whole worker path over the same market time.
    double cpuSeconds = 0.0;
    quint64 workerFirings = 0;
    {
        model::ManualClock clock(kT0);
        ManualDelayScheduler scheduler(clock);
        AlertWorker worker(clock, nullptr, 0, &scheduler);
        worker.setRules(rules);
        QObject::connect(&worker, &AlertWorker::alertFired, [&workerFirings] { ++workerFirings; });
        const double cpuStart = bench::processCpuSeconds();
        market::SymbolTrades batch;
        batch.exchange = model::ExchangeId::Binance;
        for (int f = 0; f < frames; ++f) {
            for (int s = 0; s < kSymbols; ++s) {
                batch.symbol = market.symbols[size_t(s)];
                batch.trades = market.frames[size_t(f)][size_t(s)];
                worker.onTrades(batch);
            }
            scheduler.advanceBy(kFrameMs);
        }
        worker.flushPending();
        cpuSeconds = bench::processCpuSeconds() - cpuStart;
    }

    QTextStream(stderr) << "bench_alerts: " << kRules << " rules, " << kSymbols << " symbols, "
                        << qint64(kTradesPerSecond) * kSeconds << " trades over " << kSeconds << " s; " << evalMs.size()
                        << " evaluations, p50 " << p50 << " ms; firings " << firings << " (worker " << workerFirings << ")\n";
    bench::report(QStringLiteral("alerts.p99_eval_ms"), p99, QStringLiteral("ms"), QStringLiteral("goal <= 5"));
    bench::report(QStringLiteral("alerts.cpu_pct_of_core"), cpuSeconds / kSeconds * 100.0, QStringLiteral("%"));
    bench::report(QStringLiteral("alerts.firings"), double(firings), QStringLiteral("count"));
    return 0;
}
