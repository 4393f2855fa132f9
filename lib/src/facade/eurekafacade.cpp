// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/eurekafacade.h>

#include "../logging_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QEventLoop>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

namespace Eureka::Facade {

namespace {

// The module-level state of python-eureka-client: one client, one caller.
struct Global
{
    QPointer<EurekaClient> client;
    QPointer<ServiceCaller> caller;
};

Global &global()
{
    static Global g;
    return g;
}

const char *errorType(Operation operation)
{
    switch (operation) {
    case Operation::Register: return ERROR_REGISTER;
    case Operation::Renew: return ERROR_RENEW;
    case Operation::StatusUpdate: return ERROR_STATUS_UPDATE;
    case Operation::Cancel: return ERROR_CANCEL;
    case Operation::Discover: return ERROR_DISCOVER;
    case Operation::Resolve: return ERROR_RESOLVE;
    }
    return ERROR_DISCOVER;
}

std::chrono::milliseconds ms(double seconds)
{
    return std::chrono::milliseconds(qMax<qint64>(1, qint64(seconds * 1000)));
}

// The one place in the library that waits by spinning a local event loop; see the header.
void spinUntil(QObject *sender, const std::function<void(QEventLoop &)> &arm, int timeoutMs)
{
    QEventLoop loop;
    arm(loop);
    if (timeoutMs > 0)
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(sender, &QObject::destroyed, &loop, &QEventLoop::quit);
    loop.exec();
}

ServiceResult resultOf(ServiceReply *reply)
{
    ServiceResult r;
    r.error = reply->error();
    r.errorString = reply->errorString();
    r.httpStatus = reply->httpStatus();
    r.headers = reply->headers();
    r.body = reply->body();
    r.walkResult = reply->result();
    r.traces = reply->traces();
    return r;
}

ServiceResult notInitialised()
{
    ServiceResult r;
    r.error = Error::ConfigurationError;
    r.errorString = QStringLiteral("Eureka::Facade::init() was not called");
    return r;
}

} // namespace

EurekaClient *init(const InitParams &p)
{
    Global &g = global();
    if (g.client) {
        g.client->stop();
        g.client->deleteLater();
        if (g.caller)
            g.caller->deleteLater();
    }
    ClientConfig client;
    client.serviceUrls = p.eureka_server.split(QLatin1Char(','), Qt::SkipEmptyParts);
    client.zoneServiceUrls = p.eureka_availability_zones;
    client.zone = p.zone;
    client.dnsDomain = p.eureka_domain;
    client.region = p.region;
    client.protocol = p.eureka_protocol;
    client.username = p.eureka_basic_auth_user;
    client.password = p.eureka_basic_auth_password;
    client.contextPath = p.eureka_context;
    client.registryFetchInterval = ms(p.registry_fetch_interval_in_secs);
    client.shouldRegister = p.should_register;
    client.shouldDiscover = p.should_discover;

    InstanceConfig instance;
    instance.appName = p.app_name;
    instance.instanceId = p.instance_id;
    instance.hostName = p.instance_host;
    instance.ipAddress = p.instance_ip;
    instance.ipNetwork = p.instance_ip_network;
    instance.port = p.instance_port;
    instance.portEnabled = p.instance_unsecure_port_enabled;
    instance.securePort = p.instance_secure_port;
    instance.securePortEnabled = p.instance_secure_port_enabled;
    instance.dataCenterName = p.data_center_name;
    for (auto it = p.metadata.cbegin(); it != p.metadata.cend(); ++it)
        instance.metadata.append({it.key(), it.value()});
    instance.leaseRenewalInterval = ms(p.renewal_interval_in_secs);
    instance.leaseDuration = ms(p.duration_in_secs);

    g.client = new EurekaClient(client, instance, QCoreApplication::instance());
    g.caller = new ServiceCaller(g.client, g.client);
    g.caller->setDefaultStrategy(p.ha_strategy);
    g.caller->setPreferSameZone(!p.zone.isEmpty());
    if (p.on_error) {
        QObject::connect(g.client, &EurekaClient::errorOccurred, g.client,
                         [onError = p.on_error](Operation op, Error, const QString &text) {
                             onError(QString::fromLatin1(errorType(op)), text);
                         });
    }
    g.client->start();
    return g.client;
}

EurekaClient *getClient() { return global().client; }
ServiceCaller *getServiceCaller() { return global().caller; }

ServiceReply *doService(const QString &app, const QString &path, const CallOptions &options)
{
    ServiceCaller *caller = global().caller;
    return caller ? caller->call(app, path, options) : nullptr;
}

ServiceReply *walkNodes(const QString &app, const QString &path, const ServiceCaller::Walker &walker,
                        const CallOptions &options)
{
    ServiceCaller *caller = global().caller;
    return caller ? caller->walkNodes(app, path, walker, options) : nullptr;
}

void stop()
{
    if (EurekaClient *client = global().client)
        client->stop();
}

void drain()
{
    if (EurekaClient *client = global().client)
        client->drain();
}

ServiceResult doServiceBlocking(const QString &app, const QString &path, const CallOptions &options)
{
    std::unique_ptr<ServiceReply> reply(doService(app, path, options));
    if (!reply)
        return notInitialised();
    if (!reply->isFinished())
        spinUntil(reply.get(), [&](QEventLoop &loop) { QObject::connect(reply.get(), &ServiceReply::finished, &loop, &QEventLoop::quit); }, 0);
    return resultOf(reply.get());
}

ServiceResult walkNodesBlocking(const QString &app, const QString &path,
                                const std::function<std::optional<QVariant>(const QUrl &url)> &walker,
                                const CallOptions &options)
{
    auto asyncWalker = [walker](const QUrl &url, const ServiceCaller::Done &done) {
        const std::optional<QVariant> value = walker(url);
        done(value.has_value(), value.value_or(QVariant()));
    };
    std::unique_ptr<ServiceReply> reply(walkNodes(app, path, asyncWalker, options));
    if (!reply)
        return notInitialised();
    if (!reply->isFinished())
        spinUntil(reply.get(), [&](QEventLoop &loop) { QObject::connect(reply.get(), &ServiceReply::finished, &loop, &QEventLoop::quit); }, 0);
    return resultOf(reply.get());
}

void stopBlocking()
{
    EurekaClient *client = global().client;
    if (!client || !client->isRunning())
        return;
    const int bound = int(client->clientConfig().stopTimeout.count()) + 1000;
    spinUntil(client, [client](QEventLoop &loop) {
        QObject::connect(client, &EurekaClient::stopped, &loop, &QEventLoop::quit);
        client->stop();
    }, bound);
}

void drainBlocking()
{
    EurekaClient *client = global().client;
    if (!client || !client->isRunning())
        return;
    const ClientConfig config = client->clientConfig();
    const int bound = int(config.drainTimeout.count() + config.stopTimeout.count()) + 1000;
    spinUntil(client, [client](QEventLoop &loop) {
        QObject::connect(client, &EurekaClient::stopped, &loop, &QEventLoop::quit);
        client->drain();
    }, bound);
}

bool waitForRegistryBlocking(int timeoutMs)
{
    EurekaClient *client = global().client;
    if (!client)
        return false;
    if (client->lastFetchTime() > 0)
        return true;
    spinUntil(client, [client](QEventLoop &loop) {
        QObject::connect(client, &EurekaClient::registryFetched, &loop, &QEventLoop::quit);
    }, timeoutMs);
    return client->lastFetchTime() > 0;
}

} // namespace Eureka::Facade
