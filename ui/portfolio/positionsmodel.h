#pragma once

#include <QAbstractTableModel>

namespace cl::portfolio {
class PositionTracker;
}

namespace cl::ui {

// The open positions of a PositionTracker as a table; marks and unrealized P&L update in place.
class PositionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Portfolio, Trade, Symbol, Side, Quantity, Entry, Mark, Unrealized, UnrealizedPct, Stop, Target, ColumnCount };
    static constexpr int TradeIdRole = Qt::UserRole + 1;

    explicit PositionsModel(portfolio::PositionTracker &tracker, QObject *parent = nullptr);

    qint64 tradeId(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    portfolio::PositionTracker &m_tracker;
};

} // namespace cl::ui
