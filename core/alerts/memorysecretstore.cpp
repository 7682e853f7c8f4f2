#include "memorysecretstore.h"

namespace cl::alerts {

QString MemorySecretStore::statusText() const
{
    QString text = QStringLiteral("No system keychain: tokens are kept in memory for this session only");
    if (!m_reason.isEmpty())
        text += QStringLiteral(" (") + m_reason + QLatin1Char(')');
    return text;
}

void MemorySecretStore::store(const QString &key, const QString &secret, Done done)
{
    m_secrets.insert(key, secret);
    if (done)
        done(true, {});
}

void MemorySecretStore::load(const QString &key, Loaded loaded)
{
    if (!loaded)
        return;
    const auto it = m_secrets.constFind(key);
    loaded(it == m_secrets.cend() ? std::nullopt : std::optional<QString>(*it), {});
}

void MemorySecretStore::remove(const QString &key, Done done)
{
    m_secrets.remove(key);
    if (done)
        done(true, {});
}

} // namespace cl::alerts
