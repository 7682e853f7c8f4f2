#include "alerts/alertlistdock.h"

#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace cl;

class TestAlertListDock : public QObject
{
    Q_OBJECT

private slots:
    void listSelectEditRemoveToggle()
    {
        ui::AlertListDock dock;
        alerts::AlertRuleList rules(2);
        rules[0].id = 11;
        rules[0].name = QStringLiteral("btc");
        rules[0].scope.symbols.push_back({model::ExchangeId::Binance, *model::Symbol::parse(u"BTC/USDT")});
        rules[0].params.level = 65000;
        rules[1].id = 12;
        rules[1].name = QStringLiteral("feed");
        rules[1].type = alerts::AlertType::FeedDisconnected;
        rules[1].enabled = false;
        rules[1].options.rearm = true;
        rules[1].options.channels = {QStringLiteral("ntfy")};
        dock.setRules(rules);
        QCOMPARE(dock.rowCount(), 2);
        auto *tree = dock.findChild<QTreeWidget *>();
        QCOMPARE(tree->topLevelItem(0)->checkState(0), Qt::Checked);
        QCOMPARE(tree->topLevelItem(1)->checkState(0), Qt::Unchecked);
        QVERIFY(tree->topLevelItem(1)->text(3).contains(QStringLiteral("ntfy")));
        QVERIFY(!dock.selectedRule());

        QSignalSpy edit(&dock, &ui::AlertListDock::editRuleRequested);
        QSignalSpy remove(&dock, &ui::AlertListDock::removeRuleRequested);
        QSignalSpy enabled(&dock, &ui::AlertListDock::enabledChanged);
        dock.selectRule(12);
        QCOMPARE(dock.selectedRule()->id, 12);
        dock.editSelected();
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.at(0).at(0).value<alerts::AlertRule>().name, QStringLiteral("feed"));
        dock.removeSelected();
        QCOMPARE(remove.at(0).at(0).toLongLong(), 12);
        tree->topLevelItem(1)->setCheckState(0, Qt::Checked);
        QCOMPARE(enabled.count(), 1);
        QCOMPARE(enabled.at(0).at(0).toLongLong(), 12);
        QVERIFY(enabled.at(0).at(1).toBool());
        // Reloading keeps the selection and does not announce checks.
        dock.setRules(rules);
        QCOMPARE(dock.selectedRule()->id, 12);
        QCOMPARE(enabled.count(), 1);
    }
};

QTEST_MAIN(TestAlertListDock)
#include "tst_alertlistdock.moc"
