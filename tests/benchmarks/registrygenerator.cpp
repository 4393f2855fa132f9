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

namespace {

// A small deterministic generator: the same registry on every run and every machine.
class Lcg
{
public:
    explicit Lcg(quint64 seed) : m_state(seed) {}
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ull + 1442695040888963407ull;
        return quint32(m_state >> 33);
    }
    int between(int low, int high) { return low + int(next() % quint32(high - low + 1)); }

private:
    quint64 m_state;
};

const char *const words[] = {"order", "payment", "user", "inventory", "catalog", "search", "pricing", "cart",
                             "shipping", "notification", "auth", "gateway", "report", "billing", "ledger",
                             "recommendation", "review", "media", "session", "audit"};
const char *const kinds[] = {"service", "api", "worker", "gateway", "adapter", "sync"};
const char *const teams[] = {"checkout", "platform", "growth", "payments", "identity", "data"};

QString hex(Lcg &rng, int digits)
{
    static const char alphabet[] = "0123456789abcdef";
    QString out(digits, Qt::Uninitialized);
    for (int i = 0; i < digits; ++i)
        out[i] = QLatin1Char(alphabet[rng.next() % 16]);
    return out;
}

QString podSuffix(Lcg &rng)
{
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString out(5, Qt::Uninitialized);
    for (int i = 0; i < 5; ++i)
        out[i] = QLatin1Char(alphabet[rng.next() % 27]);
    return out;
}

} // namespace

Applications realisticRegistry(int instances)
{
    Lcg rng(0x5eed0000u + quint32(instances));
    const int appCount = qMax(1, instances / 100);
    // Uneven sizes from 40 to 170 (mean 105), scaled to add up to the requested total.
    QList<int> sizes;
    qint64 drawn = 0;
    for (int a = 0; a < appCount; ++a) {
        sizes.append(rng.between(40, 170));
        drawn += sizes.last();
    }
    int assigned = 0;
    for (int a = 0; a < appCount; ++a) {
        sizes[a] = a + 1 == appCount ? instances - assigned : int(qint64(sizes[a]) * instances / drawn);
        assigned += sizes[a];
    }

    Applications apps;
    const qint64 epoch = 1795533870313;
    for (int a = 0; a < appCount; ++a) {
        const QString lower = QStringLiteral("%1-%2%3")
                                  .arg(QLatin1String(words[a % 20]), QLatin1String(kinds[(a / 20) % 6]))
                                  .arg(a >= 120 ? QString::number(a / 120) : QString());
        const QString app = lower.toUpper();
        const QString replicaSet = hex(rng, 9);
        const QString commits[] = {hex(rng, 40), hex(rng, 40)};
        const int port = (a % 3 == 0) ? 8080 : 7000 + a % 2000;
        const QString team = QLatin1String(teams[a % 6]);
        for (int i = 0; i < sizes[a]; ++i) {
            const QString ip = QStringLiteral("10.%1.%2.%3").arg(rng.between(0, 255)).arg(rng.between(0, 255)).arg(rng.between(1, 254));
            const QString host = QStringLiteral("%1-%2-%3").arg(lower, replicaSet, podSuffix(rng));
            const int managementPort = rng.between(20000, 60000);
            const qint64 registered = epoch + rng.between(0, 86400000);
            InstanceInfo info;
            info.setInstanceId(QStringLiteral("%1:%2:%3").arg(host, lower).arg(port));
            info.setHostName(host);
            info.setApp(app);
            info.setIpAddr(ip);
            const int roll = rng.between(0, 999);
            info.setStatus(roll < 970 ? InstanceStatus::Up : roll < 985 ? InstanceStatus::Down
                           : roll < 995 ? InstanceStatus::Starting : InstanceStatus::OutOfService);
            info.setPort(port);
            info.setSecurePort(8443);
            info.setSecurePortEnabled(a % 4 == 0);
            LeaseInfo lease;
            lease.registrationTimestamp = registered;
            lease.lastRenewalTimestamp = registered + rng.between(0, 3600000);
            lease.serviceUpTimestamp = registered - rng.between(500, 20000);
            info.setLeaseInfo(lease);
            info.setMetadataValue(QStringLiteral("management.port"), QString::number(managementPort));
            info.setMetadataValue(QStringLiteral("git.commit"), i % 7 == 0 ? hex(rng, 40) : commits[i % 2]);
            info.setMetadataValue(QStringLiteral("started"), QString::number(registered - rng.between(500, 20000)));
            info.setMetadataValue(QStringLiteral("zone"), QLatin1String(zones[rng.next() % 3]));
            info.setMetadataValue(QStringLiteral("version"), QStringLiteral("3.%1.%2").arg(a % 9).arg(i % 7 == 0 ? 1 : 0));
            if (a % 2 == 0)
                info.setMetadataValue(QStringLiteral("team"), team);
            const QString base = QStringLiteral("http://%1:%2").arg(ip);
            info.setHomePageUrl(base.arg(port) + QLatin1Char('/'));
            info.setStatusPageUrl(base.arg(managementPort) + QStringLiteral("/actuator/info"));
            info.setHealthCheckUrl(base.arg(managementPort) + QStringLiteral("/actuator/health"));
            info.setVipAddress(lower);
            info.setSecureVipAddress(lower);
            info.setLastUpdatedTimestamp(registered);
            info.setLastDirtyTimestamp(registered - rng.between(0, 2000));
            info.setActionType(ActionType::Added);
            apps.addInstance(info);
        }
    }
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
