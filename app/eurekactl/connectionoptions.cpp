// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "connectionoptions.h"

#include <QtCore/QFile>
#include <QtNetwork/QHostAddress>

void ConnectionOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions(list());
}

QList<QCommandLineOption> ConnectionOptions::list() const
{
    return {m_server, m_zone, m_dns, m_dnsServer, m_region, m_user, m_passwordFile, m_config, m_timeout};
}

bool ConnectionOptions::read(const QCommandLineParser &parser, Eureka::SpringConfig *config, QString *error) const
{
    if (parser.isSet(m_config)) {
        *config = Eureka::SpringConfig::load(parser.value(m_config));
        if (!config->isValid()) {
            *error = config->errorString;
            return false;
        }
    }
    Eureka::ClientConfig &client = config->client;
    if (parser.isSet(m_server)) {
        client.serviceUrls.clear();
        client.zoneServiceUrls.clear();
        for (const QString &value : parser.values(m_server))
            client.serviceUrls += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    if (parser.isSet(m_zone))
        client.zone = parser.value(m_zone);
    if (parser.isSet(m_dns))
        client.dnsDomain = parser.value(m_dns);
    if (parser.isSet(m_dnsServer)) {
        if (QHostAddress(parser.value(m_dnsServer)).isNull()) {
            *error = QStringLiteral("--dns-server needs an IP address, not \"%1\"").arg(parser.value(m_dnsServer));
            return false;
        }
        client.dnsServer = parser.value(m_dnsServer);
    }
    if (parser.isSet(m_region))
        client.region = parser.value(m_region);
    if (parser.isSet(m_user))
        client.username = parser.value(m_user);
    if (parser.isSet(m_passwordFile)) {
        // A file, not an option: passwords on command lines end up in shell history and ps.
        QFile file(parser.value(m_passwordFile));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the password file %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        client.password = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (parser.isSet(m_timeout)) {
        bool ok = false;
        const int ms = parser.value(m_timeout).toInt(&ok);
        if (!ok || ms <= 0) {
            *error = QStringLiteral("--timeout needs a positive number of milliseconds, not \"%1\"").arg(parser.value(m_timeout));
            return false;
        }
        client.requestTimeout = std::chrono::milliseconds(ms);
    }
    if (client.serviceUrls.isEmpty() && client.zoneServiceUrls.isEmpty() && client.dnsDomain.isEmpty())
        client.serviceUrls = {QStringLiteral("http://127.0.0.1:8761/eureka/")};
    return true;
}
