#include "returnstats.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

namespace cl::portfolio {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
// numpy's PW_BLOCKSIZE: below it the sum runs in 8 interleaved accumulators.
constexpr size_t kPairwiseBlock = 128;

double pairwiseSum(const double *a, size_t n)
{
    if (n < 8) {
        double res = 0.0;
        for (size_t i = 0; i < n; ++i)
            res += a[i];
        return res;
    }
    if (n <= kPairwiseBlock) {
        double r[8];
        for (size_t j = 0; j < 8; ++j)
            r[j] = a[j];
        size_t i = 8;
        for (; i < n - (n % 8); i += 8) {
            for (size_t j = 0; j < 8; ++j)
                r[j] += a[i + j];
        }
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i)
            res += a[i];
        return res;
    }
    size_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwiseSum(a, n2) + pairwiseSum(a + n2, n - n2);
}

// numpy's _lerp: the two-sided form keeps the result inside [a, b].
double lerp(double a, double b, double t)
{
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
}

std::vector<double> adjusted(std::span<const double> returns, double by)
{
    std::vector<double> out = ReturnStats::withoutNaN(returns);
    if (by != 0.0) {
        for (double &v : out)
            v -= by;
    }
    return out;
}

} // namespace

double ReturnStats::sum(std::span<const double> values)
{
    // numpy's add.reduce starts from the identity 0.0 and adds the pairwise sum of the whole array.
    return 0.0 + pairwiseSum(values.data(), values.size());
}

double ReturnStats::mean(std::span<const double> values)
{
    if (values.empty())
        return kNaN;
    return sum(values) / double(values.size());
}

double ReturnStats::stddev(std::span<const double> values, int ddof)
{
    const auto n = std::ptrdiff_t(values.size());
    if (n - ddof <= 0)
        return kNaN;
    const double m = mean(values);
    std::vector<double> squares(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        const double d = values[i] - m;
        squares[i] = d * d;
    }
    return std::sqrt(sum(squares) / double(n - ddof));
}

double ReturnStats::percentile(std::span<const double> values, double percent)
{
    if (values.empty())
        return kNaN;
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    const double q = percent / 100.0;
    const double n = double(sorted.size());
    const double virtualIndex = (n - 1.0) * q;
    if (virtualIndex >= n - 1.0)
        return sorted.back();
    if (virtualIndex <= 0.0)
        return sorted.front();
    const double below = std::floor(virtualIndex);
    const auto i = size_t(below);
    return lerp(sorted[i], sorted[i + 1], virtualIndex - below);
}

std::vector<double> ReturnStats::withoutNaN(std::span<const double> values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values) {
        if (!std::isnan(v))
            out.push_back(v);
    }
    return out;
}

double ReturnStats::annualVolatility(std::span<const double> returns, double annualization)
{
    const std::vector<double> r = withoutNaN(returns);
    if (r.size() < 2)
        return kNaN;
    return stddev(r, 1) * std::sqrt(annualization);
}

double ReturnStats::sharpe(std::span<const double> returns, double riskFreePerPeriod, double annualization)
{
    const std::vector<double> adj = adjusted(returns, riskFreePerPeriod);
    if (adj.size() < 2)
        return kNaN;
    const double sd = stddev(adj, 1);
    if (!(sd > 0.0))
        return kNaN;
    return mean(adj) * std::sqrt(annualization) / sd;
}

double ReturnStats::downsideRisk(std::span<const double> returns, double mar, double annualization)
{
    std::vector<double> adj = adjusted(returns, mar);
    if (adj.empty())
        return kNaN;
    for (double &v : adj) {
        v = std::min(v, 0.0);
        v *= v;
    }
    return std::sqrt(mean(adj)) * std::sqrt(annualization);
}

double ReturnStats::sortino(std::span<const double> returns, double mar, double annualization)
{
    const std::vector<double> adj = adjusted(returns, mar);
    // Unlike empyrical (NaN below two periods) one period is measured: spec/metrics.md lists no such case and
    // TDD over all N periods is defined for N = 1.
    if (adj.empty())
        return kNaN;
    const double averageAnnual = mean(adj) * annualization;
    const double risk = downsideRisk(returns, mar, annualization);
    if (risk == 0.0) {
        if (averageAnnual > 0.0)
            return kInf;
        return averageAnnual < 0.0 ? -kInf : kNaN;
    }
    return averageAnnual / risk;
}

double ReturnStats::maxDrawdown(std::span<const double> returns)
{
    if (returns.empty())
        return kNaN;
    constexpr double kStart = 100.0;
    double growth = 1.0;
    double peak = kStart;
    double worst = 0.0;
    for (double r : returns) {
        growth *= 1.0 + (std::isnan(r) ? 0.0 : r);
        const double value = growth * kStart;
        peak = std::max(peak, value);
        worst = std::min(worst, (value - peak) / peak);
    }
    return worst;
}

double ReturnStats::valueAtRisk(std::span<const double> returns, double cutoff)
{
    return percentile(withoutNaN(returns), 100.0 * cutoff);
}

double ReturnStats::conditionalValueAtRisk(std::span<const double> returns, double cutoff)
{
    std::vector<double> r = withoutNaN(returns);
    if (r.empty())
        return kNaN;
    const auto k = size_t((double(r.size()) - 1.0) * cutoff);
    std::sort(r.begin(), r.end());
    return mean(std::span<const double>(r.data(), k + 1));
}

double ReturnStats::perPeriodRate(double annualRate, double annualization)
{
    return std::pow(1.0 + annualRate, 1.0 / annualization) - 1.0;
}

} // namespace cl::portfolio
