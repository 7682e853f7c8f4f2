#include "alerts/alertchannelconfig.h"
#include "storage/database.h"
#include "storage/sqlconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cl;
using namespace cl::alerts;

class TestAlertChannelConfig : public QObject
{
    Q_OBJECT

private slots:
    void validation_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("error");
        QTest::newRow("ntfy ok") << QStringLiteral("ntfy") << QStringLiteral("https://ntfy.sh") << QStringLiteral("t") << QString();
        QTest::newRow("ntfy without topic") << QStringLiteral("ntfy") << QStringLiteral("https://ntfy.sh") << QString()
                                            << QStringLiteral("topic");
        QTest::newRow("webhook ok") << QStringLiteral("webhook") << QStringLiteral("http://127.0.0.1:8/x") << QString() << QString();
        QTest::newRow("unknown kind") << QStringLiteral("sms") << QStringLiteral("http://x") << QString() << QStringLiteral("kind");
        QTest::newRow("not http") << QStringLiteral("webhook") << QStringLiteral("javascript:alert(1)") << QString()
                                  << QStringLiteral("http(s)");
        QTest::newRow("telegram without chat") << QStringLiteral("telegram") << QStringLiteral("https://api.telegram.org")
                                               << QString() << QStringLiteral("chat id");
    }

    void validation()
    {
        QFETCH(QString, kind);
        QFETCH(QString, url);
        QFETCH(QString, topic);
        QFETCH(QString, error);
        AlertChannelConfig config;
        config.name = QStringLiteral("c");
        config.kind = kind;
        config.url = url;
        config.topic = topic;
        const QString why = config.validate();
        QVERIFY2(error.isEmpty() ? why.isEmpty() : why.contains(error), qPrintable(why));
        if (error.isEmpty()) {
            const auto channel = config.makeChannel({});
            QCOMPARE(channel->kind(), kind);
            QCOMPARE(channel->name(), QStringLiteral("c"));
        }
    }

    void repositoryRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.db"));
        QCOMPARE(storage::Database::prepare(path).status, storage::Database::Status::Ok);
        storage::SqlConnection db;
        QString error;
        QVERIFY(db.open(path, storage::SqlConnection::Mode::ReadWrite, &error));
        AlertChannelRepository repository(db);
        AlertChannelConfig ntfy{0, QStringLiteral("phone"), QStringLiteral("ntfy"), QStringLiteral("https://ntfy.sh"),
            QStringLiteral("mytopic"), true, true, QJsonObject{{QStringLiteral("priority"), 4}}, 123};
        AlertChannelConfig hook{0, QStringLiteral("ops"), QStringLiteral("webhook"), QStringLiteral("http://127.0.0.1:9/h"),
            QString(), false, false, {}, 124};
        QVERIFY2(repository.save(ntfy, &error), qPrintable(error));
        QVERIFY(repository.save(hook, &error));
        ntfy.topic = QStringLiteral("renamed"); // same name: replaced, not added
        QVERIFY(repository.save(ntfy, &error));
        const auto all = repository.all(&error);
        QCOMPARE(int(all.size()), 2);
        QCOMPARE(all[0].name, QStringLiteral("ops"));
        QVERIFY(!all[0].enabled);
        QCOMPARE(all[1].topic, QStringLiteral("renamed"));
        QVERIFY(all[1].hasToken);
        QCOMPARE(all[1].options.value(QStringLiteral("priority")).toInt(), 4);
        AlertChannelConfig bad = hook;
        bad.kind = QStringLiteral("pigeon");
        QVERIFY(!repository.save(bad, &error));
        bool removed = false;
        QVERIFY(repository.remove(QStringLiteral("ops"), &removed, &error));
        QVERIFY(removed);
        QVERIFY(repository.remove(QStringLiteral("ops"), &removed, &error));
        QVERIFY(!removed);
        QCOMPARE(int(repository.all(&error).size()), 1);
        // The token itself is nowhere in the database.
        storage::SqlConnection raw;
        QVERIFY(raw.open(path, storage::SqlConnection::Mode::ReadOnly, &error));
    }
};

QTEST_GUILESS_MAIN(TestAlertChannelConfig)
#include "tst_alertchannelconfig.moc"
