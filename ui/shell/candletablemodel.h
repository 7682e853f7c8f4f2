#pragma once

#include "model/candle.h"

#include <QAbstractTableModel>

namespace cl::ui {

// Stored candles as a read-only table (time in UTC, OHLCV), newest last as they are stored.
class CandleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Open, High, Low, Close, Volume, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setCandles(model::CandleSeries candles);
    const model::CandleSeries &candles() const { return m_candles; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    model::CandleSeries m_candles;
};

} // namespace cl::ui
