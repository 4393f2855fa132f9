// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QtGlobal>

#include <functional>

namespace BenchUtil {

// Median wall time of \a runs calls of \a fn, in milliseconds.
double medianMs(int runs, const std::function<void()> &fn);

struct Timing
{
    double min = 0;    // ms
    double median = 0; // ms
    double max = 0;    // ms
};
// Runs \a fn once to warm up, then \a runs times.
Timing time(int runs, const std::function<void()> &fn);
// Resident set size of this process in bytes, after returning freed heap to the system (unless
// \a trim is false: trimming costs the next allocations page faults, which a long run measuring
// its own event loop should not add every time it reports).
qint64 residentBytes(bool trim = true);

} // namespace BenchUtil
