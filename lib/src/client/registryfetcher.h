// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "backoff.h"

#include <EurekaClient/applications.h>
#include <EurekaClient/eurekareply.h>

#include <QtCore/QPointer>
#include <QtCore/QStringList>
#include <QtCore/QTimer>

#include <functional>

namespace Eureka {

class ClusterClient;

// Keeps a local copy of the registry: a full fetch at start, then deltas every interval
// (DiscoveryClient's CacheRefreshThread). A delta whose result does not reproduce the server's
// apps__hashcode, or a 403/404 to the delta, brings a full fetch. When fetches fail the last
// good registry stays; it can also be kept in a file and loaded at start, so a client that
// starts while every Eureka server is down still finds its peers.
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
        WireFormat format = WireFormat::Json;
        std::function<qint64()> clock; // ms since the epoch
    };

    RegistryFetcher(ClusterClient *cluster, Settings settings, QObject *parent);

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
    void registryUpdated(const Eureka::RegistryChanges &changes);
    // After every successful fetch: whether it was a delta, and whether the hash matched.
    void fetched(bool delta, bool hashMatched);
    void errorOccurred(Eureka::Operation operation, Eureka::Error error, const QString &errorString);

private:
    void fetch(bool full);
    void onFull(EurekaReply *reply);
    void onDelta(EurekaReply *reply);
    void commit(const Applications &apps, const RegistryChanges &changes, bool delta);
    void failed(Error error, const QString &text);
    void schedule(qint64 delayMs);
    void loadCache();
    void saveCache() const;

    ClusterClient *m_cluster;
    Settings m_settings;
    Backoff m_backoff;
    QTimer m_timer;
    QPointer<EurekaReply> m_inFlight;
    Applications m_apps;
    qint64 m_fetchedAt = 0;
    QString m_lastServer;
    bool m_fromCache = false;
    bool m_haveServerCopy = false;
    bool m_running = false;
};

} // namespace Eureka
