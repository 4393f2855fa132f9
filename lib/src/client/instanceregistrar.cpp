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
    , m_limiter(m_settings.onDemandBurst,
                60.0 * std::max(1, m_settings.onDemandBurst) * 1000.0 / double(std::max<qint64>(1, m_settings.replicationIntervalMs)))
    , m_appStatus(info.status())
{
    if (!m_settings.clock)
        m_settings.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    // Named for profiles and the soak's report of the longest event.
    m_timer.setObjectName(QStringLiteral("eureka-heartbeat"));
    m_stopGuard.setObjectName(QStringLiteral("eureka-stop-guard"));
    m_pushTimer.setObjectName(QStringLiteral("eureka-push"));
    m_healthTimer.setObjectName(QStringLiteral("eureka-health"));
    m_timer.setSingleShot(true);
    m_stopGuard.setSingleShot(true);
    m_pushTimer.setSingleShot(true);
    connect(&m_pushTimer, &QTimer::timeout, this, [this] { requestPush(); });
    if (m_settings.health.callable || m_settings.health.url.isValid()) {
        m_health = new HealthMonitor(m_settings.health, this);
        connect(m_health, &HealthMonitor::checked, this, &InstanceRegistrar::onHealthChecked);
        m_healthTimer.setInterval(std::chrono::milliseconds(std::max<qint64>(1, m_settings.replicationIntervalMs)));
        connect(&m_healthTimer, &QTimer::timeout, this, &InstanceRegistrar::checkHealth);
    }
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
    if (m_health) {
        m_healthTimer.start();
        // Registered with what the check says, not UP first and DOWN a moment later.
        m_afterCheck = AfterCheck::Register;
        m_health->check();
        return;
    }
    sendRegistration();
}

void InstanceRegistrar::checkHealth()
{
    if (m_health && m_running)
        m_health->check();
}

void InstanceRegistrar::onHealthChecked(InstanceStatus health, const QString &detail)
{
    if (!m_running)
        return;
    if (health != m_healthStatus)
        qCInfo(lcEureka).noquote() << "health check of" << m_info.instanceId() << "says" << toWireString(health)
                                   << QStringLiteral("(%1)").arg(detail);
    m_healthStatus = health;
    applyStatus();
    switch (std::exchange(m_afterCheck, AfterCheck::Nothing)) {
    case AfterCheck::Register: sendRegistration(); break;
    case AfterCheck::Heartbeat: sendHeartbeat(); break;
    case AfterCheck::Nothing: break;
    }
}

// Netflix's rule: health decides only while the application itself says UP; a DOWN, an
// OUT_OF_SERVICE or a STARTING that the application set stands.
void InstanceRegistrar::applyStatus(bool urgent)
{
    const InstanceStatus status = m_appStatus == InstanceStatus::Up && m_healthStatus != InstanceStatus::Unknown
        ? m_healthStatus
        : m_appStatus;
    if (m_info.status() == status && m_info.statusText() == toWireString(status))
        return;
    m_info.setStatus(status);
    markDirty();
    Q_EMIT statusChanged(status);
    requestPush(urgent);
}

void InstanceRegistrar::goDown()
{
    m_appStatus = InstanceStatus::Down;
    applyStatus(true);
}

void InstanceRegistrar::markDirty()
{
    // Never backwards, even when the wall clock jumps back: Eureka servers keep the newer of two
    // dirty timestamps, so an older one would make this change look stale.
    m_info.setLastDirtyTimestamp(std::max(m_settings.clock(), m_info.lastDirtyTimestamp() + 1));
}

// Netflix's InstanceInfoReplicator.onDemandUpdate(): push a changed instance by registering it
// again, within the rate limit; over it, one push when the next token comes, carrying every
// change made meanwhile.
void InstanceRegistrar::requestPush(bool urgent)
{
    if (!m_running)
        return;
    if (!m_registered || m_registering) {
        m_pushPending = true; // after the registration under way
        return;
    }
    if (urgent || m_limiter.tryAcquire()) {
        m_pushTimer.stop();
        sendRegistration();
        return;
    }
    if (!m_pushTimer.isActive()) {
        const qint64 wait = m_limiter.msUntilAvailable();
        qCInfo(lcEureka).noquote() << "update of" << m_info.instanceId() << "rate-limited; pushing in" << wait << "ms";
        m_pushTimer.start(std::chrono::milliseconds(std::max<qint64>(1, wait)));
    }
}

void InstanceRegistrar::sendRegistration()
{
    m_timer.disconnect();
    m_timer.stop();
    m_registering = true;
    m_pushPending = false; // this registration carries every change so far
    EurekaReply *reply = send(EurekaRequest::registration(m_info, m_settings.format));
    connect(reply, &EurekaReply::finished, this, [this, reply, sent = m_info] {
        m_registering = false;
        if (!m_running)
            return;
        if (reply->error() == Error::NoError && reply->httpStatus() >= 200 && reply->httpStatus() < 300) {
            const bool again = m_registered;
            m_registered = true;
            m_pushed = sent;
            qCInfo(lcEureka).noquote() << (again ? "registration refreshed:" : "registered:") << m_info.app()
                                       << m_info.instanceId() << toWireString(m_info.status()) << "with"
                                       << reply->endpoint().toDisplayString();
            scheduleHeartbeat(m_backoff.succeeded());
            Q_EMIT registered();
            if (std::exchange(m_pushPending, false))
                requestPush();
            return;
        }
        const auto [error, text] = failureOf(reply, tr("registration"));
        qCWarning(lcEureka).noquote() << "registration failed:" << text;
        Q_EMIT errorOccurred(Operation::Register, error, text);
        scheduleRegistration(m_backoff.failed());
    });
}

void InstanceRegistrar::beforeHeartbeat()
{
    if (m_health && m_running) {
        m_afterCheck = AfterCheck::Heartbeat;
        m_health->check(); // the heartbeat follows its answer
        return;
    }
    sendHeartbeat();
}

void InstanceRegistrar::sendHeartbeat()
{
    // What the server was last told: a change still waiting for the rate limit must not make
    // the server answer 404 (its dirty timestamp older than ours) and so force a registration.
    EurekaReply *reply = send(EurekaRequest::heartbeat(m_registered ? m_pushed : m_info));
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
    connect(&m_timer, &QTimer::timeout, this, &InstanceRegistrar::beforeHeartbeat);
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
    m_appStatus = status;
    applyStatus();
}

void InstanceRegistrar::setMetadataValue(const QString &key, const QString &value)
{
    if (m_info.metadataValue(key) == value && m_info.metadata().contains({key, value}))
        return;
    m_info.setMetadataValue(key, value);
    markDirty();
    requestPush(); // before the first registration: that registration carries it
}

void InstanceRegistrar::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    // Nothing may reach a server after the cancel: no pending push, no check that would push.
    m_pushTimer.stop();
    m_healthTimer.stop();
    m_afterCheck = AfterCheck::Nothing;
    m_pushPending = false;
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
