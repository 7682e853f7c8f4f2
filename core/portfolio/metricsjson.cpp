#include "metricsjson.h"

#include <cmath>

namespace cl::portfolio {

QByteArray MetricsJson::number(double value)
{
    if (std::isnan(value))
        return "null";
    if (std::isinf(value))
        return value > 0 ? "\"inf\"" : "\"-inf\"";
    if (value == 0.0)
        return "0.0"; // no "-0" in the output
    QByteArray text = QByteArray::number(value, 'g', 17);
    // Keep numbers recognisably floating point ("2.0", not "2") so readers never make them integers.
    if (!text.contains('.') && !text.contains('e') && !text.contains('E'))
        text += ".0";
    return text;
}

QByteArray MetricsJson::write(const MetricsReport &m)
{
    QByteArray out = "{\n";
    auto field = [&out](const char *key, const QByteArray &value, bool last = false) {
        out += "  \"";
        out += key;
        out += "\": ";
        out += value;
        out += last ? "\n" : ",\n";
    };
    field("trades", QByteArray::number(m.trades.trades));
    field("win_rate", number(m.trades.winRate));
    field("profit_factor", number(m.trades.profitFactor));
    field("avg_win", number(m.trades.avgWin));
    field("avg_loss", number(m.trades.avgLoss));
    field("payoff", number(m.trades.payoff));
    field("expectancy", number(m.trades.expectancy));
    field("expectancy_r", number(m.trades.expectancyR));
    field("kelly", number(m.trades.kelly));
    field("cagr", number(m.cagr));
    field("volatility", number(m.volatility));
    field("sharpe", number(m.sharpe));
    field("sortino", number(m.sortino));
    const bool empty = m.curve.isEmpty();
    field("max_drawdown_pct", empty ? QByteArray("null") : number(m.maxDrawdownPct));
    field("max_drawdown_abs", empty ? QByteArray("null") : number(m.maxDrawdownAbs));
    field("max_drawdown_days", empty ? QByteArray("null") : number(m.maxDrawdownDays));
    field("max_drawdown_unrecovered", m.maxDrawdownUnrecovered ? "true" : "false");
    field("calmar", number(m.calmar));
    field("recovery_factor", number(m.recoveryFactor));
    field("var95", number(m.var95));
    field("cvar95", number(m.cvar95));
    QByteArray monthly = "[";
    for (size_t i = 0; i < m.monthly.size(); ++i) {
        const MonthlyPnl &row = m.monthly[i];
        monthly += i == 0 ? "\n" : ",\n";
        monthly += "    {\"month\": \"" + QByteArray::number(row.year) + '-'
            + QByteArray::number(row.month).rightJustified(2, '0') + "\", \"pnl\": " + number(row.pnl)
            + ", \"return_pct\": " + number(row.returnPct) + '}';
    }
    monthly += m.monthly.empty() ? "]" : "\n  ]";
    field("monthly", monthly, true);
    out += "}\n";
    return out;
}

} // namespace cl::portfolio
