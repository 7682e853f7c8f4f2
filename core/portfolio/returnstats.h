#pragma once

#include <span>
#include <vector>

namespace cl::portfolio {

// Statistics of a periodic return series with empyrical's conventions (spec/metrics.md): NaN periods are
// skipped, sums follow numpy's pairwise summation so results match numpy to the last bits, "empty" is NaN.
// Returns are fractions (0.01 = 1 %); annualization is the number of periods per year.
class ReturnStats
{
public:
    // numpy's float64 sum (pairwise, blocks of 8) and mean; NaN for an empty mean.
    static double sum(std::span<const double> values);
    static double mean(std::span<const double> values);
    // numpy's std with ddof; NaN when there are not more than ddof values.
    static double stddev(std::span<const double> values, int ddof);
    // numpy.percentile(values, percent) with the default linear method; NaN when empty. Sorts a copy.
    static double percentile(std::span<const double> values, double percent);

    static std::vector<double> withoutNaN(std::span<const double> values);

    // std(r, ddof=1) * sqrt(A).
    static double annualVolatility(std::span<const double> returns, double annualization);
    // mean(r - rf) * sqrt(A) / std(r - rf, ddof=1); rf per period; NaN when std is 0 or fewer than 2 periods.
    static double sharpe(std::span<const double> returns, double riskFreePerPeriod, double annualization);
    // sqrt(mean(min(r - MAR, 0)^2)) * sqrt(A) over all periods (ddof 0).
    static double downsideRisk(std::span<const double> returns, double mar, double annualization);
    // mean(r - MAR) * A / downsideRisk: +inf without downside and a positive mean, NaN without downside and a
    // zero mean or without periods.
    static double sortino(std::span<const double> returns, double mar, double annualization);
    // Compounded from 100 like empyrical (NaN periods count as 0 return); a negative fraction, 0 without one.
    static double maxDrawdown(std::span<const double> returns);
    // Historical VaR: the linear-interpolated percentile at cutoff (0.05 for 95 %).
    static double valueAtRisk(std::span<const double> returns, double cutoff);
    // Mean of the k + 1 lowest returns, k = int((N - 1) * cutoff).
    static double conditionalValueAtRisk(std::span<const double> returns, double cutoff);
    // rf_p = (1 + rf)^(1 / A) - 1.
    static double perPeriodRate(double annualRate, double annualization);
};

} // namespace cl::portfolio
