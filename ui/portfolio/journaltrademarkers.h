#pragma once

#include "chart/chartannotations.h"
#include "portfolio/trade.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <vector>

namespace cl::ui {

// The journal's trades as chart markers: an arrow at every entry and exit fill of every portfolio's
// trades, looked up per chart series. A trade that does not name its exchange (our trade CSV has no such
// column) is drawn on that symbol's charts of every exchange rather than on none.
class JournalTradeMarkers
{
public:
    JournalTradeMarkers() = default;
    explicit JournalTradeMarkers(const std::vector<portfolio::Trade> &trades);

    chart::TradeMarkerList forSeries(const QString &exchange, const QString &symbol) const;
    bool isEmpty() const { return m_bySymbol.isEmpty(); }

    Q_DECLARE_TR_FUNCTIONS(cl::ui::JournalTradeMarkers)

private:
    struct Marker
    {
        QString exchange; // empty: any
        chart::TradeMarker marker;
    };
    QHash<QString, std::vector<Marker>> m_bySymbol; // BASE/QUOTE -> markers in fill order
};

} // namespace cl::ui
