// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "decodepool.h"

#include "../bytehash_p.h"

#include <algorithm>
#include <cstring>

namespace Eureka {

namespace {

// Tables and buffers bigger than this are given back after a decode instead of being kept
// for the next one: a client idles between fetches, and deltas are small.
constexpr size_t KeepEntries = 1 << 14;
constexpr size_t KeepPaddedBytes = DecodePool::DefaultKeepBytes;

} // namespace

DecodePool::DecodePool()
    : m_keepBytes(KeepPaddedBytes)
{
}
DecodePool::~DecodePool() = default;

DecodePool &DecodePool::forThread()
{
    thread_local DecodePool pool;
    return pool;
}

void DecodePool::reset(bool keepInterned)
{
    m_freshDecode = !(keepInterned && m_values.size() <= 2 * m_valuesAfterFreshDecode + KeepEntries);
    if (m_freshDecode) {
        clearTables(false);
        return;
    }
    // A value counts as repeated when it comes twice in one document. A delta re-sends the
    // instances it carries, so across decodes every value of theirs would come twice: a git
    // commit or a port of one instance was interned, with a metadata shape of its own, and
    // a client fed whole-registry deltas held more than after its first fetch.
    if (m_seenOnceUsed) {
        std::fill(m_seenOnce.begin(), m_seenOnce.end(), 0);
        m_seenOnceUsed = 0;
    }
}

void DecodePool::clearTables(bool giveBack)
{
    // Tables sized for a large registry are given back unless this pool keeps its buffers
    // (the client's registry thread, between decodes that follow each other closely).
    const bool large = m_values.capacity() > KeepEntries || m_shapes.capacity() > KeepEntries;
    if (giveBack || (large && m_keepBytes <= KeepPaddedBytes)) {
        // Swapping with empty vectors gives the memory back; clear() would keep it.
        std::vector<QString>().swap(m_values);
        std::vector<Key>().swap(m_utf8Keys);
        std::string().swap(m_arena);
        std::vector<Slot>().swap(m_utf8Slots);
        std::vector<MetadataShapePointer>().swap(m_shapes);
        std::vector<quint64>().swap(m_seenOnce);
        std::vector<Slot>().swap(m_shapeSlots);
    } else {
        m_values.clear();
        m_utf8Keys.clear();
        m_arena.clear();
        std::fill(m_utf8Slots.begin(), m_utf8Slots.end(), Slot());
        m_shapes.clear();
        std::fill(m_seenOnce.begin(), m_seenOnce.end(), 0);
        std::fill(m_shapeSlots.begin(), m_shapeSlots.end(), Slot());
    }
    m_utf8Used = 0;
    m_seenOnceUsed = 0;
    m_lastNames.reset();
    for (Recent &recent : m_recent)
        recent.index = Own;
    for (RecentShape &recent : m_recentShapes) {
        recent.entries.clear();
        recent.hash = 0;
        recent.shape.reset();
    }
    m_dataCenters.clear();
    m_keyStats.clear();
    m_valuesAfterFreshDecode = 0;
}

void DecodePool::finish(size_t documentBytes)
{
    m_lastDocumentBytes = documentBytes;
    if (m_freshDecode)
        m_valuesAfterFreshDecode = m_values.size();
    m_dataCenters.clear(); // they hold metadata that the decoded registry may no longer use
    // The padded copy is the document plus a little: sized as the largest document decoded.
    if (documentBytes <= m_keepBytes && m_paddedCapacity / 2 <= m_keepBytes / 2 + 4096
        && size_t(m_inflated.capacity()) / 2 <= m_keepBytes / 2 + 4096)
        return;
    releaseBuffers();
}

StructuralIndex &DecodePool::structuralIndex()
{
    if (!m_structuralIndex)
        m_structuralIndex = std::make_unique<StructuralIndex>();
    return *m_structuralIndex;
}

void DecodePool::releaseBuffers(bool keepInterned)
{
    m_parser.reset();
    m_structuralIndex.reset();
    m_padded.reset();
    m_paddedCapacity = 0;
    m_inflated = QByteArray();
    if (!keepInterned)
        clearTables(true);
}

void DecodePool::grow(std::vector<Slot> &slots, size_t used)
{
    // Load factor at most 1/2: probes stay short.
    if (used * 2 < slots.size())
        return;
    std::vector<Slot> bigger(std::max<size_t>(64, slots.size() * 2));
    const size_t mask = bigger.size() - 1;
    for (const Slot &slot : slots) {
        if (!slot.index)
            continue;
        size_t i = slot.hash & mask;
        while (bigger[i].index)
            i = (i + 1) & mask;
        bigger[i] = slot;
    }
    slots.swap(bigger);
}

template<typename Equal>
DecodePool::Slot *DecodePool::find(std::vector<Slot> &slots, quint32 hash, Equal equal)
{
    const size_t mask = slots.size() - 1;
    size_t i = hash & mask;
    while (slots[i].index) {
        if (slots[i].hash == hash && equal(slots[i].index - 1))
            return &slots[i];
        i = (i + 1) & mask;
    }
    return &slots[i]; // the empty slot where it belongs
}

DecodePool::Index DecodePool::intern(std::string_view utf8)
{
    if (!utf8.data())
        utf8 = std::string_view("", 0);
    return intern(utf8, hashBytes(utf8.data(), utf8.size()), true);
}

DecodePool::Index DecodePool::intern(std::string_view utf8, quint32 hash, bool add)
{
    grow(m_utf8Slots, m_utf8Used);
    Slot *slot = find(m_utf8Slots, hash, [&](Index i) {
        const Key &key = m_utf8Keys[i];
        return key.size == utf8.size() && (utf8.empty() || std::memcmp(m_arena.data() + key.offset, utf8.data(), utf8.size()) == 0);
    });
    if (slot->index)
        return slot->index - 1;
    if (!add)
        return Own;
    const auto index = Index(m_values.size());
    m_values.push_back(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
    m_utf8Keys.push_back({quint32(m_arena.size()), quint32(utf8.size())});
    m_arena.append(utf8);
    *slot = {hash, index + 1};
    ++m_utf8Used;
    return index;
}

DecodePool::Index DecodePool::metadataValue(Index key, std::string_view utf8)
{
    if (key >= m_keyStats.size())
        m_keyStats.resize(size_t(key) + 1);
    KeyStats &stats = m_keyStats[key];
    // Interned while at least one lookup in eight finds the value already there.
    if (!stats.interning())
        return Own;
    ++stats.lookups;
    for (const Recent &recent : stats.recent) {
        if (recent.holds(utf8)) {
            ++stats.hits;
            return recent.index;
        }
    }
    const Index index = internedMetadataValue(stats, key, utf8);
    if (index != Own)
        stats.recent[stats.nextRecent++ % stats.recent.size()].remember(index, utf8);
    return index;
}

bool DecodePool::recentMetadataValue(Index key, std::string_view token, Index *out)
{
    if (key >= m_keyStats.size())
        return false;
    KeyStats &stats = m_keyStats[key];
    if (!stats.interning())
        return false;
    for (const Recent &recent : stats.recent) {
        if (recent.heldBy(token)) {
            ++stats.lookups;
            ++stats.hits;
            *out = recent.index;
            return true;
        }
    }
    return false;
}

DecodePool::Index DecodePool::internedMetadataValue(KeyStats &stats, Index key, std::string_view utf8)
{
    const quint32 hash = hashBytes(utf8.data(), utf8.size());
    const Index found = intern(utf8, hash, false);
    if (found != Own) {
        ++stats.hits;
        return found;
    }
    // Interned the second time it comes: a value that never comes again (a git commit built
    // once) stays the instance's own and adds no string or shape to the fleet's. Those would
    // sit between the records and keep their pages from being given back once they are freed.
    // A hash collision only interns a value early.
    if (m_seenOnce.size() < 2 * (m_seenOnceUsed + 1))
        growSeenOnce();
    const quint64 seen = (quint64(key) << 32 | hash) | 1; // never 0, which marks an empty slot
    const size_t mask = m_seenOnce.size() - 1;
    size_t i = size_t(hashMix(seen, 0)) & mask;
    while (m_seenOnce[i] && m_seenOnce[i] != seen)
        i = (i + 1) & mask;
    if (m_seenOnce[i]) {
        ++stats.hits;
        return intern(utf8, hash, true);
    }
    m_seenOnce[i] = seen;
    ++m_seenOnceUsed;
    return Own;
}

void DecodePool::growSeenOnce()
{
    std::vector<quint64> bigger(std::max<size_t>(64, m_seenOnce.size() * 2));
    const size_t mask = bigger.size() - 1;
    for (const quint64 seen : m_seenOnce) {
        if (!seen)
            continue;
        size_t i = size_t(hashMix(seen, 0)) & mask;
        while (bigger[i])
            i = (i + 1) & mask;
        bigger[i] = seen;
    }
    m_seenOnce.swap(bigger);
}

MetadataShapePointer DecodePool::shape(const std::vector<std::pair<Index, Index>> &entries, quint64 hash)
{
    if (entries.empty())
        return {};
    for (const RecentShape &recent : m_recentShapes) {
        if (recent.hash == hash && recent.entries.size() == entries.size()
            && std::memcmp(recent.entries.data(), entries.data(), entries.size() * sizeof(entries[0])) == 0)
            return recent.shape;
    }
    RecentShape &recent = m_recentShapes[m_nextRecentShape++ % m_recentShapes.size()];
    recent.shape = findShape(entries, quint32(hash ^ (hash >> 32)));
    recent.entries = entries;
    recent.hash = hash;
    return recent.shape;
}

MetadataShapePointer DecodePool::findShape(const std::vector<std::pair<Index, Index>> &entries, quint32 hash)
{
    grow(m_shapeSlots, m_shapes.size());
    quint64 ownMask = 0;
    for (size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].second == Own) {
            Q_ASSERT(i < size_t(MetadataShape::MaxOwnValues));
            ownMask |= quint64(1) << i;
        }
    }
    // Interned strings are shared, so equal entries are the very same string data.
    Slot *slot = find(m_shapeSlots, hash, [&](Index i) {
        const MetadataShape &shape = *m_shapes[i];
        const MetadataEntries &list = shape.entries;
        if (shape.ownMask != ownMask || list.size() != qsizetype(entries.size()))
            return false;
        for (size_t j = 0; j < entries.size(); ++j) {
            const auto [key, value] = entries[j];
            if (list[qsizetype(j)].first.constData() != m_values[key].constData()
                || (value != Own && list[qsizetype(j)].second.constData() != m_values[value].constData()))
                return false;
        }
        return true;
    });
    if (slot->index)
        return m_shapes[slot->index - 1];
    MetadataEntries list;
    list.reserve(qsizetype(entries.size()));
    for (const auto &[key, value] : entries)
        list.append({m_values[key], value == Own ? QString() : m_values[value]});
    *slot = {hash, Index(m_shapes.size() + 1)};
    m_shapes.push_back(MetadataShapePointer(new MetadataShape(std::move(list), ownMask)));
    return m_shapes.back();
}

InstanceNamesPointer DecodePool::names(Index app, Index vip, Index secureVip)
{
    const std::array<Index, 3> indexes{app, vip, secureVip};
    if (m_lastNames && indexes == m_lastNameIndexes)
        return m_lastNames;
    InstanceNamesPointer made = names(m_values[app], m_values[vip], m_values[secureVip]);
    if (made)
        m_lastNameIndexes = indexes;
    return made;
}

InstanceNamesPointer DecodePool::names(const QString &app, const QString &vip, const QString &secureVip)
{
    m_lastNameIndexes = {Own, Own, Own};
    if (app.isEmpty() && vip.isEmpty() && secureVip.isEmpty())
        return {};
    if (m_lastNames && m_lastNames->app == app && m_lastNames->vipAddress == vip
        && m_lastNames->secureVipAddress == secureVip)
        return m_lastNames;
    auto *names = new InstanceNames;
    names->app = app;
    names->vipAddress = vip;
    names->secureVipAddress = secureVip;
    m_lastNames = InstanceNamesPointer(names);
    return m_lastNames;
}

DataCenterInfo DecodePool::dataCenter(Index className, Index name)
{
    // A registry has one or two kinds of data center: a short list beats a table.
    for (const auto &[key, info] : m_dataCenters) {
        if (key.first == className && key.second == name)
            return info;
    }
    const DataCenterInfo info = dataCenter(className, name, MetadataEntries());
    m_dataCenters.push_back({{className, name}, info});
    return info;
}

DataCenterInfo DecodePool::dataCenter(Index className, Index name, const MetadataEntries &metadata)
{
    DataCenterInfo info;
    if (!m_values[name].isEmpty())
        info.setName(m_values[name]);
    if (!m_values[className].isEmpty())
        info.setClassName(m_values[className]);
    if (!metadata.isEmpty())
        info.setMetadata(metadata);
    return info;
}

const char *DecodePool::padded(const char *data, size_t size, size_t padding)
{
    if (data && data == m_inflated.constData() && size_t(m_inflated.capacity()) >= size + padding) {
        // Past the end but inside the allocation; not shared, so data() does not copy.
        std::memset(m_inflated.data() + size, 0, padding);
        return data;
    }
    if (m_paddedCapacity < size + padding) {
        m_paddedCapacity = size + padding;
        m_padded.reset(new char[m_paddedCapacity]);
    }
    if (size)
        std::memcpy(m_padded.get(), data, size);
    std::memset(m_padded.get() + size, 0, padding);
    return m_padded.get();
}

} // namespace Eureka
