#include "backtesttrademodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

#include "views/priceformat.h"

namespace cl::ui {

BacktestTradeModel::BacktestTradeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BacktestTradeModel::setTrades(std::vector<backtest::BacktestTrade> trades)
{
    beginResetModel();
    m_trades = std::move(trades);
    endResetModel();
}

int BacktestTradeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trades.size());
}

int BacktestTradeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BacktestTradeModel::formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString BacktestTradeModel::outcomeText(backtest::Outcome outcome)
{
    switch (outcome) {
    case backtest::Outcome::Win:
        return tr("win");
    case backtest::Outcome::Loss:
        return tr("loss");
    case backtest::Outcome::Inconclusive:
        return tr("inconclusive");
    case backtest::Outcome::Expired:
        return tr("expired");
    }
    return QString::fromLatin1(backtest::outcomeCode(outcome));
}

QVariant BacktestTradeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const backtest::BacktestTrade &t = m_trades[size_t(index.row())];
    if (role == Qt::ForegroundRole && (index.column() == Pnl || index.column() == R || index.column() == Outcome)) {
        if (t.pnl > 0)
            return QBrush(QColor(0x26, 0xa6, 0x5b));
        if (t.pnl < 0)
            return QBrush(QColor(0xd9, 0x3f, 0x3f));
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= EntryPrice && index.column() != Exit
        && index.column() != Outcome)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole) // raw values for sorting and tests
    {
        switch (index.column()) {
        case Detected:
            return t.detectedAt;
        case Entry:
            return t.entryTime;
        case Exit:
            return t.exitTime;
        case R:
            return t.r;
        case Pnl:
            return t.pnl;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Type:
        return QString::fromLatin1(model::patternTypeLabel(t.type));
    case Direction:
        return t.isLong() ? tr("long") : tr("short");
    case Detected:
        return formatTime(t.detectedAt);
    case Entry:
        return formatTime(t.entryTime);
    case EntryPrice:
        return formatPrice(t.entryPrice);
    case Exit:
        return formatTime(t.exitTime);
    case ExitPrice:
        return formatPrice(t.exitPrice);
    case Outcome:
        return outcomeText(t.outcome);
    case R:
        return QString::number(t.r, 'f', 2);
    case Pnl:
        return QLocale().toString(t.pnl, 'f', 2);
    default:
        return {};
    }
}

QVariant BacktestTradeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Type:
        return tr("Pattern");
    case Direction:
        return tr("Side");
    case Detected:
        return tr("Detected (UTC)");
    case Entry:
        return tr("Entry (UTC)");
    case EntryPrice:
        return tr("Entry price");
    case Exit:
        return tr("Exit (UTC)");
    case ExitPrice:
        return tr("Exit price");
    case Outcome:
        return tr("Outcome");
    case R:
        return tr("R");
    case Pnl:
        return tr("P&L");
    default:
        return {};
    }
}

} // namespace cl::ui
