#include "journaltrademarkers.h"

namespace cl::ui {

JournalTradeMarkers::JournalTradeMarkers(const std::vector<portfolio::Trade> &trades)
{
    for (const portfolio::Trade &trade : trades) {
        const bool isLong = trade.direction == portfolio::Direction::Long;
        std::vector<Marker> &markers = m_bySymbol[trade.symbol];
        for (const portfolio::Fill &fill : trade.fills) {
            const bool entry = fill.kind == portfolio::FillKind::Entry;
            // A long buys to enter and sells to leave; a short the other way round.
            const bool buy = entry == isLong;
            const QString label = entry ? (isLong ? tr("Long") : tr("Short")) : tr("Exit");
            markers.push_back({trade.exchange, {fill.time, fill.price, buy, label}});
        }
    }
}

chart::TradeMarkerList JournalTradeMarkers::forSeries(const QString &exchange, const QString &symbol) const
{
    chart::TradeMarkerList out;
    const auto found = m_bySymbol.constFind(symbol);
    if (found == m_bySymbol.cend())
        return out;
    for (const Marker &m : *found) {
        if (m.exchange.isEmpty() || m.exchange == exchange)
            out.push_back(m.marker);
    }
    return out;
}

} // namespace cl::ui
