#include "trade.h"

#include <algorithm>

namespace cl::portfolio {

QString directionToString(Direction direction)
{
    return direction == Direction::Long ? QStringLiteral("long") : QStringLiteral("short");
}

std::optional<Direction> parseDirection(QStringView text)
{
    if (text == u"long")
        return Direction::Long;
    if (text == u"short")
        return Direction::Short;
    return std::nullopt;
}

QString statusToString(TradeStatus status)
{
    switch (status) {
    case TradeStatus::Pending: return QStringLiteral("pending");
    case TradeStatus::Open: return QStringLiteral("open");
    case TradeStatus::Closed: return QStringLiteral("closed");
    case TradeStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("open");
}

std::optional<TradeStatus> parseStatus(QStringView text)
{
    for (TradeStatus s : {TradeStatus::Pending, TradeStatus::Open, TradeStatus::Closed, TradeStatus::Cancelled}) {
        if (text == statusToString(s))
            return s;
    }
    return std::nullopt;
}

double Trade::entryQuantity() const
{
    double q = 0.0;
    for (const Fill &f : fills) {
        if (f.kind == FillKind::Entry)
            q += f.quantity;
    }
    return q;
}

double Trade::exitQuantity() const
{
    double q = 0.0;
    for (const Fill &f : fills) {
        if (f.kind == FillKind::Exit)
            q += f.quantity;
    }
    return q;
}

std::optional<qint64> Trade::entryTime() const
{
    std::optional<qint64> t;
    for (const Fill &f : fills) {
        if (f.kind == FillKind::Entry && (!t || f.time < *t))
            t = f.time;
    }
    return t;
}

std::optional<qint64> Trade::lastExitTime() const
{
    std::optional<qint64> t;
    for (const Fill &f : fills) {
        if (f.kind == FillKind::Exit && (!t || f.time > *t))
            t = f.time;
    }
    return t;
}

} // namespace cl::portfolio
