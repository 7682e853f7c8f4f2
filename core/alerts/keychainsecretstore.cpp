#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

namespace cl::alerts {

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

QString KeychainSecretStore::statusText() const
{
    return m_fallenBack ? m_memory.statusText() : QStringLiteral("Tokens are stored in the system keychain");
}

bool KeychainSecretStore::isUnavailable(int error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError || error == QKeychain::AccessDenied;
}

void KeychainSecretStore::fallBack(const QString &reason)
{
    if (m_fallenBack)
        return;
    m_fallenBack = true;
    m_memory.setReason(reason);
    emit fellBackToMemory(reason);
}

void KeychainSecretStore::store(const QString &key, const QString &secret, Done done)
{
    if (m_fallenBack) {
        m_memory.store(key, secret, std::move(done));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key, secret, done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError) {
            if (done)
                done(true, {});
        } else if (isUnavailable(j->error())) {
            fallBack(j->errorString());
            m_memory.store(key, secret, done);
        } else if (done) {
            done(false, j->errorString());
        }
    });
    job->start();
}

void KeychainSecretStore::load(const QString &key, Loaded loaded)
{
    if (m_fallenBack) {
        m_memory.load(key, std::move(loaded));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, loaded](QKeychain::Job *j) {
        if (!loaded)
            return;
        if (j->error() == QKeychain::NoError) {
            loaded(static_cast<QKeychain::ReadPasswordJob *>(j)->textData(), {});
        } else if (j->error() == QKeychain::EntryNotFound) {
            loaded(std::nullopt, {});
        } else if (isUnavailable(j->error())) {
            fallBack(j->errorString());
            m_memory.load(key, loaded);
        } else {
            loaded(std::nullopt, j->errorString());
        }
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, Done done)
{
    m_memory.remove(key, nullptr);
    if (m_fallenBack) {
        if (done)
            done(true, {});
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *j) {
        const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        if (!ok && isUnavailable(j->error()))
            fallBack(j->errorString());
        if (done)
            done(ok || m_fallenBack, ok || m_fallenBack ? QString() : j->errorString());
    });
    job->start();
}

} // namespace cl::alerts
