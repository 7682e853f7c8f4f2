#include "shell/mainwindow.h"
#include "shell/shortcuteditor.h"
#include "storage/appsettings.h"
#include "storage/datalocation.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace cl;

class TstShortcutEditor : public QObject
{
    Q_OBJECT

private:
    static QAction *action(QObject *parent, const char *name, const QString &text, const QKeySequence &key)
    {
        auto *a = new QAction(text, parent);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        return a;
    }

private slots:
    void conflictsAreReportedAndBlockApplying()
    {
        QObject owner;
        QAction *log = action(&owner, "actionLog", QStringLiteral("&Log"), QKeySequence(Qt::CTRL | Qt::Key_L));
        QAction *layout = action(&owner, "actionLayout", QStringLiteral("Save &layout..."), QKeySequence(Qt::CTRL | Qt::Key_K));
        QAction *quit = action(&owner, "actionQuit", QStringLiteral("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
        const QMap<QString, QKeySequence> defaults{{QStringLiteral("actionLog"), log->shortcut()},
                                                   {QStringLiteral("actionLayout"), layout->shortcut()},
                                                   {QStringLiteral("actionQuit"), quit->shortcut()}};
        ui::ShortcutEditor editor({log, layout, quit}, defaults);
        QVERIFY(editor.conflicts().isEmpty());
        auto *ok = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());

        editor.setShortcut(QStringLiteral("actionLayout"), QKeySequence(Qt::CTRL | Qt::Key_L));
        const QStringList conflicts = editor.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QVERIFY2(conflicts[0].contains(QStringLiteral("Log")) && conflicts[0].contains(QStringLiteral("Save layout")), qPrintable(conflicts[0]));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!editor.findChild<QLabel *>(QStringLiteral("shortcutConflicts"))->text().isEmpty());
        QVERIFY(!editor.apply());
        QCOMPARE(layout->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K)); // nothing changed

        // Resolving the conflict enables saving; only what differs from the defaults is stored.
        editor.setShortcut(QStringLiteral("actionLog"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        QVERIFY(editor.conflicts().isEmpty());
        QVERIFY(ok->isEnabled());
        QVERIFY(editor.apply());
        QCOMPARE(layout->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QCOMPARE(log->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
        const auto changed = editor.changedShortcuts();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.value(QStringLiteral("actionLayout")), QStringLiteral("Ctrl+L"));
        QCOMPARE(changed.value(QStringLiteral("actionLog")), QStringLiteral("Ctrl+Shift+G"));

        // An empty shortcut never conflicts with another empty one.
        editor.setShortcut(QStringLiteral("actionLog"), QKeySequence());
        editor.setShortcut(QStringLiteral("actionQuit"), QKeySequence());
        QVERIFY(editor.conflicts().isEmpty());
    }

    void savedShortcutsAreAppliedToTheMainWindow()
    {
        QTemporaryDir dir;
        storage::AppSettings settings(dir.path());
        settings.setShortcuts({{QStringLiteral("actionNewChart"), QStringLiteral("Ctrl+Alt+N")},
                               {QStringLiteral("actionDoesNotExist"), QStringLiteral("Ctrl+9")}});
        ui::MainWindow window(settings, {storage::DataLocation::databasePath(dir.path()), false});
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionNewChart"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+N")));
        // The window's own shortcuts do not conflict with each other.
        ui::ShortcutEditor editor(window.shortcutActions(), {});
        QVERIFY2(editor.conflicts().isEmpty(), qPrintable(editor.conflicts().join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TstShortcutEditor)
#include "tst_shortcuteditor.moc"
