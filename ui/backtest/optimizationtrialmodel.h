#pragma once

#include "backtest/optimizer.h"

#include <QAbstractTableModel>

#include <vector>

namespace cl::ui {

// The trials of an optimization: their parameters, trade count, score and key metrics; guarded trials
// (too few trades) are greyed.
class OptimizationTrialModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Trial, Seed, MinZone, Overlap, Rr, StopBuffer, Entry, Expiry, Trades, Score, WinRate, NetProfit,
        ColumnCount };

    OptimizationTrialModel(model::Timeframe timeframe, QObject *parent = nullptr);

    void setResult(backtest::OptimizationResult result);
    const backtest::OptimizationResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The value of a parameter column (MinZone .. Expiry) of one trial, entry method as 0/1.
    static double parameter(const backtest::Trial &trial, int column, model::Timeframe timeframe);

private:
    model::Timeframe m_timeframe;
    backtest::OptimizationResult m_result;
};

} // namespace cl::ui
