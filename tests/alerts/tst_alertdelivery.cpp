#include "alerts/alertdelivery.h"
#include "alerts/alerteventrepository.h"
#include "alerts/alertrulerepository.h"
#include "alerts/manualdelayscheduler.h"
#include "alerts/notificationdispatcher.h"
#include "alerts/ntfychannel.h"
#include "scriptedhttpserver.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"
#include "storage/storagewriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cl;
using namespace cl::alerts;

class TestAlertDelivery : public QObject
{
    Q_OBJECT

private slots:
    void messageForAFiring()
    {
        AlertFiring f;
        f.eventId = 17;
        f.ruleName = QStringLiteral("BTC 65k");
        f.type = AlertType::PriceAbove;
        f.message = QStringLiteral("BTC/USDT (binance) crossed above 65000 (last 65001)");
        f.symbol = SymbolRef{model::ExchangeId::Binance, *model::Symbol::parse(u"BTC/USDT")};
        f.timeframe = model::Timeframe::H1;
        const NotificationMessage m = AlertDelivery::messageFor(f);
        QCOMPARE(m.title, QStringLiteral("CryptoLens: BTC 65k"));
        QCOMPARE(m.message, f.message);
        QCOMPARE(m.click, QStringLiteral("cryptolens://chart/binance/BTC-USDT/1h"));
        QCOMPARE(m.eventIds, (QList<qint64>{17}));
        QVERIFY(m.tags.contains(QStringLiteral("price_above")));
        AlertFiring feed;
        feed.type = AlertType::FeedDisconnected;
        QCOMPARE(AlertDelivery::messageFor(feed).priority, 4);
        QVERIFY(AlertDelivery::messageFor(feed).click.isEmpty());
    }

    void firingsGoToTheirChannelsAndAttemptsAreStored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.db"));
        QCOMPARE(storage::Database::prepare(path).status, storage::Database::Status::Ok);
        storage::SqlConnection db;
        QString error;
        QVERIFY(db.open(path, storage::SqlConnection::Mode::ReadWrite, &error));
        AlertRule rule;
        rule.scope.symbols.push_back({model::ExchangeId::Binance, *model::Symbol::parse(u"BTC/USDT")});
        rule.params.level = 1;
        const qint64 ruleId = *AlertRuleRepository(db).insert(rule, &error);
        AlertFiring firing;
        firing.eventId = 1;
        firing.ruleId = ruleId;
        firing.message = QStringLiteral("fired");
        firing.channels = {QStringLiteral("phone")};
        QVERIFY(AlertEventRepository(db).insert(firing, 0, &error));

        test::ScriptedHttpServer server(QList<test::ScriptedHttpServer::Answer>{{502}, {200}});
        model::ManualClock clock(1'709'294'400'000);
        ManualDelayScheduler scheduler(clock);
        NotificationDispatcher dispatcher(clock, scheduler);
        dispatcher.addChannel(std::make_unique<NtfyChannel>(QStringLiteral("phone"), QUrl(QString::fromLatin1(server.url())), QStringLiteral("t")));
        dispatcher.addChannel(std::make_unique<NtfyChannel>(QStringLiteral("other"), QUrl(QString::fromLatin1(server.url())), QStringLiteral("u")));
        storage::StorageWriter writer(path);
        QVERIFY(writer.start(&error));
        AlertDelivery delivery(dispatcher, &writer);
        delivery.onAlertFired(firing);
        AlertFiring silent = firing;
        silent.channels.clear(); // no push channel: toast and tray only
        delivery.onAlertFired(silent);
        QTRY_COMPARE(server.requestCount(), 1);
        scheduler.advanceBy(1000);
        QTRY_COMPARE(server.requestCount(), 2);
        QTRY_VERIFY(!dispatcher.isBusy());
        const QJsonObject body = QJsonDocument::fromJson(server.requests().at(1).body).object();
        QCOMPARE(body.value(QStringLiteral("topic")).toString(), QStringLiteral("t"));
        writer.flush();
        writer.stop();
        const auto attempts = AlertEventRepository(db).attempts(1, &error);
        QCOMPARE(int(attempts.size()), 2);
        QCOMPARE(attempts[0].outcome, QStringLiteral("retrying"));
        QCOMPARE(attempts[0].httpStatus, 502);
        QCOMPARE(attempts[1].outcome, QStringLiteral("delivered"));
        QCOMPARE(attempts[1].channel, QStringLiteral("phone"));
    }
};

QTEST_GUILESS_MAIN(TestAlertDelivery)
#include "tst_alertdelivery.moc"
