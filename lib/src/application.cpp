// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/application.h>

#include "application_p.h"
#include "bytehash_p.h"
#include "instanceinfo_p.h"

#include <algorithm>
#include <vector>

namespace Eureka {

class ApplicationData : public QSharedData
{
public:
    QString name;
    // A list, not a hash: applications hold tens of instances, where a scan beats hashing
    // and costs no extra memory per instance.
    QList<InstanceInfo> instances;

    qsizetype indexOf(const QString &instanceId) const
    {
        for (qsizetype i = 0; i < instances.size(); ++i) {
            // Compares in place: the id lives packed as UTF-8 inside the instance.
            if (InstanceInfoPrivate::constData(instances.at(i))
                    ->packedEquals(InstanceInfoData::InstanceId, instanceId))
                return i;
        }
        return -1;
    }
};

Application::Application()
    : d(new ApplicationData)
{
}
Application::Application(const QString &name)
    : d(new ApplicationData)
{
    d->name = name;
}
Application::Application(const Application &other) = default;
Application::Application(Application &&other) noexcept = default;
Application &Application::operator=(const Application &other) = default;
Application &Application::operator=(Application &&other) noexcept = default;
Application::~Application() = default;

QString Application::name() const { return d->name; }
void Application::setName(const QString &name) { d->name = name; }
QList<InstanceInfo> Application::instances() const { return d->instances; }
qsizetype Application::size() const { return d->instances.size(); }
bool Application::isEmpty() const { return d->instances.isEmpty(); }

InstanceInfo Application::instance(const QString &instanceId) const
{
    const qsizetype i = d->indexOf(instanceId);
    return i < 0 ? InstanceInfo() : d->instances.at(i);
}

QList<InstanceInfo> Application::upInstances() const
{
    QList<InstanceInfo> result;
    for (const InstanceInfo &info : d->instances) {
        if (info.status() == InstanceStatus::Up)
            result.append(info);
    }
    return result;
}

QList<InstanceInfo> Application::upInstancesInZone(const QString &zone) const
{
    QList<InstanceInfo> result;
    for (const InstanceInfo &info : d->instances) {
        if (info.status() == InstanceStatus::Up && info.zone() == zone)
            result.append(info);
    }
    return result;
}

QList<InstanceInfo> Application::upInstancesNotInZone(const QString &zone) const
{
    QList<InstanceInfo> result;
    for (const InstanceInfo &info : d->instances) {
        if (info.status() == InstanceStatus::Up && info.zone() != zone)
            result.append(info);
    }
    return result;
}

bool ApplicationPrivate::put(Application &app, const InstanceInfo &info, InstanceInfo *old)
{
    const qsizetype i = app.d->indexOf(info.instanceId());
    if (i < 0) {
        app.d->instances.append(info);
        return false;
    }
    *old = app.d->instances.at(i);
    app.d->instances[i] = info;
    return true;
}

void ApplicationPrivate::append(Application &app, const InstanceInfo &info) { app.d->instances.append(info); }

QList<InstanceInfo> &ApplicationPrivate::instances(Application &app) { return app.d->instances; }

std::string_view instanceIdView(const InstanceInfo &info)
{
    const QUtf8StringView id = InstanceInfoPrivate::constData(info)->packedView(InstanceInfoData::InstanceId);
    return std::string_view(id.data(), size_t(id.size()));
}

InstanceIdIndex::InstanceIdIndex(const QList<InstanceInfo> &instances)
{
    m_ids.reserve(size_t(instances.size()));
    for (qsizetype i = 0; i < instances.size(); ++i)
        m_ids.emplace_back(instanceIdView(instances.at(i)), i);
    std::sort(m_ids.begin(), m_ids.end());
    m_slotOf.resize(m_ids.size());
    for (size_t k = 0; k < m_ids.size(); ++k)
        m_slotOf[size_t(m_ids[k].second)] = k;
}

qsizetype InstanceIdIndex::find(std::string_view id) const
{
    const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), std::make_pair(id, qsizetype(-1)));
    return it != m_ids.end() && it->first == id ? it->second : -1;
}

void InstanceIdIndex::replaced(qsizetype position, const InstanceInfo &info)
{
    if (position >= 0 && size_t(position) < m_slotOf.size())
        m_ids[m_slotOf[size_t(position)]].first = instanceIdView(info);
}

namespace {
// Decoders call this for every application of every document and duplicates are rare: one hash
// per id answers "none" without sorting (which compared each id log n times).
bool hasDuplicateIds(const QList<InstanceInfo> &instances)
{
    size_t slots = 16;
    while (slots < size_t(instances.size()) * 2)
        slots *= 2;
    std::vector<qsizetype> table(slots, -1);
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const QUtf8StringView id = InstanceInfoPrivate::constData(instances.at(i))->packedView(InstanceInfoData::InstanceId);
        for (size_t slot = hashBytes(id.data(), size_t(id.size())) & (slots - 1);; slot = (slot + 1) & (slots - 1)) {
            const qsizetype other = table[slot];
            if (other < 0) {
                table[slot] = i;
                break;
            }
            if (InstanceInfoPrivate::constData(instances.at(other))->packedView(InstanceInfoData::InstanceId) == id)
                return true;
        }
    }
    return false;
}
} // namespace

void ApplicationPrivate::removeDuplicateIds(Application &app)
{
    const qsizetype n = app.d->instances.size();
    if (n < 2 || !hasDuplicateIds(app.d->instances))
        return;
    std::vector<std::pair<QUtf8StringView, qsizetype>> ids;
    ids.reserve(size_t(n));
    for (qsizetype i = 0; i < n; ++i)
        ids.emplace_back(InstanceInfoPrivate::constData(app.d->instances.at(i))->packedView(InstanceInfoData::InstanceId), i);
    const auto byId = [](const auto &a, const auto &b) {
        return QAnyStringView::compare(a.first, b.first) < 0 || (a.first == b.first && a.second < b.second);
    };
    std::sort(ids.begin(), ids.end(), byId);
    std::vector<qsizetype> drop;
    for (size_t i = 0; i + 1 < ids.size(); ++i) {
        size_t last = i;
        while (last + 1 < ids.size() && ids[last + 1].first == ids[i].first)
            ++last;
        if (last != i) {
            app.d->instances[ids[i].second] = app.d->instances.at(ids[last].second);
            for (size_t k = i + 1; k <= last; ++k)
                drop.push_back(ids[k].second);
            i = last;
        }
    }
    if (drop.empty())
        return;
    std::sort(drop.begin(), drop.end());
    for (auto it = drop.rbegin(); it != drop.rend(); ++it)
        app.d->instances.removeAt(*it);
}

bool ApplicationPrivate::take(Application &app, const QString &instanceId, InstanceInfo *removed)
{
    const qsizetype i = app.d->indexOf(instanceId);
    if (i < 0)
        return false;
    *removed = app.d->instances.takeAt(i);
    return true;
}

InstanceInfo Application::addInstance(const InstanceInfo &info)
{
    InstanceInfo old;
    ApplicationPrivate::put(*this, info, &old);
    return old;
}

InstanceInfo Application::removeInstance(const QString &instanceId)
{
    InstanceInfo removed;
    ApplicationPrivate::take(*this, instanceId, &removed);
    return removed;
}

bool operator==(const Application &a, const Application &b)
{
    if (a.d == b.d)
        return true;
    if (a.d->name != b.d->name || a.d->instances.size() != b.d->instances.size())
        return false;
    for (const InstanceInfo &info : a.d->instances) {
        if (b.instance(info.instanceId()) != info)
            return false;
    }
    return true;
}

} // namespace Eureka
