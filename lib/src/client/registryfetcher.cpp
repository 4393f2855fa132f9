// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "registryfetcher.h"

#include "../logging_p.h"
#include "../transport/clusterclient.h"
#include "../transport/eurekarequest.h"

#include <QtCore/QDateTime>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#endif

namespace Eureka {

RegistryFetcher::RegistryFetcher(ClusterClient *cluster, Settings settings, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_settings(std::move(settings))
    , m_backoff(m_settings.intervalMs, m_settings.backoffBound)
    // Large decode buffers last until the fetch after next: kept through a run of large deltas.
    , m_worker(new RegistryWorker(
          {m_settings.cacheFile, int(std::clamp<qint64>(2 * m_settings.intervalMs + 1000, 2000, 10 * 60 * 1000)),
           m_settings.recordSlabs, {}}))
{
    if (!m_settings.clock)
        m_settings.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    // Timers are named for profiles and the soak's report of the longest event.
    m_timer.setObjectName(QStringLiteral("eureka-fetch"));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { fetch(false); });
    m_thread.setObjectName(QStringLiteral("eureka-registry"));
    m_worker->moveToThread(&m_thread);
    // Deleted in its own thread as that thread ends (its timer must be stopped there).
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RegistryWorker::processed, this, &RegistryFetcher::onProcessed);
    connect(&m_thread, &QThread::started, this, &RegistryFetcher::yieldToOwner, Qt::DirectConnection);
    m_thread.start(QThread::LowPriority);
}

RegistryFetcher::~RegistryFetcher()
{
    // A decode under way notices the new generation within a few hundred instances.
    m_worker->setGeneration(++m_generation);
    const QPointer<RegistryWorker> worker = m_worker;
    m_thread.quit();
    m_thread.wait(); // the worker normally goes with its thread (deleteLater on finished)
    // Not when the thread's deferred deletions did not run (a client destroyed at exit):
    // the thread has ended, so deleting it from here is safe.
    delete worker.data();
}

// Runs on the registry thread as it starts. QThread::LowPriority means nothing to Linux's
// default scheduler, but nice does, and there it is per thread: on a machine with fewer idle
// cores than busy threads, a decode then waits for the owner (a GUI thread painting), not the
// other way round.
void RegistryFetcher::yieldToOwner()
{
#ifdef Q_OS_LINUX
    const auto tid = id_t(syscall(SYS_gettid));
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && setpriority(PRIO_PROCESS, tid, std::min(nice + 5, 19)) != 0)
        qCDebug(lcEurekaRegistry) << "cannot lower the registry thread's priority:" << strerror(errno);
#endif
}

void RegistryFetcher::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_settings.cacheFile.isEmpty()) {
        RegistryJob job;
        job.kind = RegistryJob::Cache;
        submit(std::move(job));
    }
    fetch(true);
}

void RegistryFetcher::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_inFlight)
        m_inFlight->abort();
    // Whatever the worker is doing is for a client that stopped: drop it, and let later
    // deltas apply to what this thread published.
    m_worker->setGeneration(++m_generation);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, apps = m_apps] { worker->resync(apps); },
                              Qt::QueuedConnection);
}

void RegistryFetcher::fetchNow(bool full)
{
    if (m_running && !m_inFlight)
        fetch(full);
}

void RegistryFetcher::schedule(qint64 delayMs)
{
    if (m_running && !busy())
        m_timer.start(std::chrono::milliseconds(delayMs));
}

void RegistryFetcher::fetch(bool full)
{
    m_timer.stop();
    const bool useDelta = !full && m_haveServerCopy && !m_settings.disableDelta && m_settings.vipAddress.isEmpty();
    EurekaRequest request = !m_settings.vipAddress.isEmpty()
        ? EurekaRequest::vip(m_settings.vipAddress, m_settings.format)
        : useDelta ? EurekaRequest::delta(m_settings.remoteRegions, m_settings.format)
                   : EurekaRequest::applications(m_settings.remoteRegions, m_settings.format);
    request.compressedAnswer = true; // inflated on the registry thread
    EurekaReply *reply = m_cluster->execute(request);
    m_inFlight = reply;
    connect(reply, &EurekaReply::finished, this, [this, reply, useDelta] {
        reply->deleteLater();
        m_inFlight = nullptr;
        if (m_running)
            onReply(reply, useDelta);
    });
}

void RegistryFetcher::onReply(EurekaReply *reply, bool delta)
{
    if (delta && reply->error() == Error::NoError && (reply->httpStatus() == 403 || reply->httpStatus() == 404)) {
        qCInfo(lcEurekaRegistry) << "delta refused with HTTP" << reply->httpStatus() << "; fetching the full registry";
        fetch(true);
        return;
    }
    if (reply->error() != Error::NoError) {
        failed(reply->error(), reply->errorString());
        return;
    }
    RegistryJob job;
    job.kind = delta ? RegistryJob::Delta : RegistryJob::Full;
    job.body = reply->body();
    job.format = m_settings.format;
    job.server = reply->endpoint().toDisplayString();
    job.fetchedAt = m_settings.clock();
    job.maxBytes = m_settings.maxResponseBytes;
    submit(std::move(job));
}

void RegistryFetcher::submit(RegistryJob job)
{
    job.id = m_nextJob++;
    job.generation = m_generation;
    if (job.kind == RegistryJob::Full)
        m_worker->supersedeDeltasBefore(job.id); // deltas still queued would be undone by it
    ++m_pendingJobs;
    // The body leaves the functor inside the call (see release()).
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)]() mutable { worker->process(std::exchange(job, {})); },
        Qt::QueuedConnection);
}

void RegistryFetcher::onProcessed(const std::shared_ptr<RegistryResult> &shared)
{
    RegistryResult &result = *shared;
    --m_pendingJobs;
    if (result.generation != m_generation || !m_running) {
        release(std::move(result.apps), std::move(result.changes));
        return;
    }
    switch (result.outcome) {
    case RegistryResult::Applied:
        publish(result);
        break;
    case RegistryResult::Unreadable:
        if (result.kind == RegistryJob::Delta) {
            qCWarning(lcEurekaRegistry).noquote() << "unreadable delta:" << result.error << "; fetching the full registry";
            fetch(true);
        } else {
            failed(Error::ProtocolError, tr("%1 sent a registry that cannot be read: %2").arg(result.server, result.error));
        }
        break;
    case RegistryResult::HashMismatch:
        // Our copy drifted from the server's: only a full fetch can repair it.
        qCInfo(lcEurekaRegistry).noquote() << result.error << "; fetching the full registry";
        Q_EMIT fetched(true, false);
        fetch(true);
        break;
    case RegistryResult::Dropped: // superseded by a full fetch on its way
    case RegistryResult::NoCache:
        break;
    }
    // A fetch that ended while this job was still running left the next one to us.
    if (m_running && !busy() && !m_timer.isActive())
        schedule(m_backoff.current());
}

void RegistryFetcher::publish(RegistryResult &result)
{
    Applications old = std::exchange(m_apps, std::move(result.apps));
    m_fetchedAt = result.fetchedAt;
    const bool fromCache = result.kind == RegistryJob::Cache;
    m_fromCache = fromCache;
    if (!fromCache) {
        m_haveServerCopy = true;
        m_lastServer = result.server;
        schedule(m_backoff.succeeded());
    }
    // The changes first: whoever hears "fetched" finds them applied and announced.
    if (!result.changes.isEmpty())
        Q_EMIT registryUpdated(result.changes, result.changedApplications, result.statusChanges);
    if (!fromCache)
        Q_EMIT fetched(result.kind == RegistryJob::Delta, true);
    release(std::move(old), std::move(result.changes));
}

void RegistryFetcher::release(Applications apps, RegistryChanges changes)
{
    if (apps.isEmpty() && changes.isEmpty())
        return;
    // Emptied inside the call, not left to the functor's destructor: that runs on whichever
    // thread drops the last reference, often this one (the worker can finish the call before
    // invokeMethod() returns here).
    QMetaObject::invokeMethod(
        m_worker,
        [apps = std::move(apps), changes = std::move(changes)]() mutable {
            apps = Applications();
            changes = RegistryChanges();
        },
        Qt::QueuedConnection);
}

void RegistryFetcher::failed(Error error, const QString &text)
{
    qCWarning(lcEurekaRegistry).noquote() << "registry fetch failed, keeping the last good registry:" << text;
    Q_EMIT errorOccurred(Operation::Discover, error, text);
    schedule(m_backoff.failed());
}

} // namespace Eureka
