// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "leasescan.h"

#include "instancetablemodel.h"

#include <EurekaClient/applications.h>

using namespace Eureka;

LeaseScan LeaseScan::scan(const Applications &registry, const QSet<QString> &lapsedBefore, qint64 now,
                          int maximumEvents)
{
    LeaseScan result;
    result.leases.reserve(registry.instanceCount());
    auto lapsed = std::make_shared<QSet<QString>>();
    for (const Application &app : registry.applications()) {
        for (const InstanceInfo &info : app.instances()) {
            const LeaseInfo lease = info.leaseInfo();
            result.leases.insert(info.instanceId(), lease);
            // The same rule as the table's "lease lapsed" filter and the renewal estimate.
            const LeaseTiming timing{lease.lastRenewalTimestamp, lease.renewalIntervalInSecs, lease.durationInSecs};
            if (timing.lastRenewalTimestamp <= 0 || !timing.lapsedAt(now))
                continue;
            lapsed->insert(info.instanceId());
            if (lapsedBefore.contains(info.instanceId()))
                continue;
            result.newlyLapsed.append({info.app(), info.instanceId()});
            if (result.events.size() < maximumEvents)
                result.events.append({now, HistoryEvent::Kind::LeaseLapsed, info.app(), info.instanceId(),
                                      info.status(), info.status(), {}});
        }
    }
    result.lapsed = std::move(lapsed);
    return result;
}
