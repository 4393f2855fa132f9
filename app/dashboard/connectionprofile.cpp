// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "connectionprofile.h"

#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/httptransport.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QSettings>
#include <QtCore/QUrl>

Eureka::ClientConfig ConnectionProfile::clientConfig(const QString &password) const
{
    Eureka::ClientConfig config;
    config.serviceUrls = serverUrls;
    config.dnsDomain = dnsDomain;
    config.region = region;
    config.zone = zone;
    config.username = username;
    config.password = password;
    config.shouldRegister = false;
    config.shouldDiscover = true;
    config.registryFetchInterval = fetchInterval;
    // The instance table keeps each row's record of its last real change, so the records alive
    // come from many decodes, and each keeps a whole slab mapped: in the soaks at 100,000
    // instances the slabs held 10-20 MB more than the heap, or the same, never less
    // (docs/PERFORMANCE.md, "Records in slabs").
    config.registryRecordSlabs = false;
    return config;
}

Eureka::EurekaClient *ConnectionProfile::createClient(const QString &password, QNetworkAccessManager *network,
                                                     QObject *parent) const
{
    auto *client = new Eureka::EurekaClient(clientConfig(password), Eureka::InstanceConfig(), parent);
    client->setNetworkAccessManager(network);
    if (!selfSignedHost.isEmpty()) // only that host, only that certificate
        client->networkAccessTransport()->pinCertificate(selfSignedHost, selfSignedSha256.toLatin1());
    return client;
}

QString ConnectionProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("ConnectionProfile", "The profile needs a name.");
    if (serverUrls.isEmpty() && dnsDomain.isEmpty())
        return QCoreApplication::translate("ConnectionProfile", "Give at least one server URL or a DNS domain.");
    for (const QString &url : serverUrls) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != QLatin1String("http") && parsed.scheme() != QLatin1String("https"))
            || parsed.host().isEmpty())
            return QCoreApplication::translate("ConnectionProfile", "Not an http(s) URL: %1").arg(url);
        if (!parsed.password().isEmpty())
            return QCoreApplication::translate("ConnectionProfile",
                                               "Put the password in the password field, not in the URL: %1")
                .arg(parsed.toDisplayString(QUrl::RemoveUserInfo));
    }
    if (!selfSignedHost.isEmpty() && QString(selfSignedSha256).remove(QLatin1Char(':')).size() != 64)
        return QCoreApplication::translate("ConnectionProfile",
                                           "Accepting a self-signed certificate needs its SHA-256 fingerprint.");
    return {};
}

void ConnectionProfile::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("name"), name);
    settings.setValue(QStringLiteral("serverUrls"), serverUrls);
    settings.setValue(QStringLiteral("dnsDomain"), dnsDomain);
    settings.setValue(QStringLiteral("region"), region);
    settings.setValue(QStringLiteral("zone"), zone);
    settings.setValue(QStringLiteral("username"), username);
    settings.setValue(QStringLiteral("caCertificateFile"), caCertificateFile);
    settings.setValue(QStringLiteral("selfSignedHost"), selfSignedHost);
    settings.setValue(QStringLiteral("selfSignedSha256"), selfSignedSha256);
    settings.setValue(QStringLiteral("readOnly"), readOnly);
    settings.setValue(QStringLiteral("watchInTray"), watchInTray);
    settings.setValue(QStringLiteral("fetchIntervalMs"), qint64(fetchInterval.count()));
    settings.setValue(QStringLiteral("leaseRefreshIntervalMs"), qint64(leaseRefreshInterval.count()));
    settings.setValue(QStringLiteral("historyDays"), historyDays);
    settings.setValue(QStringLiteral("alertGraceSeconds"), alertGraceSeconds);
    settings.setValue(QStringLiteral("reminderMinutes"), reminderMinutes);
}

ConnectionProfile ConnectionProfile::load(QSettings &settings)
{
    ConnectionProfile p;
    p.name = settings.value(QStringLiteral("name")).toString();
    p.serverUrls = settings.value(QStringLiteral("serverUrls")).toStringList();
    p.dnsDomain = settings.value(QStringLiteral("dnsDomain")).toString();
    p.region = settings.value(QStringLiteral("region"), p.region).toString();
    p.zone = settings.value(QStringLiteral("zone")).toString();
    p.username = settings.value(QStringLiteral("username")).toString();
    p.caCertificateFile = settings.value(QStringLiteral("caCertificateFile")).toString();
    p.selfSignedHost = settings.value(QStringLiteral("selfSignedHost")).toString();
    p.selfSignedSha256 = settings.value(QStringLiteral("selfSignedSha256")).toString();
    p.readOnly = settings.value(QStringLiteral("readOnly"), true).toBool();
    p.watchInTray = settings.value(QStringLiteral("watchInTray"), true).toBool();
    const qint64 fetch = settings.value(QStringLiteral("fetchIntervalMs"), qint64(30000)).toLongLong();
    p.fetchInterval = std::chrono::milliseconds(std::max<qint64>(1000, fetch));
    const qint64 lease = settings.value(QStringLiteral("leaseRefreshIntervalMs"), qint64(60000)).toLongLong();
    p.leaseRefreshInterval = std::chrono::milliseconds(std::max<qint64>(1000, lease));
    p.historyDays = std::clamp(settings.value(QStringLiteral("historyDays"), 30).toInt(), 1, 3650);
    p.alertGraceSeconds = std::clamp(settings.value(QStringLiteral("alertGraceSeconds"), 60).toInt(), 0, 86400);
    p.reminderMinutes = std::clamp(settings.value(QStringLiteral("reminderMinutes"), 0).toInt(), 0, 10080);
    return p;
}
