#include "metricstext.h"

#include <QDateTime>

#include <cmath>
#include <limits>

namespace cl::portfolio {

namespace {
double kNaN()
{
    return std::numeric_limits<double>::quiet_NaN();
}
} // namespace

QString MetricsText::number(double value, int decimals)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("-∞");
    return QString::number(value, 'f', decimals);
}

QString MetricsText::money(double value, const QString &currency)
{
    if (!std::isfinite(value))
        return number(value);
    return QString(number(value, 2) + QLatin1Char(' ') + currency);
}

QString MetricsText::percent(double value, int decimals)
{
    if (!std::isfinite(value))
        return number(value);
    return QString(number(value, decimals) + QLatin1String(" %"));
}

QString MetricsText::fractionAsPercent(double value, int decimals)
{
    return percent(std::isfinite(value) ? value * 100.0 : value, decimals);
}

QString MetricsText::utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

std::vector<MetricsText::Row> MetricsText::summary(const MetricsReport &m, const QString &c)
{
    const TradeStats &t = m.trades;
    const QString a = QString::number(m.options.annualization, 'g', 6);
    QString duration = m.curve.isEmpty() ? number(kNaN()) : QString(number(m.maxDrawdownDays, 1) + QLatin1String(" days"));
    if (m.maxDrawdownUnrecovered)
        duration += QStringLiteral(" (not recovered)");
    return {
        {QStringLiteral("Initial balance"), money(m.initialBalance, c), {}},
        {QStringLiteral("Final equity"), money(m.finalEquity, c), QStringLiteral("realized only; open trades excluded")},
        {QStringLiteral("Net profit"), QString(money(m.netProfit, c) + QLatin1String(" (") + percent(m.returnPct) + QLatin1Char(')')), {}},
        {QStringLiteral("Closed trades"), QString::number(t.trades),
         m.openTrades > 0 ? QStringLiteral("%1 open trades not counted").arg(m.openTrades) : QString()},
        {QStringLiteral("Win rate"), percent(t.winRate, 1), QStringLiteral("pnl > 0; breakevens are not wins")},
        {QStringLiteral("Profit factor"), number(t.profitFactor), QStringLiteral("∞ without losses")},
        {QStringLiteral("Average win"), money(t.avgWin, c), {}},
        {QStringLiteral("Average loss"), money(t.avgLoss, c), {}},
        {QStringLiteral("Payoff ratio"), number(t.payoff), QStringLiteral("avg win / |avg loss|")},
        {QStringLiteral("Expectancy"), money(t.expectancy, c), QStringLiteral("mean pnl per closed trade")},
        {QStringLiteral("Expectancy (R)"), number(t.expectancyR), QStringLiteral("mean R over trades with a stop")},
        {QStringLiteral("Avg planned R:R"), number(t.avgPlannedRR), QStringLiteral("|TP - entry| / |entry - stop|")},
        {QStringLiteral("Kelly"), fractionAsPercent(t.kelly, 1), QStringLiteral("W - (1 - W) / payoff")},
        {QStringLiteral("CAGR"), fractionAsPercent(m.cagr), QStringLiteral("(E_end / E_start)^(365 / N) - 1")},
        {QStringLiteral("Volatility"), fractionAsPercent(m.volatility),
         QStringLiteral("daily, zero-filled, ddof 1, x sqrt(%1)").arg(a)},
        {QStringLiteral("Sharpe"), number(m.sharpe), QStringLiteral("daily returns, A = %1, rf %2").arg(a).arg(m.options.riskFreeAnnual)},
        {QStringLiteral("Sortino"), number(m.sortino), QStringLiteral("downside over all days, ddof 0")},
        {QStringLiteral("Max drawdown"), percent(m.curve.isEmpty() ? kNaN() : m.maxDrawdownPct),
         QStringLiteral("per-trade equity curve")},
        {QStringLiteral("Max drawdown (currency)"), m.curve.isEmpty() ? number(kNaN()) : money(m.maxDrawdownAbs, c),
         QStringLiteral("may be another episode than the %")},
        {QStringLiteral("Longest drawdown"), duration, QStringLiteral("peak to recovery")},
        {QStringLiteral("Calmar"), number(m.calmar), QStringLiteral("CAGR / |max drawdown|")},
        {QStringLiteral("Recovery factor"), number(m.recoveryFactor), QStringLiteral("net profit / |max drawdown|")},
        {QStringLiteral("VaR 95 %"), fractionAsPercent(m.var95), QStringLiteral("historical, daily; needs 20 days")},
        {QStringLiteral("CVaR 95 %"), fractionAsPercent(m.cvar95), QStringLiteral("mean of the worst 5 % of days")},
        {QStringLiteral("Days"), QString::number(m.days), QStringLiteral("first entry to last exit, UTC")},
    };
}

QStringList MetricsText::breakdownHeader()
{
    return {QStringLiteral("Group"), QStringLiteral("Trades"), QStringLiteral("Win rate"), QStringLiteral("Net P&L"),
            QStringLiteral("Profit factor"), QStringLiteral("Expectancy"), QStringLiteral("Exp. R")};
}

std::vector<QStringList> MetricsText::breakdownRows(const Breakdown &b)
{
    std::vector<QStringList> rows;
    for (const BreakdownRow &row : b.rows) {
        const TradeStats &t = row.stats;
        rows.push_back({row.key, QString::number(t.trades), percent(t.winRate, 1), number(t.netPnl), number(t.profitFactor),
                        number(t.expectancy), number(t.expectancyR)});
    }
    return rows;
}

QString MetricsText::dimensionTitle(const QString &dimension)
{
    if (dimension == QLatin1String("hour"))
        return QStringLiteral("By entry hour (UTC)");
    if (dimension == QLatin1String("weekday"))
        return QStringLiteral("By entry weekday (UTC)");
    return QStringLiteral("By ") + dimension;
}

QString MetricsText::table(const std::vector<Row> &rows)
{
    qsizetype labelWidth = 0;
    qsizetype valueWidth = 0;
    for (const Row &r : rows) {
        labelWidth = std::max(labelWidth, r.label.size());
        valueWidth = std::max(valueWidth, r.value.size());
    }
    QString out;
    for (const Row &r : rows) {
        out += r.label.leftJustified(labelWidth + 2) + r.value.rightJustified(valueWidth);
        if (!r.note.isEmpty())
            out += QLatin1String("   ") + r.note;
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace cl::portfolio
