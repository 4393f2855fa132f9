// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
//
// The client's own costs, with the registry in a separate process so that its CPU does not
// count: time from start() to registered, and the CPU and memory of an idle client holding a
// registry of N instances (default 10,000) while it heartbeats and fetches deltas. The registry
// is the realistic one (uneven applications, per-instance metadata), or the uniform one.
//   bench_eurekaclient [instances] [idle seconds] [fetch interval ms] [realistic|uniform]
//   bench_eurekaclient --serve N SHAPE  (the registry half, started by the benchmark itself)
#include "benchutil.h"
#include "recordslabs_p.h"
#include "registrygenerator.h"

#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/registryserver.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QProcess>
#include <QtCore/QTimer>

#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <memory>
#include <cstdio>
#include <vector>

using namespace Eureka;
using namespace std::chrono_literals;

namespace {

int serve(int size, bool realistic)
{
    RegistryServer server;
    if (!server.listen())
        return 1;
    const Applications generated =
        realistic ? RegistryGenerator::realisticRegistry(size) : RegistryGenerator::registry(size);
    for (const Application &app : generated.applications()) {
        for (const InstanceInfo &info : app.instances())
            server.registerInstance(info);
    }
    std::printf("%s\n", qPrintable(server.serviceUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 3 && args.at(1) == QLatin1String("--serve"))
        return serve(args.at(2).toInt(), args.at(3) != QLatin1String("uniform"));
    const int size = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int idleSeconds = args.size() > 2 ? args.at(2).toInt() : 60;
    const int fetchMs = args.size() > 3 ? args.at(3).toInt() : 30000;

    QProcess registry;
    const QString shape = args.size() > 4 ? args.at(4) : QStringLiteral("realistic");
    registry.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--serve"), QString::number(size), shape});
    if (!registry.waitForReadyRead(60000))
        return 1;
    const QUrl url(QString::fromUtf8(registry.readLine().trimmed()));
    std::printf("%s registry of %d instances in a separate process at %s\n", qPrintable(shape), size,
                qPrintable(url.toString()));

    ClientConfig clientConfig;
    clientConfig.serviceUrls = {url.toString()};
    clientConfig.registryFetchInterval = std::chrono::milliseconds(fetchMs);

    // Start to registered, over fresh clients (discovery off so that only registration counts).
    std::vector<double> times;
    for (int i = 0; i < 21; ++i) {
        ClientConfig registerOnly = clientConfig;
        registerOnly.shouldDiscover = false;
        InstanceConfig instance;
        instance.appName = QStringLiteral("bench-app");
        instance.ipAddress = QStringLiteral("127.0.0.1");
        instance.hostName = QStringLiteral("127.0.0.1");
        instance.port = 10000 + i;
        EurekaClient client(registerOnly, instance);
        QElapsedTimer timer;
        QEventLoop loop;
        QObject::connect(&client, &EurekaClient::registered, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        timer.start();
        client.start();
        loop.exec();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("start() to registered: median %.2f ms, min %.2f ms, max %.2f ms (21 clients)\n",
                times[times.size() / 2], times.front(), times.back());

    // An idle client holding the whole registry.
    const qint64 rssBefore = BenchUtil::residentBytes();
    const size_t heapBefore = mallinfo2().uordblks;
    InstanceConfig instance;
    instance.appName = QStringLiteral("idle-app");
    instance.ipAddress = QStringLiteral("127.0.0.1");
    instance.hostName = QStringLiteral("127.0.0.1");
    instance.port = 9999;
    auto owned = std::make_unique<EurekaClient>(clientConfig, instance);
    EurekaClient &client = *owned;
    int fetches = 0;
    int deltas = 0;
    int heartbeats = 0;
    QObject::connect(&client, &EurekaClient::registryFetched, [&](bool delta, bool) { ++fetches; deltas += delta; });
    QObject::connect(&client, &EurekaClient::heartbeat, [&](bool) { ++heartbeats; });
    QElapsedTimer timer;
    timer.start();
    {
        QEventLoop loop;
        QObject::connect(&client, &EurekaClient::registryFetched, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        client.start();
        loop.exec();
    }
    const double firstFetchMs = timer.nsecsElapsed() / 1e6;
    const qint64 rssHolding = BenchUtil::residentBytes();
    std::printf("first full fetch of %lld instances: %.0f ms; resident growth %.1f MB (%.0f B/instance)\n",
                static_cast<long long>(client.applications().instanceCount()), firstFetchMs,
                (rssHolding - rssBefore) / 1e6, double(rssHolding - rssBefore) / size);

    const double cpu0 = cpuSeconds();
    timer.restart();
    {
        QEventLoop loop;
        QTimer::singleShot(idleSeconds * 1000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const double wall = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    const qint64 rssAfter = BenchUtil::residentBytes();
    std::printf("idle %.0f s (fetch every %d ms, heartbeat every 30 s): CPU %.3f s = %.2f %% of one core; "
                "%d fetches (%d deltas), %d heartbeats\n",
                wall, fetchMs, cpu, 100 * cpu / wall, fetches, deltas, heartbeats);
    std::printf("resident growth of the client after the idle window (it keeps its decode buffers until two fetch "
                "intervals pass without a large delta): %.1f MB (%.0f B/instance)\n",
                (rssAfter - rssBefore) / 1e6, double(rssAfter - rssBefore) / size);
    // What the registry itself costs after those deltas: its last snapshot, held on after the
    // client (its threads, buffers and tables) is gone.
    const Applications held = client.applications();
    owned.reset();
    const qint64 rssHeld = BenchUtil::residentBytes();
    const double heapHeld = double(mallinfo2().uordblks) - double(heapBefore);
    // Records of large decodes lie in slabs mapped apart from the heap (RecordSlabs): heap in use
    // does not count them.
    const double slabBytes = double(RecordSlabs::mappedCount()) * RecordSlabs::SlabBytes;
    std::printf("resident growth for the registry held after %d deltas, the client gone: %.1f MB (%.0f B/instance); "
                "heap in use %.1f MB (%.0f B/instance), record slabs %.1f MB (%.0f B/instance)\n",
                deltas, (rssHeld - rssBefore) / 1e6, double(rssHeld - rssBefore) / held.instanceCount(), heapHeld / 1e6,
                heapHeld / held.instanceCount(), slabBytes / 1e6, slabBytes / held.instanceCount());
    registry.terminate();
    registry.waitForFinished(5000);
    return 0;
}
