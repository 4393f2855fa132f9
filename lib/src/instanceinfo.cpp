// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "instanceinfo_p.h"

namespace Eureka {

namespace {
// Keeps a status string only when the enum would lose it, so known statuses cost nothing.
void assignStatus(const QString &text, InstanceStatus &status, QString &keptText)
{
    status = instanceStatusFromString(text);
    keptText = (toWireString(status) == text) ? QString() : text;
}
} // namespace

InstanceInfo::InstanceInfo()
    : d(new InstanceInfoData)
{
}
InstanceInfo::InstanceInfo(const InstanceInfo &other) = default;
InstanceInfo::InstanceInfo(InstanceInfo &&other) noexcept = default;
InstanceInfo &InstanceInfo::operator=(const InstanceInfo &other) = default;
InstanceInfo &InstanceInfo::operator=(InstanceInfo &&other) noexcept = default;
InstanceInfo::~InstanceInfo() = default;

bool InstanceInfo::isNull() const
{
    return d->instanceId.isEmpty() && d->app.isEmpty() && d->hostName.isEmpty();
}

QString InstanceInfo::instanceId() const { return d->instanceId; }
void InstanceInfo::setInstanceId(const QString &id) { d->instanceId = id; }
QString InstanceInfo::app() const { return d->app; }
void InstanceInfo::setApp(const QString &app) { d->app = app; }
QString InstanceInfo::appGroupName() const { return d->appGroupName; }
void InstanceInfo::setAppGroupName(const QString &name) { d->appGroupName = name; }
QString InstanceInfo::ipAddr() const { return d->ipAddr; }
void InstanceInfo::setIpAddr(const QString &ip) { d->ipAddr = ip; }
QString InstanceInfo::sid() const { return d->sid; }
void InstanceInfo::setSid(const QString &sid) { d->sid = sid; }
QString InstanceInfo::hostName() const { return d->hostName; }
void InstanceInfo::setHostName(const QString &host) { d->hostName = host; }

int InstanceInfo::port() const { return d->port; }
void InstanceInfo::setPort(int port) { d->port = port; }
bool InstanceInfo::isPortEnabled() const { return d->portEnabled; }
void InstanceInfo::setPortEnabled(bool enabled) { d->portEnabled = enabled; }
int InstanceInfo::securePort() const { return d->securePort; }
void InstanceInfo::setSecurePort(int port) { d->securePort = port; }
bool InstanceInfo::isSecurePortEnabled() const { return d->securePortEnabled; }
void InstanceInfo::setSecurePortEnabled(bool enabled) { d->securePortEnabled = enabled; }

QString InstanceInfo::homePageUrl() const { return d->homePageUrl; }
void InstanceInfo::setHomePageUrl(const QString &url) { d->homePageUrl = url; }
QString InstanceInfo::statusPageUrl() const { return d->statusPageUrl; }
void InstanceInfo::setStatusPageUrl(const QString &url) { d->statusPageUrl = url; }
QString InstanceInfo::healthCheckUrl() const { return d->healthCheckUrl; }
void InstanceInfo::setHealthCheckUrl(const QString &url) { d->healthCheckUrl = url; }
QString InstanceInfo::secureHealthCheckUrl() const { return d->secureHealthCheckUrl; }
void InstanceInfo::setSecureHealthCheckUrl(const QString &url) { d->secureHealthCheckUrl = url; }
QString InstanceInfo::vipAddress() const { return d->vipAddress; }
void InstanceInfo::setVipAddress(const QString &vip) { d->vipAddress = vip; }
QString InstanceInfo::secureVipAddress() const { return d->secureVipAddress; }
void InstanceInfo::setSecureVipAddress(const QString &vip) { d->secureVipAddress = vip; }
int InstanceInfo::countryId() const { return d->countryId; }
void InstanceInfo::setCountryId(int id) { d->countryId = id; }
DataCenterInfo InstanceInfo::dataCenterInfo() const { return d->dataCenterInfo; }
void InstanceInfo::setDataCenterInfo(const DataCenterInfo &info) { d->dataCenterInfo = info; }

InstanceStatus InstanceInfo::status() const { return d->status; }
QString InstanceInfo::statusText() const
{
    return d->statusText.isEmpty() ? toWireString(d->status) : d->statusText;
}
void InstanceInfo::setStatus(InstanceStatus status)
{
    d->status = status;
    d->statusText.clear();
}
void InstanceInfo::setStatusText(const QString &text) { assignStatus(text, d->status, d->statusText); }

InstanceStatus InstanceInfo::overriddenStatus() const { return d->overriddenStatus; }
QString InstanceInfo::overriddenStatusText() const
{
    return d->overriddenStatusText.isEmpty() ? toWireString(d->overriddenStatus)
                                             : d->overriddenStatusText;
}
void InstanceInfo::setOverriddenStatus(InstanceStatus status)
{
    d->overriddenStatus = status;
    d->overriddenStatusText.clear();
}
void InstanceInfo::setOverriddenStatusText(const QString &text)
{
    assignStatus(text, d->overriddenStatus, d->overriddenStatusText);
}

LeaseInfo InstanceInfo::leaseInfo() const { return d->leaseInfo; }
void InstanceInfo::setLeaseInfo(const LeaseInfo &lease) { d->leaseInfo = lease; }
bool InstanceInfo::isCoordinatingDiscoveryServer() const { return d->coordinatingDiscoveryServer; }
void InstanceInfo::setCoordinatingDiscoveryServer(bool c) { d->coordinatingDiscoveryServer = c; }

MetadataEntries InstanceInfo::metadata() const { return d->metadata; }
void InstanceInfo::setMetadata(const MetadataEntries &entries) { d->metadata = entries; }

QString InstanceInfo::metadataValue(const QString &key, const QString &defaultValue) const
{
    for (const auto &entry : d->metadata) {
        if (entry.first == key)
            return entry.second;
    }
    return defaultValue;
}

void InstanceInfo::setMetadataValue(const QString &key, const QString &value)
{
    for (auto &entry : d->metadata) {
        if (entry.first == key) {
            entry.second = value;
            return;
        }
    }
    d->metadata.append({key, value});
}

qint64 InstanceInfo::lastUpdatedTimestamp() const { return d->lastUpdatedTimestamp; }
void InstanceInfo::setLastUpdatedTimestamp(qint64 msecs) { d->lastUpdatedTimestamp = msecs; }
qint64 InstanceInfo::lastDirtyTimestamp() const { return d->lastDirtyTimestamp; }
void InstanceInfo::setLastDirtyTimestamp(qint64 msecs) { d->lastDirtyTimestamp = msecs; }
ActionType InstanceInfo::actionType() const { return d->actionType; }
void InstanceInfo::setActionType(ActionType action) { d->actionType = action; }
QString InstanceInfo::asgName() const { return d->asgName; }
void InstanceInfo::setAsgName(const QString &name) { d->asgName = name; }

QString InstanceInfo::zone() const
{
    if (d->dataCenterInfo.isAmazon()) {
        const QString az = d->dataCenterInfo.metadataValue(QStringLiteral("availability-zone"));
        if (!az.isEmpty())
            return az;
    }
    return metadataValue(QStringLiteral("zone"), QStringLiteral("default"));
}

bool operator==(const InstanceInfo &a, const InstanceInfo &b)
{
    if (a.d == b.d)
        return true;
    const InstanceInfoData &x = *a.d;
    const InstanceInfoData &y = *b.d;
    return x.instanceId == y.instanceId && x.app == y.app && x.appGroupName == y.appGroupName
        && x.ipAddr == y.ipAddr && x.sid == y.sid && x.hostName == y.hostName
        && x.homePageUrl == y.homePageUrl && x.statusPageUrl == y.statusPageUrl
        && x.healthCheckUrl == y.healthCheckUrl && x.secureHealthCheckUrl == y.secureHealthCheckUrl
        && x.vipAddress == y.vipAddress && x.secureVipAddress == y.secureVipAddress
        && x.asgName == y.asgName && x.statusText == y.statusText
        && x.overriddenStatusText == y.overriddenStatusText && x.dataCenterInfo == y.dataCenterInfo
        && x.metadata == y.metadata && x.leaseInfo == y.leaseInfo
        && x.lastUpdatedTimestamp == y.lastUpdatedTimestamp
        && x.lastDirtyTimestamp == y.lastDirtyTimestamp && x.port == y.port
        && x.securePort == y.securePort && x.countryId == y.countryId && x.status == y.status
        && x.overriddenStatus == y.overriddenStatus && x.actionType == y.actionType
        && x.portEnabled == y.portEnabled && x.securePortEnabled == y.securePortEnabled
        && x.coordinatingDiscoveryServer == y.coordinatingDiscoveryServer;
}

} // namespace Eureka
