#include "alerthistorydock.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cl::ui {

namespace {

enum Column { TimeColumn, RuleColumn, SymbolColumn, MessageColumn, ColumnCount };
enum Role { IdRole = Qt::UserRole + 1, AckRole, ExchangeRole, SymbolRole, TimeframeRole };

} // namespace

AlertHistoryDock::AlertHistoryDock(QWidget *parent)
    : QDockWidget(tr("Alert history"), parent)
    , m_tree(new QTreeWidget)
    , m_ack(new QPushButton(tr("Acknowledge")))
    , m_ackAll(new QPushButton(tr("Acknowledge all")))
{
    setObjectName(QStringLiteral("alertHistoryDock"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setHeaderLabels({tr("Time (UTC)"), tr("Rule"), tr("Symbol"), tr("Message")});
    m_tree->header()->setStretchLastSection(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_ack);
    buttons->addWidget(m_ackAll);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    setWidget(body);
    connect(m_ack, &QPushButton::clicked, this, &AlertHistoryDock::acknowledgeSelected);
    connect(m_ackAll, &QPushButton::clicked, this, &AlertHistoryDock::acknowledgeAll);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &AlertHistoryDock::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString symbol = item->data(0, SymbolRole).toString();
        if (!symbol.isEmpty())
            emit chartRequested(item->data(0, ExchangeRole).toString(), symbol, item->data(0, TimeframeRole).toString());
    });
    updateButtons();
}

QTreeWidgetItem *AlertHistoryDock::makeItem(qint64 id, qint64 firedAt, const QString &rule,
    const std::optional<alerts::SymbolRef> &symbol, const QString &timeframe, const QString &message, bool acknowledged)
{
    auto *item = new QTreeWidgetItem;
    item->setText(TimeColumn, QDateTime::fromMSecsSinceEpoch(firedAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    item->setText(RuleColumn, rule);
    item->setText(SymbolColumn, symbol ? symbol->symbol.toString() + QStringLiteral(" · ") + model::exchangeDisplayName(symbol->exchange)
                                       : QString());
    item->setText(MessageColumn, message);
    item->setToolTip(MessageColumn, message);
    item->setData(0, IdRole, id);
    item->setData(0, AckRole, acknowledged);
    if (symbol) {
        item->setData(0, ExchangeRole, model::exchangeIdToString(symbol->exchange));
        item->setData(0, SymbolRole, symbol->symbol.toString());
        item->setData(0, TimeframeRole, timeframe);
    }
    QFont font = item->font(0);
    font.setBold(!acknowledged);
    for (int c = 0; c < ColumnCount; ++c)
        item->setFont(c, font);
    return item;
}

void AlertHistoryDock::setEvents(const std::vector<alerts::AlertEventRecord> &events)
{
    m_tree->clear();
    QList<QTreeWidgetItem *> items;
    for (const auto &e : events) {
        if (items.size() >= kMaxRows)
            break;
        items << makeItem(e.id, e.firedAt, e.ruleName, e.symbol, e.values.value(QStringLiteral("timeframe")).toString(),
            e.message, e.acknowledged);
    }
    m_tree->addTopLevelItems(items);
    updateButtons();
    emit unacknowledgedCountChanged(unacknowledgedCount());
}

void AlertHistoryDock::addFiring(const alerts::AlertFiring &firing)
{
    m_tree->insertTopLevelItem(0, makeItem(firing.eventId, firing.firedAt, firing.ruleName, firing.symbol,
                                      firing.timeframe ? firing.timeframe->toString() : QString(), firing.message, false));
    while (m_tree->topLevelItemCount() > kMaxRows)
        delete m_tree->takeTopLevelItem(m_tree->topLevelItemCount() - 1);
    updateButtons();
    emit unacknowledgedCountChanged(unacknowledgedCount());
}

int AlertHistoryDock::rowCount() const { return m_tree->topLevelItemCount(); }

int AlertHistoryDock::unacknowledgedCount() const
{
    int count = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        count += m_tree->topLevelItem(i)->data(0, AckRole).toBool() ? 0 : 1;
    return count;
}

qint64 AlertHistoryDock::eventIdAt(int row) const
{
    const auto *item = m_tree->topLevelItem(row);
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

bool AlertHistoryDock::isAcknowledged(int row) const
{
    const auto *item = m_tree->topLevelItem(row);
    return item && item->data(0, AckRole).toBool();
}

void AlertHistoryDock::selectRow(int row)
{
    m_tree->clearSelection();
    if (auto *item = m_tree->topLevelItem(row))
        item->setSelected(true);
}

void AlertHistoryDock::markAcknowledged(QTreeWidgetItem *item)
{
    item->setData(0, AckRole, true);
    QFont font = item->font(0);
    font.setBold(false);
    for (int c = 0; c < ColumnCount; ++c)
        item->setFont(c, font);
}

void AlertHistoryDock::acknowledgeSelected()
{
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        if (item->data(0, AckRole).toBool())
            continue;
        markAcknowledged(item);
        emit acknowledgeRequested(item->data(0, IdRole).toLongLong());
    }
    updateButtons();
    emit unacknowledgedCountChanged(unacknowledgedCount());
}

void AlertHistoryDock::acknowledgeAll()
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        markAcknowledged(m_tree->topLevelItem(i));
    emit acknowledgeAllRequested();
    updateButtons();
    emit unacknowledgedCountChanged(0);
}

void AlertHistoryDock::updateButtons()
{
    bool selectedOpen = false;
    for (QTreeWidgetItem *item : m_tree->selectedItems())
        selectedOpen = selectedOpen || !item->data(0, AckRole).toBool();
    m_ack->setEnabled(selectedOpen);
    m_ackAll->setEnabled(unacknowledgedCount() > 0);
}

} // namespace cl::ui
