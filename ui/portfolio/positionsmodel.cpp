#include "positionsmodel.h"

#include "portfolio/metricstext.h"
#include "portfolio/positiontracker.h"

#include <QColor>

#include <cmath>

namespace cl::ui {

using portfolio::MetricsText;

PositionsModel::PositionsModel(portfolio::PositionTracker &tracker, QObject *parent)
    : QAbstractTableModel(parent), m_tracker(tracker)
{
    connect(&tracker, &portfolio::PositionTracker::positionsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&tracker, &portfolio::PositionTracker::marksChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, Mark), index(rowCount() - 1, UnrealizedPct));
    });
}

qint64 PositionsModel::tradeId(int row) const
{
    const auto &p = m_tracker.positions();
    return row >= 0 && size_t(row) < p.size() ? p[size_t(row)].tradeId : 0;
}

int PositionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tracker.positions().size());
}

int PositionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PositionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const portfolio::Position &p = m_tracker.positions()[size_t(index.row())];
    const double notional = p.entryPrice * p.openQuantity;
    const double pct = notional > 0 ? p.unrealized / notional * 100.0 : 0.0;
    if (role == TradeIdRole)
        return p.tradeId;
    if (role == Qt::ForegroundRole && (index.column() == Unrealized || index.column() == UnrealizedPct) && p.mark)
        return p.unrealized < 0 ? QColor(0xd0, 0x45, 0x3a) : QColor(0x26, 0xa6, 0x5b);
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Quantity ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    auto price = [](const std::optional<double> &v) { return v ? QString::number(*v, 'g', 10) : QStringLiteral("—"); };
    switch (Column(index.column())) {
    case Portfolio:
        return p.paper ? tr("%1 (paper)").arg(p.portfolioName) : p.portfolioName;
    case Trade:
        return p.externalId;
    case Symbol:
        return p.symbol;
    case Side:
        return portfolio::directionToString(p.direction);
    case Quantity:
        return QString::number(p.openQuantity, 'g', 10);
    case Entry:
        return QString::number(p.entryPrice, 'g', 10);
    case Mark:
        return price(p.mark);
    case Unrealized:
        return p.mark ? MetricsText::number(p.unrealized) : QStringLiteral("—");
    case UnrealizedPct:
        return p.mark ? MetricsText::percent(pct) : QStringLiteral("—");
    case Stop:
        return price(p.stopLoss);
    case Target:
        return price(p.takeProfit);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PositionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {"Portfolio", "Trade", "Symbol", "Side", "Qty", "Entry", "Mark",
                                        "Unrealized", "Unrealized %", "Stop", "Target"};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace cl::ui
