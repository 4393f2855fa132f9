// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/propagationprobe.h>

#include "../logging_p.h"
#include "../resolver/configclusterresolver.h"
#include "../resolver/singleserverresolver.h"
#include "../transport/clusterclient.h"

#include <EurekaClient/codec.h>
#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/httptransport.h>

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTimer>
#include <QtNetwork/QHostInfo>
#include <QtNetwork/QNetworkAccessManager>

#include <vector>

namespace Eureka {

class PropagationProbePrivate
{
public:
    struct Server
    {
        ClusterClient *reader = nullptr;
        PropagationProbe::ServerTimes times;
        bool appsInFlight = false;
        bool deltaInFlight = false;
    };

    PropagationProbePrivate(PropagationProbe *q, const ClientConfig &config, const PropagationProbe::Options &options)
        : q(q)
        , config(config)
        , options(options)
        , transport(&network)
        , resolver(config, QRandomGenerator::global(), q)
        , writer(&resolver, &transport, ClusterClient::Settings::from(config), q)
    {
    }

    bool flipping() const { return !options.instanceId.isEmpty(); }
    bool visible(const Applications &apps) const
    {
        const InstanceInfo info = apps.instance(instanceId);
        return flipping() ? !info.isNull() && info.status() == InstanceStatus::OutOfService : !info.isNull();
    }
    void read(size_t index, bool delta);
    void baselineDone();
    void makeChange();
    void poll();
    void checkDone();
    void cleanUp();

    PropagationProbe *q;
    ClientConfig config;
    PropagationProbe::Options options;
    QNetworkAccessManager network;
    NetworkAccessTransport transport;
    ConfigClusterResolver resolver;
    ClusterClient writer;
    std::vector<Server> servers;
    std::unique_ptr<EurekaClient> watcher;
    QString app;
    QString instanceId;
    PropagationProbe::Result result;
    QElapsedTimer sinceChange;
    QTimer pollTimer;
    QTimer timeout;
    int baselinePending = 0;
    bool changed = false;
    bool ending = false;
};

void PropagationProbePrivate::read(size_t index, bool delta)
{
    Server &server = servers[index];
    (delta ? server.deltaInFlight : server.appsInFlight) = true;
    EurekaRequest request = delta ? EurekaRequest::delta({}, WireFormat::Json) : EurekaRequest::applications({}, WireFormat::Json);
    request.compressedAnswer = true; // Codec inflates; and the same cached answer a client gets
    EurekaReply *reply = server.reader->execute(request);
    QObject::connect(reply, &EurekaReply::finished, q, [this, index, delta, reply] {
        reply->deleteLater();
        Server &s = servers[index];
        (delta ? s.deltaInFlight : s.appsInFlight) = false;
        if (ending)
            return;
        if (!changed) {
            baselineDone();
            return;
        }
        if (reply->error() != Error::NoError) {
            s.times.error = reply->errorString();
            return;
        }
        if (!visible(Codec::decodeApplications(reply->body(), WireFormat::Json)))
            return;
        qint64 &at = delta ? s.times.deltaMs : s.times.appsMs;
        if (at < 0) {
            at = sinceChange.elapsed();
            Q_EMIT q->observed(s.times.server, delta ? QStringLiteral("apps/delta") : QStringLiteral("apps"), at);
            checkDone();
        }
    });
}

void PropagationProbePrivate::baselineDone()
{
    if (--baselinePending == 0)
        makeChange();
}

void PropagationProbePrivate::makeChange()
{
    EurekaRequest request;
    if (flipping()) {
        app = options.app.toUpper();
        instanceId = options.instanceId;
        request = EurekaRequest::statusOverride(app, instanceId, InstanceStatus::OutOfService);
        result.change = QStringLiteral("set OUT_OF_SERVICE on %1/%2").arg(app, instanceId);
    } else {
        // STARTING: nobody routes calls to it; its lease outlives the probe, the cancel ends it.
        app = QStringLiteral("EUREKA-PROBE");
        instanceId = QStringLiteral("eureka-probe-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        InstanceInfo probe;
        probe.setApp(app);
        probe.setInstanceId(instanceId);
        probe.setHostName(QHostInfo::localHostName().isEmpty() ? QStringLiteral("localhost") : QHostInfo::localHostName());
        probe.setIpAddr(QStringLiteral("127.0.0.1"));
        probe.setPortEnabled(false);
        probe.setVipAddress(QStringLiteral("eureka-probe"));
        probe.setStatus(InstanceStatus::Starting);
        DataCenterInfo dc;
        dc.setName(QStringLiteral("MyOwn"));
        probe.setDataCenterInfo(dc);
        LeaseInfo lease;
        lease.durationInSecs = int(options.timeout.count() / 1000) + 60;
        probe.setLeaseInfo(lease);
        probe.setLastDirtyTimestamp(QDateTime::currentMSecsSinceEpoch());
        request = EurekaRequest::registration(probe, WireFormat::Json);
        result.change = QStringLiteral("registered %1/%2 (STARTING)").arg(app, instanceId);
    }
    changed = true;
    sinceChange.start();
    EurekaReply *reply = writer.execute(request);
    QObject::connect(reply, &EurekaReply::finished, q, [this, reply] {
        reply->deleteLater();
        if (reply->error() != Error::NoError || reply->httpStatus() >= 300) {
            result.change += QStringLiteral(": failed (%1)")
                                 .arg(reply->error() != Error::NoError ? reply->errorString()
                                                                       : QStringLiteral("HTTP %1").arg(reply->httpStatus()));
            ending = true;
            Q_EMIT q->finished();
        }
    });
    Q_EMIT q->changeMade(result.change);
    QObject::connect(watcher.get(), &EurekaClient::registryUpdated, q, [this] {
        if (result.localRegistryMs < 0 && visible(watcher->applications())) {
            result.localRegistryMs = sinceChange.elapsed();
            Q_EMIT q->observed(QString(), QStringLiteral("local registry"), result.localRegistryMs);
            checkDone();
        }
    });
    pollTimer.start(options.pollInterval);
    poll();
}

void PropagationProbePrivate::poll()
{
    for (size_t i = 0; i < servers.size(); ++i) {
        if (servers[i].times.appsMs < 0 && !servers[i].appsInFlight)
            read(i, false);
        if (servers[i].times.deltaMs < 0 && !servers[i].deltaInFlight)
            read(i, true);
    }
}

void PropagationProbePrivate::checkDone()
{
    for (const Server &server : servers) {
        if (server.times.appsMs < 0 || server.times.deltaMs < 0)
            return;
    }
    if (result.localRegistryMs < 0)
        return;
    result.completed = true;
    cleanUp();
}

void PropagationProbePrivate::cleanUp()
{
    if (ending)
        return;
    ending = true;
    pollTimer.stop();
    timeout.stop();
    watcher->stop();
    for (const Server &server : servers)
        result.servers.append(server.times);
    if (!changed) { // timed out before the baseline: nothing to undo
        result.change = PropagationProbe::tr("no change made: the servers were not all read within the timeout");
        QMetaObject::invokeMethod(q, &PropagationProbe::finished, Qt::QueuedConnection);
        return;
    }
    EurekaReply *reply = writer.execute(flipping() ? EurekaRequest::deleteStatusOverride(app, instanceId)
                                                   : EurekaRequest::cancel(app, instanceId));
    QObject::connect(reply, &EurekaReply::finished, q, [this, reply] {
        reply->deleteLater();
        result.cleanedUp = reply->error() == Error::NoError && reply->httpStatus() >= 200 && reply->httpStatus() < 300;
        Q_EMIT q->finished();
    });
}

PropagationProbe::PropagationProbe(const ClientConfig &config, const Options &options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<PropagationProbePrivate>(this, config, options))
{
    d->pollTimer.setObjectName(QStringLiteral("probe-poll"));
    connect(&d->pollTimer, &QTimer::timeout, this, [this] { d->poll(); });
    d->timeout.setSingleShot(true);
    connect(&d->timeout, &QTimer::timeout, this, [this] { d->cleanUp(); });
}

PropagationProbe::~PropagationProbe() = default;

void PropagationProbe::start()
{
    ClusterClient::Settings one = ClusterClient::Settings::from(d->config);
    one.numberOfRetries = 1;
    for (const EurekaEndpoint &endpoint : d->resolver.endpoints()) {
        PropagationProbePrivate::Server server;
        server.times.server = endpoint.toDisplayString();
        server.reader = new ClusterClient(new SingleServerResolver(endpoint, this), &d->transport, one, this);
        d->servers.push_back(server);
    }
    if (d->servers.empty()) {
        d->result.change = tr("no Eureka server configured");
        d->ending = true;
        QMetaObject::invokeMethod(this, &PropagationProbe::finished, Qt::QueuedConnection);
        return;
    }
    // A reader as callers have one, started before the change so that it holds the registry.
    ClientConfig watching = d->config;
    watching.shouldRegister = false;
    watching.shouldDiscover = true;
    d->watcher = std::make_unique<EurekaClient>(watching, InstanceConfig());
    d->baselinePending = int(d->servers.size()) * 2 + 1;
    connect(d->watcher.get(), &EurekaClient::registryFetched, this, [this] {
        if (!d->changed && !d->ending)
            d->baselineDone();
    }, Qt::SingleShotConnection);
    d->timeout.start(d->options.timeout);
    d->watcher->start();
    for (size_t i = 0; i < d->servers.size(); ++i) {
        d->read(i, false);
        d->read(i, true);
    }
}

PropagationProbe::Result PropagationProbe::result() const { return d->result; }

} // namespace Eureka
