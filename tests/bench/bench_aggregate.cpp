// bench_aggregate: 1m -> every higher timeframe over 10M candles in memory, on one core.
// Figure: aggregate.candles_per_s (1m candles consumed per second, all 11 timeframes built). Goal >= 50,000,000.
#include "benchsupport.h"

#include "candles/candleaggregator.h"

#include <QCoreApplication>

#include <cstdio>
#include <random>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 10'000'000;

    cl::model::CandleSeries minutes;
    minutes.reserve(size_t(count));
    std::mt19937_64 rng(42);
    std::normal_distribution<double> step(0.0, 0.001);
    double price = 30'000.0;
    for (qint64 i = 0; i < count; ++i) {
        const double open = price;
        price *= 1.0 + step(rng);
        minutes.push_back({1'600'000'020'000 + i * 60'000, open, std::max(open, price) * 1.0005,
                           std::min(open, price) * 0.9995, price, 1.0 + double(i % 17)});
    }
    std::vector<cl::model::Timeframe> targets(cl::model::Timeframe::all().begin() + 1, cl::model::Timeframe::all().end());

    size_t built = 0;
    const double ms = cl::bench::medianMs([&] {
        const auto result = cl::candles::CandleAggregator::aggregate(minutes, targets);
        built = result[0].size();
    }, 5, 1);
    std::fprintf(stderr, "aggregated %lld 1m candles into %zu timeframes (%zu 3m candles) in %.1f ms (median of 5)\n",
                 static_cast<long long>(count), targets.size(), built, ms);
    cl::bench::report(QStringLiteral("aggregate.candles_per_s"), double(count) / (ms / 1000.0), QStringLiteral("candles/s"));
    return 0;
}
