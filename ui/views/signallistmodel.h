#pragma once

#include "model/signal.h"
#include "theme/theme.h"

#include <QAbstractTableModel>

namespace cl::ui {

// Signals (spec/patterns.md "Signals"), newest first when unsorted. Live through onSignalCreated and
// onSignalStatusChanged (AnalysisWorker); a signal is matched by row id, or by its natural key
// (exchange, symbol, direction, created_at) before it has one.
class SignalListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Created, Exchange, Symbol, Direction, Score, Status, Entry, Stop, Tp1, Tp2, Tp3, RiskReward, Aligned, ColumnCount };
    // SortRole gives the raw value (numbers, times) so sorting is numeric, not textual.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int RowRole = Qt::UserRole + 2; // the row in the source model

    explicit SignalListModel(QObject *parent = nullptr);

    void setSignals(model::SignalList signalList);
    void setTheme(const Theme &theme);
    const model::Signal &signalAt(int row) const { return m_signals[size_t(row)]; }
    const model::SignalList &allSignals() const { return m_signals; }
    // |tp1 - entry| / |entry - stop|, 0 when the risk is zero.
    static double riskReward(const model::Signal &signal, double target);
    static QString statusText(model::SignalStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void onSignalCreated(const cl::model::Signal &signal);
    void onSignalStatusChanged(const cl::model::Signal &signal);

private:
    int find(const model::Signal &signal) const;

    model::SignalList m_signals;
    Theme m_theme;
};

} // namespace cl::ui
