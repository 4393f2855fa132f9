// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "decodepool.h"

#include <string>
#include <string_view>
#include <vector>

namespace Eureka {

// An instance's metadata as a decoder reads it: the entries go to a shape shared through the
// pool, the values only this instance has to bytes of its own (what InstanceInfoData::create
// takes after the six strings).
class MetadataBuilder
{
public:
    void clear()
    {
        m_entries.clear();
        m_own.clear();
        m_ownEnds.clear();
        m_hash = DecodePool::ShapeHashSeed;
    }
    void add(DecodePool &pool, DecodePool::Index key, std::string_view value);
    // An entry whose value the pool has interned already.
    void addShared(DecodePool::Index key, DecodePool::Index value) { append(key, value); }
    MetadataShapePointer shape(DecodePool &pool) const { return pool.shape(m_entries, m_hash); }

    QByteArrayView ownValues() const { return QByteArrayView(m_own.data(), qsizetype(m_own.size())); }
    const std::vector<quint32> &ownEnds() const { return m_ownEnds; }

private:
    void append(DecodePool::Index key, DecodePool::Index value)
    {
        m_entries.emplace_back(key, value);
        m_hash = DecodePool::shapeHash(m_hash, key, value);
    }

    std::vector<std::pair<DecodePool::Index, DecodePool::Index>> m_entries;
    std::string m_own;              // the own values, one after the other
    std::vector<quint32> m_ownEnds; // where each ends in m_own
    quint64 m_hash = DecodePool::ShapeHashSeed; // of m_entries, for the pool's shape table
};

} // namespace Eureka
