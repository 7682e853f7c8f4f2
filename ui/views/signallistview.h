#pragma once

#include "signalfilterproxy.h"
#include "signallistmodel.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace cl::ui {

class SignalDetailsPane;

// The signal list with its filter bar, a details pane for the selected signal and the "Log trade"
// action that hands the signal to the journal. Loads recent signals from the database on a pool thread
// and follows the analysis live through the model's slots.
class SignalListView : public QWidget
{
    Q_OBJECT

public:
    explicit SignalListView(QWidget *parent = nullptr);

    SignalListModel *signalModel() { return &m_model; }
    SignalFilterProxy *proxy() { return &m_proxy; }
    QTableView *table() const { return m_table; }
    SignalDetailsPane *detailsPane() const { return m_details; }
    QAction *logTradeAction() const { return m_logTrade; }
    void setDatabase(const QString &path);
    void reload();
    // The signal of the selected row, if any.
    std::optional<model::Signal> currentSignal() const;

signals:
    void openChart(const QString &exchange, const QString &symbol, const QString &timeframe, const cl::model::PatternKey &pattern);
    void logTradeRequested(const cl::model::Signal &signal);
    void loaded(int rows);

private:
    QWidget *createFilterBar();
    void applyFilters();
    void onCurrentChanged();

    SignalListModel m_model;
    SignalFilterProxy m_proxy;
    QLineEdit *m_symbolFilter;
    QComboBox *m_directionFilter;
    QComboBox *m_statusFilter;
    QSpinBox *m_minConfluence;
    QCheckBox *m_dateFilter;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_table;
    SignalDetailsPane *m_details;
    QAction *m_logTrade;
    QString m_path;
    quint64 m_generation = 0;
};

} // namespace cl::ui
