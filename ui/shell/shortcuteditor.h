#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QMap>

class QAction;
class QLabel;
class QTableWidget;
class QDialogButtonBox;

namespace cl::ui {

// Every action's shortcut in a table, editable. Two actions on one key sequence are a conflict: the rows
// are marked, the conflict is named, and OK stays disabled until it is resolved. Saved as
// objectName -> portable key text (AppSettings::shortcuts), only where it differs from the default.
class ShortcutEditor : public QDialog
{
    Q_OBJECT

public:
    // `defaults`: objectName -> the built-in shortcut, for "Reset" and for what is worth saving.
    ShortcutEditor(const QList<QAction *> &actions, const QMap<QString, QKeySequence> &defaults, QWidget *parent = nullptr);

    void setShortcut(const QString &actionName, const QKeySequence &sequence);
    QKeySequence shortcut(const QString &actionName) const;
    // One line per conflict, e.g. "Ctrl+L: Log, Diagnostics"; empty when there is none.
    QStringList conflicts() const;
    // Sets the edited shortcuts on the actions; false (changing nothing) while there are conflicts.
    bool apply();
    // What differs from the defaults, for the settings.
    QMap<QString, QString> changedShortcuts() const;

    // Applies saved shortcuts (objectName -> portable text) to the actions that exist.
    static void applySaved(const QList<QAction *> &actions, const QMap<QString, QString> &saved);
    static QString displayText(const QAction *action);

private:
    void refreshConflicts();
    int rowOf(const QString &actionName) const;

    QList<QAction *> m_actions;
    QMap<QString, QKeySequence> m_defaults;
    QList<QKeySequence> m_edited;
    QTableWidget *m_table;
    QLabel *m_conflicts;
    QDialogButtonBox *m_buttons;
};

} // namespace cl::ui
