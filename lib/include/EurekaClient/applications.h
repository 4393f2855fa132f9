// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/application.h>
#include <EurekaClient/registrychanges.h>

#include <QtCore/QList>
#include <QtCore/QSharedDataPointer>

namespace Eureka {

class ApplicationsData;

/**
 * A snapshot of the registry, or a delta (Netflix's Applications): the applications, the
 * server's `versions__delta` and `apps__hashcode`.
 *
 * The per-status instance counts behind reconcileHashCode() are kept up to date by every
 * change, so applying a delta of k changes costs O(k), whatever the size of the registry.
 * Implicitly shared.
 */
class EUREKACLIENT_EXPORT Applications
{
public:
    /** An empty registry. */
    Applications();
    ///@{
    /** Copies, moves and swaps; implicitly shared, so a copy is cheap and a setter detaches. */
    Applications(const Applications &other);
    Applications(Applications &&other) noexcept;
    Applications &operator=(const Applications &other);
    Applications &operator=(Applications &&other) noexcept;
    ~Applications();
    void swap(Applications &other) noexcept { d.swap(other.d); }
    ///@}

    ///@{
    /** The server's `versions__delta` (a version counter of the registry), kept as it came. */
    qint64 versionsDelta() const;
    void setVersionsDelta(qint64 version);
    ///@}
    /** The `apps__hashcode` the server sent (empty for a snapshot built locally). */
    QString appsHashCode() const;
    /** Sets appsHashCode(), as a decoder or a server does. */
    void setAppsHashCode(const QString &hash);

    /**
     * Netflix's reconcile hash of this snapshot: `STATUS_count_` for each status that has
     * instances, statuses ordered by name, e.g. "DOWN_1_UP_4_". O(1).
     */
    QString reconcileHashCode() const;
    /** How many instances have \a status. O(1). */
    qsizetype instanceCount(InstanceStatus status) const;
    /** How many instances, in all applications. O(1). */
    qsizetype instanceCount() const;

    /** The applications, in the order they were added. */
    QList<Application> applications() const;
    /** How many applications. */
    qsizetype size() const;
    /** True without applications. */
    bool isEmpty() const;
    /** The application named \a name (case-insensitive, as Eureka upper-cases names), or an empty one. */
    Application application(const QString &name) const;
    /** True when application(\a name) has a name (case-insensitive). */
    bool hasApplication(const QString &name) const;
    /** The instance with \a instanceId in any application, or a null InstanceInfo. O(instances). */
    InstanceInfo instance(const QString &instanceId) const;
    /** Instances whose vipAddress lists \a vip (comma-separated VIPs count). */
    QList<InstanceInfo> instancesByVipAddress(const QString &vip) const;
    /** Instances whose secureVipAddress lists \a svip. */
    QList<InstanceInfo> instancesBySecureVipAddress(const QString &svip) const;
    /** UP instances of \a appName in \a zone (python-eureka-client's up_instances_in_zone). */
    QList<InstanceInfo> upInstancesInZone(const QString &appName, const QString &zone) const;
    /** UP instances of \a appName outside \a zone. */
    QList<InstanceInfo> upInstancesNotInZone(const QString &appName, const QString &zone) const;

    /** Adds the application, replacing one of the same name. */
    void addApplication(const Application &app);
    /** Adds or replaces one instance, creating its application when needed. */
    void addInstance(const InstanceInfo &info);
    /** Removes an instance; an application left empty goes too. Returns the removed instance or a null one. */
    InstanceInfo removeInstance(const QString &appName, const QString &instanceId);

    /**
     * Applies a delta with Netflix's semantics (DiscoveryClient.updateDelta): ADDED and
     * MODIFIED add or replace the instance, DELETED removes it. Afterwards appsHashCode() is
     * the delta's, so the caller can compare it with reconcileHashCode() and do a full fetch
     * on mismatch. Returns what changed. An instance re-sent with nothing new but its lease's
     * lastRenewalTimestamp and its actionType (Netflix's server re-sends every instance
     * changed in its last three minutes, with its current lease) replaces the held copy but
     * is not listed as modified.
     */
    RegistryChanges applyDelta(const Applications &delta);

    /**
     * What changed from this snapshot to \a newer (for full fetches), compared by instanceId;
     * a new lastRenewalTimestamp alone is no change, as in applyDelta().
     */
    RegistryChanges changesTo(const Applications &newer) const;

    ///@{
    /** Equal versionsDelta(), appsHashCode() and applications, in any order. */
    friend EUREKACLIENT_EXPORT bool operator==(const Applications &a, const Applications &b);
    friend bool operator!=(const Applications &a, const Applications &b) { return !(a == b); }
    ///@}

private:
    QSharedDataPointer<ApplicationsData> d;
};

/** Swaps \a a and \a b; found by argument-dependent lookup. */
inline void swap(Applications &a, Applications &b) noexcept { a.swap(b); }

} // namespace Eureka

// A d-pointer does not care where it lives: QList moves these with memmove.
Q_DECLARE_TYPEINFO(Eureka::Applications, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Eureka::Applications)
