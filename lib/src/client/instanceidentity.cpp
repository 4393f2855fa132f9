// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "instanceidentity.h"

#include <QtCore/QCoreApplication>
#include <QtNetwork/QHostInfo>
#include <QtNetwork/QNetworkInterface>

namespace Eureka::InstanceIdentity {

QHostAddress pickAddress(const QList<QHostAddress> &candidates, const QString &cidr, bool preferIpv6)
{
    std::pair<QHostAddress, int> subnet{QHostAddress(), -1};
    if (!cidr.isEmpty())
        subnet = QHostAddress::parseSubnet(cidr);
    const bool wantIpv6 = subnet.second >= 0 ? subnet.first.protocol() == QAbstractSocket::IPv6Protocol : preferIpv6;
    auto fits = [&](const QHostAddress &address, QAbstractSocket::NetworkLayerProtocol protocol) {
        if (address.protocol() != protocol || address.isLoopback() || address.isLinkLocal())
            return false;
        return subnet.second < 0 || address.isInSubnet(subnet);
    };
    for (const auto protocol : {wantIpv6 ? QAbstractSocket::IPv6Protocol : QAbstractSocket::IPv4Protocol,
                                QAbstractSocket::IPv4Protocol}) {
        for (const QHostAddress &address : candidates) {
            if (fits(address, protocol)) {
                QHostAddress plain = address;
                plain.setScopeId(QString()); // registered without "%eth0"
                return plain;
            }
        }
        if (subnet.second >= 0)
            break; // a range of the other family: no fallback
    }
    return {};
}

QString urlHost(const QString &host)
{
    QHostAddress address;
    if (!host.startsWith(QLatin1Char('[')) && address.setAddress(host)
        && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QLatin1Char('[') + host + QLatin1Char(']');
    return host;
}

InstanceInfo build(const InstanceConfig &config, qint64 nowMs, QString *error)
{
    const auto fail = [error](const QString &text) {
        *error = text;
        return InstanceInfo();
    };
    if (config.appName.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Eureka", "the instance needs an application name"));
    if (!config.ipNetwork.isEmpty() && QHostAddress::parseSubnet(config.ipNetwork).second < 0)
        return fail(QCoreApplication::translate("Eureka", "instance IP network \"%1\" is not a CIDR range").arg(config.ipNetwork));
    if (config.port < 0 || config.port > 65535 || config.securePort < 0 || config.securePort > 65535)
        return fail(QCoreApplication::translate("Eureka", "instance ports must be 0 to 65535"));

    QString ip = config.ipAddress;
    if (ip.isEmpty()) {
        const QHostAddress picked = pickAddress(QNetworkInterface::allAddresses(), config.ipNetwork, config.preferIpv6);
        ip = picked.isNull() ? QStringLiteral("127.0.0.1") : picked.toString();
    }
    QString host = config.hostName;
    if (host.isEmpty())
        host = config.preferIpAddress ? ip : QHostInfo::localHostName();
    if (host.isEmpty())
        host = ip;

    const QString app = config.appName.trimmed().toUpper();
    const QString lower = app.toLower();
    InstanceInfo info;
    info.setApp(app);
    info.setHostName(host);
    info.setIpAddr(ip);
    // Spring Cloud's default instance id: host:app:port.
    info.setInstanceId(config.instanceId.isEmpty()
                           ? QStringLiteral("%1:%2:%3").arg(host, lower).arg(config.port)
                           : config.instanceId);
    info.setPort(config.port);
    info.setPortEnabled(config.portEnabled);
    info.setSecurePort(config.securePort);
    info.setSecurePortEnabled(config.securePortEnabled);
    info.setVipAddress(config.vipAddress.isEmpty() ? lower : config.vipAddress);
    info.setSecureVipAddress(config.secureVipAddress.isEmpty() ? lower : config.secureVipAddress);
    const QString base = config.securePortEnabled && !config.portEnabled
        ? QStringLiteral("https://%1:%2").arg(urlHost(host)).arg(config.securePort)
        : QStringLiteral("http://%1:%2").arg(urlHost(host)).arg(config.port);
    info.setHomePageUrl(config.homePageUrl.isEmpty() ? base + config.homePageUrlPath : config.homePageUrl);
    info.setStatusPageUrl(config.statusPageUrl.isEmpty() ? base + config.statusPageUrlPath : config.statusPageUrl);
    info.setHealthCheckUrl(config.healthCheckUrl.isEmpty() ? base + config.healthCheckUrlPath : config.healthCheckUrl);
    if (!config.secureHealthCheckUrl.isEmpty())
        info.setSecureHealthCheckUrl(config.secureHealthCheckUrl);
    info.setMetadata(config.metadata);
    DataCenterInfo dc;
    dc.setName(config.dataCenterName.isEmpty() ? QStringLiteral("MyOwn") : config.dataCenterName);
    info.setDataCenterInfo(dc);
    LeaseInfo lease;
    lease.renewalIntervalInSecs = int(qMax<qint64>(1, config.leaseRenewalInterval.count() / 1000));
    lease.durationInSecs = int(qMax<qint64>(1, config.leaseDuration.count() / 1000));
    info.setLeaseInfo(lease);
    info.setStatus(config.initialStatus);
    info.setLastDirtyTimestamp(nowMs);
    return info;
}

} // namespace Eureka::InstanceIdentity
