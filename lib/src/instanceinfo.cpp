// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "instanceinfo_p.h"

namespace Eureka {

namespace {
using Extras = InstanceInfoData::Extras;

// Keeps a status string only when the enum would lose it, so known statuses cost nothing.
QString keptStatusText(const QString &text, InstanceStatus *status)
{
    *status = instanceStatusFromString(text);
    return toWireString(*status) == text ? QString() : text;
}
} // namespace

void InstanceInfoData::setPacked(Packed field, QStringView value)
{
    std::array<QByteArray, PackedCount> utf8;
    std::array<QByteArrayView, PackedCount> views;
    for (int i = 0; i < PackedCount; ++i) {
        if (i == field) {
            utf8[i] = value.toUtf8();
            views[i] = utf8[i];
        } else {
            const QUtf8StringView v = packedView(Packed(i));
            views[i] = QByteArrayView(v.data(), v.size());
        }
    }
    // The views point into the old buffer, which setAllPacked only replaces at the end.
    setAllPacked(views);
}

void InstanceInfoData::setAllPacked(const std::array<QByteArrayView, PackedCount> &utf8)
{
    qsizetype total = 0;
    for (const QByteArrayView v : utf8)
        total += v.size();
    QByteArray buffer(total, Qt::Uninitialized);
    char *out = buffer.data();
    quint32 end = 0;
    for (int i = 0; i < PackedCount; ++i) {
        if (!utf8[i].isEmpty())
            memcpy(out + end, utf8[i].data(), size_t(utf8[i].size()));
        end += quint32(utf8[i].size());
        ends[i] = end;
    }
    packed = std::move(buffer);
}

const QString &InstanceInfoData::extra(QString Extras::*member) const
{
    static const QString empty;
    return extras ? extras.constData()->*member : empty;
}

void InstanceInfoData::setExtra(QString Extras::*member, const QString &value)
{
    if (!extras) {
        if (value.isEmpty())
            return;
        extras = new Extras;
    }
    extras.data()->*member = value;
}

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
    return d->packed.isEmpty() && d->app.isEmpty();
}

QString InstanceInfo::instanceId() const { return d->packedString(InstanceInfoData::InstanceId); }
void InstanceInfo::setInstanceId(const QString &id) { d->setPacked(InstanceInfoData::InstanceId, id); }
QString InstanceInfo::app() const { return d->app; }
void InstanceInfo::setApp(const QString &app) { d->app = app; }
QString InstanceInfo::appGroupName() const { return d->extra(&Extras::appGroupName); }
void InstanceInfo::setAppGroupName(const QString &name) { d->setExtra(&Extras::appGroupName, name); }
QString InstanceInfo::ipAddr() const { return d->packedString(InstanceInfoData::IpAddr); }
void InstanceInfo::setIpAddr(const QString &ip) { d->setPacked(InstanceInfoData::IpAddr, ip); }
QString InstanceInfo::sid() const { return d->extra(&Extras::sid); }
void InstanceInfo::setSid(const QString &sid) { d->setExtra(&Extras::sid, sid); }
QString InstanceInfo::hostName() const { return d->packedString(InstanceInfoData::HostName); }
void InstanceInfo::setHostName(const QString &host) { d->setPacked(InstanceInfoData::HostName, host); }

int InstanceInfo::port() const { return d->port; }
void InstanceInfo::setPort(int port) { d->port = port; }
bool InstanceInfo::isPortEnabled() const { return d->portEnabled; }
void InstanceInfo::setPortEnabled(bool enabled) { d->portEnabled = enabled; }
int InstanceInfo::securePort() const { return d->securePort; }
void InstanceInfo::setSecurePort(int port) { d->securePort = port; }
bool InstanceInfo::isSecurePortEnabled() const { return d->securePortEnabled; }
void InstanceInfo::setSecurePortEnabled(bool enabled) { d->securePortEnabled = enabled; }

QString InstanceInfo::homePageUrl() const { return d->packedString(InstanceInfoData::HomePageUrl); }
void InstanceInfo::setHomePageUrl(const QString &url) { d->setPacked(InstanceInfoData::HomePageUrl, url); }
QString InstanceInfo::statusPageUrl() const { return d->packedString(InstanceInfoData::StatusPageUrl); }
void InstanceInfo::setStatusPageUrl(const QString &url) { d->setPacked(InstanceInfoData::StatusPageUrl, url); }
QString InstanceInfo::healthCheckUrl() const { return d->packedString(InstanceInfoData::HealthCheckUrl); }
void InstanceInfo::setHealthCheckUrl(const QString &url) { d->setPacked(InstanceInfoData::HealthCheckUrl, url); }
QString InstanceInfo::secureHealthCheckUrl() const { return d->extra(&Extras::secureHealthCheckUrl); }
void InstanceInfo::setSecureHealthCheckUrl(const QString &url) { d->setExtra(&Extras::secureHealthCheckUrl, url); }
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
    const QString &kept = d->extra(&Extras::statusText);
    return kept.isEmpty() ? toWireString(d->status) : kept;
}
void InstanceInfo::setStatus(InstanceStatus status)
{
    d->status = status;
    d->setExtra(&Extras::statusText, QString());
}
void InstanceInfo::setStatusText(const QString &text)
{
    d->setExtra(&Extras::statusText, keptStatusText(text, &d->status));
}

InstanceStatus InstanceInfo::overriddenStatus() const { return d->overriddenStatus; }
QString InstanceInfo::overriddenStatusText() const
{
    const QString &kept = d->extra(&Extras::overriddenStatusText);
    return kept.isEmpty() ? toWireString(d->overriddenStatus) : kept;
}
void InstanceInfo::setOverriddenStatus(InstanceStatus status)
{
    d->overriddenStatus = status;
    d->setExtra(&Extras::overriddenStatusText, QString());
}
void InstanceInfo::setOverriddenStatusText(const QString &text)
{
    d->setExtra(&Extras::overriddenStatusText, keptStatusText(text, &d->overriddenStatus));
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
QString InstanceInfo::asgName() const { return d->extra(&Extras::asgName); }
void InstanceInfo::setAsgName(const QString &name) { d->setExtra(&Extras::asgName, name); }

QString InstanceInfo::zone() const
{
    if (d->dataCenterInfo.isAmazon()) {
        const QString az = d->dataCenterInfo.metadataValue(QStringLiteral("availability-zone"));
        if (!az.isEmpty())
            return az;
    }
    return metadataValue(QStringLiteral("zone"), QStringLiteral("default"));
}

namespace {
bool sameExtras(const InstanceInfoData &x, const InstanceInfoData &y)
{
    for (QString Extras::*member : {&Extras::appGroupName, &Extras::sid, &Extras::asgName,
                                    &Extras::secureHealthCheckUrl, &Extras::statusText,
                                    &Extras::overriddenStatusText}) {
        if (x.extra(member) != y.extra(member))
            return false;
    }
    return true;
}
} // namespace

void InstanceInfoPrivate::shareEqualParts(InstanceInfo &info, const InstanceInfo &like)
{
    if (info.d == like.d || like.isNull())
        return;
    const InstanceInfoData &o = *like.d;
    const InstanceInfoData &c = *info.d;
    // Detaching costs a copy of the record: only when something is to be gained.
    const bool packed = c.packed.constData() != o.packed.constData() && c.ends == o.ends && c.packed == o.packed;
    const bool app = c.app.constData() != o.app.constData() && c.app == o.app;
    const bool vip = c.vipAddress.constData() != o.vipAddress.constData() && c.vipAddress == o.vipAddress;
    const bool svip = c.secureVipAddress.constData() != o.secureVipAddress.constData()
        && c.secureVipAddress == o.secureVipAddress;
    const bool metadata = c.metadata.constData() != o.metadata.constData() && c.metadata == o.metadata;
    if (!(packed || app || vip || svip || metadata))
        return;
    InstanceInfoData &d = *info.d;
    if (packed)
        d.packed = o.packed;
    if (app)
        d.app = o.app;
    if (vip)
        d.vipAddress = o.vipAddress;
    if (svip)
        d.secureVipAddress = o.secureVipAddress;
    if (metadata)
        d.metadata = o.metadata;
    if (d.dataCenterInfo == o.dataCenterInfo) // shared or merely equal: one copy either way
        d.dataCenterInfo = o.dataCenterInfo;
}

namespace {
// Everything but the action type and the lease's last renewal, which the caller compares or not.
bool sameExceptBookkeeping(const InstanceInfoData &x, const InstanceInfoData &y)
{
    const LeaseInfo &l = x.leaseInfo;
    const LeaseInfo &m = y.leaseInfo;
    return x.packed == y.packed && x.ends == y.ends && x.app == y.app
        && x.vipAddress == y.vipAddress && x.secureVipAddress == y.secureVipAddress
        && sameExtras(x, y) && x.dataCenterInfo == y.dataCenterInfo && x.metadata == y.metadata
        && l.renewalIntervalInSecs == m.renewalIntervalInSecs && l.durationInSecs == m.durationInSecs
        && l.registrationTimestamp == m.registrationTimestamp && l.evictionTimestamp == m.evictionTimestamp
        && l.serviceUpTimestamp == m.serviceUpTimestamp && x.lastUpdatedTimestamp == y.lastUpdatedTimestamp
        && x.lastDirtyTimestamp == y.lastDirtyTimestamp && x.port == y.port && x.securePort == y.securePort
        && x.countryId == y.countryId && x.status == y.status && x.overriddenStatus == y.overriddenStatus
        && x.portEnabled == y.portEnabled && x.securePortEnabled == y.securePortEnabled
        && x.coordinatingDiscoveryServer == y.coordinatingDiscoveryServer;
}
} // namespace

bool InstanceInfoPrivate::sameState(const InstanceInfo &before, const InstanceInfo &after)
{
    return before.d == after.d || sameExceptBookkeeping(*before.d, *after.d);
}

bool operator==(const InstanceInfo &a, const InstanceInfo &b)
{
    if (a.d == b.d)
        return true;
    const InstanceInfoData &x = *a.d;
    const InstanceInfoData &y = *b.d;
    return x.actionType == y.actionType && x.leaseInfo.lastRenewalTimestamp == y.leaseInfo.lastRenewalTimestamp
        && sameExceptBookkeeping(x, y);
}

} // namespace Eureka
