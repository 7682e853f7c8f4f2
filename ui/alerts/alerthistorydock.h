#pragma once

#include "alerts/alerteventrepository.h"
#include "alerts/alertfiring.h"

#include <QDockWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace cl::ui {

// The alert history: firings newest first, unacknowledged ones in bold, with Acknowledge / Acknowledge
// all. It does not write the database itself: it asks with acknowledgeRequested and marks the row at once.
class AlertHistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxRows = 2000;

    explicit AlertHistoryDock(QWidget *parent = nullptr);

    // Replaces the rows with stored events (AlertEventRepository::recent, newest first).
    void setEvents(const std::vector<alerts::AlertEventRecord> &events);
    int rowCount() const;
    int unacknowledgedCount() const;
    qint64 eventIdAt(int row) const;
    bool isAcknowledged(int row) const;
    void selectRow(int row);

public slots:
    void addFiring(const cl::alerts::AlertFiring &firing);
    void acknowledgeSelected();
    void acknowledgeAll();

signals:
    void acknowledgeRequested(qint64 eventId);
    void acknowledgeAllRequested();
    void chartRequested(const QString &exchange, const QString &symbol, const QString &timeframe);
    void unacknowledgedCountChanged(int count);

private:
    QTreeWidgetItem *makeItem(qint64 id, qint64 firedAt, const QString &rule, const std::optional<alerts::SymbolRef> &symbol,
        const QString &timeframe, const QString &message, bool acknowledged);
    void markAcknowledged(QTreeWidgetItem *item);
    void updateButtons();

    QTreeWidget *m_tree;
    QPushButton *m_ack;
    QPushButton *m_ackAll;
};

} // namespace cl::ui
