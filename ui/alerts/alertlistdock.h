#pragma once

#include "alerts/alertrule.h"

#include <QDockWidget>

#include <optional>

class QPushButton;
class QTreeWidget;

namespace cl::ui {

// The alert rules with New / Edit / Delete and an enabled check box per rule. Changes are requested through
// signals; the owner stores them and calls setRules() with the result.
class AlertListDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit AlertListDock(QWidget *parent = nullptr);

    void setRules(const alerts::AlertRuleList &rules);
    int rowCount() const;
    void selectRule(qint64 id);
    std::optional<alerts::AlertRule> selectedRule() const;

    // What the list shows a trader (translated, prices and durations formatted) rather than the codes the
    // database and the CLI use; rule.describe() stays as the condition's tooltip.
    static QString typeText(alerts::AlertType type);
    static QString conditionText(const alerts::AlertRule &rule);
    static QString durationText(qint64 ms);

public slots:
    void editSelected();
    void removeSelected();

signals:
    void newRuleRequested();
    void editRuleRequested(const cl::alerts::AlertRule &rule);
    void removeRuleRequested(qint64 id);
    void enabledChanged(qint64 id, bool enabled);

private:
    void updateButtons();

    QTreeWidget *m_tree;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_remove;
    alerts::AlertRuleList m_rules;
    bool m_filling = false;
};

} // namespace cl::ui
