#include "alerts/alerthistorydock.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace cl;

class TestAlertHistoryDock : public QObject
{
    Q_OBJECT

private slots:
    void loadAddAcknowledge()
    {
        ui::AlertHistoryDock dock;
        std::vector<alerts::AlertEventRecord> stored(3);
        for (int i = 0; i < 3; ++i) {
            stored[size_t(i)].id = 3 - i;
            stored[size_t(i)].firedAt = 1'709'294'400'000 - i * 60'000;
            stored[size_t(i)].message = QStringLiteral("event %1").arg(3 - i);
            stored[size_t(i)].acknowledged = i == 2;
        }
        QSignalSpy count(&dock, &ui::AlertHistoryDock::unacknowledgedCountChanged);
        dock.setEvents(stored);
        QCOMPARE(dock.rowCount(), 3);
        QCOMPARE(dock.unacknowledgedCount(), 2);
        alerts::AlertFiring live;
        live.eventId = 4;
        live.message = QStringLiteral("live");
        live.symbol = alerts::SymbolRef{model::ExchangeId::Binance, *model::Symbol::parse(u"BTC/USDT")};
        live.timeframe = model::Timeframe::M15;
        dock.addFiring(live);
        QCOMPARE(dock.eventIdAt(0), 4); // newest first
        QCOMPARE(dock.unacknowledgedCount(), 3);
        QCOMPARE(count.last().at(0).toInt(), 3);

        QSignalSpy ack(&dock, &ui::AlertHistoryDock::acknowledgeRequested);
        dock.selectRow(1);
        dock.acknowledgeSelected();
        QCOMPARE(ack.count(), 1);
        QCOMPARE(ack.at(0).at(0).toLongLong(), 3);
        QVERIFY(dock.isAcknowledged(1));
        dock.acknowledgeSelected(); // already acknowledged: no second request
        QCOMPARE(ack.count(), 1);

        QSignalSpy chart(&dock, &ui::AlertHistoryDock::chartRequested);
        auto *tree = dock.findChild<QTreeWidget *>();
        emit tree->itemActivated(tree->topLevelItem(0), 0);
        QCOMPARE(chart.count(), 1);
        QCOMPARE(chart.at(0).at(2).toString(), QStringLiteral("15m"));

        QSignalSpy all(&dock, &ui::AlertHistoryDock::acknowledgeAllRequested);
        dock.acknowledgeAll();
        QCOMPARE(all.count(), 1);
        QCOMPARE(dock.unacknowledgedCount(), 0);
        for (auto *button : dock.findChildren<QPushButton *>())
            QVERIFY(!button->isEnabled());
    }

    void boundedRows()
    {
        ui::AlertHistoryDock dock;
        alerts::AlertFiring f;
        for (int i = 0; i < ui::AlertHistoryDock::kMaxRows + 10; ++i) {
            f.eventId = i + 1;
            dock.addFiring(f);
        }
        QCOMPARE(dock.rowCount(), ui::AlertHistoryDock::kMaxRows);
        QCOMPARE(dock.eventIdAt(0), ui::AlertHistoryDock::kMaxRows + 10);
    }
};

QTEST_MAIN(TestAlertHistoryDock)
#include "tst_alerthistorydock.moc"
