// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "metadatabuilder.h"

namespace Eureka {

void MetadataBuilder::add(DecodePool &pool, DecodePool::Index key, std::string_view value)
{
    // Past the shape's mask every value is shared, however rarely it comes.
    const DecodePool::Index index = m_entries.size() < size_t(MetadataShape::MaxOwnValues)
        ? pool.metadataValue(key, value)
        : pool.intern(value);
    if (index == DecodePool::Own) {
        if (!value.empty()) // an empty view may carry a null pointer
            m_own.append(value.data(), value.size());
        m_ownEnds.push_back(quint32(m_own.size()));
    }
    append(key, index);
}

} // namespace Eureka
