#include "equitycurve.h"

#include <algorithm>

namespace cl::portfolio {

qint64 EquityCurve::dayOf(qint64 ms)
{
    qint64 q = ms / kDayMs;
    if (ms % kDayMs != 0 && ms < 0)
        --q;
    return q;
}

QDate DailyReturns::date(size_t index) const
{
    return QDate(1970, 1, 1).addDays(firstDay + qint64(index));
}

void EquityCurve::sortForCurve(std::vector<TradeResult> &closed)
{
    bool allIntegers = true;
    for (const TradeResult &r : closed) {
        bool ok = false;
        r.externalId.toLongLong(&ok);
        if (!ok) {
            allIntegers = false;
            break;
        }
    }
    std::stable_sort(closed.begin(), closed.end(), [allIntegers](const TradeResult &a, const TradeResult &b) {
        if (*a.exitTime != *b.exitTime)
            return *a.exitTime < *b.exitTime;
        if (allIntegers)
            return a.externalId.toLongLong() < b.externalId.toLongLong();
        if (a.externalId != b.externalId)
            return a.externalId < b.externalId;
        return a.tradeId < b.tradeId;
    });
}

EquityCurve::EquityCurve(double initialBalance, const std::vector<TradeResult> &results) : m_initial(initialBalance)
{
    for (const TradeResult &r : results) {
        if (r.closed && r.exitTime)
            m_closed.push_back(r);
    }
    if (m_closed.empty())
        return;
    sortForCurve(m_closed);
    qint64 firstEntry = m_closed.front().entryTime;
    for (const TradeResult &r : m_closed)
        firstEntry = std::min(firstEntry, r.entryTime);
    m_points.reserve(m_closed.size() + 1);
    m_points.push_back({firstEntry, initialBalance, 0, 0.0});
    // Cumulative P&L first, then the balance added: the order numpy's cumsum-then-add gives.
    double cumulative = 0.0;
    for (const TradeResult &r : m_closed) {
        cumulative += r.pnl;
        m_points.push_back({*r.exitTime, initialBalance + cumulative, r.tradeId, r.pnl});
    }
}

DrawdownStats EquityCurve::drawdown() const
{
    DrawdownStats s;
    if (m_points.empty())
        return s;
    double peak = m_points.front().equity;
    qint64 peakTime = m_points.front().time;
    bool underwater = false;
    qint64 longest = 0;
    auto consider = [&](qint64 end, bool unrecovered) {
        if (end - peakTime > longest) {
            longest = end - peakTime;
            s.longestUnrecovered = unrecovered;
            s.longestStart = peakTime;
            s.longestEnd = end;
        }
    };
    for (size_t i = 1; i < m_points.size(); ++i) {
        const EquityPoint &p = m_points[i];
        if (p.equity >= peak) {
            if (underwater)
                consider(p.time, false);
            underwater = false;
            peak = p.equity;
            peakTime = p.time;
        } else {
            underwater = true;
            s.maxPct = std::min(s.maxPct, p.equity / peak - 1.0);
            s.maxAbs = std::min(s.maxAbs, p.equity - peak);
        }
    }
    if (underwater)
        consider(m_points.back().time, true);
    s.longestDays = double(longest) / double(kDayMs);
    return s;
}

DailyReturns EquityCurve::daily() const
{
    DailyReturns d;
    if (m_points.size() < 2)
        return d;
    d.firstDay = dayOf(m_points.front().time);
    const qint64 lastDay = dayOf(m_points.back().time);
    const auto days = size_t(lastDay - d.firstDay + 1);
    d.equity.reserve(days);
    d.returns.reserve(days);
    size_t next = 1;
    double equity = m_initial;
    double previous = m_initial;
    for (qint64 day = d.firstDay; day <= lastDay; ++day) {
        while (next < m_points.size() && dayOf(m_points[next].time) <= day)
            equity = m_points[next++].equity;
        d.equity.push_back(equity);
        d.returns.push_back(equity / previous - 1.0);
        previous = equity;
    }
    return d;
}

std::vector<double> EquityCurve::underwater() const
{
    std::vector<double> out;
    out.reserve(m_points.size());
    double peak = m_points.empty() ? 0.0 : m_points.front().equity;
    for (const EquityPoint &p : m_points) {
        peak = std::max(peak, p.equity);
        out.push_back(peak > 0.0 ? p.equity / peak - 1.0 : 0.0);
    }
    return out;
}

} // namespace cl::portfolio
