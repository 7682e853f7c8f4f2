#pragma once

#include "model/signal.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace cl::ui {

// The signal list's filters: symbol text, direction, status, minimum confluence and a creation-time
// range (UTC ms, inclusive). Sorting uses SignalListModel::SortRole.
class SignalFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SignalFilterProxy(QObject *parent = nullptr);

    void setSymbolFilter(const QString &text);
    void setDirectionFilter(std::optional<model::Direction> direction);
    void setStatusFilter(std::optional<model::SignalStatus> status);
    void setMinConfluence(int score);
    void setDateRange(qint64 fromMs, qint64 toMs); // 0 / 0: no limit

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_symbol;
    std::optional<model::Direction> m_direction;
    std::optional<model::SignalStatus> m_status;
    int m_minConfluence = 0;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
};

} // namespace cl::ui
