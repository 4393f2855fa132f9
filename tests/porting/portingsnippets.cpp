// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// Every block between //! [name] markers is quoted in docs/PORTING.md and
// docs/PORTING.zh-CN.md; tst_porting fails when a document and this file disagree.
#include "portingsnippets.h"

#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/eurekafacade.h>
#include <EurekaClient/eurekalogging.h>
#include <EurekaClient/httptransport.h>
#include <EurekaClient/servicecaller.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDebug>
#include <QtCore/QJsonObject>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

namespace PortingSnippets {

using namespace Eureka;

void initWithServerList(const QString &servers, int port)
{
//! [init-server-list]
Eureka::Facade::InitParams params;
params.eureka_server = servers; // "http://peer1:8761/eureka/,http://peer2:8761/eureka/"
params.app_name = QStringLiteral("your_app_name");
params.instance_host = QStringLiteral("127.0.0.1");
params.instance_port = port;
params.ha_strategy = Eureka::HaStrategy::Random;
// Registers, then heartbeats every 30 s, from the application's event loop.
Eureka::Facade::init(params);
//! [init-server-list]
}

void eurekaClientClass(const QString &servers, QObject *app)
{
//! [eureka-client-class]
Eureka::ClientConfig client;
client.serviceUrls = servers.split(QLatin1Char(','));
Eureka::InstanceConfig instance;
instance.appName = QStringLiteral("python_module_1");
instance.port = 9090;
auto *eureka = new Eureka::EurekaClient(client, instance, app);
QObject::connect(eureka, &Eureka::EurekaClient::registered, [] { qInfo() << "registered"; });
eureka->start();
// ... and when the server shuts down: DOWN first, then the cancel once every Eureka server shows
// it (callers stop picking this instance while it still answers), then stopped():
// eureka->drain();
// On kill or Ctrl-C, the same:
// auto *shutdown = new Eureka::ShutdownSignals(app);
// QObject::connect(shutdown, &Eureka::ShutdownSignals::received, eureka, &Eureka::EurekaClient::drain);
//! [eureka-client-class]
}

void availabilityZones()
{
//! [zones]
Eureka::Facade::InitParams params;
params.eureka_availability_zones = {
    {QStringLiteral("us-east-1c"), {QStringLiteral("http://ec2-552-627-568-165.compute-1.amazonaws.com:7001/eureka/v2/"),
                                    QStringLiteral("http://ec2-368-101-182-134.compute-1.amazonaws.com:7001/eureka/v2/")}},
    {QStringLiteral("us-east-1d"), {QStringLiteral("http://ec2-552-627-568-170.compute-1.amazonaws.com:7001/eureka/v2/")}},
    {QStringLiteral("us-east-1e"), {QStringLiteral("http://ec2-500-179-285-592.compute-1.amazonaws.com:7001/eureka/v2/")}}};
params.zone = QStringLiteral("us-east-1c"); // its servers are tried first
params.app_name = QStringLiteral("python_module_1");
params.instance_port = 9090;
Eureka::Facade::init(params);
//! [zones]
}

void dnsDiscovery()
{
//! [dns]
// txt.us-east-1.mydomaintest.netflix.net lists the zones, txt.{zone}.mydomaintest.netflix.net
// their servers: resolved with QDnsLookup, again every 5 minutes.
Eureka::Facade::InitParams params;
params.eureka_domain = QStringLiteral("mydomaintest.netflix.net");
params.region = QStringLiteral("us-east-1");
params.zone = QStringLiteral("us-east-1c");
params.app_name = QStringLiteral("python_module_1");
params.instance_port = 9090;
Eureka::Facade::init(params);
//! [dns]
}

void protocolAuthContext()
{
//! [protocol-auth-context]
Eureka::Facade::InitParams params;
params.eureka_server = QStringLiteral("your-eureka-server-peer1,your-eureka-server-peer2");
params.eureka_protocol = QStringLiteral("https");
params.eureka_basic_auth_user = QStringLiteral("keijack");
params.eureka_basic_auth_password = QStringLiteral("kjauthpass"); // sent as a header, never logged
params.eureka_context = QStringLiteral("/eureka/v2");
params.app_name = QStringLiteral("python_module_1");
params.instance_port = 9090;
Eureka::Facade::init(params);
//! [protocol-auth-context]
}

void instanceIpNetwork()
{
//! [ip-network]
Eureka::Facade::InitParams params;
params.eureka_server = QStringLiteral("http://your-eureka-server-peer1:8761/eureka/");
params.app_name = QStringLiteral("python_module_1");
params.instance_ip_network = QStringLiteral("192.168.10.0/24"); // the first interface address in it
params.instance_host = QStringLiteral("my-py-component.mydomian.com"); // optional: a fixed host name
params.instance_port = 9090;
Eureka::Facade::init(params);
//! [ip-network]
}

void errorCallback(const QString &servers, QStringList *errors)
{
//! [on-error]
Eureka::Facade::InitParams params;
params.eureka_server = servers;
params.app_name = QStringLiteral("python_module_1");
params.instance_port = 9090;
// Called once every server was tried, with the seed's error types ("register", "discover", ...).
params.on_error = [errors](const QString &errType, const QString &err) {
    if (errType == QLatin1String(Eureka::Facade::ERROR_REGISTER))
        errors->append(errType + QStringLiteral(": ") + err);
};
Eureka::Facade::init(params);
//! [on-error]
}

void doServiceString()
{
//! [do-service-string]
Eureka::ServiceReply *reply = Eureka::Facade::doService(QStringLiteral("OTHER-SERVICE-NAME"),
                                                        QStringLiteral("/service/context/path"));
QObject::connect(reply, &Eureka::ServiceReply::finished, [reply] {
    reply->deleteLater();
    if (reply->error() != Eureka::Error::NoError) {
        qWarning() << reply->errorString(); // every node failed: lists each attempt
        return;
    }
    qInfo() << "result of other service" << reply->text(); // return_type="string"
});
//! [do-service-string]
}

void doServiceJson()
{
//! [do-service-json]
Eureka::ServiceReply *reply = Eureka::Facade::doService(QStringLiteral("OTHER-SERVICE-NAME"),
                                                        QStringLiteral("/service/context/path"));
QObject::connect(reply, &Eureka::ServiceReply::finished, [reply] {
    reply->deleteLater();
    const QJsonObject result = reply->json().object(); // return_type="json"
    qInfo() << result.value(QStringLiteral("name")).toString();
});
//! [do-service-json]
}

void doServiceResponseObject()
{
//! [do-service-response]
Eureka::CallOptions options;
options.method = "POST";
options.headers = {{"Content-Type", "application/json"}};
options.body = R"({"id": 42})";
options.attemptTimeout = std::chrono::seconds(2); // per node; options.deadline bounds the whole call
Eureka::ServiceReply *reply = Eureka::Facade::doService(QStringLiteral("OTHER-SERVICE-NAME"),
                                                        QStringLiteral("/orders"), options);
QObject::connect(reply, &Eureka::ServiceReply::finished, [reply] {
    reply->deleteLater();
    // return_type="response_object": status, headers and body as they came
    qInfo() << reply->httpStatus() << reply->headers() << reply->body();
});
//! [do-service-response]
}

void doServiceBlocking()
{
//! [do-service-blocking]
// For command-line tools only: spins a local event loop until the answer is there.
const Eureka::Facade::ServiceResult result =
    Eureka::Facade::doServiceBlocking(QStringLiteral("OTHER-SERVICE-NAME"), QStringLiteral("/service/context/path"));
if (result.ok())
    qInfo() << result.text();
else
    qWarning() << result.errorString;
//! [do-service-blocking]
}

void walkNodes()
{
//! [walk-nodes]
// Your own HTTP stack per node; report failure and the next UP node is tried.
auto *network = new QNetworkAccessManager(qApp);
Eureka::ServiceReply *reply = Eureka::Facade::walkNodes(
    QStringLiteral("OTHER-SERVICE-NAME"), QStringLiteral("/service/context/path"),
    [network](const QUrl &url, const Eureka::ServiceCaller::Done &done) {
        QNetworkReply *r = network->get(QNetworkRequest(url));
        QObject::connect(r, &QNetworkReply::finished, [r, done] {
            r->deleteLater();
            const bool ok = r->error() == QNetworkReply::NoError;
            done(ok, ok ? QVariant(r->readAll()) : QVariant());
        });
    });
QObject::connect(reply, &Eureka::ServiceReply::finished, [reply] {
    reply->deleteLater();
    qInfo() << reply->result(); // what the successful walker passed to done()
});
//! [walk-nodes]
}

void haStrategies()
{
//! [ha-strategy]
Eureka::Facade::getServiceCaller()->setDefaultStrategy(Eureka::HaStrategy::Other); // ha_strategy for all calls
Eureka::CallOptions options;
options.strategy = Eureka::HaStrategy::Stick; // or for one call
options.preferSameZone = true;                // try this client's zone first
options.hedgeDelay = std::chrono::milliseconds(200); // also ask a second node if the first is slow
Eureka::ServiceReply *reply = Eureka::Facade::doService(QStringLiteral("OTHER-SERVICE-NAME"), QStringLiteral("/"), options);
QObject::connect(reply, &Eureka::ServiceReply::finished, reply, &QObject::deleteLater);
//! [ha-strategy]
}

void registryQueries(QStringList *hosts)
{
//! [registry]
Eureka::EurekaClient *client = Eureka::Facade::getClient();
const Eureka::Application app = client->applications().application(QStringLiteral("OTHER-SERVICE-NAME"));
const QString zone = client->clientConfig().zone;
const QList<Eureka::InstanceInfo> up = app.upInstances();
const QList<Eureka::InstanceInfo> sameZone = app.upInstancesInZone(zone);
const QList<Eureka::InstanceInfo> otherZones = app.upInstancesNotInZone(zone);
for (const Eureka::InstanceInfo &instance : up)
    hosts->append(instance.hostName() + QLatin1Char(':') + QString::number(instance.port()));
//! [registry]
Q_UNUSED(sameZone)
Q_UNUSED(otherZones)
}

//! [custom-http-client-classes]
// 1. The reply: finish() with status, headers and body, or status 0 and an error text.
class MyReply : public Eureka::TransportReply
{
public:
    void answer(int status, const QByteArray &body) { finish(status, {}, body); }
    void abort() override { finish(0, {}, {}, QStringLiteral("aborted")); }
};

// 2. The client: starts the request on any HTTP library and returns the reply at once.
class MyHttpClient : public Eureka::HttpTransport
{
public:
    explicit MyHttpClient(QNetworkAccessManager *other) : m_other(other) {}
    Eureka::TransportReply *send(const Eureka::TransportRequest &request) override
    {
        auto *reply = new MyReply;
        QNetworkRequest r(request.url); // stands for your own library here
        for (const auto &[name, value] : request.headers)
            r.setRawHeader(name, value);
        QNetworkReply *raw = m_other->sendCustomRequest(r, request.method, request.body);
        QObject::connect(raw, &QNetworkReply::finished, reply, [raw, reply] {
            raw->deleteLater();
            reply->answer(raw->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), raw->readAll());
        });
        return reply;
    }

private:
    QNetworkAccessManager *m_other;
};
//! [custom-http-client-classes]

void customHttpClient(const QString &servers)
{
    Eureka::ClientConfig config;
    config.serviceUrls = {servers};
    Eureka::InstanceConfig instance;
    instance.appName = QStringLiteral("python_module_1");
    auto *client = new Eureka::EurekaClient(config, instance, qApp);
//! [custom-http-client]
// 3. Hand it to the client: registration, heartbeats, discovery and service calls use it.
static QNetworkAccessManager other;
static MyHttpClient http(&other);
client->setTransport(&http);
client->start();
//! [custom-http-client]
}

void selfSignedCertificate(const QString &servers)
{
    Eureka::ClientConfig config;
    config.serviceUrls = {servers};
    auto *client = new Eureka::EurekaClient(config, Eureka::InstanceConfig(), qApp);
//! [self-signed]
// Accept this one self-signed certificate of this host, nothing else (SHA-256, hex).
client->networkAccessTransport()->pinCertificate(
    QStringLiteral("eureka.internal"),
    "5E:2F:...:9A");
// Or give the client your own QNetworkAccessManager (proxy, private CA, ...):
// client->setNetworkAccessManager(myManager);
//! [self-signed]
}

void logging(const QString &logFile)
{
//! [logging]
// set_level("DEBUG")
Eureka::Logging::setLevel(Eureka::Logging::Level::Debug);
// add_handler(TimedRotatingFileHandler(...)): a file rotated at 10 MB, 7 kept
Eureka::Logging::setLogFile(logFile, 10 * 1024 * 1024, 7);
// set_custom_logger(your_logger): any callback
Eureka::Logging::addHandler([](QtMsgType type, const char *category, const QString &message) {
    Q_UNUSED(type)
    fprintf(stderr, "[%s] %s\n", category, qPrintable(message));
});
// set_handler(...) replaces the console output: stop passing on to Qt's handler
Eureka::Logging::setForwardToPreviousHandler(false);
// Without any code: QT_LOGGING_RULES="eureka.*.debug=true" or "eureka.client.transport.info=false"
//! [logging]
}

void amazonDataCenter()
{
//! [amazon]
Eureka::Facade::InitParams params;
params.eureka_server = QStringLiteral("http://your-eureka-server-peer1:7001/eureka/v2/");
params.app_name = QStringLiteral("python_module_1");
params.instance_port = 9090;
// Reads AmazonInfo (instance-id, local-ipv4, availability-zone, ...) from the EC2 instance
// metadata service (IMDSv2) before registering; host and IP default to local-hostname/local-ipv4.
params.data_center_name = QStringLiteral("Amazon");
Eureka::Facade::init(params);
//! [amazon]
}

} // namespace PortingSnippets
