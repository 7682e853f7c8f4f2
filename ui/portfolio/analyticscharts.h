#pragma once

#include "portfolio/equitycurve.h"
#include "portfolio/montecarlo.h"

#include <QString>

#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace cl::ui {

// The Qt Charts of the analytics view, built from the core's numbers. Long curves are thinned to
// kMaxCurvePoints (EquityDownsampler keeps peaks and troughs).
class AnalyticsCharts
{
public:
    static constexpr size_t kMaxCurvePoints = 3000;

    static QChart *equity(const portfolio::EquityCurve &curve, const QString &currency);
    static QChart *drawdown(const portfolio::EquityCurve &curve);
    // Bars of 0.5 R from the lowest to the highest R multiple.
    static QChart *rHistogram(const std::vector<double> &rMultiples);
    static QChart *monteCarloFan(const portfolio::MonteCarloResult &result, const QString &currency);

    struct Bin
    {
        double from = 0.0;
        double to = 0.0;
        int count = 0;
    };
    static std::vector<Bin> histogram(const std::vector<double> &values, double width);
};

} // namespace cl::ui
