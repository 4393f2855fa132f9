// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "instanceregistrar.h"

#include "../logging_p.h"
#include "../transport/clusterclient.h"
#include "../transport/eurekarequest.h"

#include <QtCore/QDateTime>

#include <algorithm>

namespace Eureka {

namespace {
// A reply that came back without a transport error may still be a refusal (HTTP 4xx/5xx).
std::pair<Error, QString> failureOf(const EurekaReply *reply, const QString &what)
{
    if (reply->error() != Error::NoError)
        return {reply->error(), reply->errorString()};
    return {Error::HttpError, InstanceRegistrar::tr("%1 answered HTTP %2").arg(what).arg(reply->httpStatus())};
}
} // namespace

InstanceRegistrar::InstanceRegistrar(ClusterClient *cluster, const InstanceInfo &info, Settings settings,
                                     QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_info(info)
    , m_settings(std::move(settings))
    , m_backoff(m_settings.renewalIntervalMs, m_settings.backoffBound)
{
    if (!m_settings.clock)
        m_settings.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_timer.setSingleShot(true);
    m_stopGuard.setSingleShot(true);
    connect(&m_stopGuard, &QTimer::timeout, this, [this] {
        qCWarning(lcEureka).noquote() << "cancel of" << m_info.instanceId() << "not answered in time; stopping anyway";
        finishStop();
    });
}

InstanceRegistrar::~InstanceRegistrar() = default;

EurekaReply *InstanceRegistrar::send(const EurekaRequest &request)
{
    EurekaReply *reply = m_cluster->execute(request);
    connect(reply, &EurekaReply::finished, reply, &QObject::deleteLater);
    return reply;
}

void InstanceRegistrar::start()
{
    if (m_running)
        return;
    m_running = true;
    sendRegistration();
}

void InstanceRegistrar::sendRegistration()
{
    m_timer.disconnect();
    m_timer.stop();
    EurekaReply *reply = send(EurekaRequest::registration(m_info, m_settings.format));
    connect(reply, &EurekaReply::finished, this, [this, reply] {
        if (!m_running)
            return;
        if (reply->error() == Error::NoError && reply->httpStatus() >= 200 && reply->httpStatus() < 300) {
            const bool again = m_registered;
            m_registered = true;
            qCInfo(lcEureka).noquote() << (again ? "registration refreshed:" : "registered:") << m_info.app()
                                       << m_info.instanceId() << "with" << reply->endpoint().toDisplayString();
            scheduleHeartbeat(m_backoff.succeeded());
            Q_EMIT registered();
            return;
        }
        const auto [error, text] = failureOf(reply, tr("registration"));
        qCWarning(lcEureka).noquote() << "registration failed:" << text;
        Q_EMIT errorOccurred(Operation::Register, error, text);
        scheduleRegistration(m_backoff.failed());
    });
}

void InstanceRegistrar::sendHeartbeat()
{
    EurekaReply *reply = send(EurekaRequest::heartbeat(m_info));
    connect(reply, &EurekaReply::finished, this, [this, reply] {
        if (!m_running)
            return;
        if (reply->error() == Error::NoError && reply->httpStatus() == 404) {
            // The server forgot us (restarted, evicted, or our data is newer): register again,
            // as DiscoveryClient.renew() does.
            qCInfo(lcEureka).noquote() << "heartbeat answered 404; registering" << m_info.instanceId() << "again";
            m_registered = false;
            sendRegistration();
            return;
        }
        if (reply->error() == Error::NoError && reply->httpStatus() >= 200 && reply->httpStatus() < 300) {
            Q_EMIT heartbeat(true);
            scheduleHeartbeat(m_backoff.succeeded());
            return;
        }
        const auto [error, text] = failureOf(reply, tr("heartbeat"));
        qCWarning(lcEureka).noquote() << "heartbeat failed:" << text;
        Q_EMIT heartbeat(false);
        Q_EMIT errorOccurred(Operation::Renew, error, text);
        scheduleHeartbeat(m_backoff.failed());
    });
}

void InstanceRegistrar::scheduleHeartbeat(qint64 delayMs)
{
    m_timer.disconnect();
    connect(&m_timer, &QTimer::timeout, this, &InstanceRegistrar::sendHeartbeat);
    m_timer.start(std::chrono::milliseconds(delayMs));
}

void InstanceRegistrar::scheduleRegistration(qint64 delayMs)
{
    m_timer.disconnect();
    connect(&m_timer, &QTimer::timeout, this, &InstanceRegistrar::sendRegistration);
    m_timer.start(std::chrono::milliseconds(delayMs));
}

void InstanceRegistrar::setStatus(InstanceStatus status)
{
    if (m_info.status() == status && m_info.statusText() == toWireString(status))
        return;
    m_info.setStatus(status);
    // Never backwards, even when the wall clock jumps back: Eureka servers keep the newer of two
    // dirty timestamps, so an older one would make this change look stale.
    m_info.setLastDirtyTimestamp(std::max(m_settings.clock(), m_info.lastDirtyTimestamp() + 1));
    Q_EMIT statusChanged(status);
    // Netflix's InstanceInfoReplicator pushes a changed instance by registering it again.
    if (m_running)
        sendRegistration();
}

void InstanceRegistrar::setMetadataValue(const QString &key, const QString &value)
{
    m_info.setMetadataValue(key, value);
    if (!m_running || !m_registered)
        return; // the next registration carries it
    EurekaReply *reply = send(EurekaRequest::metadataUpdate(m_info, {{key, value}}));
    connect(reply, &EurekaReply::finished, this, [this, reply] {
        if (reply->error() != Error::NoError)
            Q_EMIT errorOccurred(Operation::StatusUpdate, reply->error(), reply->errorString());
    });
}

void InstanceRegistrar::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    if (!m_registered) {
        QMetaObject::invokeMethod(this, &InstanceRegistrar::finishStop, Qt::QueuedConnection);
        return;
    }
    // Keep the application alive until the server knows we are gone, but not for long.
    m_keepAlive = std::make_unique<QEventLoopLocker>();
    m_cancel = send(EurekaRequest::cancel(m_info));
    connect(m_cancel, &EurekaReply::finished, this, [this, reply = m_cancel.data()] {
        if (reply->error() != Error::NoError)
            Q_EMIT errorOccurred(Operation::Cancel, reply->error(), reply->errorString());
        else
            qCInfo(lcEureka).noquote() << "cancelled" << m_info.instanceId();
        finishStop();
    });
    m_stopGuard.start(std::chrono::milliseconds(m_settings.stopTimeoutMs));
}

void InstanceRegistrar::finishStop()
{
    if (m_stopGuard.isActive())
        m_stopGuard.stop();
    if (m_cancel)
        m_cancel->disconnect(this);
    m_registered = false;
    m_keepAlive.reset();
    Q_EMIT stopped();
}

} // namespace Eureka
