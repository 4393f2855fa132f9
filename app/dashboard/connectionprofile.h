// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclientconfig.h>

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <chrono>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QObject;
class QSettings;
QT_END_NAMESPACE

namespace Eureka {
class EurekaClient;
}

// One Eureka cluster the dashboard can watch. The password is never part of it: it lives
// in the keychain (CredentialStore) under the profile's name.
struct ConnectionProfile
{
    QString name;
    QStringList serverUrls;     // "http://eureka-1:8761/eureka/", tried in order
    QString dnsDomain;          // instead of URLs: DNS TXT discovery
    QString region = QStringLiteral("us-east-1");
    QString zone;
    QString username;
    QString caCertificateFile;  // PEM, added to the system CAs
    // Self-signed certificates are accepted only for this host, and only when their
    // SHA-256 fingerprint matches (empty: refuse them as usual).
    QString selfSignedHost;
    QString selfSignedSha256;
    bool readOnly = true;       // admin actions need a deliberate choice
    bool watchInTray = true;
    std::chrono::milliseconds fetchInterval{30000};
    std::chrono::milliseconds leaseRefreshInterval{60000};
    int historyDays = 30;       // how long the status history keeps events
    int alertGraceSeconds = 60; // the tray tells of an instance not UP for this long
    int reminderMinutes = 0;    // and again this often while it stays so; 0: never

    // Discovery only: the dashboard never registers itself.
    Eureka::ClientConfig clientConfig(const QString &password) const;
    // A discovery-only client of this profile on \a network, its self-signed certificate pinned.
    Eureka::EurekaClient *createClient(const QString &password, QNetworkAccessManager *network, QObject *parent) const;
    // "" when usable, else what is wrong, for the profile dialog.
    QString validate() const;

    void save(QSettings &settings) const;
    static ConnectionProfile load(QSettings &settings);
};
