// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/instanceinfo.h>

#include <QtCore/QAnyStringView>

#include <array>

namespace Eureka {

// Registries of 100,000 instances are held in memory, so the layout is about bytes:
// - the six strings every instance has its own copy of (id, host, IP, three URLs) are packed
//   into one UTF-8 buffer: one allocation instead of six, and half the bytes of UTF-16;
// - strings shared across a fleet (app, VIPs) are interned QStrings: 24 bytes, no heap;
// - fields most registries never set live in an Extras block allocated on first use.
class InstanceInfoData : public QSharedData
{
public:
    enum Packed { InstanceId, HostName, IpAddr, HomePageUrl, StatusPageUrl, HealthCheckUrl, PackedCount };

    struct Extras : public QSharedData
    {
        QString appGroupName;
        QString sid;
        QString asgName;
        QString secureHealthCheckUrl;
        // Only set when the wire carried a status the enum cannot name ("DEGRADED").
        QString statusText;
        QString overriddenStatusText;
    };

    QUtf8StringView packedView(Packed field) const
    {
        const quint32 start = field == 0 ? 0 : ends[field - 1];
        return QUtf8StringView(packed.constData() + start, qsizetype(ends[field] - start));
    }
    QString packedString(Packed field) const { return packedView(field).toString(); }
    bool packedEquals(Packed field, QStringView value) const
    {
        return QAnyStringView::compare(packedView(field), value) == 0;
    }
    void setPacked(Packed field, QStringView value);
    // Sets all six at once from UTF-8, for decoders.
    void setAllPacked(const std::array<QByteArrayView, PackedCount> &utf8);

    const QString &extra(QString Extras::*member) const;
    void setExtra(QString Extras::*member, const QString &value);

    QByteArray packed;
    std::array<quint32, PackedCount> ends{};
    QString app;
    QString vipAddress;
    QString secureVipAddress;
    QSharedDataPointer<Extras> extras;
    DataCenterInfo dataCenterInfo;
    MetadataEntries metadata;
    LeaseInfo leaseInfo;
    qint64 lastUpdatedTimestamp = 0;
    qint64 lastDirtyTimestamp = 0;
    qint32 port = 7001;
    qint32 securePort = 7002;
    qint32 countryId = 1;
    InstanceStatus status = InstanceStatus::Up;
    InstanceStatus overriddenStatus = InstanceStatus::Unknown;
    ActionType actionType = ActionType::None;
    bool portEnabled = true;
    bool securePortEnabled = false;
    bool coordinatingDiscoveryServer = false;
};

// The library's own back door into InstanceInfo's data (decoders, Application lookups).
class InstanceInfoPrivate
{
public:
    static InstanceInfoData *data(InstanceInfo &info) { return info.d.data(); }
    static const InstanceInfoData *constData(const InstanceInfo &info) { return info.d.constData(); }
    // Makes \a info use \a like's copies of every part the two have equal (strings, metadata,
    // data center, the packed per-instance strings), so that an instance re-sent by a delta
    // costs no memory beyond its own small record. The value of \a info does not change.
    static void shareEqualParts(InstanceInfo &info, const InstanceInfo &like);
    // Whether \a after, re-sent by a delta, says anything \a before did not. Netflix's server
    // re-sends every instance changed in its last three minutes in each delta, decorated with
    // its current lease: an instance that has only heartbeated since differs in
    // leaseInfo.lastRenewalTimestamp, and the actionType describes the event, not the instance.
    // Neither is a change.
    static bool sameState(const InstanceInfo &before, const InstanceInfo &after);
};

} // namespace Eureka
