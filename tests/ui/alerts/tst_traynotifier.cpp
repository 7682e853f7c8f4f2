#include "alerts/alertsound.h"
#include "alerts/traynotifier.h"

#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace cl;

// The tray path where the platform has one; the offscreen platform of the tests has none, so there the
// test checks that nothing is shown and nothing breaks, and the click path through onMessageClicked().
class TestTrayNotifier : public QObject
{
    Q_OBJECT

private slots:
    void notifyWhereAvailable()
    {
        QSystemTrayIcon icon;
        icon.setIcon(QIcon(QPixmap(16, 16)));
        icon.show();
        ui::TrayNotifier tray(&icon);
        alerts::AlertFiring f;
        f.ruleName = QStringLiteral("ETH 3k");
        f.message = QStringLiteral("ETH/USDT crossed below 3000");
        f.symbol = alerts::SymbolRef{model::ExchangeId::Kraken, *model::Symbol::parse(u"ETH/USD")};
        tray.notify(f);
        QCOMPARE(tray.shown(), tray.isAvailable() ? 1 : 0);
        QSignalSpy chart(&tray, &ui::TrayNotifier::chartRequested);
        tray.onMessageClicked();
        QCOMPARE(chart.count(), 1);
        QCOMPARE(chart.at(0).at(0).toString(), QStringLiteral("kraken"));
        QCOMPARE(chart.at(0).at(1).toString(), QStringLiteral("ETH/USD"));
        QCOMPARE(chart.at(0).at(2).toString(), QString());
    }

    void withoutTray()
    {
        ui::TrayNotifier tray(nullptr);
        QVERIFY(!tray.isAvailable());
        alerts::AlertFiring feed;
        feed.type = alerts::AlertType::FeedDisconnected;
        tray.notify(feed);
        QCOMPARE(tray.shown(), 0);
        QSignalSpy chart(&tray, &ui::TrayNotifier::chartRequested);
        tray.onMessageClicked(); // a firing without a symbol opens no chart
        QCOMPARE(chart.count(), 0);
    }

    void sounds()
    {
        QVERIFY(!ui::playAlertSound(QString()));
        QVERIFY(!ui::playAlertSound(QStringLiteral("none")));
        QVERIFY(ui::playAlertSound(QStringLiteral("beep")));
    }
};

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"
