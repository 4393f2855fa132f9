// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/applications.h>

#include "application_p.h"
#include "logging_p.h"

#include <QtCore/QHash>

#include <array>

namespace Eureka {

namespace {
constexpr int StatusCount = 5;

int slot(InstanceStatus status) { return static_cast<int>(status); }

// Netflix orders the reconcile hash by status *name*, which is not the enum's order.
constexpr std::array<InstanceStatus, StatusCount> statusesByName = {
    InstanceStatus::Down, InstanceStatus::OutOfService, InstanceStatus::Starting,
    InstanceStatus::Unknown, InstanceStatus::Up};

bool listsToken(const QString &commaSeparated, const QString &token)
{
    if (commaSeparated == token)
        return true;
    if (!commaSeparated.contains(QLatin1Char(',')))
        return false;
    const auto parts = QStringView(commaSeparated).split(QLatin1Char(','));
    for (QStringView part : parts) {
        if (part.trimmed() == token)
            return true;
    }
    return false;
}
// The delta re-sends every instance touched within the server's window, and its actionType
// describes the event, not the instance: an entry equal but for that is no change.
bool sameState(const InstanceInfo &before, const InstanceInfo &after)
{
    if (before.actionType() == after.actionType())
        return before == after;
    InstanceInfo normalised = after;
    normalised.setActionType(before.actionType());
    return before == normalised;
}
} // namespace

class ApplicationsData : public QSharedData
{
public:
    QList<Application> apps;
    QHash<QString, qsizetype> indexByName; // upper-cased name -> index into apps
    QString appsHashCode;
    qint64 versionsDelta = 0;
    std::array<qsizetype, StatusCount> counts{};

    qsizetype indexOf(const QString &name) const { return indexByName.value(name.toUpper(), -1); }

    void count(const Application &app, int sign)
    {
        const auto instances = app.instances();
        for (const InstanceInfo &info : instances)
            counts[slot(info.status())] += sign;
    }

    // Adds or replaces one instance and keeps the counts; true (and *old) when it replaced one.
    bool put(const InstanceInfo &info, InstanceInfo *old)
    {
        qsizetype i = indexOf(info.app());
        if (i < 0) {
            i = apps.size();
            indexByName.insert(info.app().toUpper(), i);
            apps.append(Application(info.app()));
        }
        const bool replaced = ApplicationPrivate::put(apps[i], info, old);
        if (replaced)
            --counts[slot(old->status())];
        ++counts[slot(info.status())];
        return replaced;
    }

    // Removes one instance and keeps the counts; an application left empty goes too.
    bool take(const QString &appName, const QString &instanceId, InstanceInfo *removed)
    {
        const qsizetype i = indexOf(appName);
        if (i < 0 || !ApplicationPrivate::take(apps[i], instanceId, removed))
            return false;
        --counts[slot(removed->status())];
        if (apps.at(i).isEmpty()) {
            indexByName.remove(appName.toUpper());
            apps.removeAt(i);
            reindexFrom(i);
        }
        return true;
    }

    void reindexFrom(qsizetype first)
    {
        for (qsizetype i = first; i < apps.size(); ++i)
            indexByName.insert(apps.at(i).name().toUpper(), i);
    }
};

Applications::Applications()
    : d(new ApplicationsData)
{
}
Applications::Applications(const Applications &other) = default;
Applications::Applications(Applications &&other) noexcept = default;
Applications &Applications::operator=(const Applications &other) = default;
Applications &Applications::operator=(Applications &&other) noexcept = default;
Applications::~Applications() = default;

qint64 Applications::versionsDelta() const { return d->versionsDelta; }
void Applications::setVersionsDelta(qint64 version) { d->versionsDelta = version; }
QString Applications::appsHashCode() const { return d->appsHashCode; }
void Applications::setAppsHashCode(const QString &hash) { d->appsHashCode = hash; }

QString Applications::reconcileHashCode() const
{
    QString hash;
    for (InstanceStatus status : statusesByName) {
        const qsizetype n = d->counts[slot(status)];
        if (n > 0)
            hash += toWireString(status) + QLatin1Char('_') + QString::number(n) + QLatin1Char('_');
    }
    return hash;
}

qsizetype Applications::instanceCount(InstanceStatus status) const { return d->counts[slot(status)]; }

qsizetype Applications::instanceCount() const
{
    qsizetype total = 0;
    for (qsizetype n : d->counts)
        total += n;
    return total;
}

QList<Application> Applications::applications() const { return d->apps; }
qsizetype Applications::size() const { return d->apps.size(); }
bool Applications::isEmpty() const { return d->apps.isEmpty(); }

Application Applications::application(const QString &name) const
{
    const qsizetype i = d->indexOf(name);
    return i < 0 ? Application() : d->apps.at(i);
}

bool Applications::hasApplication(const QString &name) const { return d->indexOf(name) >= 0; }

InstanceInfo Applications::instance(const QString &instanceId) const
{
    for (const Application &app : d->apps) {
        InstanceInfo info = app.instance(instanceId);
        if (!info.isNull())
            return info;
    }
    return {};
}

QList<InstanceInfo> Applications::instancesByVipAddress(const QString &vip) const
{
    QList<InstanceInfo> result;
    for (const Application &app : d->apps) {
        const auto instances = app.instances();
        for (const InstanceInfo &info : instances) {
            if (listsToken(info.vipAddress(), vip))
                result.append(info);
        }
    }
    return result;
}

QList<InstanceInfo> Applications::instancesBySecureVipAddress(const QString &svip) const
{
    QList<InstanceInfo> result;
    for (const Application &app : d->apps) {
        const auto instances = app.instances();
        for (const InstanceInfo &info : instances) {
            if (listsToken(info.secureVipAddress(), svip))
                result.append(info);
        }
    }
    return result;
}

QList<InstanceInfo> Applications::upInstancesInZone(const QString &appName, const QString &zone) const
{
    return application(appName).upInstancesInZone(zone);
}

QList<InstanceInfo> Applications::upInstancesNotInZone(const QString &appName,
                                                       const QString &zone) const
{
    return application(appName).upInstancesNotInZone(zone);
}

void Applications::addApplication(const Application &app)
{
    const qsizetype i = d->indexOf(app.name());
    if (i >= 0) {
        d->count(d->apps.at(i), -1);
        d->apps[i] = app;
    } else {
        d->indexByName.insert(app.name().toUpper(), d->apps.size());
        d->apps.append(app);
    }
    d->count(app, +1);
}

void Applications::addInstance(const InstanceInfo &info)
{
    InstanceInfo old;
    d->put(info, &old);
}

InstanceInfo Applications::removeInstance(const QString &appName, const QString &instanceId)
{
    InstanceInfo removed;
    d->take(appName, instanceId, &removed);
    return removed;
}

RegistryChanges Applications::applyDelta(const Applications &delta)
{
    RegistryChanges changes;
    for (const Application &app : delta.d->apps) {
        const auto instances = app.instances();
        for (InstanceInfo info : instances) {
            if (info.app().isEmpty())
                info.setApp(app.name());
            switch (info.actionType()) {
            case ActionType::Added:
            case ActionType::Modified: {
                InstanceInfo before;
                if (!d->put(info, &before))
                    changes.added.append(info);
                else if (!sameState(before, info))
                    changes.modified.append({before, info});
                break;
            }
            case ActionType::Deleted: {
                InstanceInfo removed;
                if (d->take(info.app(), info.instanceId(), &removed))
                    changes.removed.append(removed);
                break;
            }
            case ActionType::None:
                // Netflix's updateDelta ignores entries without an action.
                qCDebug(lcEurekaRegistry) << "delta entry without actionType ignored:"
                                          << info.instanceId();
                break;
            }
        }
    }
    d->versionsDelta = delta.d->versionsDelta;
    d->appsHashCode = delta.d->appsHashCode;
    return changes;
}

RegistryChanges Applications::changesTo(const Applications &newer) const
{
    RegistryChanges changes;
    for (const Application &app : newer.d->apps) {
        const Application mine = application(app.name());
        const auto instances = app.instances();
        for (const InstanceInfo &info : instances) {
            const InstanceInfo before = mine.instance(info.instanceId());
            if (before.isNull())
                changes.added.append(info);
            else if (before != info)
                changes.modified.append({before, info});
        }
    }
    for (const Application &app : d->apps) {
        const Application theirs = newer.application(app.name());
        const auto instances = app.instances();
        for (const InstanceInfo &info : instances) {
            if (theirs.instance(info.instanceId()).isNull())
                changes.removed.append(info);
        }
    }
    return changes;
}

bool operator==(const Applications &a, const Applications &b)
{
    if (a.d == b.d)
        return true;
    if (a.d->versionsDelta != b.d->versionsDelta || a.d->appsHashCode != b.d->appsHashCode
        || a.d->apps.size() != b.d->apps.size() || a.d->counts != b.d->counts)
        return false;
    for (const Application &app : a.d->apps) {
        if (b.application(app.name()) != app)
            return false;
    }
    return true;
}

} // namespace Eureka
