#include "performancemetrics.h"

#include "returnstats.h"

#include <QDateTime>

#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <map>

namespace cl::portfolio {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

MetricsReport PerformanceMetrics::compute(double initialBalance, const std::vector<TradeResult> &results,
                                          const MetricsOptions &options)
{
    MetricsReport m;
    m.options = options;
    m.initialBalance = initialBalance;
    for (const TradeResult &r : results) {
        if (!r.closed && r.quantity > 0.0)
            ++m.openTrades;
    }
    m.curve = EquityCurve(initialBalance, results);
    m.trades = TradeStats::compute(m.curve.closedTrades());
    m.finalEquity = m.curve.finalEquity();
    m.netProfit = m.trades.netPnl;
    m.returnPct = initialBalance > 0.0 ? m.netProfit / initialBalance * 100.0 : kNaN;
    if (options.breakdowns)
        m.breakdowns = breakdowns(m.curve.closedTrades());

    if (m.curve.isEmpty()) {
        m.cagr = m.volatility = m.sharpe = m.sortino = m.calmar = m.recoveryFactor = m.var95 = m.cvar95 = kNaN;
        return m;
    }

    m.daily = m.curve.daily();
    const std::vector<double> &r = m.daily.returns;
    m.days = int(r.size());
    const double a = options.annualization;
    // The daily series always counts calendar days, so 365 / N is the number of years whatever A is.
    m.cagr = std::pow(m.finalEquity / initialBalance, 365.0 / double(m.days)) - 1.0;
    m.volatility = ReturnStats::annualVolatility(r, a);
    m.sharpe = ReturnStats::sharpe(r, ReturnStats::perPeriodRate(options.riskFreeAnnual, a), a);
    m.sortino = ReturnStats::sortino(r, options.mar, a);

    m.drawdown = m.curve.drawdown();
    m.maxDrawdownPct = m.drawdown.maxPct * 100.0;
    m.maxDrawdownAbs = m.drawdown.maxAbs;
    m.maxDrawdownDays = m.drawdown.longestDays;
    m.maxDrawdownUnrecovered = m.drawdown.longestUnrecovered;
    // Calmar divides two fractions (empyrical); the percent field is only the display unit.
    m.calmar = m.drawdown.maxPct < 0.0 ? m.cagr / std::fabs(m.drawdown.maxPct) : kNaN;
    m.recoveryFactor = m.drawdown.maxAbs < 0.0 ? m.netProfit / std::fabs(m.drawdown.maxAbs) : kNaN;

    if (m.days >= options.minDaysForVar) {
        m.var95 = ReturnStats::valueAtRisk(r, options.varCutoff);
        m.cvar95 = ReturnStats::conditionalValueAtRisk(r, options.varCutoff);
    } else {
        m.var95 = m.cvar95 = kNaN;
    }
    computeMonthly(m);
    return m;
}

void PerformanceMetrics::computeMonthly(MetricsReport &m)
{
    // Every month from the first entry to the last exit is listed, quiet ones with zeros, so the grid has no holes.
    std::map<int, MonthlyPnl> months;
    // Days and exits arrive in ascending time, so a calendar conversion is only needed when a month ends
    // (one QDate per day and per trade was most of this function's cost on long histories).
    qint64 monthStart = 0; // days since the epoch: the cached month is [monthStart, nextMonth)
    qint64 nextMonth = 0;
    auto cached = months.end();
    auto monthOf = [&](qint64 day) {
        if (cached != months.end() && day >= monthStart && day < nextMonth)
            return cached;
        const QDate date = QDate(1970, 1, 1).addDays(day);
        monthStart = day - date.day() + 1;
        nextMonth = monthStart + date.daysInMonth();
        auto [it, inserted] = months.try_emplace(date.year() * 12 + date.month() - 1);
        if (inserted) {
            it->second.year = date.year();
            it->second.month = date.month();
            it->second.returnPct = 1.0;  // growth factor until the end
        }
        cached = it;
        return it;
    };
    for (size_t i = 0; i < m.daily.returns.size(); ++i)
        monthOf(m.daily.firstDay + qint64(i))->second.returnPct *= 1.0 + m.daily.returns[i];
    for (const TradeResult &t : m.curve.closedTrades())
        monthOf(EquityCurve::dayOf(*t.exitTime))->second.pnl += t.pnl;
    std::map<int, YearlyPnl> years;
    for (auto &[key, row] : months) {
        const double growth = row.returnPct;
        row.returnPct = (growth - 1.0) * 100.0;
        m.monthly.push_back(row);
        auto [it, inserted] = years.try_emplace(row.year);
        if (inserted) {
            it->second.year = row.year;
            it->second.returnPct = 1.0;
        }
        it->second.pnl += row.pnl;
        it->second.returnPct *= growth;
    }
    for (auto &[year, row] : years) {
        row.returnPct = (row.returnPct - 1.0) * 100.0;
        m.yearly.push_back(row);
    }
}

QString PerformanceMetrics::weekdayName(int isoWeekday)
{
    static const char *const kNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return isoWeekday >= 1 && isoWeekday <= 7 ? QString::fromLatin1(kNames[isoWeekday - 1]) : QString();
}

std::vector<Breakdown> PerformanceMetrics::breakdowns(const std::vector<TradeResult> &closed)
{
    using KeyOf = std::function<QStringList(const TradeResult &)>;
    const QString none = QStringLiteral("(none)");
    auto orNone = [none](const QString &s) { return QStringList{s.isEmpty() ? none : s}; };
    auto entryTime = [](const TradeResult &t) { return QDateTime::fromMSecsSinceEpoch(t.entryTime, Qt::UTC); };
    // Hours and weekdays of the entry, in UTC, zero-padded so they sort in clock order. Formatted once per
    // call rather than once per trade: QString::arg per trade was most of the cost of a long history.
    auto hourLabel = [](int hour) { return QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')); };
    auto weekdayLabel = [](int day) { return QStringLiteral("%1 %2").arg(day).arg(weekdayName(day)); };
    std::array<QString, 24> hourLabels;
    for (int h = 0; h < 24; ++h)
        hourLabels[size_t(h)] = hourLabel(h);
    std::array<QString, 7> weekdayLabels;
    for (int d = 1; d <= 7; ++d)
        weekdayLabels[size_t(d - 1)] = weekdayLabel(d);
    const std::vector<std::pair<QString, KeyOf>> dimensions{
        {QStringLiteral("symbol"), [&](const TradeResult &t) { return orNone(t.symbol); }},
        {QStringLiteral("pattern"), [&](const TradeResult &t) { return orNone(t.patternType); }},
        {QStringLiteral("timeframe"), [&](const TradeResult &t) { return orNone(t.timeframe); }},
        {QStringLiteral("hour"),
         [&](const TradeResult &t) {
             const int hour = entryTime(t).time().hour();
             return QStringList{hour >= 0 && hour < 24 ? hourLabels[size_t(hour)] : hourLabel(hour)};
         }},
        {QStringLiteral("weekday"),
         [&](const TradeResult &t) {
             const int day = entryTime(t).date().dayOfWeek();
             return QStringList{day >= 1 && day <= 7 ? weekdayLabels[size_t(day - 1)] : weekdayLabel(day)};
         }},
        {QStringLiteral("tag"), [&](const TradeResult &t) { return t.tags.isEmpty() ? QStringList{none} : t.tags; }},
        {QStringLiteral("mood"), [&](const TradeResult &t) { return orNone(t.mood); }},
    };
    std::vector<Breakdown> out;
    for (const auto &[name, keyOf] : dimensions) {
        std::map<QString, std::vector<TradeResult>> groups;
        for (const TradeResult &t : closed) {
            for (const QString &key : keyOf(t))
                groups[key].push_back(t);
        }
        Breakdown b{name, {}};
        for (const auto &[key, members] : groups)
            b.rows.push_back({key, TradeStats::compute(members)});
        out.push_back(std::move(b));
    }
    return out;
}

} // namespace cl::portfolio
