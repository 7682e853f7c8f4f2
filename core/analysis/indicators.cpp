#include "indicators.h"

#include <algorithm>
#include <cmath>

namespace cl::analysis {

namespace {

void fillNaN(std::span<double> out, size_t from, size_t to)
{
    std::fill(
        out.begin() + qsizetype(std::min(from, out.size())), out.begin() + qsizetype(std::min(to, out.size())), kNaN);
}

Series sized(size_t n)
{
    return Series(n, kNaN);
}

// Wilder smoothing as TA-Lib writes it: multiply, add, divide (bit-identical results).
inline double wilder(double average, double value, int period)
{
    return (average * double(period - 1) + value) / double(period);
}

// out[i] = values[i-p+1] + ... + values[i] summed in that order from 0.0, for i in [first, n). Four
// windows advance together: each keeps its own in-order chain (same bits as one window at a time), and
// the independent chains overlap in the pipeline instead of waiting on one add after the other.
void windowSums(const double *values, size_t first, size_t n, int period, double *out)
{
    const size_t p = size_t(period);
    size_t i = first;
    for (; i + 4 <= n; i += 4) {
        const double *w = values + (i + 1 - p);
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
        for (size_t k = 0; k < p; ++k) {
            s0 += w[k];
            s1 += w[k + 1];
            s2 += w[k + 2];
            s3 += w[k + 3];
        }
        out[i] = s0;
        out[i + 1] = s1;
        out[i + 2] = s2;
        out[i + 3] = s3;
    }
    for (; i < n; ++i)
        out[i] = detail::sumInOrder(values + (i + 1 - p), period);
}

// out[i] = sum over the same window of (values[k] - means[i])^2, in order from 0.0.
void windowSquaredDeviations(const double *values, const double *means, size_t first, size_t n, int period, double *out)
{
    const size_t p = size_t(period);
    size_t i = first;
    for (; i + 4 <= n; i += 4) {
        const double *w = values + (i + 1 - p);
        const double m0 = means[i], m1 = means[i + 1], m2 = means[i + 2], m3 = means[i + 3];
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
        for (size_t k = 0; k < p; ++k) {
            const double d0 = w[k] - m0, d1 = w[k + 1] - m1, d2 = w[k + 2] - m2, d3 = w[k + 3] - m3;
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        out[i] = s0;
        out[i + 1] = s1;
        out[i + 2] = s2;
        out[i + 3] = s3;
    }
    for (; i < n; ++i)
        out[i] = detail::squaredDeviations(values + (i + 1 - p), period, means[i]);
}

} // namespace

Series closesOf(std::span<const model::Candle> candles)
{
    Series out(candles.size());
    for (size_t i = 0; i < candles.size(); ++i)
        out[i] = candles[i].close;
    return out;
}

Series volumesOf(std::span<const model::Candle> candles)
{
    Series out(candles.size());
    for (size_t i = 0; i < candles.size(); ++i)
        out[i] = candles[i].volume;
    return out;
}

void sma(std::span<const double> values, int period, std::span<double> out)
{
    const size_t n = values.size();
    if (period < 1) {
        fillNaN(out, 0, n);
        return;
    }
    const size_t p = size_t(period);
    fillNaN(out, 0, std::min(n, p - 1));
    if (n < p)
        return;
    windowSums(values.data(), p - 1, n, period, out.data());
    for (size_t i = p - 1; i < n; ++i)
        out[i] /= double(period);
}

Series sma(std::span<const double> values, int period)
{
    Series out = sized(values.size());
    sma(values, period, out);
    return out;
}

void ema(std::span<const double> values, int period, std::span<double> out)
{
    const size_t n = values.size();
    if (period < 1 || n < size_t(period)) {
        fillNaN(out, 0, n);
        return;
    }
    const size_t p = size_t(period);
    const double k = 2.0 / double(period + 1);
    fillNaN(out, 0, p - 1);
    double e = detail::sumInOrder(values.data(), period) / double(period);
    out[p - 1] = e;
    for (size_t i = p; i < n; ++i) {
        e = e + (values[i] - e) * k;
        out[i] = e;
    }
}

Series ema(std::span<const double> values, int period)
{
    Series out = sized(values.size());
    ema(values, period, out);
    return out;
}

void rsi(std::span<const double> closes, int period, std::span<double> out)
{
    const size_t n = closes.size();
    if (period < 1 || n <= size_t(period)) {
        fillNaN(out, 0, n);
        return;
    }
    const size_t p = size_t(period);
    fillNaN(out, 0, p);
    double gain = 0.0;
    double loss = 0.0;
    for (size_t i = 1; i <= p; ++i) {
        const double d = closes[i] - closes[i - 1];
        if (d < 0)
            loss -= d;
        else
            gain += d;
    }
    gain /= double(period);
    loss /= double(period);
    auto value = [](double g, double l) {
        const double total = g + l;
        return total < 1e-14 ? 0.0 : 100.0 * (g / total);
    };
    out[p] = value(gain, loss);
    for (size_t i = p + 1; i < n; ++i) {
        const double d = closes[i] - closes[i - 1];
        gain = wilder(gain, d < 0 ? 0.0 : d, period);
        loss = wilder(loss, d < 0 ? -d : 0.0, period);
        out[i] = value(gain, loss);
    }
}

Series rsi(std::span<const double> closes, int period)
{
    Series out = sized(closes.size());
    rsi(closes, period, out);
    return out;
}

void trueRange(std::span<const model::Candle> candles, std::span<double> out)
{
    fillNaN(out, 0, std::min<size_t>(1, candles.size()));
    for (size_t i = 1; i < candles.size(); ++i)
        out[i] = detail::trueRangeOf(candles[i].high, candles[i].low, candles[i - 1].close);
}

Series trueRange(std::span<const model::Candle> candles)
{
    Series out = sized(candles.size());
    trueRange(candles, out);
    return out;
}

void atr(std::span<const model::Candle> candles, int period, std::span<double> out)
{
    const size_t n = candles.size();
    if (period < 1 || n <= size_t(period)) {
        fillNaN(out, 0, n);
        return;
    }
    const size_t p = size_t(period);
    fillNaN(out, 0, p);
    double sum = 0.0;
    for (size_t i = 1; i <= p; ++i)
        sum += detail::trueRangeOf(candles[i].high, candles[i].low, candles[i - 1].close);
    double a = sum / double(period);
    out[p] = a;
    for (size_t i = p + 1; i < n; ++i) {
        a = wilder(a, detail::trueRangeOf(candles[i].high, candles[i].low, candles[i - 1].close), period);
        out[i] = a;
    }
}

Series atr(std::span<const model::Candle> candles, int period)
{
    Series out = sized(candles.size());
    atr(candles, period, out);
    return out;
}

void macd(std::span<const double> closes, int fast, int slow, int signal, std::span<double> macdOut,
    std::span<double> signalOut, std::span<double> histOut)
{
    const size_t n = closes.size();
    const bool valid = fast >= 1 && slow > fast && signal >= 1;
    const size_t first = valid ? size_t(macdLookback(slow, signal)) : n;
    fillNaN(macdOut, 0, std::min(n, first));
    fillNaN(signalOut, 0, std::min(n, first));
    fillNaN(histOut, 0, std::min(n, first));
    if (!valid || n <= first)
        return;
    // Both EMAs are seeded at slow-1 (TA-Lib): the fast one from the `fast` closes ending there.
    const size_t seed = size_t(slow - 1);
    const double kFast = 2.0 / double(fast + 1);
    const double kSlow = 2.0 / double(slow + 1);
    const double kSignal = 2.0 / double(signal + 1);
    double slowEma = detail::sumInOrder(closes.data(), slow) / double(slow);
    double fastEma = detail::sumInOrder(closes.data() + (seed + 1 - size_t(fast)), fast) / double(fast);
    double signalSum = 0.0;
    double signalEma = 0.0;
    for (size_t i = seed; i < n; ++i) {
        if (i > seed) {
            fastEma = fastEma + (closes[i] - fastEma) * kFast;
            slowEma = slowEma + (closes[i] - slowEma) * kSlow;
        }
        const double line = fastEma - slowEma;
        if (i < first) {
            signalSum += line;
            continue;
        }
        if (i == first) {
            signalSum += line;
            signalEma = signalSum / double(signal);
        } else {
            signalEma = signalEma + (line - signalEma) * kSignal;
        }
        macdOut[i] = line;
        signalOut[i] = signalEma;
        histOut[i] = line - signalEma;
    }
}

MacdSeries macd(std::span<const double> closes, int fast, int slow, int signal)
{
    MacdSeries out{sized(closes.size()), sized(closes.size()), sized(closes.size())};
    macd(closes, fast, slow, signal, out.macd, out.signal, out.hist);
    return out;
}

void bollinger(std::span<const double> closes, int period, double kUp, double kDown, std::span<double> upperOut,
    std::span<double> midOut, std::span<double> lowerOut)
{
    const size_t n = closes.size();
    if (period < 1) {
        fillNaN(upperOut, 0, n);
        fillNaN(midOut, 0, n);
        fillNaN(lowerOut, 0, n);
        return;
    }
    const size_t p = size_t(period);
    const size_t lookback = std::min(n, p - 1);
    fillNaN(upperOut, 0, lookback);
    fillNaN(midOut, 0, lookback);
    fillNaN(lowerOut, 0, lookback);
    if (n < p)
        return;
    // mid = the window means; the squared deviations go through upperOut as scratch.
    windowSums(closes.data(), p - 1, n, period, midOut.data());
    for (size_t i = p - 1; i < n; ++i)
        midOut[i] /= double(period);
    windowSquaredDeviations(closes.data(), midOut.data(), p - 1, n, period, upperOut.data());
    for (size_t i = p - 1; i < n; ++i) {
        const double mean = midOut[i];
        const double sd = std::sqrt(upperOut[i] / double(period));
        upperOut[i] = mean + kUp * sd;
        lowerOut[i] = mean - kDown * sd;
    }
}

BollingerSeries bollinger(std::span<const double> closes, int period, double kUp, double kDown)
{
    BollingerSeries out{sized(closes.size()), sized(closes.size()), sized(closes.size())};
    bollinger(closes, period, kUp, kDown, out.upper, out.mid, out.lower);
    return out;
}

void volumeSpike(std::span<const double> volumes, int period, std::span<double> ratioOut, std::span<double> zOut)
{
    const size_t n = volumes.size();
    if (period < 1) {
        fillNaN(ratioOut, 0, n);
        fillNaN(zOut, 0, n);
        return;
    }
    const size_t p = size_t(period);
    fillNaN(ratioOut, 0, std::min(n, p));
    fillNaN(zOut, 0, std::min(n, p));
    for (size_t i = p; i < n; ++i) {
        const double *window = volumes.data() + (i - p);
        const double mean = detail::sumInOrder(window, period) / double(period);
        const double sd = std::sqrt(detail::squaredDeviations(window, period, mean) / double(period));
        ratioOut[i] = mean == 0.0 ? kNaN : volumes[i] / mean;
        zOut[i] = sd == 0.0 ? kNaN : (volumes[i] - mean) / sd;
    }
}

VolumeSpikeSeries volumeSpike(std::span<const double> volumes, int period)
{
    VolumeSpikeSeries out{sized(volumes.size()), sized(volumes.size())};
    volumeSpike(volumes, period, out.ratio, out.zScore);
    return out;
}

} // namespace cl::analysis
