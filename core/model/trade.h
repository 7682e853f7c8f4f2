#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace cl::model {

enum class TakerSide : quint8 { Unknown, Buy, Sell };

// One public trade (a tick) as normalized from any exchange. The id stays a string: exchanges use
// int64 counters, UUIDs or hex ids, and none of them may pass through a double.
struct Trade
{
    qint64 timestamp = 0; // UTC milliseconds
    double price = 0.0;
    double size = 0.0;
    TakerSide side = TakerSide::Unknown;
    QString id;

    friend bool operator==(const Trade &, const Trade &) = default;
};

using TradeBatch = std::vector<Trade>;

} // namespace cl::model

Q_DECLARE_METATYPE(cl::model::Trade)
Q_DECLARE_METATYPE(cl::model::TradeBatch)
