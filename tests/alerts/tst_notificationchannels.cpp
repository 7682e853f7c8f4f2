#include "alerts/ntfychannel.h"
#include "alerts/telegramchannel.h"
#include "alerts/webhookchannel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cl::alerts;

namespace {

QByteArray header(const HttpRequestSpec &spec, const QByteArray &name)
{
    for (const auto &[key, value] : spec.headers) {
        if (key == name)
            return value;
    }
    return {};
}

NotificationMessage sample()
{
    NotificationMessage m;
    m.title = QStringLiteral("CryptoLens: BTC 65k");
    m.message = QStringLiteral("BTC/USDT crossed above 65000 \"quoted\" \u00e9");
    m.priority = 9; // clamped for ntfy
    m.tags = {QStringLiteral("cryptolens"), QStringLiteral("price_above")};
    m.click = QStringLiteral("cryptolens://chart/binance/BTC-USDT");
    m.eventIds = {4, 5};
    return m;
}

} // namespace

class TestNotificationChannels : public QObject
{
    Q_OBJECT

private slots:
    void ntfyJson()
    {
        NtfyChannel channel(QStringLiteral("phone"), QUrl(QStringLiteral("https://ntfy.example/")), QStringLiteral("alerts"),
            QStringLiteral("tk_secret"));
        QCOMPARE(channel.kind(), QStringLiteral("ntfy"));
        QString error;
        const auto spec = channel.request(sample(), &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->url, QUrl(QStringLiteral("https://ntfy.example/")));
        QCOMPARE(header(*spec, "Authorization"), QByteArray("Bearer tk_secret"));
        QCOMPARE(header(*spec, "Content-Type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(spec->body).object();
        QCOMPARE(body.value(QStringLiteral("topic")).toString(), QStringLiteral("alerts"));
        QCOMPARE(body.value(QStringLiteral("title")).toString(), sample().title);
        QCOMPARE(body.value(QStringLiteral("message")).toString(), sample().message);
        QCOMPARE(body.value(QStringLiteral("priority")).toInt(), 5);
        QCOMPARE(body.value(QStringLiteral("tags")).toArray().size(), 2);
        QCOMPARE(body.value(QStringLiteral("click")).toString(), sample().click);
    }

    void ntfyWithoutTokenHasNoAuthorization()
    {
        NtfyChannel channel(QStringLiteral("ntfy"), QUrl(QStringLiteral("http://127.0.0.1:1/")), QStringLiteral("t"));
        QString error;
        const auto spec = channel.request(sample(), &error);
        QVERIFY(spec);
        QVERIFY(header(*spec, "Authorization").isEmpty());
    }

    void ntfyMisconfigured_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("topic");
        QTest::newRow("no topic") << QStringLiteral("https://ntfy.sh") << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://ntfy.sh") << QStringLiteral("t");
        QTest::newRow("empty url") << QString() << QStringLiteral("t");
    }

    void ntfyMisconfigured()
    {
        QFETCH(QString, url);
        QFETCH(QString, topic);
        NtfyChannel channel(QStringLiteral("ntfy"), QUrl(url), topic);
        QString error;
        QVERIFY(!channel.request(sample(), &error));
        QVERIFY(error.startsWith(QStringLiteral("ntfy:")));
    }

    void webhookJson()
    {
        WebhookChannel channel(QStringLiteral("ops"), QUrl(QStringLiteral("http://127.0.0.1:9/hook")));
        QString error;
        const auto spec = channel.request(sample(), &error);
        QVERIFY(spec);
        const QJsonObject body = QJsonDocument::fromJson(spec->body).object();
        QCOMPARE(body.value(QStringLiteral("source")).toString(), QStringLiteral("cryptolens"));
        QCOMPARE(body.value(QStringLiteral("event_ids")).toArray(), (QJsonArray{4, 5}));
        QCOMPARE(body.value(QStringLiteral("message")).toString(), sample().message);
        QVERIFY(!WebhookChannel(QStringLiteral("x"), QUrl(QStringLiteral("file:///etc/passwd"))).request(sample(), &error));
    }

    void telegramUrlAndBody()
    {
        TelegramChannel channel(QStringLiteral("tg"), QUrl(QStringLiteral("https://api.telegram.org")), QStringLiteral("-100123"),
            QStringLiteral("123:ABC"));
        QString error;
        const auto spec = channel.request(sample(), &error);
        QVERIFY(spec);
        QCOMPARE(spec->url.toString(), QStringLiteral("https://api.telegram.org/bot123:ABC/sendMessage"));
        const QJsonObject body = QJsonDocument::fromJson(spec->body).object();
        QCOMPARE(body.value(QStringLiteral("chat_id")).toString(), QStringLiteral("-100123"));
        QVERIFY(body.value(QStringLiteral("text")).toString().contains(QStringLiteral("crossed above")));
        QVERIFY(!TelegramChannel(QStringLiteral("tg"), QUrl(QStringLiteral("https://api.telegram.org")), QStringLiteral("1"), {})
                     .request(sample(), &error));
    }

    void summaryOfABurst()
    {
        NotificationMessage a = sample();
        NotificationMessage b;
        b.title = QStringLiteral("second");
        b.message = QStringLiteral("ETH/USDT crossed below 3000");
        b.priority = 4;
        b.tags = {QStringLiteral("cryptolens"), QStringLiteral("price_below")};
        b.eventIds = {6};
        const NotificationMessage s = NotificationMessage::summary({a, b});
        QCOMPARE(s.title, QStringLiteral("CryptoLens: 2 alerts"));
        QCOMPARE(s.message.split(QLatin1Char('\n')).size(), 2);
        QCOMPARE(s.priority, 9);
        QCOMPARE(s.tags.size(), 3);
        QCOMPARE(s.eventIds, (QList<qint64>{4, 5, 6}));
        QCOMPARE(NotificationMessage::summary({b}).title, QStringLiteral("second"));
    }
};

QTEST_GUILESS_MAIN(TestNotificationChannels)
#include "tst_notificationchannels.moc"
