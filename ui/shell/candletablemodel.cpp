#include "candletablemodel.h"

#include <QDateTime>
#include <QLocale>

namespace cl::ui {

void CandleTableModel::setCandles(model::CandleSeries candles)
{
    beginResetModel();
    m_candles = std::move(candles);
    endResetModel();
}

int CandleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candles.size());
}

int CandleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_candles.size()))
        return {};
    const model::Candle &c = m_candles[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(index.column() == Time ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    // 12 significant digits show every exchange price as sent and hide the last-bit noise of summed
    // volumes (135.26497, not 135.26496999999995); the tooltip carries the exact value.
    const int precision = role == Qt::ToolTipRole ? QLocale::FloatingPointShortest : 12;
    auto number = [precision](double v) { return QLocale::c().toString(v, 'g', precision); };
    switch (index.column()) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(c.openTime, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    case Open: return number(c.open);
    case High: return number(c.high);
    case Low: return number(c.low);
    case Close: return number(c.close);
    case Volume: return number(c.volume);
    default: return {};
    }
}

QVariant CandleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Time: return tr("Open time");
    case Open: return tr("Open");
    case High: return tr("High");
    case Low: return tr("Low");
    case Close: return tr("Close");
    case Volume: return tr("Volume");
    default: return {};
    }
}

} // namespace cl::ui
