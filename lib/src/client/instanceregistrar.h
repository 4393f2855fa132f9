// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "backoff.h"

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
    };

    InstanceRegistrar(ClusterClient *cluster, const InstanceInfo &info, Settings settings, QObject *parent);
    ~InstanceRegistrar() override;

    void start();
    void stop();
    void setStatus(InstanceStatus status);
    void setMetadataValue(const QString &key, const QString &value);

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
    void sendHeartbeat();
    void scheduleHeartbeat(qint64 delayMs);
    void scheduleRegistration(qint64 delayMs);
    void finishStop();
    EurekaReply *send(const struct EurekaRequest &request);

    ClusterClient *m_cluster;
    InstanceInfo m_info;
    Settings m_settings;
    Backoff m_backoff;
    QTimer m_timer;
    QTimer m_stopGuard;
    QPointer<EurekaReply> m_cancel;
    std::unique_ptr<QEventLoopLocker> m_keepAlive;
    bool m_running = false;
    bool m_registered = false;
};

} // namespace Eureka
