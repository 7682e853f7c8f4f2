#include "shortcuteditor.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cl::ui {

ShortcutEditor::ShortcutEditor(const QList<QAction *> &actions, const QMap<QString, QKeySequence> &defaults, QWidget *parent)
    : QDialog(parent), m_actions(actions), m_defaults(defaults), m_table(new QTableWidget(int(actions.size()), 2, this)),
      m_conflicts(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                                                    | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(QStringLiteral("shortcutEditor"));
    setWindowTitle(tr("Keyboard shortcuts"));
    resize(560, 600);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int row = 0; row < m_actions.size(); ++row) {
        QAction *action = m_actions[row];
        m_edited.append(action->shortcut());
        auto *name = new QTableWidgetItem(displayText(action));
        name->setFlags(Qt::ItemIsEnabled);
        name->setToolTip(action->objectName());
        m_table->setItem(row, 0, name);
        auto *edit = new QKeySequenceEdit(action->shortcut(), m_table);
        connect(edit, &QKeySequenceEdit::keySequenceChanged, this, [this, row](const QKeySequence &sequence) {
            // One chord is enough for a workstation shortcut; multi-chord sequences are easy to trip over.
            m_edited[row] = sequence.isEmpty() ? QKeySequence() : QKeySequence(sequence[0]);
            refreshConflicts();
        });
        m_table->setCellWidget(row, 1, edit);
    }
    m_conflicts->setObjectName(QStringLiteral("shortcutConflicts"));
    m_conflicts->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        for (QAction *action : std::as_const(m_actions))
            setShortcut(action->objectName(), m_defaults.value(action->objectName()));
    });
    refreshConflicts();
}

QString ShortcutEditor::displayText(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text;
}

int ShortcutEditor::rowOf(const QString &actionName) const
{
    for (int row = 0; row < m_actions.size(); ++row) {
        if (m_actions[row]->objectName() == actionName)
            return row;
    }
    return -1;
}

void ShortcutEditor::setShortcut(const QString &actionName, const QKeySequence &sequence)
{
    const int row = rowOf(actionName);
    if (row < 0)
        return;
    m_edited[row] = sequence;
    if (auto *edit = qobject_cast<QKeySequenceEdit *>(m_table->cellWidget(row, 1))) {
        const QSignalBlocker blocker(edit);
        edit->setKeySequence(sequence);
    }
    refreshConflicts();
}

QKeySequence ShortcutEditor::shortcut(const QString &actionName) const
{
    const int row = rowOf(actionName);
    return row < 0 ? QKeySequence() : m_edited[row];
}

QStringList ShortcutEditor::conflicts() const
{
    QMap<QString, QStringList> users; // portable key text -> action names
    for (int row = 0; row < m_actions.size(); ++row) {
        if (!m_edited[row].isEmpty())
            users[m_edited[row].toString(QKeySequence::PortableText)].append(displayText(m_actions[row]));
    }
    QStringList result;
    for (auto it = users.begin(); it != users.end(); ++it) {
        if (it.value().size() > 1)
            result.append(tr("%1: %2").arg(QKeySequence(it.key()).toString(QKeySequence::NativeText), it.value().join(QStringLiteral(", "))));
    }
    return result;
}

void ShortcutEditor::refreshConflicts()
{
    const QStringList found = conflicts();
    QMap<QString, int> counts;
    for (const QKeySequence &sequence : std::as_const(m_edited)) {
        if (!sequence.isEmpty())
            ++counts[sequence.toString(QKeySequence::PortableText)];
    }
    for (int row = 0; row < m_actions.size(); ++row) {
        const bool clash = !m_edited[row].isEmpty() && counts.value(m_edited[row].toString(QKeySequence::PortableText)) > 1;
        m_table->item(row, 0)->setForeground(clash ? QBrush(QColor(0xef, 0x53, 0x50)) : palette().brush(QPalette::Text));
    }
    m_conflicts->setText(found.isEmpty() ? QString()
                                         : tr("These shortcuts are used twice; change one of each before saving:\n%1")
                                               .arg(found.join(QLatin1Char('\n'))));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
}

bool ShortcutEditor::apply()
{
    if (!conflicts().isEmpty())
        return false;
    for (int row = 0; row < m_actions.size(); ++row)
        m_actions[row]->setShortcut(m_edited[row]);
    return true;
}

QMap<QString, QString> ShortcutEditor::changedShortcuts() const
{
    QMap<QString, QString> changed;
    for (int row = 0; row < m_actions.size(); ++row) {
        const QString name = m_actions[row]->objectName();
        if (m_edited[row] != m_defaults.value(name))
            changed.insert(name, m_edited[row].toString(QKeySequence::PortableText));
    }
    return changed;
}

void ShortcutEditor::applySaved(const QList<QAction *> &actions, const QMap<QString, QString> &saved)
{
    for (QAction *action : actions) {
        const auto it = saved.find(action->objectName());
        if (it != saved.end())
            action->setShortcut(QKeySequence(it.value(), QKeySequence::PortableText));
    }
}

} // namespace cl::ui
