#include "optimizationtrialmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <cmath>

namespace cl::ui {

OptimizationTrialModel::OptimizationTrialModel(model::Timeframe timeframe, QObject *parent)
    : QAbstractTableModel(parent)
    , m_timeframe(timeframe)
{
}

void OptimizationTrialModel::setResult(backtest::OptimizationResult result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int OptimizationTrialModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.trials.size());
}

int OptimizationTrialModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double OptimizationTrialModel::parameter(const backtest::Trial &t, int column, model::Timeframe timeframe)
{
    switch (column) {
    case MinZone:
        return t.settings.analysis.minZonePct;
    case Overlap:
        return t.settings.analysis.overlapFor(timeframe);
    case Rr:
        return t.settings.rrTarget;
    case StopBuffer:
        return t.settings.stopBufferMultiple;
    case Entry:
        return t.settings.entryMethod == backtest::BacktestSettings::EntryMethod::Limit ? 0.0 : 1.0;
    case Expiry:
        return t.settings.expiryMultiplier;
    default:
        return std::nan("");
    }
}

QVariant OptimizationTrialModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const backtest::Trial &t = m_result.trials[size_t(index.row())];
    if (role == Qt::ForegroundRole && t.guarded)
        return QBrush(QColor(0x88, 0x88, 0x88));
    if (role == Qt::FontRole && index.row() == m_result.best) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && t.guarded)
        return tr("Fewer trades than the minimum: not ranked.");
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool raw = role == Qt::UserRole;
    switch (index.column()) {
    case Trial:
        return t.index;
    case Seed:
        return t.seed == 0 ? QVariant(QString()) : QVariant(QString::number(t.seed));
    case Entry:
        return QString::fromLatin1(backtest::BacktestSettings::entryMethodCode(t.settings.entryMethod));
    case MinZone:
    case Overlap:
    case Rr:
    case StopBuffer:
    case Expiry:
        return parameter(t, index.column(), m_timeframe);
    case Trades:
        return t.trades;
    case Score:
        if (raw)
            return t.score;
        return std::isnan(t.score) ? QStringLiteral("–") : QString::number(t.score, 'f', 3);
    case WinRate:
        return raw ? QVariant(t.metrics.trades.winRate) : QVariant(QString::number(t.metrics.trades.winRate, 'f', 1));
    case NetProfit:
        return raw ? QVariant(t.metrics.netProfit) : QVariant(QString::number(t.metrics.netProfit, 'f', 2));
    default:
        return {};
    }
}

QVariant OptimizationTrialModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {"#", "Seed", "Min zone %", "Overlap", "RR", "Stop buffer", "Entry",
        "Lifetime ×", "Trades", "Score", "Win %", "Net profit"};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace cl::ui
