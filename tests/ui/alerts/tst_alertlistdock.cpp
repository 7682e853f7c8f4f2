#include "alerts/alertlistdock.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace cl;

class TestAlertListDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c()); // the expectations below are written for it
    }

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
        // What a trader reads: words and formatted numbers, the codes only in the tooltip.
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("Price above"));
        QCOMPARE(tree->topLevelItem(0)->text(2), QStringLiteral("crosses above 65000.00 on BTC/USDT · Binance"));
        QCOMPARE(tree->topLevelItem(0)->toolTip(2), rules[0].describe());
        QCOMPARE(tree->topLevelItem(1)->text(1), QStringLiteral("Feed down"));
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

    void conditionsReadAsText_data()
    {
        QTest::addColumn<alerts::AlertRule>("rule");
        QTest::addColumn<QString>("text");
        alerts::AlertRule below;
        below.type = alerts::AlertType::PriceBelow;
        below.params.level = 0.000012345;
        below.scope.symbols.push_back({model::ExchangeId::Okx, *model::Symbol::parse(u"PEPE/USDT")});
        QTest::newRow("sub-cent price") << below << QStringLiteral("crosses below 0.000012345 on PEPE/USDT · OKX");
        alerts::AlertRule change;
        change.type = alerts::AlertType::PctChange;
        change.params.pct = -2.5;
        change.params.windowMs = 900'000;
        QTest::newRow("change in a window") << change << QStringLiteral("moves -2.50 % within 15 min");
        alerts::AlertRule rsi;
        rsi.type = alerts::AlertType::RsiAbove;
        rsi.params.level = 70;
        rsi.scope.timeframe = model::Timeframe::H4;
        rsi.scope.watchlist = QStringLiteral("Majors");
        QTest::newRow("RSI on a watchlist") << rsi << QStringLiteral("RSI ≥ 70 (4h) on watchlist Majors");
        alerts::AlertRule feed;
        feed.type = alerts::AlertType::FeedDisconnected;
        feed.params.disconnectedMs = 90'000;
        QTest::newRow("feed") << feed << QStringLiteral("feed down for over 90 s");
    }

    void conditionsReadAsText()
    {
        QFETCH(alerts::AlertRule, rule);
        QFETCH(QString, text);
        QCOMPARE(ui::AlertListDock::conditionText(rule), text);
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("45 s") << qint64(45'000) << QStringLiteral("45 s");
        QTest::newRow("90 s") << qint64(90'000) << QStringLiteral("90 s");
        QTest::newRow("5 min") << qint64(300'000) << QStringLiteral("5 min");
        QTest::newRow("1 h 30 min") << qint64(5'400'000) << QStringLiteral("1 h 30 min");
        QTest::newRow("4 h") << qint64(14'400'000) << QStringLiteral("4 h");
        QTest::newRow("2 d") << qint64(172'800'000) << QStringLiteral("2 d");
        QTest::newRow("36 h") << qint64(129'600'000) << QStringLiteral("36 h");
    }

    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(ui::AlertListDock::durationText(ms), text);
    }
};

QTEST_MAIN(TestAlertListDock)
#include "tst_alertlistdock.moc"
