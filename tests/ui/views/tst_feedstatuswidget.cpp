#include "views/feedstatuswidget.h"

#include <QTest>

using namespace cl;

class TstFeedStatusWidget : public QObject
{
    Q_OBJECT

private slots:
    void showsStateRateAndAgePerExchange_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<double>("rate");
        QTest::addColumn<qint64>("age");
        QTest::addColumn<QString>("expected");
        QTest::newRow("live") << int(market::FeedState::Live) << 12.34 << qint64(250) << QStringLiteral("Binance live · 12.3 msg/s · 250 ms");
        QTest::newRow("stale") << int(market::FeedState::Live) << 0.0 << qint64(15'000) << QStringLiteral("Binance live · 0.0 msg/s · 15 s");
        QTest::newRow("nothing yet") << int(market::FeedState::Connecting) << 0.0 << qint64(-1) << QStringLiteral("Binance connecting · 0.0 msg/s · –");
        QTest::newRow("backoff") << int(market::FeedState::Backoff) << 0.0 << qint64(3000) << QStringLiteral("Binance reconnecting · 0.0 msg/s · 3 s");
    }
    void showsStateRateAndAgePerExchange()
    {
        QFETCH(int, state);
        QFETCH(double, rate);
        QFETCH(qint64, age);
        QFETCH(QString, expected);
        ui::FeedStatusWidget widget;
        market::FeedStatus status;
        status.exchange = model::ExchangeId::Binance;
        status.state = market::FeedState(state);
        status.messagesPerSecond = rate;
        status.lastMessageAgeMs = age;
        widget.onStatusChanged(status);
        QCOMPARE(widget.textFor(model::ExchangeId::Binance), expected);
        QVERIFY(widget.textFor(model::ExchangeId::Okx).isEmpty());
    }
};

QTEST_MAIN(TstFeedStatusWidget)
#include "tst_feedstatuswidget.moc"
