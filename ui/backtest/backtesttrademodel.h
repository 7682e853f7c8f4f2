#pragma once

#include "backtest/backtesttrade.h"

#include <QAbstractTableModel>

#include <vector>

namespace cl::ui {

// The trades of one backtest as a table: times in UTC, prices, outcome, R and P&L.
class BacktestTradeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Type, Direction, Detected, Entry, EntryPrice, Exit, ExitPrice, Outcome, R, Pnl, ColumnCount };

    explicit BacktestTradeModel(QObject *parent = nullptr);

    void setTrades(std::vector<backtest::BacktestTrade> trades);
    const std::vector<backtest::BacktestTrade> &trades() const { return m_trades; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatTime(qint64 ms);
    // The outcome as the trader reads it (translated), not the export code.
    static QString outcomeText(backtest::Outcome outcome);

private:
    std::vector<backtest::BacktestTrade> m_trades;
};

} // namespace cl::ui
