// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// How long this machine stops a thread that works 1 ms in every 10 (a GUI thread's rhythm)
// while another thread maps, touches and unmaps 110 MB in a loop (a registry decode's
// buffers): alone, with that thread in another process, and with it in the same process. On a
// VM with shadow page tables (PVM) the last one stalls the measuring thread for milliseconds,
// charged to it as CPU time: the floor under bench_soak's GUI-thread figures.
//
// Usage: bench_vmstall [seconds per case, default 10]
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <thread>

namespace {

double nowMs(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

std::atomic<bool> churning{true};

void churn()
{
    constexpr size_t bytes = size_t(110) << 20;
    while (churning.load(std::memory_order_relaxed)) {
        void *p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            return;
        std::memset(p, 1, bytes);
        munmap(p, bytes);
    }
}

struct Result
{
    double worstGapMs = 0;
    double worstGapCpuMs = 0;
    int slicesOver5Ms = 0;
};

// 1 ms of work every 10 ms; the longest time between two consecutive clock reads inside the work
// is time the thread was not running code.
Result measure(double seconds)
{
    Result r;
    const double end = nowMs(CLOCK_MONOTONIC) + seconds * 1e3;
    while (nowMs(CLOCK_MONOTONIC) < end) {
        std::this_thread::sleep_for(std::chrono::milliseconds(9));
        const double start = nowMs(CLOCK_MONOTONIC);
        double last = start;
        double lastCpu = nowMs(CLOCK_THREAD_CPUTIME_ID);
        while (last - start < 1.0) {
            const double t = nowMs(CLOCK_MONOTONIC);
            const double c = nowMs(CLOCK_THREAD_CPUTIME_ID);
            if (t - last > r.worstGapMs) {
                r.worstGapMs = t - last;
                r.worstGapCpuMs = c - lastCpu;
            }
            last = t;
            lastCpu = c;
        }
        if (last - start > 5.0)
            ++r.slicesOver5Ms;
    }
    return r;
}

void print(const char *label, const Result &r)
{
    std::printf("%-44s %10.1f %22.1f %16d\n", label, r.worstGapMs, r.worstGapCpuMs, r.slicesOver5Ms);
}

} // namespace

int main(int argc, char **argv)
{
    const double seconds = argc > 1 ? std::atof(argv[1]) : 10.0;
    std::printf("%-44s %10s %22s %16s\n", "case", "worst gap ms", "of it charged as CPU ms", "1 ms slices >5 ms");
    print("alone", measure(seconds));

    const pid_t child = fork();
    if (child == 0) {
        churn();
        _exit(0);
    }
    print("110 MB map/unmap loop in another process", measure(seconds));
    kill(child, SIGTERM);
    waitpid(child, nullptr, 0);

    std::thread same(churn);
    print("110 MB map/unmap loop in this process", measure(seconds));
    churning = false;
    same.join();
    return 0;
}
