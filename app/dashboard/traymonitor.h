// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "alertrules.h"

#include <EurekaClient/eurekanamespace.h>

#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <chrono>
#include <functional>

// What the tray icon says, without the tray: a summary state over the watched clusters and
// debounced notifications. Changes are collected for debounceInterval and reported as one
// notification with each instance's net change, so a flapping instance is one line
// ("flapping, 6 changes"), not six pop-ups. What is worth telling at all is AlertRules' call:
// a grace period per cluster, mutes, reminders. TrayIcon applies this to a real tray if one exists.
class TrayMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State { NoData, AllUp, Degraded, Unreachable };
    Q_ENUM(State)

    struct ClusterSummary
    {
        bool reachable = false;
        int total = 0;
        int up = 0;
        int down = 0;
        int outOfService = 0;
        int other = 0;
    };

    explicit TrayMonitor(QObject *parent = nullptr);

    void setDebounceInterval(std::chrono::milliseconds interval);
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Milliseconds since the epoch; tests move time themselves (then call checkAlerts()).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    void setAlertPolicy(const QString &cluster, const AlertRules::Policy &policy);
    void mute(const AlertRules::Mute &mute);
    void unmute(const AlertRules::Mute &mute);
    QList<AlertRules::Mute> mutes();

    void setCluster(const QString &cluster, const ClusterSummary &summary);
    void removeCluster(const QString &cluster);
    void recordStatusChange(const QString &cluster, const QString &app, const QString &instanceId,
                            Eureka::InstanceStatus before, Eureka::InstanceStatus after);

    State state() const { return m_state; }
    QString toolTip() const;

public Q_SLOTS:
    // Tells what has become due (a grace period passed, a reminder, a mute ended); runs by
    // itself on a timer set to the next such time.
    void checkAlerts();

Q_SIGNALS:
    void stateChanged(TrayMonitor::State state);
    void toolTipChanged(const QString &toolTip);
    void notificationRequested(const QString &title, const QString &message, TrayMonitor::State severity);
    void mutesChanged();

private:
    struct Pending
    {
        QString cluster, app, instanceId;
        Eureka::InstanceStatus first, last;
        int changes = 0;
    };
    void updateState();
    void collect(const AlertRules::Alert &alert);
    void queue(const QString &line);
    void flush();

    QMap<QString, ClusterSummary> m_clusters;
    QList<Pending> m_pending;
    QStringList m_pendingLines; // cluster-level news (unreachable, reachable again)
    QTimer m_debounce;
    QTimer m_alertTimer;
    AlertRules m_rules;
    std::function<qint64()> m_clock;
    State m_state = State::NoData;
    bool m_paused = false;
};
