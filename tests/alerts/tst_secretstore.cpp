#include "alerts/keychainsecretstore.h"
#include "alerts/memorysecretstore.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace cl::alerts;

// No test touches a real keychain: the session bus is pointed at nothing before the application starts,
// so QtKeychain finds no backend, which is also the CI situation this store must handle.
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void memoryStore()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(store.statusText().contains(QStringLiteral("memory")));
        bool done = false;
        store.store(channelSecretKey(QStringLiteral("phone")), QStringLiteral("tk_1"), [&](bool ok, const QString &) { done = ok; });
        QVERIFY(done);
        std::optional<QString> loaded;
        store.load(channelSecretKey(QStringLiteral("phone")), [&](std::optional<QString> s, const QString &) { loaded = s; });
        QCOMPARE(loaded, std::optional<QString>(QStringLiteral("tk_1")));
        store.remove(channelSecretKey(QStringLiteral("phone")), nullptr);
        loaded = QStringLiteral("x");
        store.load(channelSecretKey(QStringLiteral("phone")), [&](std::optional<QString> s, const QString &) { loaded = s; });
        QVERIFY(!loaded);
    }

    void keychainWithoutBackendFallsBackToMemory()
    {
        KeychainSecretStore store(QStringLiteral("CryptoLensTest"));
        QSignalSpy fellBack(&store, &KeychainSecretStore::fellBackToMemory);
        bool finished = false;
        bool ok = false;
        store.store(QStringLiteral("alert-channel/test"), QStringLiteral("tk_secret"), [&](bool success, const QString &) {
            finished = true;
            ok = success;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 20'000);
        QVERIFY(ok);
        QVERIFY(!store.isPersistent());
        QCOMPARE(fellBack.count(), 1);
        QVERIFY(store.statusText().contains(QStringLiteral("session only")));
        QVERIFY(!store.statusText().contains(QStringLiteral("tk_secret")));
        std::optional<QString> loaded;
        bool loadedDone = false;
        store.load(QStringLiteral("alert-channel/test"), [&](std::optional<QString> s, const QString &) {
            loaded = s;
            loadedDone = true;
        });
        QTRY_VERIFY(loadedDone);
        QCOMPARE(loaded, std::optional<QString>(QStringLiteral("tk_secret")));
    }
};

int main(int argc, char **argv)
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/cryptolens-test-bus");
    QCoreApplication app(argc, argv);
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
