// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QHash>
#include <QtCore/QObject>

#include <functional>

// Profile passwords in the desktop keychain (QtKeychain: Secret Service, KWallet, ...), never
// in the settings file. When no keychain service runs, passwords are kept in memory for this
// session only and fallbackActive() says why, so the user knows they will be asked again.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Backend { Keychain, MemoryOnly };

    explicit CredentialStore(Backend backend = Backend::Keychain, QObject *parent = nullptr);

    // Answers later, from the event loop; an empty password when none is stored.
    void readPassword(const QString &profile, std::function<void(const QString &password)> done);
    void writePassword(const QString &profile, const QString &password);
    void deletePassword(const QString &profile);

    bool isFallbackActive() const { return m_fallback; }
    QString fallbackReason() const { return m_reason; }

Q_SIGNALS:
    void fallbackActivated(const QString &reason);

private:
    void activateFallback(const QString &reason);

    QHash<QString, QString> m_memory; // this session's passwords when the keychain fails
    bool m_fallback = false;
    QString m_reason;
};
