#pragma once

#include "model/candle.h"

#include <limits>
#include <span>
#include <vector>

// Batch indicators of spec/indicators.md (TA-Lib default conventions). Output index i belongs to input
// index i; indices inside the lookback are NaN. Periods must be >= 1 (AnalysisSettings and the CLI parser
// check that); with a smaller period every output is NaN. The span overloads write into caller-owned
// arrays of the input's length and never allocate, for the hot paths.
//
// Sums over a window are always taken afresh in index order (no running sums), so a streaming object
// that keeps the same window reproduces the batch value bit for bit, and long series carry no drift.
namespace cl::analysis {

using Series = std::vector<double>;

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// First valid index of each indicator (its lookback).
constexpr int smaLookback(int period)
{
    return period - 1;
}
constexpr int emaLookback(int period)
{
    return period - 1;
}
constexpr int rsiLookback(int period)
{
    return period;
}
constexpr int atrLookback(int period)
{
    return period;
}
constexpr int macdLookback(int slow, int signal)
{
    return (slow - 1) + (signal - 1);
}
constexpr int volumeSpikeLookback(int period)
{
    return period;
}

Series closesOf(std::span<const model::Candle> candles);
Series volumesOf(std::span<const model::Candle> candles);

void sma(std::span<const double> values, int period, std::span<double> out);
Series sma(std::span<const double> values, int period);

void ema(std::span<const double> values, int period, std::span<double> out);
Series ema(std::span<const double> values, int period);

void rsi(std::span<const double> closes, int period, std::span<double> out);
Series rsi(std::span<const double> closes, int period = 14);

void trueRange(std::span<const model::Candle> candles, std::span<double> out);
Series trueRange(std::span<const model::Candle> candles);

void atr(std::span<const model::Candle> candles, int period, std::span<double> out);
Series atr(std::span<const model::Candle> candles, int period = 14);

struct MacdSeries
{
    Series macd;
    Series signal;
    Series hist;
};
void macd(std::span<const double> closes, int fast, int slow, int signal, std::span<double> macdOut,
    std::span<double> signalOut, std::span<double> histOut);
MacdSeries macd(std::span<const double> closes, int fast = 12, int slow = 26, int signal = 9);

struct BollingerSeries
{
    Series upper;
    Series mid;
    Series lower;
};
void bollinger(std::span<const double> closes, int period, double kUp, double kDown, std::span<double> upperOut,
    std::span<double> midOut, std::span<double> lowerOut);
BollingerSeries bollinger(std::span<const double> closes, int period = 20, double kUp = 2.0, double kDown = 2.0);

// Volume spike over the previous `period` candles (excluding i): ratio V_i / mean and z-score
// (V_i - mean) / sd with the population sd. NaN where the mean (ratio) or the sd (z-score) is 0.
struct VolumeSpikeSeries
{
    Series ratio;
    Series zScore;
};
void volumeSpike(std::span<const double> volumes, int period, std::span<double> ratioOut, std::span<double> zOut);
VolumeSpikeSeries volumeSpike(std::span<const double> volumes, int period = 20);

namespace detail {
// Sum of values[first .. first+count-1] in index order, from 0.0.
inline double sumInOrder(const double *values, int count)
{
    double sum = 0.0;
    for (int k = 0; k < count; ++k)
        sum += values[k];
    return sum;
}
// Sum of squared deviations from mean in index order, from 0.0.
inline double squaredDeviations(const double *values, int count, double mean)
{
    double sum = 0.0;
    for (int k = 0; k < count; ++k) {
        const double d = values[k] - mean;
        sum += d * d;
    }
    return sum;
}
// max(H_i, C_prev) - min(L_i, C_prev); equal bit for bit to TA-Lib's three-way max of ranges.
inline double trueRangeOf(double high, double low, double previousClose)
{
    const double top = high > previousClose ? high : previousClose;
    const double bottom = low < previousClose ? low : previousClose;
    return top - bottom;
}
} // namespace detail

} // namespace cl::analysis
