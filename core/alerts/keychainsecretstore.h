#pragma once

#include "memorysecretstore.h"
#include "secretstore.h"

#include <QObject>

namespace cl::alerts {

// SecretStore over QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS, Credential Manager on
// Windows). QtKeychain's plain-text fallback stays off: a secret never lands in a settings file. When the
// keychain answers "no backend" (no secret service, as in CI or a server) or fails otherwise, the store
// says so in statusText() and keeps secrets in memory for the session from then on.
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("CryptoLens"), QObject *parent = nullptr);

    bool isPersistent() const override { return !m_fallenBack; }
    QString statusText() const override;
    void store(const QString &key, const QString &secret, Done done) override;
    void load(const QString &key, Loaded loaded) override;
    void remove(const QString &key, Done done) override;

signals:
    // The keychain turned out unavailable; from now on secrets live in memory only.
    void fellBackToMemory(const QString &reason);

private:
    // True when the keychain error means "there is no usable keychain" (as opposed to "no such entry").
    static bool isUnavailable(int error);
    void fallBack(const QString &reason);

    QString m_service;
    bool m_fallenBack = false;
    MemorySecretStore m_memory;
};

} // namespace cl::alerts
