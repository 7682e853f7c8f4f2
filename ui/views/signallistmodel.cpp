#include "signallistmodel.h"

#include "priceformat.h"

#include <QDateTime>

#include <cmath>

namespace cl::ui {

SignalListModel::SignalListModel(QObject *parent) : QAbstractTableModel(parent), m_theme(Theme::dark()) {}

void SignalListModel::setSignals(model::SignalList signalList)
{
    beginResetModel();
    m_signals = std::move(signalList);
    endResetModel();
}

void SignalListModel::setTheme(const Theme &theme)
{
    m_theme = theme;
    if (!m_signals.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

double SignalListModel::riskReward(const model::Signal &signal, double target)
{
    const double risk = std::abs(signal.entry - signal.stop);
    return risk > 0.0 ? std::abs(target - signal.entry) / risk : 0.0;
}

QString SignalListModel::statusText(model::SignalStatus status)
{
    switch (status) {
    case model::SignalStatus::Pending: return tr("Pending");
    case model::SignalStatus::Notified: return tr("Notified");
    case model::SignalStatus::Filled: return tr("Filled");
    case model::SignalStatus::Stopped: return tr("Stopped");
    case model::SignalStatus::TpHit: return tr("Target hit");
    case model::SignalStatus::Expired: return tr("Expired");
    }
    return {};
}

int SignalListModel::find(const model::Signal &signal) const
{
    for (size_t i = 0; i < m_signals.size(); ++i) {
        const model::Signal &s = m_signals[i];
        if ((signal.id != 0 && s.id == signal.id)
            || (s.exchange == signal.exchange && s.symbol == signal.symbol && s.direction == signal.direction
                && s.createdAt == signal.createdAt))
            return int(i);
    }
    return -1;
}

void SignalListModel::onSignalCreated(const model::Signal &signal)
{
    if (const int row = find(signal); row >= 0) {
        onSignalStatusChanged(signal);
        return;
    }
    beginInsertRows({}, 0, 0); // newest first
    m_signals.insert(m_signals.begin(), signal);
    endInsertRows();
}

void SignalListModel::onSignalStatusChanged(const model::Signal &signal)
{
    const int row = find(signal);
    if (row < 0) {
        onSignalCreated(signal);
        return;
    }
    m_signals[size_t(row)] = signal;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SignalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_signals.size());
}

int SignalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const model::Signal &s = m_signals[size_t(index.row())];
    const bool bullish = s.direction == model::Direction::Bullish;
    if (role == RowRole)
        return index.row();
    if (role == Qt::ForegroundRole && index.column() == Direction)
        return bullish ? m_theme.bullish : m_theme.bearish;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Score && index.column() != Status && index.column() != Aligned
            ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case Created: return s.createdAt;
        case Exchange: return model::exchangeIdToString(s.exchange);
        case Symbol: return s.symbol.toString();
        case Direction: return int(s.direction);
        case Score: return s.score;
        case Status: return int(s.status);
        case Entry: return s.entry;
        case Stop: return s.stop;
        case Tp1: return s.tp1;
        case Tp2: return s.tp2;
        case Tp3: return s.tp3;
        case RiskReward: return riskReward(s, s.tp3);
        case Aligned: return int(s.alignedTimeframes.size());
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const auto price = [](double v) { return formatPrice(v); };
    switch (index.column()) {
    case Created: return QDateTime::fromMSecsSinceEpoch(s.createdAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Exchange: return model::exchangeDisplayName(s.exchange);
    case Symbol: return s.symbol.toString();
    case Direction: return bullish ? tr("Long") : tr("Short");
    case Score: return s.score;
    case Status: return statusText(s.status);
    case Entry: return price(s.entry);
    case Stop: return price(s.stop);
    case Tp1: return price(s.tp1);
    case Tp2: return price(s.tp2);
    case Tp3: return price(s.tp3);
    case RiskReward: return QString::number(riskReward(s, s.tp3), 'f', 2);
    case Aligned: return s.alignedText();
    default: return {};
    }
}

QVariant SignalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created: return tr("Created (UTC)");
    case Exchange: return tr("Exchange");
    case Symbol: return tr("Symbol");
    case Direction: return tr("Direction");
    case Score: return tr("Confluence");
    case Status: return tr("Status");
    case Entry: return tr("Entry");
    case Stop: return tr("Stop");
    case Tp1: return tr("TP1");
    case Tp2: return tr("TP2");
    case Tp3: return tr("TP3");
    case RiskReward: return tr("R:R");
    case Aligned: return tr("Timeframes");
    default: return {};
    }
}

} // namespace cl::ui
