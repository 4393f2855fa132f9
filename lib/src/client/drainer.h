// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../transport/clusterclient.h"

#include <EurekaClient/eurekaendpoint.h>
#include <EurekaClient/eurekanamespace.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <vector>

namespace Eureka {

// Waits until every Eureka server shows this instance with a status, as callers will see it:
// each server's GET apps/{APP}, which Netflix's server answers from the same response cache as
// apps and apps/delta. A server that answers nothing is left out ("every reachable server");
// the wait is bounded by a timeout.
class EUREKACLIENT_AUTOTEST_EXPORT Drainer : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QList<EurekaEndpoint> servers;
        HttpTransport *transport = nullptr;
        ClusterClient::Settings cluster;
        QString app;
        QString instanceId;
        InstanceStatus awaited = InstanceStatus::Down;
        qint64 timeoutMs = 60000;
        qint64 pollIntervalMs = 1000;
    };

    Drainer(Settings settings, QObject *parent);
    ~Drainer() override;

    void start();

Q_SIGNALS:
    // After each answer: what \a server (without credentials) showed; \a confirmed once it
    // shows the awaited status. \a reachable false: it did not answer.
    void progress(const QString &server, Eureka::InstanceStatus seen, bool confirmed, bool reachable);
    // Every reachable server confirmed (true), or the timeout came first (false).
    void finished(bool confirmed);

private:
    struct Server
    {
        EurekaEndpoint endpoint;
        ClusterClient *client = nullptr;
        bool confirmed = false;
        bool reachable = true;
        bool inFlight = false;
    };
    void poll();
    void onAnswer(size_t index, EurekaReply *reply);
    void finishIfDone();

    Settings m_settings;
    std::vector<Server> m_servers;
    QTimer m_pollTimer;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace Eureka
