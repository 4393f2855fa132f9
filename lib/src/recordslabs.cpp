// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "recordslabs_p.h"

#include <atomic>
#include <mutex>
#include <new>
#include <vector>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#include <unistd.h>
#define EUREKA_RECORD_SLABS 1
#endif

// Under AddressSanitizer a freed record's bytes are poisoned, so that a read after its last
// reference went still fails as it does for a heap record; and the slabs are roots for the leak
// checker, which does not look into memory mapped apart from the heap for the shared parts
// (names, metadata) that records point to.
#if defined(__SANITIZE_ADDRESS__)
#define EUREKA_SLABS_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define EUREKA_SLABS_UNDER_ASAN 1
#endif
#endif
#if EUREKA_SLABS_UNDER_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/lsan_interface.h>
#endif

namespace Eureka {

struct RecordSlabs::Header
{
    // Records alive, plus Open while a decode still places records in the slab: a record freed
    // meanwhile (a duplicate id dropped) cannot take it to zero.
    static constexpr int Open = 1 << 30;
    std::atomic<int> live{Open};
    int placed = 0; // records placed, once the decode is done with the slab
    // The mapped slabs, for sparse(): linked under slabsLock.
    Header *previous = nullptr;
    Header *next = nullptr;
    Group *group = nullptr; // when mapped with others as one huge page
};

struct RecordSlabs::Group
{
    explicit Group(char *at)
        : base(at)
    {
    }
    // Slabs handed out and not yet given back, plus Open while the decode may hand out more.
    std::atomic<int> live{Header::Open};
    // Once a slab goes back, its pages are given back one by one and the huge page is split: the
    // group must then not be merged into one again (khugepaged would fill the holes left).
    std::atomic<bool> split{false};
    char *const base;
    Group *previous = nullptr; // linked under slabsLock
    Group *next = nullptr;
};

namespace {
constexpr size_t HeaderBytes = 64;
static_assert(sizeof(RecordSlabs::Header) <= HeaderBytes);

std::mutex slabsLock;
RecordSlabs::Header *firstSlab = nullptr; // under slabsLock
RecordSlabs::Group *firstGroup = nullptr; // under slabsLock
std::atomic<int> mappedSlabs{0};
std::atomic<int> mappedGroups{0};

// The lists of mapped slabs and groups, changed under slabsLock.
template<typename T>
void linkFirst(T *item, T *&first)
{
    const std::lock_guard<std::mutex> lock(slabsLock);
    item->next = first;
    if (first)
        first->previous = item;
    first = item;
}

template<typename T>
void unlink(T *item, T *&first)
{
    const std::lock_guard<std::mutex> lock(slabsLock);
    (item->previous ? item->previous->next : first) = item->next;
    if (item->next)
        item->next->previous = item->previous;
}

std::atomic<bool> enabled{true};

#if EUREKA_RECORD_SLABS
// \a bytes aligned to \a bytes: a record finds its slab's header from its own address, and a
// group of slabs can be one huge page.
char *mapAligned(size_t bytes)
{
    const size_t span = 2 * bytes;
    void *mapped = mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        return nullptr;
    const auto start = std::uintptr_t(mapped);
    const auto aligned = (start + bytes - 1) & ~std::uintptr_t(bytes - 1);
    if (aligned > start)
        munmap(mapped, aligned - start);
    const std::uintptr_t end = aligned + bytes;
    if (start + span > end)
        munmap(reinterpret_cast<void *>(end), start + span - end);
    return reinterpret_cast<char *>(aligned);
}

// The slab's pages are faulted in at once: a decode writes all of them, and one call costs less
// than a page fault each. In a group, the first slab's call faults in the whole huge page.
RecordSlabs::Header *placeSlab(char *at, RecordSlabs::Group *group)
{
#ifdef MADV_POPULATE_WRITE
    madvise(at, RecordSlabs::SlabBytes, MADV_POPULATE_WRITE);
#endif
    auto *slab = ::new (at) RecordSlabs::Header;
    slab->group = group;
#if EUREKA_SLABS_UNDER_ASAN
    __lsan_register_root_region(slab, RecordSlabs::SlabBytes);
#endif
    linkFirst(slab, firstSlab);
    mappedSlabs.fetch_add(1, std::memory_order_relaxed);
    return slab;
}

RecordSlabs::Header *mapSlab()
{
    char *at = mapAligned(RecordSlabs::SlabBytes);
    return at ? placeSlab(at, nullptr) : nullptr;
}

RecordSlabs::Group *mapGroup()
{
    char *at = mapAligned(RecordSlabs::GroupBytes);
    if (!at)
        return nullptr;
#ifdef MADV_HUGEPAGE
    // Where the system has no huge pages, the group is 4 KiB pages, as slabs mapped one by one.
    madvise(at, RecordSlabs::GroupBytes, MADV_HUGEPAGE);
#endif
    auto *group = new RecordSlabs::Group(at);
    linkFirst(group, firstGroup);
    mappedGroups.fetch_add(1, std::memory_order_relaxed);
    return group;
}

void unmapGroup(RecordSlabs::Group *group)
{
    unlink(group, firstGroup);
    mappedGroups.fetch_sub(1, std::memory_order_relaxed);
    munmap(group->base, RecordSlabs::GroupBytes);
    delete group;
}

// Gives \a bytes of \a group at \a at back to the system, keeping the addresses.
void giveBack(RecordSlabs::Group *group, char *at, size_t bytes)
{
#ifdef MADV_NOHUGEPAGE
    if (!group->split.exchange(true))
        madvise(group->base, RecordSlabs::GroupBytes, MADV_NOHUGEPAGE);
#endif
    madvise(at, bytes, MADV_DONTNEED);
}

void unmapSlab(RecordSlabs::Header *slab)
{
    RecordSlabs::Group *const group = slab->group; // read before the header's page goes
    unlink(slab, firstSlab);
    mappedSlabs.fetch_sub(1, std::memory_order_relaxed);
#if EUREKA_SLABS_UNDER_ASAN
    __lsan_unregister_root_region(slab, RecordSlabs::SlabBytes);
    ASAN_UNPOISON_MEMORY_REGION(slab, RecordSlabs::SlabBytes); // the next mapping here starts clean
#endif
    if (!group) {
        munmap(slab, RecordSlabs::SlabBytes);
        return;
    }
    giveBack(group, reinterpret_cast<char *>(slab), RecordSlabs::SlabBytes);
    if (group->live.fetch_sub(1, std::memory_order_acq_rel) == 1)
        unmapGroup(group);
}
#endif
} // namespace

void *RecordSlabs::allocate(size_t bytes)
{
#if EUREKA_RECORD_SLABS
    if (!enabled.load(std::memory_order_relaxed))
        return nullptr;
    const auto place = [this] { return reinterpret_cast<char *>((std::uintptr_t(m_next) + 7) & ~std::uintptr_t(7)); };
    char *at = m_slab ? place() : nullptr;
    if (!at || at > m_end || bytes > size_t(m_end - at)) {
        if (bytes > SlabBytes - HeaderBytes)
            return nullptr;
        finish();
        m_slab = nextSlab();
        if (!m_slab)
            return nullptr;
        m_next = reinterpret_cast<char *>(m_slab) + HeaderBytes;
        m_end = reinterpret_cast<char *>(m_slab) + SlabBytes;
        at = place();
    }
    m_next = at + bytes;
    ++m_count;
    return at;
#else
    Q_UNUSED(bytes);
    return nullptr;
#endif
}

void RecordSlabs::finish()
{
#if EUREKA_RECORD_SLABS
    if (!m_slab)
        return;
    {
        const std::lock_guard<std::mutex> lock(slabsLock); // sparse() reads it
        m_slab->placed = m_count;
    }
    const int unplaced = Header::Open - m_count;
    if (m_slab->live.fetch_sub(unplaced, std::memory_order_acq_rel) == unplaced)
        unmapSlab(m_slab); // every record was freed already
    m_slab = nullptr;
    m_next = m_end = nullptr;
    m_count = 0;
#endif
}

RecordSlabs::Header *RecordSlabs::nextSlab()
{
#if EUREKA_RECORD_SLABS
    if (!m_grouped)
        return mapSlab();
    if (!m_group || m_groupUsed == SlabsPerGroup) {
        closeGroup();
        m_group = mapGroup();
        if (!m_group)
            return mapSlab();
    }
    char *at = m_group->base + size_t(m_groupUsed++) * SlabBytes;
    m_group->live.fetch_add(1, std::memory_order_relaxed);
    return placeSlab(at, m_group);
#else
    return nullptr;
#endif
}

// The decode is done with its group: the slabs it did not take go back (the huge page had
// faulted them in), and the group goes with its last slab.
void RecordSlabs::closeGroup()
{
#if EUREKA_RECORD_SLABS
    if (!m_group)
        return;
    if (m_groupUsed < SlabsPerGroup) {
        giveBack(m_group, m_group->base + size_t(m_groupUsed) * SlabBytes,
                 size_t(SlabsPerGroup - m_groupUsed) * SlabBytes);
    }
    if (m_group->live.fetch_sub(Header::Open, std::memory_order_acq_rel) == Header::Open)
        unmapGroup(m_group);
    m_group = nullptr;
    m_groupUsed = 0;
#endif
}

void RecordSlabs::release(void *record, size_t bytes)
{
#if EUREKA_SLABS_UNDER_ASAN
    ASAN_POISON_MEMORY_REGION(record, bytes);
#else
    Q_UNUSED(bytes);
#endif
#if EUREKA_RECORD_SLABS
    auto *slab = reinterpret_cast<Header *>(std::uintptr_t(record) & ~std::uintptr_t(SlabBytes - 1));
    if (slab->live.fetch_sub(1, std::memory_order_acq_rel) == 1)
        unmapSlab(slab);
#else
    Q_UNUSED(record);
#endif
}

// A walk over the slabs' headers, once per delta: cheaper than counting every record's free in
// one place that all threads write.
bool RecordSlabs::sparse()
{
#if EUREKA_RECORD_SLABS
    qint64 placed = 0;
    qint64 live = 0;
    const std::lock_guard<std::mutex> lock(slabsLock);
    for (const Header *slab = firstSlab; slab; slab = slab->next) {
        const int count = slab->live.load(std::memory_order_relaxed);
        if (count >= Header::Open)
            continue; // still being filled
        placed += slab->placed;
        live += count;
    }
    return 2 * live < placed;
#else
    return false;
#endif
}

bool RecordSlabs::available()
{
#if EUREKA_RECORD_SLABS
    return true;
#else
    return false;
#endif
}

void RecordSlabs::setEnabled(bool on) { enabled.store(on, std::memory_order_relaxed); }

int RecordSlabs::mappedCount() { return mappedSlabs.load(std::memory_order_relaxed); }

int RecordSlabs::groupCount() { return mappedGroups.load(std::memory_order_relaxed); }

qint64 RecordSlabs::residentGroupBytes()
{
    qint64 resident = 0;
#if EUREKA_RECORD_SLABS
    const long page = sysconf(_SC_PAGESIZE);
    std::vector<unsigned char> pages(GroupBytes / size_t(page));
    const std::lock_guard<std::mutex> lock(slabsLock);
    for (const Group *group = firstGroup; group; group = group->next) {
        if (mincore(group->base, GroupBytes, pages.data()) != 0)
            continue;
        for (const unsigned char p : pages)
            resident += (p & 1) ? page : 0;
    }
#endif
    return resident;
}

} // namespace Eureka
