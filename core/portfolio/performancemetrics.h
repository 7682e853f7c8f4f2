#pragma once

#include "equitycurve.h"
#include "tradestats.h"

#include <QString>

#include <vector>

namespace cl::portfolio {

struct MetricsOptions
{
    double annualization = 365.0;   // periods per year: 365 for crypto's calendar, 252 for stock-like sessions
    double riskFreeAnnual = 0.0;    // annual rate, converted per period as (1 + rf)^(1 / A) - 1
    double mar = 0.0;               // Sortino's minimum acceptable return per period
    double varCutoff = 0.05;        // VaR/CVaR 95 %
    int minDaysForVar = 20;
    // The per-symbol/pattern/hour/... groups cost a map and a TradeStats per group; backtests and optimizer
    // trials show none of them, so they turn this off.
    bool breakdowns = true;
};

struct MonthlyPnl
{
    int year = 0;
    int month = 0;           // 1..12
    double pnl = 0.0;        // realized, by exit month
    double returnPct = 0.0;  // the month's daily returns compounded, percent
};

struct YearlyPnl
{
    int year = 0;
    double pnl = 0.0;
    double returnPct = 0.0;
};

struct BreakdownRow
{
    QString key;
    TradeStats stats;
};

struct Breakdown
{
    QString dimension;   // symbol, pattern, timeframe, hour, weekday, tag, mood
    std::vector<BreakdownRow> rows;
};

// Everything of spec/metrics.md for one portfolio. NaN is empty; units as the spec: winRate,
// maxDrawdownPct and returnPct in percent, cagr, volatility, var95 and cvar95 as fractions.
struct MetricsReport
{
    MetricsOptions options;
    double initialBalance = 0.0;
    double finalEquity = 0.0;
    double netProfit = 0.0;
    double returnPct = 0.0;
    int openTrades = 0;
    TradeStats trades;
    int days = 0;                   // N, the daily periods
    double cagr = 0.0;
    double volatility = 0.0;
    double sharpe = 0.0;
    double sortino = 0.0;
    double maxDrawdownPct = 0.0;    // percent, <= 0
    double maxDrawdownAbs = 0.0;    // currency, <= 0
    double maxDrawdownDays = 0.0;
    bool maxDrawdownUnrecovered = false;
    DrawdownStats drawdown;
    double calmar = 0.0;
    double recoveryFactor = 0.0;
    double var95 = 0.0;
    double cvar95 = 0.0;
    std::vector<MonthlyPnl> monthly;
    std::vector<YearlyPnl> yearly;
    std::vector<Breakdown> breakdowns;   // empty unless options.breakdowns
    EquityCurve curve;
    DailyReturns daily;
};

class PerformanceMetrics
{
public:
    // results: every trade of the portfolio (open ones are counted, never measured).
    static MetricsReport compute(double initialBalance, const std::vector<TradeResult> &results,
                                 const MetricsOptions &options = {});

    static std::vector<Breakdown> breakdowns(const std::vector<TradeResult> &closedInCurveOrder);
    static QString weekdayName(int isoWeekday);

private:
    static void computeMonthly(MetricsReport &report);
};

} // namespace cl::portfolio
