#include "portfolio/tagmanagerdialog.h"

#include "../../portfolio/journalfixture.h"
#include "portfolio/journalrepository.h"
#include "portfolio/traderepository.h"

#include <QTest>

using namespace cl::portfolio;
using cl::ui::TagManagerDialog;

class TstTagManagerDialog : public QObject
{
    Q_OBJECT

private:
    cl::test::JournalFixture m_fixture;
    qint64 m_trade = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_fixture.build());
        m_trade = m_fixture.snapshot().trades.front().id;   // T1, tagged "breakout"
    }

    void addRecolourAndTick()
    {
        const Trade before = *TradeRepository(m_fixture.connection).find(m_trade);
        TagManagerDialog dialog(m_fixture.connection, m_trade, before.tags);
        QCOMPARE(dialog.checkedTags(), before.tags);
        QString error;
        QVERIFY2(dialog.addTag(QStringLiteral("  a+ setup "), QStringLiteral("#ff8800"), &error), qPrintable(error));
        QVERIFY(dialog.tagNames().contains(QStringLiteral("a+ setup")));
        QVERIFY(dialog.checkedTags().contains(QStringLiteral("a+ setup")));   // made while tagging: ticked
        QCOMPARE(dialog.colorOf(QStringLiteral("a+ setup")), QStringLiteral("#ff8800"));
        QVERIFY(dialog.setColor(QStringLiteral("breakout"), QStringLiteral("#00aa00"), &error));
        QCOMPARE(dialog.colorOf(QStringLiteral("breakout")), QStringLiteral("#00aa00"));
        QVERIFY(!dialog.addTag(QStringLiteral("   "), QStringLiteral("#000000"), &error));
        QVERIFY(!dialog.addTag(QStringLiteral("x"), QStringLiteral("not-a-colour"), &error));
        dialog.setChecked(QStringLiteral("breakout"), false);
        QVERIFY(dialog.apply(&error));
        const Trade after = *TradeRepository(m_fixture.connection).find(m_trade);
        QCOMPARE(after.tags, QStringList{QStringLiteral("a+ setup")});
        bool green = false;
        for (const Tag &t : JournalRepository(m_fixture.connection).tags())
            green |= t.name == QLatin1String("breakout") && t.color == QLatin1String("#00aa00");
        QVERIFY(green);
    }

    void manageOnlyHasNoTicks()
    {
        TagManagerDialog dialog(m_fixture.connection, 0, {});
        dialog.setChecked(QStringLiteral("breakout"), true);
        QVERIFY(dialog.checkedTags().isEmpty());
        QString error;
        QVERIFY(dialog.apply(&error));
    }
};

QTEST_MAIN(TstTagManagerDialog)
#include "tst_tagmanagerdialog.moc"
