// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "benchutil.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>

#include <algorithm>
#include <malloc.h>
#include <unistd.h>
#include <vector>

namespace BenchUtil {

namespace {
std::vector<double> sortedTimes(int runs, const std::function<void()> &fn)
{
    std::vector<double> times;
    times.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times;
}
} // namespace

double medianMs(int runs, const std::function<void()> &fn)
{
    const std::vector<double> times = sortedTimes(runs, fn);
    return times[times.size() / 2];
}

Timing time(int runs, const std::function<void()> &fn)
{
    fn();
    std::vector<double> times = sortedTimes(runs, fn);
    return {times.front(), times[times.size() / 2], times.back()};
}

qint64 residentBytes(bool trim)
{
    if (trim)
        malloc_trim(0);
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

} // namespace BenchUtil
