#include "journalexport.h"

#include "metricstext.h"

#include <algorithm>
#include <numeric>

namespace cl::portfolio {

std::vector<size_t> JournalExport::tradeOrder(const PortfolioSnapshot &s)
{
    std::vector<size_t> order(s.trades.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&s](size_t a, size_t b) {
        if (s.results[a].entryTime != s.results[b].entryTime)
            return s.results[a].entryTime < s.results[b].entryTime;
        return s.trades[a].id < s.trades[b].id;
    });
    return order;
}

QString JournalExport::tradeTitle(const Trade &t, const TradeResult &r)
{
    QString status = r.closed ? QString() : QStringLiteral(" (%1)").arg(statusToString(t.status));
    return QStringLiteral("Trade %1: %2 %3%4").arg(t.externalId, t.symbol, directionToString(t.direction), status);
}

std::vector<JournalExport::Fact> JournalExport::facts(const Trade &t, const TradeResult &r, const QString &currency)
{
    auto price = [](double v) { return QString::number(v, 'g', 10); };
    std::vector<Fact> f;
    f.push_back({QStringLiteral("Entry"), r.quantity > 0 ? QStringLiteral("%1 at %2").arg(MetricsText::utc(r.entryTime), price(r.entryPrice))
                                                          : QStringLiteral("—")});
    if (r.closed)
        f.push_back({QStringLiteral("Exit"), QStringLiteral("%1 at %2").arg(MetricsText::utc(*r.exitTime), price(r.exitPrice))});
    else if (r.quantity > 0)
        f.push_back({QStringLiteral("Exit"), QStringLiteral("open: %1 of %2 still held").arg(price(r.openQuantity), price(r.quantity))});
    f.push_back({QStringLiteral("Quantity"), price(r.quantity)});
    f.push_back({QStringLiteral("Stop / target"), QStringLiteral("%1 / %2")
                                                     .arg(t.stopLoss ? price(*t.stopLoss) : QStringLiteral("—"),
                                                          t.takeProfit ? price(*t.takeProfit) : QStringLiteral("—"))});
    if (r.riskAmount)
        f.push_back({QStringLiteral("Risk"), MetricsText::money(*r.riskAmount, currency)});
    if (r.plannedRR)
        f.push_back({QStringLiteral("Planned R:R"), MetricsText::number(*r.plannedRR)});
    f.push_back({QStringLiteral("Fees"), MetricsText::money(r.fees, currency)});
    if (r.closed) {
        f.push_back({QStringLiteral("P&L"), QStringLiteral("%1 (%2)").arg(MetricsText::money(r.pnl, currency), MetricsText::percent(r.pnlPct))});
        f.push_back({QStringLiteral("R multiple"), r.rMultiple ? MetricsText::number(*r.rMultiple) : QStringLiteral("— (no stop)")});
        f.push_back({QStringLiteral("Held"), QStringLiteral("%1 days").arg(double(*r.exitTime - r.entryTime) / 86'400'000.0, 0, 'f', 2)});
    }
    f.push_back({QStringLiteral("Setup"), QStringLiteral("%1 on %2")
                                              .arg(t.patternType.isEmpty() ? QStringLiteral("—") : t.patternType,
                                                   t.timeframe.isEmpty() ? QStringLiteral("—") : t.timeframe)});
    if (!t.tags.isEmpty())
        f.push_back({QStringLiteral("Tags"), t.tags.join(QStringLiteral(", "))});
    if (!r.mood.isEmpty())
        f.push_back({QStringLiteral("Mood"), r.mood});
    return f;
}

QString JournalExport::periodText(const MetricsReport &m)
{
    if (m.curve.isEmpty())
        return QStringLiteral("no closed trades");
    return QStringLiteral("%1 to %2 (%3 days)")
        .arg(MetricsText::utc(m.curve.points().front().time).left(10), MetricsText::utc(m.curve.points().back().time).left(10))
        .arg(m.days);
}

} // namespace cl::portfolio
