// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../instanceinfo_p.h"
#include "decodecontext.h"
#include "decodepool.h"
#include "jsontext_p.h"
#include "metadatabuilder.h"
#include "pendingrecords.h"

#include <QtCore/QByteArrayView>

#include <array>
#include <cstdint>
#include <limits>
#include <string_view>

namespace Eureka::JsonDecoder {

// An object written exactly as the last one read at the same place, and what it was read as:
// every instance of a fleet in one data center carries the same dataCenterInfo, and the
// instances of an application the same ports. The text is a view of the input.
template<typename T>
struct Repeated
{
    std::string_view text;
    T value{};
    uint32_t tokens = 0; // the positions it spans, when the indexed path read it
};

// What the JSON decoder's two readers (On-Demand's, and the indexed path's walk over the
// structural index) share: the fields of the instance being read, the pool that interns its
// strings, the records made of them, and the objects the instance before was written with.
class RecordReader
{
public:
    bool failed() const { return m_ctx.failed(); }

protected:
    RecordReader(CodecError *error, DecodePool &pool, const DecodeOptions &options);

    // The document with InputPadding readable bytes past its end, or null (and an error)
    // when it cannot be decoded at all.
    const char *prepare(QByteArrayView data);

    void beginInstance()
    {
        m_fields = m_blankFields; // a copy, not a temporary: no record built and dropped per instance
        m_app = m_vip = m_secureVip = m_emptyIndex;
        m_packed.fill(QByteArrayView());
        m_metadata.clear();
    }

    void endInstance(bool sawDataCenter)
    {
        using P = InstanceFields;
        if (!sawDataCenter)
            m_fields.dataCenterInfo = m_defaultDataCenter;
        m_fields.names = m_pool.names(m_app, m_vip, m_secureVip);
        // Netflix's InstanceInfo.getId() falls back to the host name for old clients.
        if (m_packed[P::InstanceId].isEmpty())
            m_packed[P::InstanceId] = m_packed[P::HostName];
    }

    // Which of an instance's members a raw key is (JsonText::matchInOrder()).
    static JsonText::Field fieldOf(const char *rawKey, int *next)
    {
        using namespace JsonText;
        static const std::array<KeyPattern, FieldCount> patterns = [] {
            std::array<KeyPattern, FieldCount> all;
            for (int i = 0; i < FieldCount; ++i)
                all[size_t(i)] = KeyPattern(fieldNames[i].text);
            return all;
        }();
        const int i = matchInOrder(patterns, rawKey, next);
        return i < 0 ? Field::Unknown : Field(i);
    }

    // A string's text; interned when \a site says where from.
    QString text(std::string_view utf8, int site)
    {
        return site == NotInterned ? JsonText::fromUtf8(utf8) : m_pool.string(m_pool.internAt(site, utf8));
    }

    // Interning call sites (DecodePool::internAt): the first ones are metadata keys by position.
    enum Site { MetadataKeySites = 16, SiteApp = MetadataKeySites, SiteVip, SiteSecureVip, SiteAppGroup, SiteSid,
                SiteAsg, SiteName, SiteDataCenter, NotInterned = -1 };
    static_assert(SiteDataCenter < DecodePool::RecentSites);

    // Whether the value at \a start is written exactly as \a last's object: a whole JSON object
    // ends where its text does, so it is that object, and left unread (the loop over the
    // instance's members skips it).
    template<typename T>
    bool repeats(const char *start, const Repeated<T> &last) const
    {
        return !last.text.empty() && size_t(m_end - start) >= last.text.size()
            && std::memcmp(start, last.text.data(), last.text.size()) == 0;
    }

    // A lease's members in the order Netflix writes them.
    static const std::array<JsonText::KeyPattern, 6> &leaseKeys();
    // A lease from its members' values in that order: false when an interval is out of int range.
    static bool setLease(const std::array<qint64, 6> &values, LeaseInfo *out)
    {
        const auto fitsInt = [](qint64 n) { return n >= std::numeric_limits<int>::min() && n <= std::numeric_limits<int>::max(); };
        if (!fitsInt(values[0]) || !fitsInt(values[1]))
            return false;
        out->renewalIntervalInSecs = int(values[0]);
        out->durationInSecs = int(values[1]);
        out->registrationTimestamp = values[2];
        out->lastRenewalTimestamp = values[3];
        out->evictionTimestamp = values[4];
        out->serviceUpTimestamp = values[5];
        return true;
    }

    DecodeContext m_ctx;
    DecodePool &m_pool;
    const DecodeOptions &m_options;
    DecodePool::Index m_emptyIndex = 0;
    quint64 m_instances = 0;
    InstanceFields m_fields; // of the instance being decoded
    // Every field's default but the data center, left empty (moved from, so only assignment
    // may touch it) until the instance's own is set: resetting the fields for each instance then
    // costs no reference count, and neither does handing them to the record.
    static InstanceFields blankFields();
    const InstanceFields m_blankFields = blankFields();
    const DataCenterInfo m_defaultDataCenter;
    DecodePool::Index m_app = 0, m_vip = 0, m_secureVip = 0; // its names, shared by m_fields.names when read
    PendingRecords m_pending;
    std::array<QByteArrayView, InstanceFields::PackedCount> m_packed;
    const char *m_end = nullptr; // of the document
    Repeated<std::pair<int, bool>> m_lastPort, m_lastSecurePort;
    Repeated<DataCenterInfo> m_lastDataCenter;
    MetadataBuilder m_metadata; // of the instance being decoded
};

} // namespace Eureka::JsonDecoder
