#include "analyticscharts.h"

#include "portfolio/equitydownsampler.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cl::ui {

namespace {

QChart *baseChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QDateTimeAxis *timeAxis()
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(QStringLiteral("yyyy-MM-dd"));
    axis->setTickCount(6);
    return axis;
}

std::vector<QPointF> thin(std::vector<QPointF> points)
{
    return portfolio::EquityDownsampler::downsample(points, AnalyticsCharts::kMaxCurvePoints);
}

} // namespace

QChart *AnalyticsCharts::equity(const portfolio::EquityCurve &curve, const QString &currency)
{
    QChart *chart = baseChart(QObject::tr("Equity (%1)").arg(currency));
    auto *series = new QLineSeries;
    series->setName(QObject::tr("Equity"));
    std::vector<QPointF> points;
    for (const auto &p : curve.points())
        points.emplace_back(double(p.time), p.equity);
    for (const QPointF &p : thin(std::move(points)))
        series->append(p);
    series->setPen(QPen(QColor(0x2f, 0x6f, 0xd6), 1.6));
    chart->addSeries(series);
    auto *x = timeAxis();
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *AnalyticsCharts::drawdown(const portfolio::EquityCurve &curve)
{
    QChart *chart = baseChart(QObject::tr("Drawdown"));
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    const auto under = curve.underwater();
    std::vector<QPointF> points;
    for (size_t i = 0; i < curve.points().size() && i < under.size(); ++i)
        points.emplace_back(double(curve.points()[i].time), under[i] * 100.0);
    for (const QPointF &p : thin(std::move(points))) {
        upper->append(p);
        lower->append(p.x(), 0.0);
    }
    auto *area = new QAreaSeries(upper, lower);
    area->setName(QObject::tr("Drawdown %"));
    area->setBrush(QColor(0xd0, 0x45, 0x3a, 90));
    area->setPen(QPen(QColor(0xd0, 0x45, 0x3a), 1.0));
    chart->addSeries(area);
    auto *x = timeAxis();
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.1f %%"));
    y->setMax(0.0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    area->attachAxis(x);
    area->attachAxis(y);
    return chart;
}

std::vector<AnalyticsCharts::Bin> AnalyticsCharts::histogram(const std::vector<double> &values, double width)
{
    std::vector<Bin> bins;
    std::vector<double> finite;
    for (const double v : values) {
        if (std::isfinite(v))
            finite.push_back(v);
    }
    if (finite.empty() || !(width > 0))
        return bins;
    const auto [lo, hi] = std::minmax_element(finite.begin(), finite.end());
    const double start = std::floor(*lo / width) * width;
    const int count = std::max(1, int(std::floor((*hi - start) / width)) + 1);
    for (int i = 0; i < count; ++i)
        bins.push_back({start + i * width, start + (i + 1) * width, 0});
    for (const double v : finite)
        ++bins[size_t(std::clamp(int(std::floor((v - start) / width)), 0, count - 1))].count;
    return bins;
}

QChart *AnalyticsCharts::rHistogram(const std::vector<double> &rMultiples)
{
    QChart *chart = baseChart(QObject::tr("R-multiple distribution"));
    const auto bins = histogram(rMultiples, 0.5);
    auto *losses = new QBarSet(QObject::tr("Losing"));
    auto *wins = new QBarSet(QObject::tr("Winning"));
    losses->setColor(QColor(0xd0, 0x45, 0x3a));
    wins->setColor(QColor(0x26, 0xa6, 0x5b));
    QStringList categories;
    for (const Bin &b : bins) {
        categories << QStringLiteral("%1R").arg(b.from, 0, 'f', 1);
        (b.from < 0 ? losses : wins)->append(b.count);
        (b.from < 0 ? wins : losses)->append(0);
    }
    auto *series = new QBarSeries;
    series->setBarWidth(0.95);
    series->append(losses);
    series->append(wins);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *AnalyticsCharts::monteCarloFan(const portfolio::MonteCarloResult &result, const QString &currency)
{
    QChart *chart = baseChart(QObject::tr("Monte Carlo: %1 paths, seed %2 (%3)")
                                  .arg(result.paths)
                                  .arg(result.seed)
                                  .arg(currency));
    chart->legend()->show();
    chart->legend()->setAlignment(Qt::AlignBottom);
    const std::array<QColor, 5> colors{QColor(0xd0, 0x45, 0x3a), QColor(0xe0, 0x8a, 0x3c), QColor(0x2f, 0x6f, 0xd6),
                                       QColor(0x5a, 0xa0, 0x5a), QColor(0x26, 0x86, 0x4b)};
    auto *x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(QObject::tr("trade"));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    // The 5-95 % and 25-75 % bands as areas, the median as a line.
    auto band = [&](int lo, int hi, QColor color) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        for (size_t i = 0; i < result.fan.size() && i < result.fanStepIndex.size(); ++i) {
            upper->append(result.fanStepIndex[i], result.fan[i][size_t(hi)]);
            lower->append(result.fanStepIndex[i], result.fan[i][size_t(lo)]);
        }
        auto *area = new QAreaSeries(upper, lower);
        area->setName(QStringLiteral("P%1–P%2").arg(portfolio::MonteCarloResult::kPercentiles[size_t(lo)])
                          .arg(portfolio::MonteCarloResult::kPercentiles[size_t(hi)]));
        area->setBrush(color);
        area->setPen(Qt::NoPen);
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
    };
    band(0, 4, QColor(0x2f, 0x6f, 0xd6, 45));
    band(1, 3, QColor(0x2f, 0x6f, 0xd6, 90));
    auto *median = new QLineSeries;
    median->setName(QObject::tr("median"));
    for (size_t i = 0; i < result.fan.size() && i < result.fanStepIndex.size(); ++i)
        median->append(result.fanStepIndex[i], result.fan[i][2]);
    median->setPen(QPen(colors[2], 2.0));
    chart->addSeries(median);
    median->attachAxis(x);
    median->attachAxis(y);
    return chart;
}

} // namespace cl::ui
