// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../instanceinfo_p.h"
#include "decodepool.h"

#include <EurekaClient/application.h>

#include <vector>

namespace Eureka {

// The records of one application as a decoder reads them, added to the application together
// once it is read: its instance list is then allocated once, at its final size, instead of
// growing (and leaving the buffers it outgrew between the records) as instances come.
class PendingRecords
{
public:
    // Whether records go to slabs of their own (RecordSlabs) rather than to the heap: when the
    // options allow it and the document is large enough to fill them.
    void useSlabsFor(const DecodeOptions &options, qsizetype documentBytes)
    {
        m_useSlabs = options.slabRecords && documentBytes >= SlabWorthyBytes;
        m_slabs.setGrouped(m_useSlabs && documentBytes >= GroupWorthyBytes);
    }
    // Makes the record, taking \a fields' shared parts; \a ownEnds are relative to \a own, one
    // per own metadata value.
    void add(InstanceFields &&fields, const std::array<QByteArrayView, InstanceFields::PackedCount> &packed,
             QByteArrayView own, const std::vector<quint32> &ownEnds);
    // Appends the records to \a app in the order they came, and forgets them.
    void flushInto(Application &app);
    void clear() { m_records.clear(); }

private:
    std::vector<InstanceInfo> m_records;
    RecordSlabs m_slabs;
    bool m_useSlabs = false;
};

} // namespace Eureka
