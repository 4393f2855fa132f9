// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "heaptuning.h"

#include "dashboardlogging.h"

#include <QtCore/QString>
#include <QtCore/QtGlobal>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {
// Larger than any array a view of a million rows keeps (4 MB), far smaller than the registry.
constexpr int MapThresholdBytes = 16 * 1024 * 1024;
// Free memory the heap may keep at its top before it is given back.
constexpr int TrimThresholdBytes = 32 * 1024 * 1024;
} // namespace

void keepFreedHeapForReuse()
{
#if defined(__GLIBC__)
    if (qEnvironmentVariable("GLIBC_TUNABLES").contains(QLatin1StringView("glibc.malloc."))) {
        qCDebug(lcDashboard, "heap: GLIBC_TUNABLES sets malloc; left as it is");
        return;
    }
    // Setting either one also stops glibc from moving both with the sizes it sees freed.
    const bool mapped = mallopt(M_MMAP_THRESHOLD, MapThresholdBytes) == 1;
    const bool trimmed = mallopt(M_TRIM_THRESHOLD, TrimThresholdBytes) == 1;
    qCDebug(lcDashboard, "heap: blocks under %d MB from the heap (%s), kept up to %d MB free (%s)",
            MapThresholdBytes >> 20, mapped ? "set" : "refused", TrimThresholdBytes >> 20, trimmed ? "set" : "refused");
#endif
}
