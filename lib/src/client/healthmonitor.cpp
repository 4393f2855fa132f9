// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "healthmonitor.h"

#include <EurekaClient/httptransport.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace Eureka {

HealthMonitor::HealthMonitor(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply)
            m_reply->abort(); // finishes with status 0: DOWN
    });
}

HealthMonitor::~HealthMonitor()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HealthMonitor::check()
{
    if (m_settings.callable) {
        Q_EMIT checked(m_settings.callable(), tr("the application's health check"));
        return;
    }
    if (m_reply || !m_settings.transport || !m_settings.url.isValid())
        return;
    TransportRequest request;
    request.url = m_settings.url;
    request.headers = {{"Accept", "application/json"}};
    request.followRedirects = true;
    request.maxResponseBytes = 64 * 1024; // an Actuator answer is a few hundred bytes
    m_reply = m_settings.transport->send(request);
    connect(m_reply, &TransportReply::finished, this, &HealthMonitor::onReply);
    m_timeout.start(std::chrono::milliseconds(m_settings.timeoutMs));
}

void HealthMonitor::onReply()
{
    TransportReply *reply = m_reply.data();
    m_reply = nullptr;
    m_timeout.stop();
    if (!reply)
        return;
    reply->deleteLater();
    const int http = reply->httpStatus();
    if (http == 0) {
        Q_EMIT checked(InstanceStatus::Down, tr("no answer: %1").arg(reply->errorString()));
        return;
    }
    // Spring Boot Actuator names the status in its body, and can be set to answer 200 for
    // every status.
    const QString said = QJsonDocument::fromJson(reply->body()).object().value(QLatin1String("status")).toString();
    if (said == QLatin1String("OUT_OF_SERVICE")) {
        Q_EMIT checked(InstanceStatus::OutOfService, tr("HTTP %1, status OUT_OF_SERVICE").arg(http));
        return;
    }
    if (said == QLatin1String("DOWN")) {
        Q_EMIT checked(InstanceStatus::Down, tr("HTTP %1, status DOWN").arg(http));
        return;
    }
    Q_EMIT checked(http >= 200 && http < 300 ? InstanceStatus::Up : InstanceStatus::Down, tr("HTTP %1").arg(http));
}

} // namespace Eureka
