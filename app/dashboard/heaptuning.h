// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Keeps memory the GUI thread frees in the process for reuse instead of giving it back to the
// system at once. With glibc's defaults, a buffer over 128 KB is mapped on its own and unmapped
// when freed, and the top of the heap is trimmed past 128 KB free; the sorting proxy's row
// arrays (400 KB each at 100,000 rows, a few per slice of a large change) were then mapped and
// faulted in again on every slice: 19,000-24,000 page faults on the GUI thread during the first
// fetch of 100,000 instances, and the slices that took most of them ran over the frame.
// Call once, first thing in main(). Malloc settings the user gave in GLIBC_TUNABLES win; other
// C libraries are left alone.
void keepFreedHeapForReuse();
