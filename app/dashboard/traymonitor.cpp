// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "traymonitor.h"

#include "durationtext.h"
#include "statustext.h"

#include <QtCore/QDateTime>

using namespace Eureka;

TrayMonitor::TrayMonitor(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::chrono::seconds(10));
    connect(&m_debounce, &QTimer::timeout, this, &TrayMonitor::flush);
    m_alertTimer.setSingleShot(true);
    connect(&m_alertTimer, &QTimer::timeout, this, &TrayMonitor::checkAlerts);
    m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

void TrayMonitor::setAlertPolicy(const QString &cluster, const AlertRules::Policy &policy)
{
    m_rules.setPolicy(cluster, policy);
    checkAlerts();
}

void TrayMonitor::mute(const AlertRules::Mute &mute)
{
    m_rules.mute(mute);
    checkAlerts();
    Q_EMIT mutesChanged();
}

void TrayMonitor::unmute(const AlertRules::Mute &mute)
{
    if (m_rules.unmute(mute)) {
        checkAlerts();
        Q_EMIT mutesChanged();
    }
}

QList<AlertRules::Mute> TrayMonitor::mutes() { return m_rules.mutes(m_clock()); }

void TrayMonitor::checkAlerts()
{
    const qint64 now = m_clock();
    for (const AlertRules::Alert &alert : m_rules.takeDue(now)) {
        if (alert.kind == AlertRules::AlertKind::StillDown)
            queue(tr("%1 %2: still %3 after %4")
                      .arg(alert.app, alert.instanceId, StatusText::name(alert.status), DurationText::span(now - alert.since)));
        else
            collect(alert);
    }
    const qint64 next = m_rules.nextDue(now);
    if (next < 0)
        m_alertTimer.stop();
    else
        m_alertTimer.start(std::chrono::milliseconds(std::clamp<qint64>(next - now, 0, 24 * 3600 * 1000)));
}

void TrayMonitor::setDebounceInterval(std::chrono::milliseconds interval) { m_debounce.setInterval(interval); }

void TrayMonitor::setPaused(bool paused)
{
    m_paused = paused;
    if (paused) { // what happened while paused is in the event log, not in a late pop-up
        m_pending.clear();
        m_pendingLines.clear();
        m_debounce.stop();
    }
}

void TrayMonitor::setCluster(const QString &cluster, const ClusterSummary &summary)
{
    const auto old = m_clusters.constFind(cluster);
    if (old != m_clusters.constEnd() && old->reachable != summary.reachable) {
        queue(summary.reachable ? tr("%1: Eureka servers answer again").arg(cluster)
                                : tr("%1: no Eureka server answers").arg(cluster));
    }
    m_clusters.insert(cluster, summary);
    updateState();
}

void TrayMonitor::removeCluster(const QString &cluster)
{
    m_clusters.remove(cluster);
    m_rules.removeCluster(cluster);
    updateState();
}

void TrayMonitor::recordStatusChange(const QString &cluster, const QString &app, const QString &instanceId,
                                     InstanceStatus before, InstanceStatus after)
{
    if (m_paused)
        return;
    m_rules.statusChanged(cluster, app, instanceId, before, after, m_clock());
    checkAlerts(); // without a grace period, told at once
}

// Alerts of one instance within the debounce window are one line.
void TrayMonitor::collect(const AlertRules::Alert &alert)
{
    for (Pending &p : m_pending) {
        if (p.cluster == alert.cluster && p.instanceId == alert.instanceId) {
            p.last = alert.status;
            ++p.changes;
            return;
        }
    }
    m_pending.append({alert.cluster, alert.app, alert.instanceId, alert.before, alert.status, 1});
    if (!m_debounce.isActive())
        m_debounce.start();
}

void TrayMonitor::queue(const QString &line)
{
    if (m_paused)
        return;
    m_pendingLines.append(line);
    if (!m_debounce.isActive())
        m_debounce.start();
}

void TrayMonitor::flush()
{
    QStringList lines = m_pendingLines;
    State severity = State::AllUp;
    if (!m_pendingLines.isEmpty())
        severity = m_state == State::Unreachable ? State::Unreachable : State::Degraded;
    int changedInstances = 0;
    for (const Pending &p : std::as_const(m_pending)) {
        ++changedInstances;
        if (p.first == p.last) {
            lines.append(tr("%1 %2: flapping, %n change(s), now %3", nullptr, p.changes)
                             .arg(p.app, p.instanceId, StatusText::name(p.last)));
            severity = std::max(severity, State::Degraded);
        } else {
            lines.append(tr("%1 %2: %3 → %4").arg(p.app, p.instanceId, StatusText::name(p.first), StatusText::name(p.last)));
            if (p.last != InstanceStatus::Up)
                severity = std::max(severity, State::Degraded);
        }
    }
    m_pending.clear();
    m_pendingLines.clear();
    if (lines.isEmpty())
        return;
    constexpr int shown = 5;
    if (lines.size() > shown) {
        const qsizetype more = lines.size() - shown;
        lines.resize(shown);
        lines.append(tr("… and %n more", nullptr, int(more)));
    }
    const QString title = changedInstances > 0 ? tr("Eureka: %n instance(s) changed", nullptr, changedInstances)
                                               : tr("Eureka");
    Q_EMIT notificationRequested(title, lines.join(QLatin1Char('\n')), severity);
}

void TrayMonitor::updateState()
{
    State state = State::NoData;
    for (const ClusterSummary &s : std::as_const(m_clusters)) {
        State cluster = State::AllUp;
        if (!s.reachable)
            cluster = State::Unreachable;
        else if (s.down + s.outOfService + s.other > 0)
            cluster = State::Degraded;
        state = std::max(state, cluster);
    }
    const QString oldTip = toolTip();
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
    const QString tip = toolTip();
    if (tip != oldTip)
        Q_EMIT toolTipChanged(tip);
}

QString TrayMonitor::toolTip() const
{
    if (m_clusters.isEmpty())
        return tr("Eureka dashboard: no cluster watched");
    QStringList lines;
    for (auto it = m_clusters.cbegin(); it != m_clusters.cend(); ++it) {
        const ClusterSummary &s = *it;
        if (!s.reachable)
            lines.append(tr("%1: no Eureka server answers").arg(it.key()));
        else if (s.down + s.outOfService + s.other == 0)
            lines.append(tr("%1: all %n instance(s) UP", nullptr, s.total).arg(it.key()));
        else
            lines.append(tr("%1: %2 UP, %3 DOWN, %4 out of service, %5 other")
                             .arg(it.key()).arg(s.up).arg(s.down).arg(s.outOfService).arg(s.other));
    }
    return lines.join(QLatin1Char('\n'));
}
