// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../bytehash_p.h"
#include "../instanceinfo_p.h"
#include "structuralindex.h"

#include <EurekaClient/datacenterinfo.h>
#include <EurekaClient/instanceinfo.h>

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace Eureka {

// Scratch space of one decode, kept by whoever decodes often (the client's registry thread)
// so that its tables and buffers are allocated once, not per fetch:
// - an interner: values that repeat across a registry (app names, VIPs, metadata keys and
//   values) become one shared QString. Open addressing over a flat array; the UTF-8 keys are
//   copied into one arena, so a lookup is a hash and a memcmp, with no allocation;
// - metadata shapes shared between instances that carry the same keys and common values;
// - the padded copy of the input that simdjson needs.
// reset() forgets the entries at the start of a decode; what was decoded keeps its strings. A
// delta decode may keep them instead: what it re-sends then shares the held registry's strings
// and shapes, with no comparison afterwards.
class EUREKACLIENT_AUTOTEST_EXPORT DecodePool
{
public:
    using Index = quint32;
    // A metadata value not worth interning: the instance keeps it in its own bytes.
    static constexpr Index Own = 0xFFFFFFFFu;

    DecodePool();
    ~DecodePool();
    DecodePool(const DecodePool &) = delete;
    DecodePool &operator=(const DecodePool &) = delete;

    // Start of a decode: forgets the entries (what was decoded keeps its strings), or with
    // \a keepInterned keeps them, unless they have grown far past what the last decode that
    // started afresh interned (values that came and went).
    void reset(bool keepInterned = false);
    // The pool of the calling thread, for decoders called without one.
    static DecodePool &forThread();
    // End of a decode of \a documentBytes: buffers sized for a large document are given back,
    // so a client idling between fetches does not hold them; those for small ones (deltas,
    // single instances) are kept for the next decode, saving their allocation and page faults.
    void finish(size_t documentBytes);
    // Documents up to this size leave their buffers for the next decode (default 2 MB).
    static constexpr size_t DefaultKeepBytes = 2 << 20;
    void setKeepBytes(size_t bytes) { m_keepBytes = bytes; }
    // The size of the document the last decode read (inflated).
    size_t lastDocumentBytes() const { return m_lastDocumentBytes; }
    // The padded copy of the input kept for the next decode; 0 when documents were read in place.
    size_t paddedCopyBytes() const { return m_paddedCapacity; }
    // Strings interned and metadata shapes made since the tables were last cleared.
    size_t internedCount() const { return m_values.size(); }
    size_t shapeCount() const { return m_shapes.size(); }
    // Gives back the parser, the padded copy and, unless \a keepInterned, the tables, whatever
    // their size.
    void releaseBuffers(bool keepInterned = false);

    // Parser state that a decoder keeps here between decodes (the JSON decoder's simdjson
    // parser); the pool only owns it.
    struct Reusable
    {
        virtual ~Reusable() = default;
    };
    std::unique_ptr<Reusable> &parser() { return m_parser; }
    // The JSON decoder's indexed path keeps its stage 1 buffers here.
    StructuralIndex &structuralIndex();

    Index intern(std::string_view utf8);
    // intern() for a call site whose strings repeat from one instance to the next (the n-th
    // metadata key, the app name): a memcmp with the last string at \a site spares the hash and
    // the table. Sites are numbered by the caller, below RecentSites.
    static constexpr int RecentSites = 24;
    Index internAt(int site, std::string_view utf8)
    {
        Recent &recent = m_recent[size_t(site)];
        if (!recent.holds(utf8))
            recent.remember(intern(utf8), utf8);
        return recent.index;
    }
    // internAt() for a raw string in the input (\a raw: its first byte, after the opening
    // quote; \a end: the document's) that is the site's last string byte for byte: its index
    // without finding where the string ends or hashing it; Own when it is another.
    Index recentAt(int site, const char *raw, const char *end) const
    {
        const Recent &recent = m_recent[size_t(site)];
        return recent.heldAt(raw, end) ? recent.index : Own;
    }
    const QString &string(Index index) const { return m_values[index]; }

    // A metadata value under \a key: interned while that key's values repeat, else (a start
    // time, a port per instance: values that never come again) Own, which spares the table a
    // lookup and an entry that would never be hit.
    Index metadataValue(Index key, std::string_view utf8);
    // metadataValue() for a raw string token (quoted, straight from the input) that is one of
    // the values last interned under \a key byte for byte: true and its index, counted as
    // metadataValue() counts it. False when it is not (the caller reads the token).
    bool recentMetadataValue(Index key, std::string_view token, Index *out);
    // What a metadata shape's hash starts from, and adds for each entry (MetadataBuilder keeps
    // it as entries come, so shape() does not walk them again).
    static constexpr quint64 ShapeHashSeed = 0x243F6A8885A308D3ull;
    static quint64 shapeHash(quint64 hash, Index key, Index value) { return hashMix(hash, (quint64(key) << 32) | value); }

    // The shared shape of these (key, value) entries, Own marking the instance's own values
    // (at most MetadataShape::MaxOwnValues of them, the first ones).
    // \a hash: shapeHash() over the entries from ShapeHashSeed.
    MetadataShapePointer shape(const std::vector<std::pair<Index, Index>> &entries, quint64 hash);
    // The shared names of an instance: the last ones asked for when equal (the instances of an
    // application come together), else new ones; null when all three are empty.
    InstanceNamesPointer names(const QString &app, const QString &vip, const QString &secureVip);
    // The same for interned strings: equal to the last ones when their indexes are.
    InstanceNamesPointer names(Index app, Index vip, Index secureVip);

    // The shared data center of a (class name, name) pair without metadata.
    DataCenterInfo dataCenter(Index className, Index name);
    // One with metadata (Amazon's: the instance's id and addresses): the instance's own.
    DataCenterInfo dataCenter(Index className, Index name, const MetadataEntries &metadata);

    // A copy of \a data followed by \a padding readable bytes (simdjson reads past the end),
    // or \a data itself when it is inflateBuffer() with room for the padding.
    const char *padded(const char *data, size_t size, size_t padding);
    // Where a gzip body is inflated, kept like the padded copy: a registry of 100,000
    // instances is 110 MB, and mapping and unmapping that much on every fetch stalls the
    // process's other threads (the GUI's) while page tables are updated.
    QByteArray &inflateBuffer() { return m_inflated; }

private:
    struct Slot
    {
        quint32 hash = 0;
        Index index = 0; // index + 1; 0 marks an empty slot
    };
    struct Key
    {
        quint32 offset;
        quint32 size;
    };
    void clearTables(bool giveBack);
    template<typename Equal>
    Slot *find(std::vector<Slot> &slots, quint32 hash, Equal equal);
    void grow(std::vector<Slot> &slots, size_t used);
    // The index of \a utf8 (hashed to \a hash), added when \a add; else Own when absent.
    Index intern(std::string_view utf8, quint32 hash, bool add);
    void growSeenOnce();

    std::vector<QString> m_values;
    std::vector<Key> m_utf8Keys;   // parallel to m_values
    std::string m_arena;           // the bytes of the UTF-8 keys
    std::vector<Slot> m_utf8Slots;
    size_t m_utf8Used = 0;

    std::vector<MetadataShapePointer> m_shapes;
    // A string interned last (at a call site, or as a key's value) and its bytes.
    struct Recent
    {
        std::string bytes;
        Index index = Own;
        // Neither a quote nor a backslash in bytes: raw text that starts with them and ends
        // with a quote right after is this very string, escapes and all.
        bool plain = false;
        bool holds(std::string_view utf8) const
        {
            return index != Own && bytes.size() == utf8.size()
                && (utf8.empty() || std::memcmp(bytes.data(), utf8.data(), utf8.size()) == 0);
        }
        // Its first eight bytes as a word, and which of them it has: most candidates differ
        // there (zone-a, zone-b), and a word compare spares a call to memcmp.
        quint64 head = 0;
        quint64 headMask = 0;
        // A raw string's text, after its opening quote, in a document ending at \a end. The
        // input is padded: reading a word from raw is safe, however close to the end.
        bool heldAt(const char *raw, const char *end) const
        {
            quint64 word;
            std::memcpy(&word, raw, sizeof word);
            const size_t n = bytes.size();
            return plain && (word & headMask) == head && n < size_t(end - raw) && raw[n] == '"'
                && (n <= sizeof word || std::memcmp(raw + sizeof word, bytes.data() + sizeof word, n - sizeof word) == 0);
        }
        // A raw string token, its quotes included.
        bool heldBy(std::string_view token) const
        {
            return plain && token.size() >= bytes.size() + 2 && token.front() == '"'
                && heldAt(token.data() + 1, token.data() + token.size());
        }
        void remember(Index interned, std::string_view utf8)
        {
            index = interned;
            bytes.assign(utf8.data() ? utf8.data() : "", utf8.size());
            plain = bytes.find_first_of("\"\\") == std::string::npos;
            const size_t headBytes = std::min(bytes.size(), sizeof head);
            head = 0;
            std::memcpy(&head, bytes.data(), headBytes);
            headMask = 0;
            std::memset(&headMask, 0xff, headBytes);
        }
    };
    std::array<Recent, RecentSites> m_recent;
    struct KeyStats
    {
        quint32 lookups = 0;
        quint32 hits = 0;
        // The key's last interned values: an application's instances take turns among a few
        // zones, versions, commits.
        std::array<Recent, 4> recent;
        quint32 nextRecent = 0;
        bool interning() const { return lookups < 64 || hits * 8 >= lookups; }
    };
    std::vector<KeyStats> m_keyStats; // by key index
    // metadataValue() past its cache of the key's last values.
    Index internedMetadataValue(KeyStats &stats, Index key, std::string_view utf8);
    std::vector<Slot> m_shapeSlots;
    // The shapes last asked for, by their entries: an application's instances take turns among
    // a few (one per zone), and comparing a few pairs of indexes spares the hash and the table.
    struct RecentShape
    {
        std::vector<std::pair<Index, Index>> entries;
        quint64 hash = 0;
        MetadataShapePointer shape;
    };
    std::array<RecentShape, 8> m_recentShapes;
    size_t m_nextRecentShape = 0;
    MetadataShapePointer findShape(const std::vector<std::pair<Index, Index>> &entries, quint32 hash);
    InstanceNamesPointer m_lastNames;
    std::array<Index, 3> m_lastNameIndexes{Own, Own, Own}; // of m_lastNames, when made from indexes
    std::vector<quint64> m_seenOnce; // (key, hash of value) of metadata values seen once
    size_t m_seenOnceUsed = 0;
    size_t m_valuesAfterFreshDecode = 0;
    bool m_freshDecode = true;

    std::vector<std::pair<std::pair<Index, Index>, DataCenterInfo>> m_dataCenters;

    size_t m_keepBytes;
    size_t m_lastDocumentBytes = 0;
    std::unique_ptr<Reusable> m_parser;
    std::unique_ptr<StructuralIndex> m_structuralIndex;
    std::unique_ptr<char[]> m_padded;
    size_t m_paddedCapacity = 0;
    QByteArray m_inflated;
};

// How a decode runs: with whose scratch space, and whether it should give up early.
struct DecodeOptions
{
    DecodePool *pool = nullptr;                 // a temporary one when null
    std::function<bool()> cancelled;            // polled every few hundred instances
    qsizetype maxInflatedBytes = 0;             // for a gzip body; 0: MaxDocumentSize
    bool keepInterned = false;                  // a delta to the registry the pool last decoded
    // Bytes of the caller's buffer past the end of the document that may be read (their content
    // does not matter): with InputPadding or more, the JSON decoder reads the document where it
    // is instead of copying it into a padded buffer first.
    qsizetype readablePastEnd = 0;
    // Records in slabs of their own (RecordSlabs), for a decode whose records are replaced
    // together: a full registry, a delta that re-sends most of it. Only documents of
    // SlabWorthyBytes or more take them; a smaller one would hold most of a slab empty.
    bool slabRecords = false;
    // Decodes JSON registries on On-Demand alone, without trying the indexed path first: for
    // tests and fuzzers that compare the two.
    bool onDemandOnly = false;
    // How much of a document the indexed path indexes at a time (it ends a stretch at the next
    // boundary between two objects of an array); 0: IndexedStretchBytes. Tests make it small to
    // cross many boundaries.
    qsizetype indexedStretchBytes = 0;
};

inline constexpr qsizetype IndexedStretchBytes = 256 * 1024;

// What the JSON decoder may read past the end of a document (simdjson's SIMDJSON_PADDING).
inline constexpr qsizetype InputPadding = 64;

// A document this large (about a thousand instances) fills record slabs.
inline constexpr qsizetype SlabWorthyBytes = 1 << 20;
// And this large (about four thousand) fills most of a group of them, mapped as one huge page.
inline constexpr qsizetype GroupWorthyBytes = 4 << 20;

} // namespace Eureka
