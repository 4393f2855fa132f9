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
    ~RecordSlabs()
    {
        finish();
        closeGroup();
    }
    RecordSlabs(const RecordSlabs &) = delete;
    RecordSlabs &operator=(const RecordSlabs &) = delete;

    // Room for a record of \a bytes, 8-byte aligned; null when slabs are not available here or
    // the record is too large for one (the caller takes it from the heap). The record must
    // remember where it came from, and hand its room to release() instead of the heap.
    void *allocate(size_t bytes);
    // Ends this decode's use of its current slab, so that the slab goes once its records do.
    void finish();
    // Whether new slabs are mapped sixteen at a time as one transparent huge page: for a decode
    // that fills several, one page fault (and one page to clear) instead of 512 for each 2 MB.
    // Each slab still goes back to the system on its own, and what the decode leaves unused of
    // its last group goes back when it ends.
    void setGrouped(bool grouped) { m_grouped = grouped; }

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
    // Groups mapped now, and how much of them is resident, for tests.
    static int groupCount();
    static qint64 residentGroupBytes();

    static constexpr size_t SlabBytes = 128 * 1024;
    static constexpr int SlabsPerGroup = 16;
    static constexpr size_t GroupBytes = SlabBytes * SlabsPerGroup;

    struct Header; // at the start of each slab
    struct Group;

private:
    Header *nextSlab();
    void closeGroup();

    Header *m_slab = nullptr;
    char *m_next = nullptr;
    char *m_end = nullptr;
    int m_count = 0;
    bool m_grouped = false;
    Group *m_group = nullptr;
    int m_groupUsed = 0; // slabs of m_group handed out
};

} // namespace Eureka
