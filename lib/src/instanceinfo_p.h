// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "metadatashape_p.h"
#include "recordslabs_p.h"

#include <EurekaClient/instanceinfo.h>

#include <QtCore/QAnyStringView>

#include <array>

namespace Eureka {

// The names an instance shares with the rest of its application: one object per application
// in a decoded registry, so a record holds a pointer rather than three strings.
struct InstanceNames : public QSharedData
{
    QString app;
    QString vipAddress;
    QString secureVipAddress;

    bool operator==(const InstanceNames &o) const
    {
        return app == o.app && vipAddress == o.vipAddress && secureVipAddress == o.secureVipAddress;
    }
};
using InstanceNamesPointer = QExplicitlySharedDataPointer<const InstanceNames>;

// Every field of an instance but its own strings: what a decoder fills in before the record
// is made, and what a record copies.
struct InstanceFields
{
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

    const QString &name(QString InstanceNames::*member) const;
    void setName(QString InstanceNames::*member, const QString &value);
    bool sameNames(const InstanceFields &other) const
    {
        return names == other.names || (names && other.names && *names == *other.names)
            || (name(&InstanceNames::app) == other.name(&InstanceNames::app)
                && name(&InstanceNames::vipAddress) == other.name(&InstanceNames::vipAddress)
                && name(&InstanceNames::secureVipAddress) == other.name(&InstanceNames::secureVipAddress));
    }

    const QString &extra(QString Extras::*member) const;
    void setExtra(QString Extras::*member, const QString &value);
    void setStatus(InstanceStatus value, bool overridden);
    // Keeps the text only when the enum would lose it, so known statuses cost nothing.
    void setStatusText(const QString &text, bool overridden);

    std::array<quint32, PackedCount> ends{}; // of the six strings in the record's bytes
    InstanceNamesPointer names; // null: all three empty
    QSharedDataPointer<Extras> extras;
    DataCenterInfo dataCenterInfo;
    MetadataShapePointer metadata;
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

// Registries of 100,000 instances are held in memory, so the layout is about bytes and pages:
// - a record and the strings only it has (id, host, IP, three URLs as UTF-8, then the metadata
//   values that are its own) are one allocation. A record replaced by a delta then frees
//   whole pages, where separate string buffers kept alive by sharing left holes between them;
// - what is shared across a fleet (app and VIP names, metadata keys and common values) is a
//   pointer to one copy per application or shape;
// - fields most registries never set live in an Extras block allocated on first use.
// Bytes after the record: [six strings][own metadata values][quint32 end of each own value].
class InstanceInfoData : public QSharedData, public InstanceFields
{
public:
    // A record of \a fields with these strings; views may point into another record.
    static InstanceInfoData *create(const InstanceFields &fields, const std::array<QByteArrayView, PackedCount> &utf8,
                                    QByteArrayView ownValues = {}, const quint32 *ownEnds = nullptr);
    // The same, taking \a fields' shared parts instead of sharing them once more (a decoder's,
    // which starts the next instance afresh), in \a slabs when given.
    static InstanceInfoData *create(InstanceFields &&fields, const std::array<QByteArrayView, PackedCount> &utf8,
                                    QByteArrayView ownValues = {}, const quint32 *ownEnds = nullptr,
                                    RecordSlabs *slabs = nullptr);
    InstanceInfoData *clone() const;
    // A record of \a fields with these six strings, keeping this record's own metadata values
    // when \a fields keeps its metadata shape (and dropping them with it otherwise).
    InstanceInfoData *copyWith(const InstanceFields &fields,
                               const std::array<QByteArrayView, PackedCount> &utf8) const;
    // The record of a default-constructed InstanceInfo, shared by all of them.
    static InstanceInfoData *sharedDefault();
    ~InstanceInfoData();
    void *operator new(size_t) = delete; // create() sizes the allocation
    void operator delete(void *p); // to the heap or to the record's slab
    // Whether the record lies in a slab (RecordSlabs) rather than in the heap.
    bool inSlab() const { return m_inSlab; }

    QUtf8StringView packedView(Packed field) const
    {
        const quint32 start = field == 0 ? 0 : ends[field - 1];
        return QUtf8StringView(bytes() + start, qsizetype(ends[field] - start));
    }
    QString packedString(Packed field) const { return packedView(field).toString(); }
    bool packedEquals(Packed field, QStringView value) const
    {
        return QAnyStringView::compare(packedView(field), value) == 0;
    }
    std::array<QByteArrayView, PackedCount> packedViews() const;
    // The six strings, all at once.
    QByteArrayView packedBytes() const { return QByteArrayView(bytes(), ends[PackedCount - 1]); }

    // The \a index-th metadata value that is the instance's own.
    QUtf8StringView ownValue(int index) const;
    MetadataEntries metadataEntries() const;
    // The value of \a key; false when there is no such key.
    bool metadataValue(QStringView key, QString *value) const;
    bool sameMetadata(const InstanceInfoData &other) const;

private:
    template<typename Fields>
    InstanceInfoData(Fields &&fields, quint32 byteCount)
        : InstanceFields(std::forward<Fields>(fields))
        , m_byteCount(byteCount)
        , m_inSlab(false)
    {
    }
    template<typename Fields>
    static InstanceInfoData *make(Fields &&fields, const std::array<QByteArrayView, PackedCount> &utf8,
                                  QByteArrayView ownValues, const quint32 *ownEnds, RecordSlabs *slabs = nullptr);
    const char *bytes() const { return reinterpret_cast<const char *>(this + 1); }
    char *bytes() { return reinterpret_cast<char *>(this + 1); }
    quint32 ownEnd(int index) const;

    quint32 m_byteCount : 31; // a record's strings come from a document of at most 256 MB
    quint32 m_inSlab : 1;
};

// The library's own back door into InstanceInfo's data (decoders, Application lookups).
class InstanceInfoPrivate
{
public:
    static const InstanceInfoData *constData(const InstanceInfo &info) { return info.d.constData(); }
    // Adopts \a data, a record new from InstanceInfoData::create() that nothing references yet.
    static InstanceInfo make(InstanceInfoData *data);
    // Makes \a info use \a like's copies of every shared part the two have equal (strings,
    // metadata shape, data center) when that costs no copy of \a info's record. The value of
    // \a info does not change.
    static void shareEqualParts(InstanceInfo &info, const InstanceInfo &like);
    // Whether \a after, re-sent by a delta, says anything \a before did not. Netflix's server
    // re-sends every instance changed in its last three minutes in each delta, decorated with
    // its current lease: an instance that has only heartbeated since differs in
    // leaseInfo.lastRenewalTimestamp, and the actionType describes the event, not the instance.
    // Neither is a change.
    static bool sameState(const InstanceInfo &before, const InstanceInfo &after);
    // Copies \a info's record out of its record slab into the heap, if it lies in one. A delta's
    // changes outlive the rest of it (the dashboard's rows keep them while later deltas re-send
    // the instance unchanged), and a few records would each keep a slab of records long gone.
    static void moveToHeap(InstanceInfo &info);
};

} // namespace Eureka

// A record and its bytes are one allocation, which the default copy cannot make.
template<>
Eureka::InstanceInfoData *QSharedDataPointer<Eureka::InstanceInfoData>::clone();
