// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclient_export.h>

#include <QtCore/qglobal.h>

#include <cstddef>
#include <cstdint>

namespace Eureka {

// Memory for the records of one large decode (a full fetch, a delta that re-sends most of the
// registry), in slabs mapped apart from the heap. The records of one decode then lie together,
// and when a later decode replaces them their slabs go back to the system whole. From the
// general heap they were laid between the records of the decode before, and the pages that
// freed records left behind stayed resident: about 300 B per instance after a run of
// whole-registry deltas.
// A slab is given back when its last record is freed, from whichever thread frees it. Records
// that outlive the others of their decode keep a whole slab alive; sparse() tells a caller
// when that has gone far enough that new records are better off in the heap.
class EUREKACLIENT_AUTOTEST_EXPORT RecordSlabs
{
public:
    RecordSlabs() = default;
    ~RecordSlabs() { finish(); }
    RecordSlabs(const RecordSlabs &) = delete;
    RecordSlabs &operator=(const RecordSlabs &) = delete;

    // Room for a record of \a bytes, 8-byte aligned; null when slabs are not available here or
    // the record is too large for one (the caller takes it from the heap). The record must
    // remember where it came from, and hand its room to release() instead of the heap.
    void *allocate(size_t bytes);
    // Ends this decode's use of its current slab, so that the slab goes once its records do.
    void finish();

    // Frees the room of a slab record of \a bytes once its destructor has run.
    static void release(void *record, size_t bytes);

    // Whether fewer than half of the records placed in the slabs still mapped are alive.
    static bool sparse();
    // Whether this platform has slabs (Linux); elsewhere allocate() always answers null.
    static bool available();
    // Benchmarks compare with records in the heap: off, allocate() answers null.
    static void setEnabled(bool on);
    // Slabs mapped now, for tests and benchmarks.
    static int mappedCount();

    static constexpr size_t SlabBytes = 128 * 1024;

    struct Header; // at the start of each slab

private:
    Header *m_slab = nullptr;
    char *m_next = nullptr;
    char *m_end = nullptr;
    int m_count = 0;
};

} // namespace Eureka
