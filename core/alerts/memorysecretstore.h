#pragma once

#include "secretstore.h"

#include <QHash>

namespace cl::alerts {

// Secrets for this session only: the fallback without a keychain, and the store tests use.
class MemorySecretStore final : public SecretStore
{
public:
    explicit MemorySecretStore(QString reason = {}) : m_reason(std::move(reason)) {}

    bool isPersistent() const override { return false; }
    QString statusText() const override;
    void store(const QString &key, const QString &secret, Done done) override;
    void load(const QString &key, Loaded loaded) override;
    void remove(const QString &key, Done done) override;

    void setReason(const QString &reason) { m_reason = reason; }

private:
    QString m_reason;
    QHash<QString, QString> m_secrets;
};

} // namespace cl::alerts
