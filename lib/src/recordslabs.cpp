// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "recordslabs_p.h"

#include <atomic>
#include <mutex>
#include <new>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
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
};

namespace {
constexpr size_t HeaderBytes = 64;
static_assert(sizeof(RecordSlabs::Header) <= HeaderBytes);

std::mutex slabsLock;
RecordSlabs::Header *firstSlab = nullptr; // under slabsLock
std::atomic<int> mappedSlabs{0};
std::atomic<bool> enabled{true};

#if EUREKA_RECORD_SLABS
// SlabBytes aligned to SlabBytes, so a record finds its slab's header from its own address.
// Its pages are faulted in at once: a decode writes all of them, and one call costs less than
// a page fault each.
RecordSlabs::Header *mapSlab()
{
    const size_t span = 2 * RecordSlabs::SlabBytes;
    void *mapped = mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        return nullptr;
    const auto start = std::uintptr_t(mapped);
    const auto aligned = (start + RecordSlabs::SlabBytes - 1) & ~std::uintptr_t(RecordSlabs::SlabBytes - 1);
    if (aligned > start)
        munmap(mapped, aligned - start);
    const std::uintptr_t end = aligned + RecordSlabs::SlabBytes;
    if (start + span > end)
        munmap(reinterpret_cast<void *>(end), start + span - end);
#ifdef MADV_POPULATE_WRITE
    madvise(reinterpret_cast<void *>(aligned), RecordSlabs::SlabBytes, MADV_POPULATE_WRITE);
#endif
    auto *slab = ::new (reinterpret_cast<void *>(aligned)) RecordSlabs::Header;
#if EUREKA_SLABS_UNDER_ASAN
    __lsan_register_root_region(slab, RecordSlabs::SlabBytes);
#endif
    {
        const std::lock_guard<std::mutex> lock(slabsLock);
        slab->next = firstSlab;
        if (firstSlab)
            firstSlab->previous = slab;
        firstSlab = slab;
    }
    mappedSlabs.fetch_add(1, std::memory_order_relaxed);
    return slab;
}

void unmapSlab(RecordSlabs::Header *slab)
{
    {
        const std::lock_guard<std::mutex> lock(slabsLock);
        (slab->previous ? slab->previous->next : firstSlab) = slab->next;
        if (slab->next)
            slab->next->previous = slab->previous;
    }
    mappedSlabs.fetch_sub(1, std::memory_order_relaxed);
#if EUREKA_SLABS_UNDER_ASAN
    __lsan_unregister_root_region(slab, RecordSlabs::SlabBytes);
    ASAN_UNPOISON_MEMORY_REGION(slab, RecordSlabs::SlabBytes); // the next mapping here starts clean
#endif
    munmap(slab, RecordSlabs::SlabBytes);
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
        m_slab = mapSlab();
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

} // namespace Eureka
