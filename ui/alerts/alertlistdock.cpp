#include "alertlistdock.h"

#include "views/priceformat.h"

#include <QDateTime>
#include <QLocale>
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

QString AlertListDock::typeText(alerts::AlertType type)
{
    switch (type) {
    case alerts::AlertType::PriceAbove: return tr("Price above");
    case alerts::AlertType::PriceBelow: return tr("Price below");
    case alerts::AlertType::PctChange: return tr("% change");
    case alerts::AlertType::VolumeSpike: return tr("Volume spike");
    case alerts::AlertType::RsiAbove: return tr("RSI above");
    case alerts::AlertType::RsiBelow: return tr("RSI below");
    case alerts::AlertType::Pattern: return tr("Pattern");
    case alerts::AlertType::PatternZone: return tr("Pattern zone");
    case alerts::AlertType::Signal: return tr("Signal");
    case alerts::AlertType::FeedDisconnected: return tr("Feed down");
    }
    return alerts::alertTypeCode(type);
}

QString AlertListDock::durationText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 60 || seconds % 60 != 0)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 != 0)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    const qint64 hours = minutes / 60;
    if (hours < 24 || hours % 24 != 0)
        return tr("%1 h").arg(hours);
    return tr("%1 d").arg(hours / 24);
}

QString AlertListDock::conditionText(const alerts::AlertRule &rule)
{
    const QLocale locale;
    const alerts::AlertParams &p = rule.params;
    QString what;
    switch (rule.type) {
    case alerts::AlertType::PriceAbove: what = tr("crosses above %1").arg(formatPrice(p.level)); break;
    case alerts::AlertType::PriceBelow: what = tr("crosses below %1").arg(formatPrice(p.level)); break;
    case alerts::AlertType::PctChange:
        what = tr("moves %1 % within %2").arg(locale.toString(p.pct, 'f', 2), durationText(p.windowMs));
        break;
    case alerts::AlertType::VolumeSpike:
        what = p.volumeMode == alerts::VolumeMode::Ratio
            ? tr("volume ≥ %1× its average").arg(locale.toString(p.threshold, 'g', 4))
            : tr("volume z-score ≥ %1").arg(locale.toString(p.threshold, 'g', 4));
        break;
    case alerts::AlertType::RsiAbove: what = tr("RSI ≥ %1").arg(locale.toString(p.level, 'g', 4)); break;
    case alerts::AlertType::RsiBelow: what = tr("RSI ≤ %1").arg(locale.toString(p.level, 'g', 4)); break;
    case alerts::AlertType::Pattern: what = tr("new pattern"); break;
    case alerts::AlertType::PatternZone:
        what = p.zoneEvent == alerts::ZoneEvent::Filled ? tr("zone filled") : tr("zone touched");
        break;
    case alerts::AlertType::Signal: what = tr("signal with confluence ≥ %1").arg(p.minScore); break;
    case alerts::AlertType::FeedDisconnected: what = tr("feed down for over %1").arg(durationText(p.disconnectedMs)); break;
    }
    if (alerts::usesTimeframe(rule.type))
        what = tr("%1 (%2)").arg(what, rule.timeframe().toString());
    QStringList where;
    for (const alerts::SymbolRef &ref : rule.scope.symbols)
        where << QString(ref.symbol.toString() + QStringLiteral(" · ") + model::exchangeDisplayName(ref.exchange));
    if (!rule.scope.watchlist.isEmpty())
        where << tr("watchlist %1").arg(rule.scope.watchlist);
    return where.isEmpty() ? what : tr("%1 on %2").arg(what, where.join(QStringLiteral(", ")));
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
        item->setText(TypeColumn, typeText(rule.type));
        item->setText(WhatColumn, conditionText(rule));
        item->setToolTip(WhatColumn, rule.describe());
        QStringList options;
        options << (rule.options.rearm ? tr("re-arm, cooldown %1").arg(durationText(rule.options.cooldownMs)) : tr("once"));
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
