#pragma once

#include "tradepnl.h"

#include <QDate>

#include <vector>

namespace cl::portfolio {

struct EquityPoint
{
    qint64 time = 0;       // UTC ms: the earliest entry for the first point, then each closed trade's exit
    double equity = 0.0;
    qint64 tradeId = 0;    // 0 for the starting point
    double pnl = 0.0;      // the trade's P&L (0 for the starting point)
};

struct DrawdownStats
{
    double maxPct = 0.0;        // fraction, <= 0 (min of E_t / peak - 1)
    double maxAbs = 0.0;        // currency, <= 0 (min of E_t - peak)
    double longestDays = 0.0;   // peak to recovery, fractional days
    bool longestUnrecovered = false;
    qint64 longestStart = 0;    // the peak of the longest episode
    qint64 longestEnd = 0;      // its recovery, or the last exit when unrecovered
};

struct DailyReturns
{
    qint64 firstDay = 0;          // days since 1970-01-01 (UTC) of the first entry
    std::vector<double> equity;   // end of each day
    std::vector<double> returns;  // r_d = equity_d / equity_{d-1} - 1, the first against the initial balance
    QDate date(size_t index) const;
};

// The realized equity of spec/metrics.md: the initial balance at the earliest entry, then one point per closed
// trade at its exit time (ties by id) with the cumulative realized P&L. Open trades are not part of it.
class EquityCurve
{
public:
    EquityCurve() = default;
    EquityCurve(double initialBalance, const std::vector<TradeResult> &results);

    double initialBalance() const { return m_initial; }
    const std::vector<EquityPoint> &points() const { return m_points; }
    // The closed trades in curve order.
    const std::vector<TradeResult> &closedTrades() const { return m_closed; }
    bool isEmpty() const { return m_closed.empty(); }
    double finalEquity() const { return m_points.empty() ? m_initial : m_points.back().equity; }

    DrawdownStats drawdown() const;
    // The curve sampled at the end of each UTC day from the first entry day to the last exit day, zero-filled.
    DailyReturns daily() const;
    // Drawdown (fraction, <= 0) at every point, for the chart under the equity curve.
    std::vector<double> underwater() const;

    // Exit time, then the user's id: numerically when every id is an integer, as text otherwise (the way a
    // spreadsheet or pandas orders the ids of the file).
    static void sortForCurve(std::vector<TradeResult> &closed);

    static constexpr qint64 kDayMs = 86'400'000;
    static qint64 dayOf(qint64 ms);

private:
    double m_initial = 0.0;
    std::vector<TradeResult> m_closed;
    std::vector<EquityPoint> m_points;
};

} // namespace cl::portfolio
