// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekanamespace.h>

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

// When a status change is worth a notification: after a grace period (an instance that is
// DOWN for 20 s during a restart is not news; one DOWN for a minute is), not while the
// operator muted its application, instance or cluster (mutes expire by themselves), and again
// every so often while it stays down. Recoveries are told only for problems that were told.
// A plain class: time is passed in (ms since the epoch), so tests drive it with their own clock.
class AlertRules
{
public:
    struct Policy
    {
        qint64 graceMs = 60000;  // not UP for at least this long before it is told
        qint64 reminderMs = 0;   // told again this often while still not UP; 0: never
    };

    // What a mute covers: a whole cluster (app empty), an application (instanceId empty), or
    // one instance.
    struct Mute
    {
        QString cluster;
        QString app;
        QString instanceId;
        qint64 until = 0;
        bool covers(const QString &cluster, const QString &app, const QString &instanceId) const;
        bool operator==(const Mute &other) const;
    };

    enum class AlertKind { Down, Recovered, StillDown };
    struct Alert
    {
        AlertKind kind = AlertKind::Down;
        QString cluster;
        QString app;
        QString instanceId;
        Eureka::InstanceStatus before = Eureka::InstanceStatus::Up;
        Eureka::InstanceStatus status = Eureka::InstanceStatus::Down;
        qint64 since = 0; // when the problem began
    };

    void setPolicy(const QString &cluster, const Policy &policy) { m_policies.insert(cluster, policy); }
    Policy policy(const QString &cluster) const { return m_policies.value(cluster); }

    void statusChanged(const QString &cluster, const QString &app, const QString &instanceId,
                       Eureka::InstanceStatus before, Eureka::InstanceStatus after, qint64 now);
    // Forgets a cluster's problems (its profile was closed).
    void removeCluster(const QString &cluster);

    void mute(const Mute &mute);
    bool unmute(const Mute &mute);
    // The mutes still in force at \a now; expired ones are dropped.
    QList<Mute> mutes(qint64 now);

    // The alerts due at \a now, each told once.
    QList<Alert> takeDue(qint64 now);
    // When takeDue() will next have something (ms since the epoch), or -1.
    qint64 nextDue(qint64 now) const;
    // Problems not UP, told or waiting for their grace period.
    int problemCount() const { return int(m_problems.size()); }

private:
    struct Problem
    {
        Alert alert;
        bool told = false;
        qint64 nextReminder = 0;
    };
    const Mute *muteFor(const Alert &alert, qint64 now) const;

    QHash<QString, Policy> m_policies;
    QHash<QString, Problem> m_problems; // by cluster and instance id
    QList<Alert> m_ready;               // recoveries, told at the next takeDue()
    QList<Mute> m_mutes;
};
