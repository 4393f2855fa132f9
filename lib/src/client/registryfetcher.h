// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "backoff.h"
#include "registryworker.h"

#include <EurekaClient/applications.h>
#include <EurekaClient/eurekareply.h>

#include <QtCore/QPointer>
#include <QtCore/QStringList>
#include <QtCore/QThread>
#include <QtCore/QTimer>

#include <functional>

namespace Eureka {

class ClusterClient;

// Keeps a local copy of the registry: a full fetch at start, then deltas every interval
// (DiscoveryClient's CacheRefreshThread). A delta whose result does not reproduce the server's
// apps__hashcode, or a 403/404 to the delta, brings a full fetch. When fetches fail the last
// good registry stays; it can also be kept in a file and loaded at start, so a client that
// starts while every Eureka server is down still finds its peers.
//
// HTTP stays on the owner thread; everything that grows with the registry (decoding, merging,
// the hash check, change lists, the cache file, freeing replaced registries) runs on a
// RegistryWorker in a thread of its own. Results come back in the order the bodies were
// handed over and are published here in one step, so applications() is always a whole
// snapshot and a delta never overtakes the one before it.
class EUREKACLIENT_AUTOTEST_EXPORT RegistryFetcher : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        qint64 intervalMs = 30000;
        int backoffBound = 10;
        bool disableDelta = false;
        QStringList remoteRegions;
        QString vipAddress;
        QString cacheFile;
        bool recordSlabs = true; // ClientConfig::registryRecordSlabs
        WireFormat format = WireFormat::Json;
        std::function<qint64()> clock; // ms since the epoch
        qint64 maxResponseBytes = 256 * 1024 * 1024; // after decompression
    };

    RegistryFetcher(ClusterClient *cluster, Settings settings, QObject *parent);
    // Cancels a decode under way and waits for the registry thread to end.
    ~RegistryFetcher() override;

    void start();
    void stop();
    // Fetches now (full when \a full, else a delta when one can be used).
    void fetchNow(bool full = false);

    Applications applications() const { return m_apps; }
    // When the registry held now was fetched (ms since the epoch); 0 if never.
    qint64 lastFetchTime() const { return m_fetchedAt; }
    bool isFromCache() const { return m_fromCache; }
    // The server whose answer made the registry held now (no credentials).
    QString lastServer() const { return m_lastServer; }

Q_SIGNALS:
    // \a applications: the names of the applications the changes touch.
    // \a statusChanges: the indexes of the entries of changes.modified whose status changed.
    void registryUpdated(const Eureka::RegistryChanges &changes, const QStringList &applications,
                         const QList<qsizetype> &statusChanges);
    // After every successful fetch: whether it was a delta, and whether the hash matched.
    void fetched(bool delta, bool hashMatched);
    void errorOccurred(Eureka::Operation operation, Eureka::Error error, const QString &errorString);

private:
    static void yieldToOwner();
    void fetch(bool full);
    void onReply(EurekaReply *reply, bool delta);
    void submit(RegistryJob job);
    void onProcessed(const std::shared_ptr<RegistryResult> &result);
    void publish(RegistryResult &result);
    // Hands what the owner thread no longer needs to the registry thread to be freed there.
    void release(Applications apps, RegistryChanges changes);
    void failed(Error error, const QString &text);
    void schedule(qint64 delayMs);
    bool busy() const { return m_inFlight || m_pendingJobs > 0; }

    ClusterClient *m_cluster;
    Settings m_settings;
    Backoff m_backoff;
    QTimer m_timer;
    QPointer<EurekaReply> m_inFlight;
    QThread m_thread;
    RegistryWorker *m_worker;
    quint64 m_nextJob = 1;
    quint64 m_generation = 0;
    int m_pendingJobs = 0;
    Applications m_apps;
    qint64 m_fetchedAt = 0;
    QString m_lastServer;
    bool m_fromCache = false;
    bool m_haveServerCopy = false;
    bool m_running = false;
};

} // namespace Eureka
