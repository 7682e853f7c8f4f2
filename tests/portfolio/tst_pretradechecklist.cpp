#include "portfolio/pretradechecklist.h"

#include <QTest>

using cl::portfolio::PreTradeChecklist;

class TstPreTradeChecklist : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        PreTradeChecklist c = PreTradeChecklist::fromItems({QStringLiteral("Trend"), QStringLiteral("  "), QStringLiteral("Stop \"here\"")});
        QCOMPARE(c.items.size(), size_t(2));
        c.items[1].done = true;
        const PreTradeChecklist back = PreTradeChecklist::fromJson(c.toJson());
        QCOMPARE(back.items, c.items);
        QCOMPARE(back.doneCount(), 1);
    }

    void malformedJson_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("empty") << QString();
        QTest::newRow("truncated") << QStringLiteral("[{\"item\":\"a\",\"do");
        QTest::newRow("object not array") << QStringLiteral("{\"item\":\"a\"}");
        QTest::newRow("items without text") << QStringLiteral("[{\"done\":true},3,null]");
    }
    void malformedJson()
    {
        QFETCH(QString, json);
        QVERIFY(PreTradeChecklist::fromJson(json).items.empty());
    }

    void mergeKeepsTicksAndExtras()
    {
        const PreTradeChecklist stored = PreTradeChecklist::fromJson(
            QStringLiteral("[{\"item\":\"B\",\"done\":true},{\"item\":\"Old\",\"done\":true},{\"item\":\"A\",\"done\":false}]"));
        const PreTradeChecklist merged = PreTradeChecklist::merge({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, stored);
        QCOMPARE(merged.items.size(), size_t(4));
        QCOMPARE(merged.items[0], (PreTradeChecklist::Item{QStringLiteral("A"), false}));
        QCOMPARE(merged.items[1], (PreTradeChecklist::Item{QStringLiteral("B"), true}));
        QCOMPARE(merged.items[2], (PreTradeChecklist::Item{QStringLiteral("C"), false}));
        QCOMPARE(merged.items[3], (PreTradeChecklist::Item{QStringLiteral("Old"), true}));
        QVERIFY(!PreTradeChecklist::defaultItems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstPreTradeChecklist)
#include "tst_pretradechecklist.moc"
