// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/eurekaclient.h>

#include "awsmetadata.h"
#include "instanceidentity.h"
#include "drainer.h"
#include "instanceregistrar.h"
#include "registryfetcher.h"
#include "../logging_p.h"
#include "../transport/clusterclient.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QMap>
#include <QtCore/QMetaMethod>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtNetwork/QNetworkAccessManager>

namespace Eureka {

class EurekaClientPrivate
{
public:
    EurekaClientPrivate(EurekaClient *q, const ClientConfig &client, const InstanceConfig &instance)
        : clientConfig(client)
        , instanceConfig(instance)
        , q_ptr(q)
    {
    }

    QNetworkAccessManager *network()
    {
        // One manager per client, created on first use unless the application gave one.
        if (!manager) {
            manager = new QNetworkAccessManager(q_ptr);
            ownsManager = true;
            defaultTransport.setNetworkAccessManager(manager);
        }
        return manager;
    }

    HttpTransport *transport()
    {
        if (customTransport)
            return customTransport;
        network(); // the default transport needs its manager
        return &defaultTransport;
    }

    ClusterClient::Settings transportSettings() const { return ClusterClient::Settings::from(clientConfig); }

    void reportError(Operation operation, Error error, const QString &text)
    {
        lastError = text;
        // The recurring operations (heartbeats, fetches, DNS refreshes) retry on their own: an
        // outage is reported once, not at every retry, until that operation succeeds again.
        const bool recurring = operation == Operation::Register || operation == Operation::Renew
            || operation == Operation::Discover || operation == Operation::Resolve;
        if (recurring) {
            const auto it = outstandingErrors.constFind(operation);
            if (it != outstandingErrors.constEnd() && *it == error)
                return;
            outstandingErrors.insert(operation, error);
        }
        Q_EMIT q_ptr->errorOccurred(operation, error, text);
    }
    void succeeded(Operation operation) { outstandingErrors.remove(operation); }
    qint64 now() const { return clientConfig.clock ? clientConfig.clock() : QDateTime::currentMSecsSinceEpoch(); }

    void announce(const RegistryChanges &changes, const QStringList &applications, const QList<qsizetype> &statusChanges);
    // Resolver and both transports, created on first use (start() or an admin call).
    void ensureTransport();
    void applyAmazonIdentity(const DataCenterInfo &dc);
    void startRegistrar();

    QMap<Operation, Error> outstandingErrors; // reported and not yet recovered
    ClientConfig clientConfig;
    InstanceConfig instanceConfig;
    QPointer<QNetworkAccessManager> manager;
    bool ownsManager = false;
    NetworkAccessTransport defaultTransport;
    HttpTransport *customTransport = nullptr;
    ClusterResolver *resolver = nullptr;
    ClusterClient *registrationCluster = nullptr;
    ClusterClient *queryCluster = nullptr;
    InstanceRegistrar *registrar = nullptr;
    RegistryFetcher *fetcher = nullptr;
    std::function<InstanceStatus()> healthCheck;
    QPointer<Drainer> drainer;
    InstanceInfo info;
    QString lastError;
    bool running = false;
    EurekaClient *q_ptr;
    Q_DECLARE_PUBLIC(EurekaClient)
};

void EurekaClientPrivate::ensureTransport()
{
    Q_Q(EurekaClient);
    if (registrationCluster)
        return;
    if (!resolver)
        resolver = ClusterResolver::create(clientConfig, q);
    registrationCluster = new ClusterClient(resolver, transport(), transportSettings(), q);
    queryCluster = new ClusterClient(resolver, transport(), transportSettings(), q);
    QObject::connect(resolver, &ClusterResolver::errorOccurred, q,
                     [this](Error error, const QString &text) { reportError(Operation::Resolve, error, text); });
    QObject::connect(resolver, &ClusterResolver::refreshed, q, [this] { succeeded(Operation::Resolve); });
    resolver->refresh();
}

void EurekaClientPrivate::applyAmazonIdentity(const DataCenterInfo &dc)
{
    // On AWS the EC2 identity names the instance, as Netflix's AmazonInfo-based config does,
    // unless the configuration said otherwise.
    info.setDataCenterInfo(dc);
    if (instanceConfig.ipAddress.isEmpty() && !dc.metadataValue(QStringLiteral("local-ipv4")).isEmpty())
        info.setIpAddr(dc.metadataValue(QStringLiteral("local-ipv4")));
    if (instanceConfig.hostName.isEmpty()) {
        const QString host = dc.metadataValue(QStringLiteral("local-hostname"));
        if (!host.isEmpty())
            info.setHostName(instanceConfig.preferIpAddress ? info.ipAddr() : host);
    }
    if (instanceConfig.instanceId.isEmpty() && !dc.metadataValue(QStringLiteral("instance-id")).isEmpty())
        info.setInstanceId(dc.metadataValue(QStringLiteral("instance-id")));
}

void EurekaClientPrivate::startRegistrar()
{
    Q_Q(EurekaClient);
    InstanceRegistrar::Settings settings;
    settings.renewalIntervalMs = instanceConfig.leaseRenewalInterval.count();
    settings.backoffBound = clientConfig.backoffBound;
    settings.stopTimeoutMs = clientConfig.stopTimeout.count();
    settings.clock = clientConfig.clock;
    settings.replicationIntervalMs = clientConfig.instanceInfoReplicationInterval.count();
    settings.onDemandBurst = clientConfig.onDemandUpdateBurst;
    settings.health.callable = healthCheck;
    if (!healthCheck && clientConfig.healthCheckEnabled) {
        settings.health.transport = transport();
        settings.health.url = QUrl(info.isSecurePortEnabled() && !info.secureHealthCheckUrl().isEmpty()
                                       ? info.secureHealthCheckUrl()
                                       : info.healthCheckUrl());
        settings.health.timeoutMs = clientConfig.requestTimeout.count();
    }
    registrar = new InstanceRegistrar(registrationCluster, info, settings, q);
    QObject::connect(registrar, &InstanceRegistrar::registered, q, [this, q] {
        succeeded(Operation::Register);
        Q_EMIT q->registered();
        Q_EMIT q->registeredChanged(true);
    });
    QObject::connect(registrar, &InstanceRegistrar::heartbeat, q, [this, q](bool ok) {
        if (ok)
            succeeded(Operation::Renew);
        Q_EMIT q->heartbeat(ok);
    });
    QObject::connect(registrar, &InstanceRegistrar::statusChanged, q, &EurekaClient::statusChanged);
    QObject::connect(registrar, &InstanceRegistrar::errorOccurred, q,
                     [this](Operation op, Error error, const QString &text) { reportError(op, error, text); });
    QObject::connect(registrar, &InstanceRegistrar::stopped, q, [q] {
        Q_EMIT q->registeredChanged(false);
        Q_EMIT q->stopped();
    });
    registrar->start();
}

// Runs on the owner thread: the change list and the names of the applications it touches
// were computed on the registry thread.
void EurekaClientPrivate::announce(const RegistryChanges &changes, const QStringList &applications,
                                   const QList<qsizetype> &statusChanges)
{
    Q_Q(EurekaClient);
    Q_EMIT q->registryUpdated(changes);
    // Not even the loop when nobody listens: a whole-registry delta has 100,000 of them.
    static const QMetaMethod statusSignal = QMetaMethod::fromSignal(&EurekaClient::instanceStatusChanged);
    if (q->isSignalConnected(statusSignal)) {
        for (const qsizetype i : statusChanges)
            Q_EMIT q->instanceStatusChanged(changes.modified.at(i).before, changes.modified.at(i).after);
    }
    for (const QString &app : applications)
        Q_EMIT q->applicationChanged(app);
}

EurekaClient::EurekaClient(const ClientConfig &clientConfig, const InstanceConfig &instanceConfig, QObject *parent)
    : QObject(parent)
    , d_ptr(new EurekaClientPrivate(this, clientConfig, instanceConfig))
{
    // Best effort when the application quits without stop(): the cancel is sent, but nothing
    // can wait for it once the event loop is gone. stop(), then quitting on stopped(), waits.
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &EurekaClient::stop);
}

EurekaClient::~EurekaClient() = default;

void EurekaClient::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    Q_D(EurekaClient);
    if (d->ownsManager && d->manager)
        d->manager->deleteLater();
    d->manager = manager;
    d->ownsManager = false;
    d->defaultTransport.setNetworkAccessManager(manager);
}

void EurekaClient::setTransport(HttpTransport *transport)
{
    Q_D(EurekaClient);
    d->customTransport = transport;
    HttpTransport *effective = d->transport();
    if (d->registrationCluster)
        d->registrationCluster->setTransport(effective);
    if (d->queryCluster)
        d->queryCluster->setTransport(effective);
}

HttpTransport *EurekaClient::transport() const { return const_cast<EurekaClientPrivate *>(d_func())->transport(); }

NetworkAccessTransport *EurekaClient::networkAccessTransport() const
{
    auto *d = const_cast<EurekaClientPrivate *>(d_func());
    d->network();
    return &d->defaultTransport;
}

QNetworkAccessManager *EurekaClient::networkAccessManager() const
{
    return const_cast<EurekaClientPrivate *>(d_func())->network();
}

void EurekaClient::setClusterResolver(ClusterResolver *resolver)
{
    Q_D(EurekaClient);
    if (d->running || d->registrationCluster) {
        qCWarning(lcEureka) << "setClusterResolver() after the client has started talking to servers is ignored";
        return;
    }
    if (d->resolver && d->resolver != resolver)
        delete d->resolver;
    d->resolver = resolver;
    resolver->setParent(this);
}

ClusterResolver *EurekaClient::clusterResolver() const { return d_func()->resolver; }
ClientConfig EurekaClient::clientConfig() const { return d_func()->clientConfig; }
InstanceConfig EurekaClient::instanceConfig() const { return d_func()->instanceConfig; }

InstanceInfo EurekaClient::instanceInfo() const
{
    Q_D(const EurekaClient);
    return d->registrar ? d->registrar->instanceInfo() : d->info;
}

bool EurekaClient::isRunning() const { return d_func()->running; }
bool EurekaClient::isRegistered() const { return d_func()->registrar && d_func()->registrar->isRegistered(); }
Applications EurekaClient::applications() const { return d_func()->fetcher ? d_func()->fetcher->applications() : Applications(); }
qint64 EurekaClient::lastFetchTime() const { return d_func()->fetcher ? d_func()->fetcher->lastFetchTime() : 0; }
QString EurekaClient::lastFetchServer() const { return d_func()->fetcher ? d_func()->fetcher->lastServer() : QString(); }
bool EurekaClient::isRegistryFromCache() const { return d_func()->fetcher && d_func()->fetcher->isFromCache(); }
QString EurekaClient::errorString() const { return d_func()->lastError; }

void EurekaClient::start()
{
    Q_D(EurekaClient);
    if (d->running)
        return;
    const ClientConfig &config = d->clientConfig;
    if (config.shouldRegister) {
        QString error;
        d->info = InstanceIdentity::build(d->instanceConfig, d->now(), &error);
        if (d->info.isNull()) {
            // Reported from the event loop, like every other outcome.
            QMetaObject::invokeMethod(this, [d, error] { d->reportError(Operation::Register, Error::ConfigurationError, error); },
                                      Qt::QueuedConnection);
            return;
        }
    }
    d->ensureTransport();
    d->running = true;

    if (config.shouldRegister) {
        if (d->info.dataCenterInfo().isAmazon()) {
            // Registering as Amazon needs the EC2 identity first.
            auto *aws = new AwsMetadata(d->network(), d->instanceConfig.awsMetadataUrl,
                                        int(config.requestTimeout.count()), this);
            connect(aws, &AwsMetadata::finished, this, [this, d, aws](const DataCenterInfo &dc) {
                aws->deleteLater();
                if (!d->running)
                    return;
                d->applyAmazonIdentity(dc);
                d->startRegistrar();
            });
            connect(aws, &AwsMetadata::failed, this, [d, aws](Error error, const QString &text) {
                aws->deleteLater();
                d->reportError(Operation::Register, error, text);
            });
            aws->start();
        } else {
            d->startRegistrar();
        }
    }
    if (config.shouldDiscover) {
        RegistryFetcher::Settings settings;
        settings.intervalMs = config.registryFetchInterval.count();
        settings.backoffBound = config.backoffBound;
        settings.disableDelta = config.disableDelta;
        settings.remoteRegions = config.fetchRemoteRegions;
        settings.vipAddress = config.vipAddressToFetch;
        settings.cacheFile = config.registryCacheFile;
        settings.recordSlabs = config.registryRecordSlabs;
        settings.maxResponseBytes = config.maxResponseSize;
        settings.clock = config.clock;
        d->fetcher = new RegistryFetcher(d->queryCluster, settings, this);
        connect(d->fetcher, &RegistryFetcher::registryUpdated, this,
                [d](const RegistryChanges &c, const QStringList &apps, const QList<qsizetype> &statusChanges) {
                    d->announce(c, apps, statusChanges);
                });
        connect(d->fetcher, &RegistryFetcher::fetched, this, [this, d](bool delta, bool hashMatched) {
            d->succeeded(Operation::Discover);
            Q_EMIT registryFetched(delta, hashMatched);
        });
        connect(d->fetcher, &RegistryFetcher::errorOccurred, this,
                [d](Operation op, Error error, const QString &text) { d->reportError(op, error, text); });
        d->fetcher->start();
    }
}

void EurekaClient::stop()
{
    Q_D(EurekaClient);
    if (!d->running)
        return;
    d->running = false;
    if (d->drainer)
        delete d->drainer.data();
    if (d->fetcher)
        d->fetcher->stop();
    if (d->registrar)
        d->registrar->stop(); // emits stopped() once the cancel is answered
    else
        QMetaObject::invokeMethod(this, &EurekaClient::stopped, Qt::QueuedConnection);
}

void EurekaClient::drain()
{
    Q_D(EurekaClient);
    if (d->drainer)
        return; // under way
    if (!d->running || !d->registrar || !d->registrar->isRegistered()) {
        stop();
        return;
    }
    d->registrar->goDown();
    Drainer::Settings settings;
    settings.servers = d->resolver->endpoints();
    settings.transport = d->transport();
    settings.cluster = d->transportSettings();
    settings.app = d->registrar->instanceInfo().app();
    settings.instanceId = d->registrar->instanceInfo().instanceId();
    settings.timeoutMs = d->clientConfig.drainTimeout.count();
    settings.pollIntervalMs = d->clientConfig.drainPollInterval.count();
    d->drainer = new Drainer(settings, this);
    qCInfo(lcEureka).noquote() << "draining" << settings.instanceId << "from" << settings.servers.size()
                               << "server(s)";
    connect(d->drainer, &Drainer::progress, this,
            [this](const QString &server, InstanceStatus seen, bool confirmed, bool reachable) {
                if (reachable)
                    Q_EMIT drainProgress(server, seen, confirmed);
            });
    connect(d->drainer, &Drainer::finished, this, [this](bool confirmed) {
        Q_D(EurekaClient);
        d->drainer->deleteLater();
        d->drainer = nullptr;
        Q_EMIT drained(confirmed);
        stop();
    });
    d->drainer->start();
}

EurekaReply *EurekaClient::fetchApplications()
{
    Q_D(EurekaClient);
    d->ensureTransport();
    EurekaRequest request = EurekaRequest::applications(d->clientConfig.fetchRemoteRegions, WireFormat::Json);
    request.compressedAnswer = true; // Codec inflates it, on whatever thread the caller decodes
    return d->queryCluster->execute(request);
}

EurekaReply *EurekaClient::overrideStatus(const QString &app, const QString &instanceId, InstanceStatus status)
{
    Q_D(EurekaClient);
    d->ensureTransport();
    return d->registrationCluster->execute(EurekaRequest::statusOverride(app, instanceId, status));
}

EurekaReply *EurekaClient::removeStatusOverride(const QString &app, const QString &instanceId)
{
    Q_D(EurekaClient);
    d->ensureTransport();
    return d->registrationCluster->execute(EurekaRequest::deleteStatusOverride(app, instanceId));
}

EurekaReply *EurekaClient::cancelInstance(const QString &app, const QString &instanceId)
{
    Q_D(EurekaClient);
    d->ensureTransport();
    return d->registrationCluster->execute(EurekaRequest::cancel(app, instanceId));
}

void EurekaClient::setHealthCheck(std::function<InstanceStatus()> check)
{
    Q_D(EurekaClient);
    d->healthCheck = std::move(check);
}

void EurekaClient::setStatus(InstanceStatus status)
{
    Q_D(EurekaClient);
    if (d->registrar)
        d->registrar->setStatus(status);
    else
        d->instanceConfig.initialStatus = status;
}

void EurekaClient::setMetadataValue(const QString &key, const QString &value)
{
    Q_D(EurekaClient);
    if (d->registrar) {
        d->registrar->setMetadataValue(key, value);
        return;
    }
    for (auto &entry : d->instanceConfig.metadata) {
        if (entry.first == key) {
            entry.second = value;
            return;
        }
    }
    d->instanceConfig.metadata.append({key, value});
}

void EurekaClient::refreshRegistry()
{
    Q_D(EurekaClient);
    if (d->fetcher)
        d->fetcher->fetchNow();
}

} // namespace Eureka
