// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/applications.h>

#include <QtCore/QHash>

#include <deque>
#include <functional>

namespace Eureka {

// The registry state of the embedded server, with the semantics of Netflix's
// AbstractInstanceRegistry: leases, status overrides that survive renewals, eviction, and the
// recently-changed queue behind apps/delta. No I/O, no timers: the server drives it and the
// clock is injected, so tests can move time.
class RegistryStore
{
public:
    using Clock = std::function<qint64()>;

    RegistryStore(Clock now, qint64 deltaRetentionMs);

    // Registers (or replaces) an instance; the server fills the lease and timestamps.
    // \a sentDirtyTimestamp: the body named a lastDirtyTimestamp, kept as sent ("0" included, as
    // Netflix's server echoes it); otherwise, like a body without one there, it is stamped now.
    void registerInstance(InstanceInfo info, bool sentDirtyTimestamp = false);
    // 200, or 404 when unknown or when the client's lastDirtyTimestamp is newer than ours
    // (the client then re-registers, as with Netflix). \a lastDirtyTimestamp < 0: not given.
    int renew(const QString &app, const QString &id, qint64 lastDirtyTimestamp);
    bool cancel(const QString &app, const QString &id);
    bool setStatusOverride(const QString &app, const QString &id, InstanceStatus status,
                           qint64 lastDirtyTimestamp);
    bool removeStatusOverride(const QString &app, const QString &id, InstanceStatus newStatus);
    bool updateMetadata(const QString &app, const QString &id, const MetadataEntries &entries);
    // Removes instances whose lease ran out; returns them.
    QList<InstanceInfo> evictExpired();

    const Applications &applications() const { return m_registry; }
    Applications delta();
    Application application(const QString &name) const { return m_registry.application(name); }
    InstanceInfo instance(const QString &app, const QString &id) const;
    InstanceInfo instanceById(const QString &id) const;
    Applications byVip(const QString &vip, bool secure) const;

    // Bumped by every change a GET can see; lets the server cache encoded responses.
    quint64 generation() const { return m_generation; }
    qint64 now() const { return m_now(); }
    qsizetype size() const { return m_registry.instanceCount(); }

private:
    struct Change
    {
        qint64 at;
        InstanceInfo info; // as it was after the change, with its actionType
    };

    InstanceStatus effectiveStatus(const InstanceInfo &info) const;
    void recordChange(const InstanceInfo &info, ActionType action);
    void pruneChanges();
    bool modify(const QString &app, const QString &id,
                const std::function<void(InstanceInfo &)> &change);

    Clock m_now;
    qint64 m_retentionMs;
    Applications m_registry;
    QHash<QString, InstanceStatus> m_overrides; // instanceId -> status set by an operator
    QHash<QString, QString> m_appOfInstance;    // instanceId -> app, for instances/{ID}
    std::deque<Change> m_changes;
    quint64 m_generation = 0;
    qint64 m_deltaVersion = 0;
};

} // namespace Eureka
