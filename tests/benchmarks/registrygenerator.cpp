// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "registrygenerator.h"

using namespace Eureka;

namespace RegistryGenerator {

namespace {
constexpr int InstancesPerApp = 20;
const char *const zones[] = {"zone-a", "zone-b", "zone-c"};
} // namespace

InstanceInfo instance(int appIndex, int instanceIndex)
{
    const QString app = QStringLiteral("SERVICE-%1").arg(appIndex, 5, 10, QLatin1Char('0'));
    const QString lower = app.toLower();
    const QString ip = QStringLiteral("10.%1.%2.%3")
                           .arg(instanceIndex % 3)
                           .arg(appIndex / 250 % 250)
                           .arg((appIndex % 250) + instanceIndex / 3);
    const int port = 8000 + appIndex % 1000;
    InstanceInfo info;
    info.setInstanceId(QStringLiteral("%1:%2:%3").arg(ip, lower).arg(port));
    info.setHostName(ip);
    info.setApp(app);
    info.setIpAddr(ip);
    info.setPort(port);
    info.setSecurePort(8443);
    LeaseInfo lease;
    lease.registrationTimestamp = 1795533870313 + instanceIndex;
    lease.lastRenewalTimestamp = 1795533960318 + instanceIndex;
    lease.serviceUpTimestamp = 1795533869581 + instanceIndex;
    info.setLeaseInfo(lease);
    info.setMetadataValue(QStringLiteral("zone"), QLatin1String(zones[instanceIndex % 3]));
    info.setMetadataValue(QStringLiteral("management.port"), QString::number(port + 1));
    info.setMetadataValue(QStringLiteral("version"), QStringLiteral("2.3.%1").arg(appIndex % 7));
    info.setMetadataValue(QStringLiteral("build"), QString::number(1200 + appIndex % 50));
    info.setHomePageUrl(QStringLiteral("http://%1:%2/").arg(ip).arg(port));
    info.setStatusPageUrl(QStringLiteral("http://%1:%2/actuator/info").arg(ip).arg(port + 1));
    info.setHealthCheckUrl(QStringLiteral("http://%1:%2/actuator/health").arg(ip).arg(port + 1));
    info.setVipAddress(lower);
    info.setSecureVipAddress(lower + QStringLiteral("-secure"));
    info.setLastUpdatedTimestamp(1795533870313 + instanceIndex);
    info.setLastDirtyTimestamp(1795533869574 + instanceIndex);
    info.setActionType(ActionType::Added);
    return info;
}

Applications registry(int instances)
{
    Applications apps;
    for (int i = 0; i < instances; ++i)
        apps.addInstance(instance(i / InstancesPerApp, i % InstancesPerApp));
    apps.setVersionsDelta(1);
    apps.setAppsHashCode(apps.reconcileHashCode());
    return apps;
}

Applications statusDelta(const Applications &registry, int changes, bool flip)
{
    Applications delta;
    const auto apps = registry.applications();
    // Spread the changes over the registry so the benchmark touches cold applications too.
    const qsizetype stride = qMax<qsizetype>(1, apps.size() / changes);
    for (int i = 0; i < changes; ++i) {
        InstanceInfo info = apps.at((i * stride) % apps.size()).instances().constFirst();
        info.setStatus(flip ? InstanceStatus::Down : InstanceStatus::Up);
        info.setActionType(ActionType::Modified);
        delta.addInstance(info);
    }
    return delta;
}

} // namespace RegistryGenerator
