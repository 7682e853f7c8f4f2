#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace cl::alerts {

// Where channel tokens live: the OS keychain, never the database, the settings file or a log.
// Asynchronous like the keychains themselves; callbacks run on the caller's thread.
class SecretStore
{
public:
    using Done = std::function<void(bool ok, const QString &error)>;
    using Loaded = std::function<void(std::optional<QString> secret, const QString &error)>;

    virtual ~SecretStore() = default;
    // False when secrets only live in memory for this session (no keychain available).
    virtual bool isPersistent() const = 0;
    // A sentence for the settings page ("Secrets are stored in the system keychain" / "No keychain ...").
    virtual QString statusText() const = 0;
    virtual void store(const QString &key, const QString &secret, Done done) = 0;
    // secret is nullopt with an empty error when there is none for the key.
    virtual void load(const QString &key, Loaded loaded) = 0;
    virtual void remove(const QString &key, Done done) = 0;
};

// The key under which a channel's token is kept.
inline QString channelSecretKey(const QString &channelName) { return QStringLiteral("alert-channel/") + channelName; }

} // namespace cl::alerts
