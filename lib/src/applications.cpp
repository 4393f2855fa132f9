// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/applications.h>

#include "application_p.h"
#include "instanceinfo_p.h"
#include "logging_p.h"

#include <QtCore/QHash>
#include <QtCore/QSet>

#include <array>
#include <memory>

namespace Eureka {

namespace {
constexpr int StatusCount = 5;
// From this many instances of one application in a delta, merging indexes the application.
constexpr qsizetype IndexedMergeThreshold = 8;

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

    // Netflix's DiscoveryClient.updateDelta for the instances of one delta application: ADDED
    // and MODIFIED add or replace, DELETED removes. A delta may re-send an application's whole
    // fleet (a deploy, the minutes after a mass registration): its instances are then found
    // through an index built once, not by a scan each. Replaced instances share with their
    // predecessors whatever the two have equal.
    void merge(const Application &deltaApp, RegistryChanges &changes)
    {
        const QList<InstanceInfo> instances = deltaApp.instances();
        if (instances.isEmpty())
            return;
        std::unique_ptr<InstanceIdIndex> index;
        QString lastName;
        qsizetype lastIndex = -1;
        bool haveLast = false;
        qsizetype indexedApp = -1;
        qsizetype indexedSize = 0;
        for (InstanceInfo info : instances) {
            if (info.app().isEmpty())
                info.setApp(deltaApp.name());
            const ActionType action = info.actionType();
            if (action == ActionType::None) {
                // Netflix's updateDelta ignores entries without an action.
                qCDebug(lcEurekaRegistry) << "delta entry without actionType ignored:" << info.instanceId();
                continue;
            }
            // Consecutive entries nearly always name the same application: look it up once.
            qsizetype ai = haveLast && info.app() == lastName ? lastIndex : indexOf(info.app());
            haveLast = true;
            lastName = info.app();
            lastIndex = ai;
            if (ai < 0) {
                if (action == ActionType::Deleted)
                    continue;
                ai = apps.size();
                indexByName.insert(info.app().toUpper(), ai);
                apps.append(Application(info.app()));
                lastIndex = ai;
            }
            QList<InstanceInfo> &list = ApplicationPrivate::instances(apps[ai]);
            if (ai != indexedApp && instances.size() >= IndexedMergeThreshold) {
                index = std::make_unique<InstanceIdIndex>(list);
                indexedApp = ai;
                indexedSize = list.size();
            }
            const std::string_view id = instanceIdView(info);
            qsizetype pos = -1;
            const qsizetype scanFrom = ai == indexedApp ? indexedSize : 0;
            if (ai == indexedApp)
                pos = index->find(id);
            for (qsizetype i = scanFrom; pos < 0 && i < list.size(); ++i) {
                if (instanceIdView(list.at(i)) == id)
                    pos = i;
            }
            if (action == ActionType::Deleted) {
                if (pos < 0)
                    continue;
                const InstanceInfo removed = list.takeAt(pos);
                --counts[slot(removed.status())];
                changes.removed.append(removed);
                if (ai == indexedApp)
                    indexedApp = -1; // positions moved: the index no longer holds
                if (list.isEmpty()) {
                    indexByName.remove(info.app().toUpper());
                    apps.removeAt(ai);
                    reindexFrom(ai);
                    indexedApp = -1;
                    haveLast = false;
                }
                continue;
            }
            if (pos < 0) {
                if (!list.isEmpty())
                    InstanceInfoPrivate::shareEqualParts(info, list.constFirst()); // app, VIPs
                InstanceInfoPrivate::moveToHeap(info);
                list.append(info);
                ++counts[slot(info.status())];
                changes.added.append(info);
                continue;
            }
            const InstanceInfo before = list.at(pos);
            InstanceInfoPrivate::shareEqualParts(info, before);
            const bool changed = !InstanceInfoPrivate::sameState(before, info);
            if (changed)
                InstanceInfoPrivate::moveToHeap(info);
            list[pos] = info;
            if (ai == indexedApp && pos < indexedSize)
                index->replaced(pos, info);
            --counts[slot(before.status())];
            ++counts[slot(info.status())];
            if (changed)
                changes.modified.append({before, info});
        }
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
    for (const Application &app : delta.d->apps)
        d->merge(app, changes);
    d->versionsDelta = delta.d->versionsDelta;
    d->appsHashCode = delta.d->appsHashCode;
    return changes;
}

RegistryChanges Applications::changesTo(const Applications &newer) const
{
    RegistryChanges changes;
    QSet<QString> seen;
    for (const Application &app : newer.d->apps) {
        const Application mine = application(app.name());
        seen.insert(mine.name().toUpper());
        const QList<InstanceInfo> mineList = mine.instances();
        const InstanceIdIndex index(mineList);
        std::vector<bool> matched(size_t(mineList.size()), false);
        const auto instances = app.instances();
        for (const InstanceInfo &info : instances) {
            const qsizetype pos = index.find(instanceIdView(info));
            if (pos < 0) {
                changes.added.append(info);
                continue;
            }
            matched[size_t(pos)] = true;
            if (!InstanceInfoPrivate::sameState(mineList.at(pos), info))
                changes.modified.append({mineList.at(pos), info});
        }
        for (qsizetype i = 0; i < mineList.size(); ++i) {
            if (!matched[size_t(i)])
                changes.removed.append(mineList.at(i));
        }
    }
    for (const Application &app : d->apps) {
        if (seen.contains(app.name().toUpper()))
            continue;
        changes.removed.append(app.instances());
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
