// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
//
// HA service calls over loopback: time to a good answer when the first candidate refuses
// connections or hangs (with and without hedging), and the throughput of 1,000 concurrent calls.
//   bench_servicecaller [concurrent calls]
#include "scriptedserver.h"

#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/registryserver.h>
#include <EurekaClient/servicecaller.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Eureka;
using namespace std::chrono_literals;
using EurekaTest::ScriptedServer;

namespace {

void addInstance(RegistryServer &registry, const QString &app, quint16 port, const QString &zone)
{
    InstanceInfo info;
    info.setApp(app);
    info.setHostName(QStringLiteral("127.0.0.1"));
    info.setIpAddr(QStringLiteral("127.0.0.1"));
    info.setPort(port);
    info.setInstanceId(QStringLiteral("127.0.0.1:%1:%2").arg(app.toLower()).arg(port));
    info.setMetadataValue(QStringLiteral("zone"), zone);
    registry.registerInstance(info);
}

void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(1, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

double medianCallMs(ServiceCaller &caller, const QString &app, const CallOptions &options, int runs, int *failures)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        ServiceReply *reply = caller.call(app, QStringLiteral("/"), options);
        QEventLoop loop;
        QObject::connect(reply, &ServiceReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        times.push_back(timer.nsecsElapsed() / 1e6);
        *failures += reply->error() == Error::NoError ? 0 : 1;
        delete reply;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int concurrent = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 1000;

    RegistryServer registry;
    registry.listen();
    auto ok = [](const HttpRequest &) { return ScriptedServer::response(200, "ok"); };
    std::vector<std::unique_ptr<ScriptedServer>> servers;
    for (int i = 0; i < 3; ++i) {
        servers.push_back(std::make_unique<ScriptedServer>(ok));
        addInstance(registry, QStringLiteral("GOOD"), servers.back()->serverPort(), QStringLiteral("zone-b"));
    }
    // REFUSING: a dead instance in the caller's zone (tried first), then a good one.
    addInstance(registry, QStringLiteral("REFUSING"), quint16(ScriptedServer::refusingUrl().port()), QStringLiteral("zone-a"));
    addInstance(registry, QStringLiteral("REFUSING"), servers.at(0)->serverPort(), QStringLiteral("zone-b"));
    // HUNG: an instance that accepts and never answers, then a good one.
    servers.push_back(std::make_unique<ScriptedServer>([](const HttpRequest &) { return QByteArray(); }));
    addInstance(registry, QStringLiteral("HUNG"), servers.back()->serverPort(), QStringLiteral("zone-a"));
    addInstance(registry, QStringLiteral("HUNG"), servers.at(1)->serverPort(), QStringLiteral("zone-b"));

    ClientConfig config;
    config.serviceUrls = {registry.serviceUrl().toString()};
    config.shouldRegister = false;
    config.zone = QStringLiteral("zone-a");
    EurekaClient client(config, InstanceConfig());
    client.start();
    waitUntil([&] { return client.applications().instanceCount() == 7; }, 10000);
    ServiceCaller caller(&client);
    caller.setPreferSameZone(true);

    int failures = 0;
    CallOptions options;
    options.attemptTimeout = 1000ms;
    std::printf("time to a good answer (median of 21 calls; attempt timeout 1000 ms):\n");
    std::printf("  first candidate answers:                 %8.2f ms\n", medianCallMs(caller, QStringLiteral("GOOD"), options, 21, &failures));
    std::printf("  first candidate refuses connections:     %8.2f ms\n", medianCallMs(caller, QStringLiteral("REFUSING"), options, 21, &failures));
    std::printf("  first candidate hangs, no hedging:       %8.2f ms\n", medianCallMs(caller, QStringLiteral("HUNG"), options, 5, &failures));
    CallOptions hedged = options;
    hedged.hedgeDelay = 50ms;
    std::printf("  first candidate hangs, hedging at 50 ms: %8.2f ms\n", medianCallMs(caller, QStringLiteral("HUNG"), hedged, 21, &failures));

    // Throughput: start every call at once and wait for all of them.
    QElapsedTimer timer;
    timer.start();
    int finished = 0;
    int errors = 0;
    QEventLoop loop;
    for (int i = 0; i < concurrent; ++i) {
        ServiceReply *reply = caller.call(QStringLiteral("GOOD"), QStringLiteral("/"));
        QObject::connect(reply, &ServiceReply::finished, &loop, [&, reply] {
            errors += reply->error() == Error::NoError ? 0 : 1;
            reply->deleteLater();
            if (++finished == concurrent)
                loop.quit();
        });
    }
    loop.exec();
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("%d concurrent calls over 3 instances: %.3f s = %.0f calls/s, %d errors\n", concurrent, seconds,
                concurrent / seconds, errors);
    std::printf("failed calls in the latency runs: %d\n", failures);
    return 0;
}
