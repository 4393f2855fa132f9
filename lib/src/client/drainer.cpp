// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "drainer.h"

#include "../logging_p.h"
#include "../resolver/singleserverresolver.h"

#include <EurekaClient/codec.h>

namespace Eureka {


Drainer::Drainer(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    ClusterClient::Settings one = m_settings.cluster;
    one.numberOfRetries = 1;
    one.maxRedirects = 0; // a server that redirects is asked where it is, not through another
    for (const EurekaEndpoint &endpoint : std::as_const(m_settings.servers)) {
        Server server;
        server.endpoint = endpoint;
        server.client = new ClusterClient(new SingleServerResolver(endpoint, this), m_settings.transport, one, this);
        m_servers.push_back(server);
    }
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &Drainer::poll);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        m_done = true;
        m_pollTimer.stop();
        qCWarning(lcEureka).noquote() << "drain of" << m_settings.instanceId << "not confirmed everywhere within"
                                      << m_settings.timeoutMs << "ms";
        Q_EMIT finished(false);
    });
}

Drainer::~Drainer() = default;

void Drainer::start()
{
    m_timeout.start(std::chrono::milliseconds(m_settings.timeoutMs));
    if (m_servers.empty()) {
        QMetaObject::invokeMethod(this, &Drainer::finishIfDone, Qt::QueuedConnection);
        return;
    }
    poll();
}

void Drainer::poll()
{
    for (size_t i = 0; i < m_servers.size(); ++i) {
        Server &server = m_servers[i];
        if (server.confirmed || server.inFlight)
            continue;
        EurekaRequest request;
        request.type = RequestType::GetApplication;
        request.path = QStringLiteral("apps/") + m_settings.app;
        server.inFlight = true;
        EurekaReply *reply = server.client->execute(request);
        connect(reply, &EurekaReply::finished, this, [this, i, reply] { onAnswer(i, reply); });
    }
}

void Drainer::onAnswer(size_t index, EurekaReply *reply)
{
    reply->deleteLater();
    Server &server = m_servers[index];
    server.inFlight = false;
    if (m_done)
        return;
    const QString name = server.endpoint.toDisplayString();
    InstanceStatus seen = InstanceStatus::Unknown;
    if (reply->error() != Error::NoError && reply->httpStatus() == 0) {
        server.reachable = false;
    } else {
        server.reachable = true;
        // 404: the application is gone from this server's answers, which callers read as
        // "not there": as good as DOWN for a drain.
        if (reply->httpStatus() == 404) {
            seen = m_settings.awaited;
        } else if (reply->httpStatus() >= 200 && reply->httpStatus() < 300) {
            const InstanceInfo info = Codec::decodeApplication(reply->body(), WireFormat::Json).instance(m_settings.instanceId);
            seen = info.isNull() ? m_settings.awaited : info.status();
        }
        server.confirmed = seen == m_settings.awaited;
    }
    Q_EMIT progress(name, seen, server.confirmed, server.reachable);
    finishIfDone();
    if (!m_done && !m_pollTimer.isActive())
        m_pollTimer.start(std::chrono::milliseconds(m_settings.pollIntervalMs));
}

void Drainer::finishIfDone()
{
    if (m_done)
        return;
    for (const Server &server : m_servers) {
        if (server.reachable && !server.confirmed)
            return;
        if (server.inFlight)
            return;
    }
    m_done = true;
    m_timeout.stop();
    m_pollTimer.stop();
    Q_EMIT finished(true);
}

} // namespace Eureka
