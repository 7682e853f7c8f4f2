#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace cl::chart {

// A price alert drawn as a horizontal line the user can drag to a new level.
struct AlertLine
{
    qint64 id = 0;
    double price = 0.0;
    QString label;
};

// A trade from the journal: where it was entered or left.
struct TradeMarker
{
    qint64 timeMs = 0;
    double price = 0.0;
    bool buy = true;
    QString label;
};

using AlertLineList = std::vector<AlertLine>;
using TradeMarkerList = std::vector<TradeMarker>;

} // namespace cl::chart

Q_DECLARE_METATYPE(cl::chart::AlertLineList)
Q_DECLARE_METATYPE(cl::chart::TradeMarkerList)
