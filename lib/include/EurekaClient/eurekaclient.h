// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/applications.h>
#include <EurekaClient/clusterresolver.h>
#include <EurekaClient/eurekaclientconfig.h>
#include <EurekaClient/httptransport.h>
#include <EurekaClient/eurekareply.h>

#include <QtCore/QObject>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Eureka {

class EurekaClientPrivate;

/**
 * A Eureka client: registers this instance and keeps it registered, and keeps a local copy of
 * the registry for discovering others. Everything runs on the event loop of the thread the
 * client lives in (it is thread-affine) and nothing blocks.
 *
 * \code
 * Eureka::ClientConfig client;
 * client.serviceUrls = {QStringLiteral("http://127.0.0.1:8761/eureka/")};
 * Eureka::InstanceConfig instance;
 * instance.appName = QStringLiteral("order-service");
 * instance.port = 8080;
 *
 * auto *eureka = new Eureka::EurekaClient(client, instance, &app);
 * QObject::connect(eureka, &Eureka::EurekaClient::registered, [] { qInfo() << "registered"; });
 * QObject::connect(eureka, &Eureka::EurekaClient::errorOccurred,
 *                  [](Eureka::Operation op, Eureka::Error, const QString &text) { qCWarning(lcApp) << op << text; });
 * eureka->start();
 * // later: eureka->applications().upInstancesInZone(QStringLiteral("USER-SERVICE"), QStringLiteral("zone-a"))
 * \endcode
 */
class EUREKACLIENT_EXPORT EurekaClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool registered READ isRegistered NOTIFY registeredChanged)

public:
    /**
     * A client that registers \a instanceConfig with the servers of \a clientConfig. Nothing is sent before
     * start().
     */
    EurekaClient(const ClientConfig &clientConfig, const InstanceConfig &instanceConfig,
                 QObject *parent = nullptr);
    /** Stops at once, without waiting for any answer: call stop() or drain() and wait for stopped() to
     *  cancel the registration first. A decode in progress is cancelled. */
    ~EurekaClient() override;

    /**
     * Uses \a manager for every request (proxies, private CAs, pinned certificates). The client
     * does not take ownership. Without one, it creates its own on first use. Set before start().
     */
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    /**
     * Sends every request (registration, discovery, admin operations, service calls) through
     * \a transport instead of the QNetworkAccessManager; not owned, it must outlive the client.
     * Null goes back to the default NetworkAccessTransport.
     */
    void setTransport(HttpTransport *transport);
    /**
     * The transport every request goes through: the one given to setTransport(), else
     * networkAccessTransport().
     */
    HttpTransport *transport() const;
    /** The default transport over networkAccessManager(), e.g. to pin a self-signed certificate. */
    NetworkAccessTransport *networkAccessTransport() const;
    /** The QNetworkAccessManager of the default transport: the one handed in, else the client's own. */
    QNetworkAccessManager *networkAccessManager() const;
    /**
     * Lets \a check decide the registered status (Netflix's HealthCheckHandler): it is called
     * before the first registration, before every heartbeat and every
     * ClientConfig::instanceInfoReplicationInterval, on this client's thread, and must return
     * quickly. It decides only while the application's own status (setStatus()) is UP: it
     * cannot lift a DOWN or OUT_OF_SERVICE the application set. A change is pushed at once,
     * within the rate limit. Wins over ClientConfig::healthCheckEnabled. Set before start().
     */
    void setHealthCheck(std::function<Eureka::InstanceStatus()> check);
    /** Replaces how Eureka servers are found (the client takes ownership). Set before start(). */
    void setClusterResolver(ClusterResolver *resolver);
    /** How Eureka servers are found (owned by the client). */
    ClusterResolver *clusterResolver() const;

    ///@{
    /** The configuration the client was created with. */
    ClientConfig clientConfig() const;
    InstanceConfig instanceConfig() const;
    ///@}
    /** What this instance registers (filled in at start). */
    InstanceInfo instanceInfo() const;

    /** True from start() until stop() or drain() has finished. */
    bool isRunning() const;
    /**
     * True while a server holds this instance's registration: after registered(), until the cancel or a
     * heartbeat's 404.
     */
    bool isRegistered() const;
    /** The local registry: the last good copy, even while every server is down. */
    Applications applications() const;
    /** When applications() was fetched (ms since the epoch); 0 when never. */
    qint64 lastFetchTime() const;
    /** True when applications() still comes from the cache file, not from a server yet. */
    bool isRegistryFromCache() const;
    /** The Eureka server whose answer made applications(), without credentials; empty when none. */
    QString lastFetchServer() const;
    /** The last error, as errorOccurred() reported it. */
    QString errorString() const;

    /** @name Admin operations on any instance (what ops tools and the dashboard need)
     * Each returns a reply the caller deletes; they work without start(). */
    ///@{
    /**
     * GET apps once, without touching the local registry; decode reply->body() with Codec. The
     * request asks for gzip and the body comes as the server sent it (compressed when it could):
     * Codec inflates it, so a registry of 100,000 instances is inflated on the thread that
     * decodes it, not on the thread that owns the client.
     */
    EurekaReply *fetchApplications();
    /** Sets an operator's status override (PUT .../status?value=), e.g. OUT_OF_SERVICE. */
    EurekaReply *overrideStatus(const QString &app, const QString &instanceId, Eureka::InstanceStatus status);
    /** Removes an override (DELETE .../status). */
    EurekaReply *removeStatusOverride(const QString &app, const QString &instanceId);
    /** Deletes an instance's registration (DELETE apps/{APP}/{ID}); httpStatus() 404 when unknown. */
    EurekaReply *cancelInstance(const QString &app, const QString &instanceId);
    ///@}

public Q_SLOTS:
    /** Registers (when shouldRegister) and starts fetching (when shouldDiscover). */
    void start();
    /** Cancels the registration (keeping the application alive up to stopTimeout) and stops. */
    void stop();
    /**
     * A graceful stop: sets this instance DOWN and pushes it at once, waits until every
     * reachable Eureka server answers reads (GET apps/{APP}, served from the same cache as apps
     * and apps/delta) with it DOWN, at most ClientConfig::drainTimeout, then cancels as stop()
     * does. drainProgress() reports each server's answers, drained() the outcome, stopped()
     * follows. Callers stop picking this instance while it still answers, instead of after it
     * is gone. Without a registration it is stop().
     */
    void drain();
    /** Changes this instance's status and pushes it to the server. */
    void setStatus(Eureka::InstanceStatus status);
    /** Sets one metadata entry and pushes it to the server. */
    void setMetadataValue(const QString &key, const QString &value);
    /** Fetches the registry now instead of waiting for the next interval. */
    void refreshRegistry();

Q_SIGNALS:
    /** A server accepted the registration; also after each re-registration. */
    void registered();
    /** isRegistered() changed to \a registered. */
    void registeredChanged(bool registered);
    /** After every heartbeat: \a ok false when it failed (the client retries with backoff). */
    void heartbeat(bool ok);
    /** This instance's own status changed to \a status (setStatus() or the health check). */
    void statusChanged(Eureka::InstanceStatus status);
    /** The local registry changed: what was added, removed or modified. */
    void registryUpdated(const Eureka::RegistryChanges &changes);
    /** An application's instances changed (once per application per update). */
    void applicationChanged(const QString &appName);
    /** An instance's status changed (UP to DOWN...). */
    void instanceStatusChanged(const Eureka::InstanceInfo &before, const Eureka::InstanceInfo &after);
    /** After each successful fetch: delta or full, and whether the reconcile hash matched. */
    void registryFetched(bool delta, bool hashMatched);
    /**
     * Something failed after every server was tried; the client keeps going and retries. A
     * failure of registration, heartbeats, fetches or DNS is reported once per outage: the same
     * kind of error again is not re-emitted until that operation has succeeded once.
     */
    void errorOccurred(Eureka::Operation operation, Eureka::Error error, const QString &errorString);
    /** stop() or drain() is over: the cancel was answered, or stopTimeout passed. */
    void stopped();
    /** During drain(): what \a server (without credentials) showed, and whether it shows DOWN yet. */
    void drainProgress(const QString &server, Eureka::InstanceStatus seen, bool confirmed);
    /** drain() is about to cancel: \a confirmed when every reachable server showed DOWN in time. */
    void drained(bool confirmed);

private:
    Q_DECLARE_PRIVATE(EurekaClient)
    std::unique_ptr<EurekaClientPrivate> const d_ptr;
};

} // namespace Eureka
