// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "instanceinfo_p.h"

#include <cstring>

template<>
Eureka::InstanceInfoData *QSharedDataPointer<Eureka::InstanceInfoData>::clone()
{
    return d->clone();
}

namespace Eureka {

namespace {
using Extras = InstanceFields::Extras;

void storeEnd(char *at, quint32 end) { std::memcpy(at, &end, sizeof end); }

// The size of the record being deleted on this thread when it lies in a slab, else 0.
// operator delete runs after the destructor, when the record can no longer be read; the
// destructor leaves this for it (no other record is destroyed in between: none of a record's
// members holds one).
thread_local size_t freeingSlabRecord = 0;
} // namespace

static_assert(alignof(InstanceInfoData) <= 8, "RecordSlabs aligns records to 8 bytes");

InstanceInfoData::~InstanceInfoData() { freeingSlabRecord = m_inSlab ? sizeof(InstanceInfoData) + m_byteCount : 0; }

void InstanceInfoData::operator delete(void *p)
{
    if (freeingSlabRecord)
        RecordSlabs::release(p, freeingSlabRecord);
    else
        ::operator delete(p);
}

InstanceInfoData *InstanceInfoData::create(const InstanceFields &fields,
                                           const std::array<QByteArrayView, PackedCount> &utf8,
                                           QByteArrayView ownValues, const quint32 *ownEnds)
{
    return make(fields, utf8, ownValues, ownEnds);
}

InstanceInfoData *InstanceInfoData::create(InstanceFields &&fields, const std::array<QByteArrayView, PackedCount> &utf8,
                                           QByteArrayView ownValues, const quint32 *ownEnds, RecordSlabs *slabs)
{
    return make(std::move(fields), utf8, ownValues, ownEnds, slabs);
}

template<typename Fields>
InstanceInfoData *InstanceInfoData::make(Fields &&fields, const std::array<QByteArrayView, PackedCount> &utf8,
                                         QByteArrayView ownValues, const quint32 *ownEnds, RecordSlabs *slabs)
{
    const int ownCount = fields.metadata ? fields.metadata->ownCount() : 0;
    Q_ASSERT(ownCount == 0 || ownEnds);
    qsizetype stringBytes = 0;
    for (const QByteArrayView v : utf8)
        stringBytes += v.size();
    const auto byteCount = quint32(stringBytes + ownValues.size() + ownCount * qsizetype(sizeof(quint32)));
    const size_t size = sizeof(InstanceInfoData) + byteCount;
    void *memory = slabs ? slabs->allocate(size) : nullptr;
    const bool inSlab = memory != nullptr;
    if (!inSlab)
        memory = ::operator new(size);
    auto *d = ::new (memory) InstanceInfoData(std::forward<Fields>(fields), byteCount);
    d->m_inSlab = inSlab;
    char *out = d->bytes();
    quint32 end = 0;
    for (int i = 0; i < PackedCount; ++i) {
        if (!utf8[i].isEmpty())
            std::memcpy(out + end, utf8[i].data(), size_t(utf8[i].size()));
        end += quint32(utf8[i].size());
        d->ends[i] = end;
    }
    if (!ownValues.isEmpty())
        std::memcpy(out + end, ownValues.data(), size_t(ownValues.size()));
    char *table = out + end + ownValues.size();
    for (int i = 0; i < ownCount; ++i)
        storeEnd(table + i * sizeof(quint32), end + ownEnds[i]);
    return d;
}

InstanceInfoData *InstanceInfoData::clone() const
{
    void *memory = ::operator new(sizeof(InstanceInfoData) + m_byteCount);
    auto *d = ::new (memory) InstanceInfoData(*this, m_byteCount);
    if (m_byteCount)
        std::memcpy(d->bytes(), bytes(), m_byteCount);
    return d;
}

InstanceInfoData *InstanceInfoData::copyWith(const InstanceFields &fields,
                                             const std::array<QByteArrayView, PackedCount> &utf8) const
{
    const int ownCount = metadata && fields.metadata == metadata ? metadata->ownCount() : 0;
    if (ownCount == 0)
        return create(fields, utf8);
    const quint32 start = ends[PackedCount - 1];
    std::array<quint32, MetadataShape::MaxOwnValues> relativeEnds;
    for (int i = 0; i < ownCount; ++i)
        relativeEnds[size_t(i)] = ownEnd(i) - start;
    return create(fields, utf8, QByteArrayView(bytes() + start, relativeEnds[size_t(ownCount - 1)]),
                  relativeEnds.data());
}

InstanceInfoData *InstanceInfoData::sharedDefault()
{
    // One reference is never given back, so the record outlives every InstanceInfo.
    static InstanceInfoData *const record = [] {
        InstanceInfoData *d = create(InstanceFields(), {});
        d->ref.ref();
        return d;
    }();
    return record;
}

std::array<QByteArrayView, InstanceFields::PackedCount> InstanceInfoData::packedViews() const
{
    std::array<QByteArrayView, PackedCount> views;
    for (int i = 0; i < PackedCount; ++i) {
        const QUtf8StringView v = packedView(Packed(i));
        views[i] = QByteArrayView(v.data(), v.size());
    }
    return views;
}

quint32 InstanceInfoData::ownEnd(int index) const
{
    const int count = metadata->ownCount();
    quint32 end;
    std::memcpy(&end, bytes() + m_byteCount - (count - index) * sizeof(quint32), sizeof end);
    return end;
}

QUtf8StringView InstanceInfoData::ownValue(int index) const
{
    const quint32 start = index == 0 ? ends[PackedCount - 1] : ownEnd(index - 1);
    return QUtf8StringView(bytes() + start, qsizetype(ownEnd(index) - start));
}

MetadataEntries InstanceInfoData::metadataEntries() const
{
    if (!metadata)
        return {};
    if (!metadata->ownMask)
        return metadata->entries;
    MetadataEntries list = metadata->entries;
    int own = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (metadata->isOwn(i))
            list[i].second = ownValue(own++).toString();
    }
    return list;
}

bool InstanceInfoData::metadataValue(QStringView key, QString *value) const
{
    if (!metadata)
        return false;
    const MetadataEntries &entries = metadata->entries;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).first == key) {
            *value = metadata->isOwn(i) ? ownValue(metadata->ownIndex(i)).toString() : entries.at(i).second;
            return true;
        }
    }
    return false;
}

bool InstanceInfoData::sameMetadata(const InstanceInfoData &other) const
{
    const MetadataShape *a = metadata.constData();
    const MetadataShape *b = other.metadata.constData();
    const bool emptyA = !a || a->entries.isEmpty();
    const bool emptyB = !b || b->entries.isEmpty();
    if (emptyA || emptyB)
        return emptyA == emptyB;
    if (a != b && !a->sameLayout(*b))
        return metadataEntries() == other.metadataEntries(); // laid out differently: compare values
    for (int i = 0, n = a->ownCount(); i < n; ++i) {
        if (ownValue(i) != other.ownValue(i))
            return false;
    }
    return true;
}

const QString &InstanceFields::name(QString InstanceNames::*member) const
{
    static const QString empty;
    return names ? names.constData()->*member : empty;
}

void InstanceFields::setName(QString InstanceNames::*member, const QString &value)
{
    if (name(member) == value)
        return;
    auto *copy = names ? new InstanceNames(*names) : new InstanceNames;
    copy->*member = value;
    names = InstanceNamesPointer(copy);
}

const QString &InstanceFields::extra(QString Extras::*member) const
{
    static const QString empty;
    return extras ? extras.constData()->*member : empty;
}

void InstanceFields::setExtra(QString Extras::*member, const QString &value)
{
    if (!extras) {
        if (value.isEmpty())
            return;
        extras = new Extras;
    }
    extras.data()->*member = value;
}

void InstanceFields::setStatus(InstanceStatus value, bool overridden)
{
    (overridden ? overriddenStatus : status) = value;
    setExtra(overridden ? &Extras::overriddenStatusText : &Extras::statusText, QString());
}

void InstanceFields::setStatusText(const QString &text, bool overridden)
{
    InstanceStatus &value = overridden ? overriddenStatus : status;
    value = instanceStatusFromString(text);
    setExtra(overridden ? &Extras::overriddenStatusText : &Extras::statusText,
             toWireString(value) == text ? QString() : text);
}

void InstanceInfoPrivate::moveToHeap(InstanceInfo &info)
{
    const InstanceInfoData *d = info.d.constData();
    if (d->inSlab())
        info.d.reset(d->clone());
}

InstanceInfo InstanceInfoPrivate::make(InstanceInfoData *data)
{
    return InstanceInfo(data);
}

namespace {
// A new record of \a d's fields with \a field set to \a value.
InstanceInfoData *withPacked(const InstanceInfoData &d, InstanceFields::Packed field, QStringView value)
{
    std::array<QByteArrayView, InstanceFields::PackedCount> views = d.packedViews();
    const QByteArray utf8 = value.toUtf8();
    views[field] = utf8;
    return d.copyWith(d, views);
}
} // namespace

InstanceInfo::InstanceInfo()
    : d(InstanceInfoData::sharedDefault())
{
}
// A decoder's new record, which nothing references yet, taken without a detour through the shared
// default one; its one reference is set with a plain store, not the locked increment of
// QSharedDataPointer's own constructor (once per instance of every decode).
InstanceInfo::InstanceInfo(InstanceInfoData *data)
    : d(data, QAdoptSharedDataTag{})
{
    Q_ASSERT(data && data->ref.loadRelaxed() == 0);
    data->ref.storeRelaxed(1);
}
InstanceInfo::InstanceInfo(const InstanceInfo &other) = default;
InstanceInfo::InstanceInfo(InstanceInfo &&other) noexcept = default;
InstanceInfo &InstanceInfo::operator=(const InstanceInfo &other) = default;
InstanceInfo &InstanceInfo::operator=(InstanceInfo &&other) noexcept = default;
InstanceInfo::~InstanceInfo() = default;

bool InstanceInfo::isNull() const
{
    return d->packedBytes().isEmpty() && d->name(&InstanceNames::app).isEmpty();
}

QString InstanceInfo::instanceId() const { return d->packedString(InstanceInfoData::InstanceId); }
void InstanceInfo::setInstanceId(const QString &id) { d.reset(withPacked(*d.constData(), InstanceFields::InstanceId, id)); }
QString InstanceInfo::app() const { return d->name(&InstanceNames::app); }
void InstanceInfo::setApp(const QString &app) { d->setName(&InstanceNames::app, app); }
QString InstanceInfo::appGroupName() const { return d->extra(&Extras::appGroupName); }
void InstanceInfo::setAppGroupName(const QString &name) { d->setExtra(&Extras::appGroupName, name); }
QString InstanceInfo::ipAddr() const { return d->packedString(InstanceInfoData::IpAddr); }
void InstanceInfo::setIpAddr(const QString &ip) { d.reset(withPacked(*d.constData(), InstanceFields::IpAddr, ip)); }
QString InstanceInfo::sid() const { return d->extra(&Extras::sid); }
void InstanceInfo::setSid(const QString &sid) { d->setExtra(&Extras::sid, sid); }
QString InstanceInfo::hostName() const { return d->packedString(InstanceInfoData::HostName); }
void InstanceInfo::setHostName(const QString &host) { d.reset(withPacked(*d.constData(), InstanceFields::HostName, host)); }

int InstanceInfo::port() const { return d->port; }
void InstanceInfo::setPort(int port) { d->port = port; }
bool InstanceInfo::isPortEnabled() const { return d->portEnabled; }
void InstanceInfo::setPortEnabled(bool enabled) { d->portEnabled = enabled; }
int InstanceInfo::securePort() const { return d->securePort; }
void InstanceInfo::setSecurePort(int port) { d->securePort = port; }
bool InstanceInfo::isSecurePortEnabled() const { return d->securePortEnabled; }
void InstanceInfo::setSecurePortEnabled(bool enabled) { d->securePortEnabled = enabled; }

QString InstanceInfo::homePageUrl() const { return d->packedString(InstanceInfoData::HomePageUrl); }
void InstanceInfo::setHomePageUrl(const QString &url) { d.reset(withPacked(*d.constData(), InstanceFields::HomePageUrl, url)); }
QString InstanceInfo::statusPageUrl() const { return d->packedString(InstanceInfoData::StatusPageUrl); }
void InstanceInfo::setStatusPageUrl(const QString &url) { d.reset(withPacked(*d.constData(), InstanceFields::StatusPageUrl, url)); }
QString InstanceInfo::healthCheckUrl() const { return d->packedString(InstanceInfoData::HealthCheckUrl); }
void InstanceInfo::setHealthCheckUrl(const QString &url) { d.reset(withPacked(*d.constData(), InstanceFields::HealthCheckUrl, url)); }
QString InstanceInfo::secureHealthCheckUrl() const { return d->extra(&Extras::secureHealthCheckUrl); }
void InstanceInfo::setSecureHealthCheckUrl(const QString &url) { d->setExtra(&Extras::secureHealthCheckUrl, url); }
QString InstanceInfo::vipAddress() const { return d->name(&InstanceNames::vipAddress); }
void InstanceInfo::setVipAddress(const QString &vip) { d->setName(&InstanceNames::vipAddress, vip); }
QString InstanceInfo::secureVipAddress() const { return d->name(&InstanceNames::secureVipAddress); }
void InstanceInfo::setSecureVipAddress(const QString &vip) { d->setName(&InstanceNames::secureVipAddress, vip); }
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
void InstanceInfo::setStatus(InstanceStatus status) { d->setStatus(status, false); }
void InstanceInfo::setStatusText(const QString &text) { d->setStatusText(text, false); }

InstanceStatus InstanceInfo::overriddenStatus() const { return d->overriddenStatus; }
QString InstanceInfo::overriddenStatusText() const
{
    const QString &kept = d->extra(&Extras::overriddenStatusText);
    return kept.isEmpty() ? toWireString(d->overriddenStatus) : kept;
}
void InstanceInfo::setOverriddenStatus(InstanceStatus status) { d->setStatus(status, true); }
void InstanceInfo::setOverriddenStatusText(const QString &text) { d->setStatusText(text, true); }

LeaseInfo InstanceInfo::leaseInfo() const { return d->leaseInfo; }
void InstanceInfo::setLeaseInfo(const LeaseInfo &lease) { d->leaseInfo = lease; }
bool InstanceInfo::isCoordinatingDiscoveryServer() const { return d->coordinatingDiscoveryServer; }
void InstanceInfo::setCoordinatingDiscoveryServer(bool c) { d->coordinatingDiscoveryServer = c; }

MetadataEntries InstanceInfo::metadata() const { return d->metadataEntries(); }

void InstanceInfo::setMetadata(const MetadataEntries &entries)
{
    InstanceFields fields = *d.constData();
    fields.metadata = entries.isEmpty() ? MetadataShapePointer() : MetadataShapePointer(new MetadataShape(entries, 0));
    d.reset(d.constData()->copyWith(fields, d.constData()->packedViews()));
}

QString InstanceInfo::metadataValue(const QString &key, const QString &defaultValue) const
{
    QString value;
    return d->metadataValue(key, &value) ? value : defaultValue;
}

void InstanceInfo::setMetadataValue(const QString &key, const QString &value)
{
    MetadataEntries entries = metadata();
    for (auto &entry : entries) {
        if (entry.first == key) {
            entry.second = value;
            setMetadata(entries);
            return;
        }
    }
    entries.append({key, value});
    setMetadata(entries);
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
    // A record shared with its delta would be copied whole: the copy would cost more than the
    // strings it could share.
    if (info.d.constData()->ref.loadRelaxed() != 1)
        return;
    const InstanceInfoData &o = *like.d;
    InstanceInfoData &d = *info.d;
    if (d.names != o.names && d.names && o.names && *d.names == *o.names)
        d.names = o.names;
    if (d.metadata && o.metadata && d.metadata != o.metadata && d.metadata->sameLayout(*o.metadata))
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
    return x.ends == y.ends && x.packedBytes() == y.packedBytes() && x.sameNames(y)
        && sameExtras(x, y) && x.dataCenterInfo == y.dataCenterInfo && x.sameMetadata(y)
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
