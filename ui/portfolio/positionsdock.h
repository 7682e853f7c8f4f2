#pragma once

#include <QDockWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cl::portfolio {
class PositionTracker;
}

namespace cl::ui {

class PositionsModel;

// Open positions of every portfolio with their live unrealized P&L; "Close at market" on the selected one.
class PositionsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit PositionsDock(portfolio::PositionTracker &tracker, QWidget *parent = nullptr);

    PositionsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    qint64 selectedTrade() const;
    // Closes the selected position at market; false with *error (also shown in the dock).
    bool closeSelected(QString *error);

signals:
    void tradeActivated(qint64 tradeId);   // double click: the journal editor shows it
    void openChartRequested(const QString &exchange, const QString &symbol, const QString &timeframe);

private:
    void updateTotals();

    portfolio::PositionTracker &m_tracker;
    PositionsModel *m_model;
    QTableView *m_view;
    QLabel *m_total;
    QPushButton *m_close;
};

} // namespace cl::ui
