// bench_analysis: the analysis of 1,000,000 one-minute candles on one core: the indicators of `analyze`
// (rsi14, atr14, ema20, sma20, macd 12/26/9, bb 20/2/2, volsma20), then the pattern engine (statuses,
// the three detectors with the zone gate, per-pattern levels) exactly as live and `analyze` run it.
//   analysis.candles_per_s  candles through indicators + engine per second (goal >= 5,000,000)
//   analysis.indicators_ms  the seven indicators (eleven series)
//   analysis.engine_ms      statuses + detectors + levels, one candle at a time
//   analysis.statuses_ms / analysis.detectors_ms / analysis.levels_ms  the engine's stages (from a
//                           profiled run: it reads the clock around each stage, so their sum is a little
//                           above engine_ms)
//   analysis.candles_per_cpu_s  the same throughput from the thread's CPU time (median), which a shared,
//                           busy machine inflates less than wall time
// The candles are a random walk with BTC-like 1m volatility (0.07 % per minute, about 50 % a year) and
// wicks up to 0.05 % (an argument changes the volatility); the pattern count is printed on stderr.
#include "analysis/indicators.h"
#include "analysis/patternengine.h"
#include "benchsupport.h"

#include <QTextStream>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <random>

using namespace cl::analysis;

namespace {

constexpr int kCandles = 1'000'000;

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

double medianCpuMs(const std::function<void()> &work, int repetitions = 5)
{
    work(); // warm-up
    std::vector<double> times;
    for (int i = 0; i < repetitions; ++i) {
        const double start = threadCpuMs();
        work();
        times.push_back(threadCpuMs() - start);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    // Optional: the per-minute volatility (default 0.0007); 0.002 gives a pattern on about every fourth candle.
    const double volatility = argc > 1 ? std::atof(argv[1]) : 0.0007;
    QTextStream err(stderr);
    const cl::model::CandleSeries candles = randomWalk(kCandles, volatility > 0 ? volatility : 0.0007);
    const size_t n = candles.size();
    // Flat arrays allocated once; the indicators write into them.
    std::vector<double> closes(n), volumes(n);
    std::vector<std::vector<double>> out(11, std::vector<double>(n));
    double checksum = 0.0;

    const std::function<void()> indicators = [&] {
        for (size_t i = 0; i < n; ++i) {
            closes[i] = candles[i].close;
            volumes[i] = candles[i].volume;
        }
        rsi(closes, 14, out[0]);
        atr(candles, 14, out[1]);
        ema(closes, 20, out[2]);
        sma(closes, 20, out[3]);
        macd(closes, 12, 26, 9, out[4], out[5], out[6]);
        bollinger(closes, 20, 2.0, 2.0, out[7], out[8], out[9]);
        sma(volumes, 20, out[10]);
        checksum += out[0][n - 1] + out[9][n - 1];
    };
    const double indicatorsMs = cl::bench::medianMs(indicators);

    size_t patterns = 0;
    size_t active = 0;
    const std::function<void()> engineRun = [&] {
        PatternEngine engine(cl::model::Timeframe::M1);
        for (const cl::model::Candle &c : candles)
            engine.addCandle(c);
        patterns = engine.patterns().size();
        active = engine.activeIndices().size();
    };
    const double engineMs = cl::bench::medianMs(engineRun);
    const double indicatorsCpuMs = medianCpuMs(indicators);
    const double engineCpuMs = medianCpuMs(engineRun);

    PatternEngine profiled(cl::model::Timeframe::M1);
    profiled.setProfiling(true);
    double activeSum = 0.0;
    for (const cl::model::Candle &c : candles) {
        profiled.addCandle(c);
        activeSum += double(profiled.activeIndices().size());
    }
    const auto &stages = profiled.stageTimes();

    err << "bench_analysis: " << n << " 1m candles, " << patterns << " patterns (" << active << " active at the end, "
        << activeSum / double(n) << " on average); checksum " << checksum << "; CPU time: indicators "
        << indicatorsCpuMs << " ms, engine " << engineCpuMs << " ms\n";
    err.flush();
    cl::bench::report(QStringLiteral("analysis.candles_per_s"), double(n) / ((indicatorsMs + engineMs) / 1000.0),
        QStringLiteral("candles/s"));
    cl::bench::report(QStringLiteral("analysis.indicators_ms"), indicatorsMs, QStringLiteral("ms"));
    cl::bench::report(QStringLiteral("analysis.engine_ms"), engineMs, QStringLiteral("ms"));
    cl::bench::report(QStringLiteral("analysis.statuses_ms"), double(stages.statusNs) / 1e6, QStringLiteral("ms"));
    cl::bench::report(QStringLiteral("analysis.detectors_ms"), double(stages.detectNs) / 1e6, QStringLiteral("ms"));
    cl::bench::report(QStringLiteral("analysis.levels_ms"), double(stages.levelsNs) / 1e6, QStringLiteral("ms"));
    cl::bench::report(QStringLiteral("analysis.candles_per_cpu_s"),
        double(n) / ((indicatorsCpuMs + engineCpuMs) / 1000.0), QStringLiteral("candles/s"));
    return 0;
}
