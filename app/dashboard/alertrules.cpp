// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "alertrules.h"

#include <algorithm>

using namespace Eureka;

namespace {
QString keyOf(const QString &cluster, const QString &instanceId) { return cluster + QLatin1Char('\n') + instanceId; }
} // namespace

bool AlertRules::Mute::covers(const QString &c, const QString &a, const QString &i) const
{
    return cluster == c && (app.isEmpty() || app == a) && (instanceId.isEmpty() || instanceId == i);
}

bool AlertRules::Mute::operator==(const Mute &other) const
{
    return cluster == other.cluster && app == other.app && instanceId == other.instanceId && until == other.until;
}

const AlertRules::Mute *AlertRules::muteFor(const Alert &alert, qint64 now) const
{
    for (const Mute &mute : m_mutes) {
        if (mute.until > now && mute.covers(alert.cluster, alert.app, alert.instanceId))
            return &mute;
    }
    return nullptr;
}

void AlertRules::statusChanged(const QString &cluster, const QString &app, const QString &instanceId,
                               InstanceStatus before, InstanceStatus after, qint64 now)
{
    const QString key = keyOf(cluster, instanceId);
    const auto it = m_problems.find(key);
    if (after == InstanceStatus::Up) {
        if (it == m_problems.end())
            return;
        // Back within its grace period: nobody needs to hear of it. Muted: nor then.
        Alert recovered = it->alert;
        recovered.kind = AlertKind::Recovered;
        recovered.before = it->alert.status;
        recovered.status = after;
        if (it->told && !muteFor(recovered, now))
            m_ready.append(recovered);
        m_problems.erase(it);
        return;
    }
    if (it != m_problems.end()) { // DOWN -> OUT_OF_SERVICE: the same problem, since the first
        it->alert.status = after;
        return;
    }
    Problem problem;
    problem.alert = {AlertKind::Down, cluster, app, instanceId, before, after, now};
    m_problems.insert(key, problem);
}

void AlertRules::removeCluster(const QString &cluster)
{
    m_problems.removeIf([&cluster](const auto &it) { return it.value().alert.cluster == cluster; });
    m_ready.removeIf([&cluster](const Alert &alert) { return alert.cluster == cluster; });
}

void AlertRules::mute(const Mute &mute)
{
    m_mutes.removeIf([&mute](const Mute &m) { return m.cluster == mute.cluster && m.app == mute.app && m.instanceId == mute.instanceId; });
    m_mutes.append(mute);
}

bool AlertRules::unmute(const Mute &mute) { return m_mutes.removeAll(mute) > 0; }

QList<AlertRules::Mute> AlertRules::mutes(qint64 now)
{
    m_mutes.removeIf([now](const Mute &m) { return m.until <= now; });
    return m_mutes;
}

QList<AlertRules::Alert> AlertRules::takeDue(qint64 now)
{
    QList<Alert> due = std::exchange(m_ready, {});
    for (Problem &problem : m_problems) {
        const Policy p = policy(problem.alert.cluster);
        if (muteFor(problem.alert, now))
            continue; // told when the mute ends, if it is still down then
        if (!problem.told && now - problem.alert.since >= p.graceMs) {
            problem.told = true;
            problem.nextReminder = p.reminderMs > 0 ? now + p.reminderMs : 0;
            due.append(problem.alert);
        } else if (problem.told && problem.nextReminder > 0 && now >= problem.nextReminder) {
            problem.nextReminder = now + p.reminderMs;
            Alert reminder = problem.alert;
            reminder.kind = AlertKind::StillDown;
            due.append(reminder);
        }
    }
    std::sort(due.begin(), due.end(), [](const Alert &a, const Alert &b) {
        return std::tie(a.cluster, a.app, a.instanceId) < std::tie(b.cluster, b.app, b.instanceId);
    });
    return due;
}

qint64 AlertRules::nextDue(qint64 now) const
{
    if (!m_ready.isEmpty())
        return now;
    qint64 next = -1;
    const auto consider = [&next](qint64 at) { next = next < 0 ? at : std::min(next, at); };
    for (const Problem &problem : m_problems) {
        if (const Mute *mute = muteFor(problem.alert, now)) {
            consider(mute->until);
            continue;
        }
        if (!problem.told)
            consider(problem.alert.since + policy(problem.alert.cluster).graceMs);
        else if (problem.nextReminder > 0)
            consider(problem.nextReminder);
    }
    return next;
}
