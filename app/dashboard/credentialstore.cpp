// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "credentialstore.h"

#include "dashboardlogging.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <qt6keychain/keychain.h>

namespace {
const QString service = QStringLiteral("eureka-dashboard");

QString keychainError(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        return CredentialStore::tr("no Secret Service or KWallet on this desktop");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialStore::tr("access denied");
    default:
        return job->errorString();
    }
}
} // namespace

CredentialStore::CredentialStore(Backend backend, QObject *parent)
    : QObject(parent)
{
    if (backend == Backend::MemoryOnly) {
        m_fallback = true;
        m_reason = tr("Passwords are kept for this session only.");
    }
}

void CredentialStore::activateFallback(const QString &reason)
{
    if (m_fallback)
        return;
    m_fallback = true;
    m_reason = tr("No keychain service is available (%1): passwords are kept for this session only "
                  "and asked again next time.").arg(reason);
    qCWarning(lcDashboard).noquote() << "keychain unavailable:" << reason;
    Q_EMIT fallbackActivated(m_reason);
}

void CredentialStore::readPassword(const QString &profile, std::function<void(const QString &)> done)
{
    if (m_fallback || m_memory.contains(profile)) {
        QTimer::singleShot(0, this, [this, profile, done] { done(m_memory.value(profile)); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(profile);
    job->setInsecureFallback(false); // a plain-text fallback is what this class exists to avoid
    connect(job, &QKeychain::Job::finished, this, [this, job, profile, done] {
        if (job->error() == QKeychain::NoError) {
            done(job->textData());
            return;
        }
        if (job->error() != QKeychain::EntryNotFound)
            activateFallback(keychainError(job));
        done(m_memory.value(profile));
    });
    job->start();
}

void CredentialStore::writePassword(const QString &profile, const QString &password)
{
    m_memory.insert(profile, password); // usable at once, whatever the keychain answers
    if (m_fallback)
        return;
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setKey(profile);
    job->setInsecureFallback(false);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, profile] {
        if (job->error() != QKeychain::NoError)
            activateFallback(keychainError(job));
        else
            m_memory.remove(profile);
    });
    job->start();
}

void CredentialStore::deletePassword(const QString &profile)
{
    m_memory.remove(profile);
    if (m_fallback)
        return;
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setKey(profile);
    job->setInsecureFallback(false);
    job->start();
}
