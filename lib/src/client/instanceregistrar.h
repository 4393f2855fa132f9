// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "backoff.h"
#include "healthmonitor.h"
#include "ratelimiter.h"

#include <EurekaClient/eurekareply.h>
#include <EurekaClient/instanceinfo.h>

#include <QtCore/QEventLoopLocker>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

#include <functional>
#include <memory>

namespace Eureka {

class ClusterClient;

// Keeps this instance registered: registers, heartbeats every renewal interval, registers
// again when a heartbeat answers 404 (the server forgot us), pushes status and metadata
// changes, cancels on stop. Failures back off up to bound x interval and recover by themselves.
// With a health check (Netflix's HealthCheckHandler) the registered status follows it: it is
// consulted before the first registration, before every heartbeat and every replication
// interval. Changes are pushed by registering again, rate-limited as Netflix's
// InstanceInfoReplicator (a burst, then 60 x burst / interval a minute), and coalesced: a
// flapping check cannot flood the servers, and the last state always goes out.
class EUREKACLIENT_AUTOTEST_EXPORT InstanceRegistrar : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        qint64 renewalIntervalMs = 30000;
        int backoffBound = 10;
        qint64 stopTimeoutMs = 2000;
        WireFormat format = WireFormat::Json;
        std::function<qint64()> clock; // ms since the epoch
        qint64 replicationIntervalMs = 30000;
        int onDemandBurst = 2;
        HealthMonitor::Settings health; // none when neither a callable nor a URL is set
    };

    InstanceRegistrar(ClusterClient *cluster, const InstanceInfo &info, Settings settings, QObject *parent);
    ~InstanceRegistrar() override;

    void start();
    void stop();
    // What the application says; with a health check, it decides only while this is UP.
    void setStatus(InstanceStatus status);
    void setMetadataValue(const QString &key, const QString &value);
    // Runs the health check now (the result is pushed when it changes the status).
    void checkHealth();
    // The first step of a drain: DOWN, pushed at once (past the rate limit), and kept DOWN
    // whatever the health check says.
    void goDown();

    InstanceInfo instanceInfo() const { return m_info; }
    bool isRegistered() const { return m_registered; }

Q_SIGNALS:
    void registered();
    void heartbeat(bool ok);
    void statusChanged(Eureka::InstanceStatus status);
    void errorOccurred(Eureka::Operation operation, Eureka::Error error, const QString &errorString);
    void stopped();

private:
    void sendRegistration();
    void beforeHeartbeat();
    void sendHeartbeat();
    void onHealthChecked(InstanceStatus health, const QString &detail);
    void applyStatus(bool urgent = false);
    void markDirty();
    void requestPush(bool urgent = false);
    void scheduleHeartbeat(qint64 delayMs);
    void scheduleRegistration(qint64 delayMs);
    void finishStop();
    EurekaReply *send(const struct EurekaRequest &request);

    ClusterClient *m_cluster;
    InstanceInfo m_info;
    InstanceInfo m_pushed; // as the last successful registration sent it
    Settings m_settings;
    Backoff m_backoff;
    QTimer m_timer;
    QTimer m_stopGuard;
    QTimer m_pushTimer;
    QTimer m_healthTimer;
    HealthMonitor *m_health = nullptr;
    RateLimiter m_limiter;
    InstanceStatus m_appStatus;
    InstanceStatus m_healthStatus = InstanceStatus::Unknown; // no answer yet
    enum class AfterCheck { Nothing, Register, Heartbeat } m_afterCheck = AfterCheck::Nothing;
    bool m_registering = false;
    bool m_pushPending = false;
    QPointer<EurekaReply> m_cancel;
    std::unique_ptr<QEventLoopLocker> m_keepAlive;
    bool m_running = false;
    bool m_registered = false;
};

} // namespace Eureka
