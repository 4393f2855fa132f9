// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "servicecall.h"

#include "../logging_p.h"
#include "servicecaller_p.h"
#include "servicereply_p.h"

#include <EurekaClient/eurekaclient.h>

#include <QtCore/QDateTime>

namespace Eureka {

ServiceCall::ServiceCall(ServiceCaller *caller, ServiceReply *reply, quint64 id, const QString &app,
                         const QString &path, const CallOptions &options, HaStrategy strategy,
                         QList<InstanceInfo> candidates, ServiceCaller::Walker walker)
    : QObject(reply)
    , m_caller(caller)
    , m_reply(reply)
    , m_id(id)
    , m_app(app)
    , m_path(path)
    , m_options(options)
    , m_strategy(strategy)
    , m_candidates(std::move(candidates))
    , m_walker(std::move(walker))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(Error::TimeoutError, tr("no instance of %1 answered within %2 ms: %3")
                                        .arg(m_app).arg(m_options.deadline.count())
                                        .arg(m_failures.isEmpty() ? tr("still waiting") : m_failures.join(QStringLiteral("; "))));
    });
    m_hedge.setSingleShot(true);
    // Hedging and timeouts are latency promises: the default coarse timers may fire 5 % early.
    m_hedge.setTimerType(Qt::PreciseTimer);
    connect(&m_hedge, &QTimer::timeout, this, [this] { launch(true); });
    m_reply->d->abortHandler = [this] { finish(Error::OperationCanceled, tr("call canceled")); };
}

ServiceCall::~ServiceCall()
{
    for (const auto &attempt : m_attempts) {
        if (attempt->network) {
            attempt->network->disconnect(this);
            attempt->network->abort();
            attempt->network->deleteLater();
        }
    }
}

QUrl ServiceCall::urlFor(const InstanceInfo &instance) const
{
    const bool secure = m_options.preferSecure && instance.isSecurePortEnabled();
    QUrl url;
    url.setScheme(secure ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(instance.hostName().isEmpty() ? instance.ipAddr() : instance.hostName());
    url.setPort(secure ? instance.securePort() : instance.port());
    QString path = m_path;
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    return url.resolved(QUrl(path));
}

void ServiceCall::start()
{
    if (m_candidates.isEmpty()) {
        finish(Error::NoServerAvailable, tr("no UP instance of %1 in the registry").arg(m_app));
        return;
    }
    m_deadline.start(m_options.deadline);
    launch(false);
}

void ServiceCall::launch(bool hedged)
{
    if (m_finished || m_next >= m_candidates.size())
        return;
    auto owned = std::make_unique<Attempt>();
    Attempt *attempt = owned.get();
    m_attempts.push_back(std::move(owned));
    attempt->instance = m_candidates.at(m_next++);
    const QUrl url = urlFor(attempt->instance);
    CallTrace &trace = attempt->trace;
    trace.callId = m_id;
    trace.attempt = int(m_attempts.size());
    trace.app = m_app;
    trace.instanceId = attempt->instance.instanceId();
    trace.zone = attempt->instance.zone();
    trace.url = url.toDisplayString(QUrl::RemoveUserInfo);
    trace.startedAt = QDateTime::currentMSecsSinceEpoch();
    trace.strategy = m_strategy;
    trace.hedged = hedged;
    attempt->clock.start();

    if (m_options.hedgeDelay.count() > 0 && m_next < m_candidates.size())
        m_hedge.start(m_options.hedgeDelay);

    attempt->timer = new QTimer(this);
    attempt->timer->setSingleShot(true);
    attempt->timer->setTimerType(Qt::PreciseTimer);
    connect(attempt->timer, &QTimer::timeout, this, [this, attempt] {
        attempt->timedOut = true;
        if (attempt->network)
            attempt->network->abort();
        else
            attemptFinished(attempt, 0, Error::TimeoutError, tr("no answer within %1 ms").arg(m_options.attemptTimeout.count()));
    });
    attempt->timer->start(m_options.attemptTimeout);

    if (m_walker) {
        // The walker answers now or later, with any HTTP stack it likes; a late answer after
        // the call ended is ignored.
        QPointer<ServiceCall> self(this);
        m_walker(url, [self, attempt](bool ok, const QVariant &result) {
            if (!self || attempt->done)
                return;
            self->m_reply->d->result = result;
            self->attemptFinished(attempt, 0, ok ? Error::NoError : Error::OperationCanceled,
                                  ok ? QString() : ServiceCall::tr("the walker reported a failure"));
        });
        return;
    }

    EurekaClient *client = m_caller->d->client;
    HttpTransport *transport = client ? client->transport() : nullptr;
    if (!transport) {
        attemptFinished(attempt, 0, Error::ConfigurationError, tr("no network access manager"));
        return;
    }
    TransportRequest request;
    request.method = m_options.method;
    request.url = url;
    request.headers = m_options.headers;
    request.body = m_options.body;
    request.followRedirects = true;
    attempt->network = transport->send(request);
    connect(attempt->network, &TransportReply::finished, this, [this, attempt] {
        TransportReply *reply = attempt->network;
        const int status = reply->httpStatus();
        if (attempt->timedOut)
            attemptFinished(attempt, 0, Error::TimeoutError, tr("no answer within %1 ms").arg(m_options.attemptTimeout.count()));
        else if (status == 0)
            attemptFinished(attempt, 0, Error::NetworkError, reply->errorString());
        else
            attemptFinished(attempt, status, status >= 500 ? Error::HttpError : Error::NoError,
                            status >= 500 ? tr("HTTP %1").arg(status) : QString());
    });
}

void ServiceCall::record(Attempt *attempt, CallOutcome outcome)
{
    attempt->done = true;
    attempt->timer->stop();
    attempt->trace.elapsedMs = attempt->clock.elapsed();
    attempt->trace.outcome = outcome;
    m_reply->d->traces.append(attempt->trace);
    Q_EMIT m_caller->callTraced(attempt->trace);
}

void ServiceCall::attemptFinished(Attempt *attempt, int status, Error error, const QString &text)
{
    if (attempt->done || m_finished)
        return;
    attempt->trace.httpStatus = status;
    attempt->trace.error = error;
    attempt->trace.errorString = text;
    if (error == Error::NoError) {
        succeed(attempt, status);
        return;
    }
    record(attempt, CallOutcome::Failed);
    m_caller->d->attemptEnded(m_app, attempt->instance, false);
    m_failures.append(attempt->trace.instanceId + QStringLiteral(" (") + attempt->trace.url + QStringLiteral("): ") + text);
    qCDebug(lcEurekaCall).noquote() << "call" << m_id << "attempt" << attempt->trace.attempt << "failed:" << text;
    const bool othersOut = std::any_of(m_attempts.cbegin(), m_attempts.cend(), [](const auto &a) { return !a->done; });
    if (othersOut)
        return; // a hedged attempt is still running; let it answer
    if (m_next < m_candidates.size()) {
        launch(false);
        return;
    }
    finish(Error::RetryLimitReached, tr("every instance of %1 failed: %2").arg(m_app, m_failures.join(QStringLiteral("; "))));
}

void ServiceCall::succeed(Attempt *attempt, int status)
{
    ServiceReplyPrivate *r = m_reply->d.get();
    r->instance = attempt->instance;
    r->httpStatus = status;
    if (attempt->network) {
        r->body = attempt->network->body();
        r->headers = attempt->network->headers();
    }
    record(attempt, CallOutcome::Succeeded);
    m_caller->d->attemptEnded(m_app, attempt->instance, true);
    abandonOthers(attempt);
    if (status >= 400)
        finish(Error::HttpError, tr("%1 answered HTTP %2").arg(attempt->trace.url).arg(status));
    else
        finish(Error::NoError, QString());
}

void ServiceCall::abandonOthers(Attempt *winner)
{
    for (const auto &attempt : m_attempts) {
        if (attempt.get() == winner || attempt->done)
            continue;
        if (attempt->network) {
            attempt->network->disconnect(this);
            attempt->network->abort();
        }
        attempt->trace.errorString = tr("abandoned: another instance answered first");
        record(attempt.get(), CallOutcome::Abandoned);
    }
}

void ServiceCall::finish(Error error, const QString &text)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_hedge.stop();
    for (const auto &attempt : m_attempts) {
        if (!attempt->done) {
            if (attempt->network) {
                attempt->network->disconnect(this);
                attempt->network->abort();
            }
            attempt->trace.errorString = text;
            record(attempt.get(), CallOutcome::Abandoned);
        }
    }
    ServiceReplyPrivate *r = m_reply->d.get();
    r->error = error;
    r->errorString = text;
    r->finishing = true;
    QPointer<ServiceReply> reply(m_reply);
    QMetaObject::invokeMethod(m_reply, [reply] {
        if (!reply)
            return;
        reply->d->finished = true;
        Q_EMIT reply->finished();
    }, Qt::QueuedConnection);
}

} // namespace Eureka
