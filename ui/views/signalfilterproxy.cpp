#include "signalfilterproxy.h"

#include "signallistmodel.h"

namespace cl::ui {

SignalFilterProxy::SignalFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SignalListModel::SortRole);
    setDynamicSortFilter(true);
}

void SignalFilterProxy::setSymbolFilter(const QString &text)
{
    m_symbol = text.trimmed();
    invalidateFilter();
}

void SignalFilterProxy::setDirectionFilter(std::optional<model::Direction> direction)
{
    m_direction = direction;
    invalidateFilter();
}

void SignalFilterProxy::setStatusFilter(std::optional<model::SignalStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void SignalFilterProxy::setMinConfluence(int score)
{
    m_minConfluence = score;
    invalidateFilter();
}

void SignalFilterProxy::setDateRange(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    invalidateFilter();
}

bool SignalFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *signalModel = qobject_cast<const SignalListModel *>(sourceModel());
    if (!signalModel)
        return true;
    const model::Signal &s = signalModel->signalAt(sourceRow);
    if (!m_symbol.isEmpty() && !s.symbol.toString().contains(m_symbol, Qt::CaseInsensitive))
        return false;
    if (m_direction && s.direction != *m_direction)
        return false;
    if (m_status && s.status != *m_status)
        return false;
    if (s.score < m_minConfluence)
        return false;
    if (m_fromMs != 0 && s.createdAt < m_fromMs)
        return false;
    return m_toMs == 0 || s.createdAt <= m_toMs;
}

} // namespace cl::ui
