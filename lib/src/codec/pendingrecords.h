// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../instanceinfo_p.h"

#include <EurekaClient/application.h>

#include <string>
#include <vector>

namespace Eureka {

// The instances of one application as a decoder reads them, made into records together once
// the application is read. The strings and metadata shapes the registry shares come into
// being as it is read; records made in between would have them on their pages, and those pages
// could not be given back when a delta later replaces the records. Made afterwards, the
// records lie side by side and free their pages whole.
class PendingRecords
{
public:
    // Copies the strings; \a ownEnds are relative to \a own, one per own metadata value.
    void add(InstanceFields &&fields, const std::array<QByteArrayView, InstanceFields::PackedCount> &packed,
             QByteArrayView own, const std::vector<quint32> &ownEnds);
    // Appends the records to \a app in the order they came, and forgets them.
    void flushInto(Application &app);
    void clear();

private:
    struct Entry
    {
        size_t begin; // of the six strings, then the own values, in m_bytes
        std::array<quint32, InstanceFields::PackedCount> sizes;
        quint32 ownSize;
        size_t endsBegin; // in m_ownEnds
    };
    std::vector<InstanceFields> m_fields;
    std::vector<Entry> m_entries;
    std::string m_bytes;
    std::vector<quint32> m_ownEnds;
};

} // namespace Eureka
