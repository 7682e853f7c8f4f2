#include "alertlistdock.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cl::ui {

namespace {
enum Column { NameColumn, TypeColumn, WhatColumn, OptionsColumn };
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

AlertListDock::AlertListDock(QWidget *parent)
    : QDockWidget(tr("Alerts"), parent)
    , m_tree(new QTreeWidget)
    , m_new(new QPushButton(tr("New…")))
    , m_edit(new QPushButton(tr("Edit…")))
    , m_remove(new QPushButton(tr("Delete")))
{
    setObjectName(QStringLiteral("alertListDock"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Name"), tr("Type"), tr("Condition"), tr("Options")});
    m_tree->header()->setStretchLastSection(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    setWidget(body);
    connect(m_new, &QPushButton::clicked, this, &AlertListDock::newRuleRequested);
    connect(m_edit, &QPushButton::clicked, this, &AlertListDock::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &AlertListDock::removeSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &AlertListDock::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, &AlertListDock::editSelected);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_filling || column != NameColumn)
            return;
        emit enabledChanged(item->data(0, IdRole).toLongLong(), item->checkState(NameColumn) == Qt::Checked);
    });
    updateButtons();
}

void AlertListDock::setRules(const alerts::AlertRuleList &rules)
{
    const auto selected = selectedRule();
    m_filling = true;
    m_rules = rules;
    m_tree->clear();
    for (const alerts::AlertRule &rule : rules) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(NameColumn, rule.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(NameColumn, rule.enabled ? Qt::Checked : Qt::Unchecked);
        item->setText(TypeColumn, alerts::alertTypeCode(rule.type));
        item->setText(WhatColumn, rule.describe());
        QStringList options;
        options << (rule.options.rearm ? tr("re-arm, cooldown %1 s").arg(rule.options.cooldownMs / 1000) : tr("once"));
        if (rule.expiresAt > 0)
            options << tr("until %1").arg(QDateTime::fromMSecsSinceEpoch(rule.expiresAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (!rule.options.channels.isEmpty())
            options << rule.options.channels.join(QLatin1Char(','));
        if (!rule.options.sound.isEmpty())
            options << tr("sound");
        item->setText(OptionsColumn, options.join(QStringLiteral("; ")));
        item->setData(0, IdRole, rule.id);
    }
    m_filling = false;
    if (selected)
        selectRule(selected->id);
    updateButtons();
}

int AlertListDock::rowCount() const { return m_tree->topLevelItemCount(); }

void AlertListDock::selectRule(qint64 id)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        item->setSelected(item->data(0, IdRole).toLongLong() == id);
    }
}

std::optional<alerts::AlertRule> AlertListDock::selectedRule() const
{
    const auto items = m_tree->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const qint64 id = items.front()->data(0, IdRole).toLongLong();
    for (const alerts::AlertRule &rule : m_rules) {
        if (rule.id == id)
            return rule;
    }
    return std::nullopt;
}

void AlertListDock::editSelected()
{
    if (const auto rule = selectedRule())
        emit editRuleRequested(*rule);
}

void AlertListDock::removeSelected()
{
    if (const auto rule = selectedRule())
        emit removeRuleRequested(rule->id);
}

void AlertListDock::updateButtons()
{
    const bool any = !m_tree->selectedItems().isEmpty();
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
}

} // namespace cl::ui
