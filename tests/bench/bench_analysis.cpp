// bench_analysis: the analysis of 1,000,000 one-minute candles on one core: the indicators of `analyze`
// (rsi14, atr14, ema20, sma20, macd 12/26/9, bb 20/2/2, volsma20), then the pattern engine (statuses,
// the three detectors with the zone gate, per-pattern levels) exactly as live and `analyze` run it.
//   analysis.candles_per_s  candles through indicators + engine per second (goal >= 5,000,000)
//   analysis.indicators_ms  the seven indicators (eleven series)
//   analysis.engine_ms      statuses + detectors + levels, one candle at a time
//   analysis.statuses_ms / analysis.detectors_ms / analysis.levels_ms  the engine's stages (from a
//                           profiled run: it reads the clock around each stage, so their sum is a little
//                           above engine_ms)
#include "benchsupport.h"

#include "analysis/indicators.h"
#include "analysis/patternengine.h"

#include <QTextStream>

#include <cmath>
#include <random>

using namespace cl::analysis;

namespace {

constexpr int kCandles = 1'000'000;

cl::model::CandleSeries randomWalk(int count)
{
    std::mt19937_64 rng(42);
    std::normal_distribution<double> step(0.0, 0.002);
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
        c.high = std::max(c.open, c.close) * (1.0 + unit(rng) * 0.001);
        c.low = std::min(c.open, c.close) * (1.0 - unit(rng) * 0.001);
        c.volume = unit(rng) * 10.0;
        candles.push_back(c);
    }
    return candles;
}

} // namespace

int main()
{
    QTextStream err(stderr);
    const cl::model::CandleSeries candles = randomWalk(kCandles);
    const size_t n = candles.size();
    // Flat arrays allocated once; the indicators write into them.
    std::vector<double> closes(n), volumes(n);
    std::vector<std::vector<double>> out(11, std::vector<double>(n));
    double checksum = 0.0;

    const double indicatorsMs = cl::bench::medianMs([&] {
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
    });

    size_t patterns = 0;
    size_t active = 0;
    const double engineMs = cl::bench::medianMs([&] {
        PatternEngine engine(cl::model::Timeframe::M1);
        for (const cl::model::Candle &c : candles)
            engine.addCandle(c);
        patterns = engine.patterns().size();
        active = engine.activeIndices().size();
    });

    PatternEngine profiled(cl::model::Timeframe::M1);
    profiled.setProfiling(true);
    for (const cl::model::Candle &c : candles)
        profiled.addCandle(c);
    const auto &stages = profiled.stageTimes();

    err << "bench_analysis: " << n << " 1m candles, " << patterns << " patterns (" << active << " active at the end); checksum "
        << checksum << "\n";
    err.flush();
    cl::bench::report(QStringLiteral("analysis.candles_per_s"), double(n) / ((indicatorsMs + engineMs) / 1000.0),
                      QStringLiteral("candles/s"));
    cl::bench::report(QStringLiteral("analysis.indicators_ms"), indicatorsMs, QStringLiteral("ms"));
    cl::bench::report(QStringLiteral("analysis.engine_ms"), engineMs, QStringLiteral("ms"));
    cl::bench::report(QStringLiteral("analysis.statuses_ms"), double(stages.statusNs) / 1e6, QStringLiteral("ms"));
    cl::bench::report(QStringLiteral("analysis.detectors_ms"), double(stages.detectNs) / 1e6, QStringLiteral("ms"));
    cl::bench::report(QStringLiteral("analysis.levels_ms"), double(stages.levelsNs) / 1e6, QStringLiteral("ms"));
    return 0;
}
