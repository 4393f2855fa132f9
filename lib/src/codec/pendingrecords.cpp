// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "pendingrecords.h"

#include "../application_p.h"

namespace Eureka {

void PendingRecords::add(InstanceFields &&fields, const std::array<QByteArrayView, InstanceFields::PackedCount> &packed,
                         QByteArrayView own, const std::vector<quint32> &ownEnds)
{
    Entry entry;
    entry.begin = m_bytes.size();
    for (int i = 0; i < InstanceFields::PackedCount; ++i) {
        m_bytes.append(packed[i].data(), size_t(packed[i].size()));
        entry.sizes[i] = quint32(packed[i].size());
    }
    m_bytes.append(own.data(), size_t(own.size()));
    entry.ownSize = quint32(own.size());
    entry.endsBegin = m_ownEnds.size();
    m_ownEnds.insert(m_ownEnds.end(), ownEnds.begin(), ownEnds.end());
    m_entries.push_back(entry);
    m_fields.push_back(std::move(fields));
}

void PendingRecords::flushInto(Application &app)
{
    QList<InstanceInfo> &instances = ApplicationPrivate::instances(app);
    instances.reserve(instances.size() + qsizetype(m_entries.size()));
    std::array<QByteArrayView, InstanceFields::PackedCount> views;
    for (size_t n = 0; n < m_entries.size(); ++n) {
        const Entry &entry = m_entries[n];
        size_t at = entry.begin;
        for (int i = 0; i < InstanceFields::PackedCount; ++i) {
            views[i] = QByteArrayView(m_bytes.data() + at, entry.sizes[i]);
            at += entry.sizes[i];
        }
        const QByteArrayView own(m_bytes.data() + at, entry.ownSize);
        instances.append(InstanceInfoPrivate::make(
            InstanceInfoData::create(m_fields[n], views, own, m_ownEnds.data() + entry.endsBegin)));
    }
    clear();
}

void PendingRecords::clear()
{
    m_fields.clear();
    m_entries.clear();
    m_bytes.clear();
    m_ownEnds.clear();
}

} // namespace Eureka
