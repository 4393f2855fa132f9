// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "registrystore.h"

namespace Eureka {

RegistryStore::RegistryStore(Clock now, qint64 deltaRetentionMs)
    : m_now(std::move(now))
    , m_retentionMs(deltaRetentionMs)
{
}

// Netflix's overridden-status rules, in their order: an instance that says it is DOWN or
// STARTING is believed (an override cannot make it UP); otherwise an operator's override wins;
// otherwise the instance's own status.
InstanceStatus RegistryStore::effectiveStatus(const InstanceInfo &info) const
{
    if (info.status() == InstanceStatus::Down || info.status() == InstanceStatus::Starting)
        return info.status();
    const auto it = m_overrides.constFind(info.instanceId());
    return it != m_overrides.constEnd() ? *it : info.status();
}

void RegistryStore::registerInstance(InstanceInfo info, bool sentDirtyTimestamp)
{
    const qint64 now = m_now();
    info.setApp(info.app().toUpper());
    const InstanceInfo existing = instance(info.app(), info.instanceId());
    // Netflix keeps the registration whose data is newer: a late, stale registration (an older
    // lastDirtyTimestamp) only renews the lease of what we already hold.
    if (!existing.isNull() && info.lastDirtyTimestamp() != 0
        && existing.lastDirtyTimestamp() > info.lastDirtyTimestamp())
        info = existing;

    LeaseInfo lease = info.leaseInfo();
    lease.registrationTimestamp = now;
    lease.lastRenewalTimestamp = now;
    lease.evictionTimestamp = 0;
    lease.serviceUpTimestamp = existing.isNull() ? 0 : existing.leaseInfo().serviceUpTimestamp;
    if (lease.durationInSecs <= 0)
        lease.durationInSecs = LeaseInfo::DefaultDurationInSecs;

    // A client may ask for an override at registration; the server remembers it.
    if (info.overriddenStatus() != InstanceStatus::Unknown && !m_overrides.contains(info.instanceId()))
        m_overrides.insert(info.instanceId(), info.overriddenStatus());
    const auto override = m_overrides.constFind(info.instanceId());
    if (override != m_overrides.constEnd())
        info.setOverriddenStatus(*override);
    info.setStatus(effectiveStatus(info));
    if (info.status() == InstanceStatus::Up && lease.serviceUpTimestamp == 0)
        lease.serviceUpTimestamp = now;

    info.setLeaseInfo(lease);
    if (!sentDirtyTimestamp && info.lastDirtyTimestamp() == 0)
        info.setLastDirtyTimestamp(now);
    info.setLastUpdatedTimestamp(now);
    info.setActionType(ActionType::Added);
    info.setCoordinatingDiscoveryServer(false);
    m_registry.addInstance(info);
    m_appOfInstance.insert(info.instanceId(), info.app());
    recordChange(info, ActionType::Added);
}

bool RegistryStore::modify(const QString &app, const QString &id,
                           const std::function<void(InstanceInfo &)> &change)
{
    InstanceInfo info = instance(app, id);
    if (info.isNull())
        return false;
    change(info);
    m_registry.addInstance(info);
    return true;
}

int RegistryStore::renew(const QString &app, const QString &id, qint64 lastDirtyTimestamp)
{
    InstanceInfo info = instance(app, id);
    if (info.isNull())
        return 404;
    const qint64 now = m_now();
    LeaseInfo lease = info.leaseInfo();
    lease.lastRenewalTimestamp = now;
    info.setLeaseInfo(lease);
    // Overrides survive renewals: the renewing instance does not get its old status back.
    const InstanceStatus status = effectiveStatus(info);
    const bool statusChanged = status != info.status();
    if (statusChanged)
        info.setStatus(status);
    m_registry.addInstance(info);
    if (statusChanged)
        recordChange(info, ActionType::Modified);
    // The client knows something newer than we do: make it register again.
    if (lastDirtyTimestamp > info.lastDirtyTimestamp())
        return 404;
    return 200;
}

bool RegistryStore::cancel(const QString &app, const QString &id)
{
    InstanceInfo removed = m_registry.removeInstance(app, id);
    if (removed.isNull())
        return false;
    m_overrides.remove(id);
    m_appOfInstance.remove(id);
    const qint64 now = m_now();
    // Netflix's Lease.cancel() stamps the eviction, and the delta shows that lease.
    LeaseInfo lease = removed.leaseInfo();
    if (lease.evictionTimestamp <= 0)
        lease.evictionTimestamp = now;
    removed.setLeaseInfo(lease);
    removed.setLastUpdatedTimestamp(now);
    recordChange(removed, ActionType::Deleted);
    return true;
}

bool RegistryStore::setStatusOverride(const QString &app, const QString &id,
                                      InstanceStatus status, qint64 lastDirtyTimestamp)
{
    InstanceInfo changed;
    const bool found = modify(app, id, [&](InstanceInfo &info) {
        m_overrides.insert(id, status);
        info.setOverriddenStatus(status);
        info.setStatus(status);
        info.setActionType(ActionType::Modified); // as Netflix's statusUpdate() marks it
        if (lastDirtyTimestamp > info.lastDirtyTimestamp())
            info.setLastDirtyTimestamp(lastDirtyTimestamp);
        LeaseInfo lease = info.leaseInfo();
        if (status == InstanceStatus::Up && lease.serviceUpTimestamp == 0)
            lease.serviceUpTimestamp = m_now();
        info.setLeaseInfo(lease);
        changed = info;
    });
    if (found)
        recordChange(changed, ActionType::Modified);
    return found;
}

bool RegistryStore::removeStatusOverride(const QString &app, const QString &id, InstanceStatus newStatus)
{
    if (instance(app, id).isNull())
        return false;
    // Without an override there is nothing to remove: the real server answers 200 and leaves
    // the instance as it is (the PAYMENT-GATEWAY capture stays UP).
    if (!m_overrides.contains(id))
        return true;
    InstanceInfo changed;
    modify(app, id, [&](InstanceInfo &info) {
        m_overrides.remove(id);
        info.setOverriddenStatus(InstanceStatus::Unknown);
        info.setStatus(newStatus);
        info.setActionType(ActionType::Modified); // as Netflix's deleteStatusOverride() marks it
        changed = info;
    });
    recordChange(changed, ActionType::Modified);
    return true;
}

bool RegistryStore::updateMetadata(const QString &app, const QString &id, const MetadataEntries &entries)
{
    InstanceInfo changed;
    const bool found = modify(app, id, [&](InstanceInfo &info) {
        for (const auto &[key, value] : entries)
            info.setMetadataValue(key, value);
        info.setActionType(ActionType::Added); // Netflix's updateMetadata() registers it again
        changed = info;
    });
    if (found)
        recordChange(changed, ActionType::Modified);
    return found;
}

QList<InstanceInfo> RegistryStore::evictExpired()
{
    const qint64 now = m_now();
    QList<std::pair<QString, QString>> expired;
    for (const Application &app : m_registry.applications()) {
        for (const InstanceInfo &info : app.instances()) {
            const LeaseInfo lease = info.leaseInfo();
            if (lease.evictionTimestamp > 0
                || now > lease.lastRenewalTimestamp + qint64(lease.durationInSecs) * 1000)
                expired.append({app.name(), info.instanceId()});
        }
    }
    QList<InstanceInfo> evicted;
    for (const auto &[app, id] : expired) {
        const InstanceInfo info = instance(app, id);
        if (cancel(app, id))
            evicted.append(info);
    }
    return evicted;
}

void RegistryStore::recordChange(const InstanceInfo &info, ActionType action)
{
    InstanceInfo entry = info;
    entry.setActionType(action);
    m_changes.push_back({m_now(), entry});
    ++m_generation;
    pruneChanges();
}

void RegistryStore::pruneChanges()
{
    const qint64 oldest = m_now() - m_retentionMs;
    while (!m_changes.empty() && m_changes.front().at < oldest)
        m_changes.pop_front();
}

Applications RegistryStore::delta()
{
    pruneChanges();
    Applications delta;
    for (const Change &change : m_changes) {
        // Netflix's getApplicationDeltas() lists each changed instance once, in its current
        // state with its current lease (whose actionType is what its last registration, ADDED,
        // or status override, MODIFIED, made it; a metadata update registers it again, so
        // ADDED); a cancelled one as it was, its lease stamped with the cancel, marked DELETED.
        InstanceInfo entry = change.info;
        if (change.info.actionType() != ActionType::Deleted) {
            const InstanceInfo current = instance(entry.app(), entry.instanceId());
            if (!current.isNull())
                entry = current;
        }
        delta.addInstance(entry);
    }
    delta.setVersionsDelta(++m_deltaVersion);
    delta.setAppsHashCode(m_registry.reconcileHashCode());
    return delta;
}

InstanceInfo RegistryStore::instance(const QString &app, const QString &id) const
{
    return m_registry.application(app).instance(id);
}

InstanceInfo RegistryStore::instanceById(const QString &id) const
{
    const auto it = m_appOfInstance.constFind(id);
    return it == m_appOfInstance.constEnd() ? InstanceInfo() : instance(*it, id);
}

Applications RegistryStore::byVip(const QString &vip, bool secure) const
{
    Applications result;
    const QList<InstanceInfo> found = secure ? m_registry.instancesBySecureVipAddress(vip)
                                             : m_registry.instancesByVipAddress(vip);
    for (const InstanceInfo &info : found)
        result.addInstance(info);
    result.setVersionsDelta(-1);
    result.setAppsHashCode(result.reconcileHashCode());
    return result;
}

} // namespace Eureka
