// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/codec.h>
#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/registryserver.h>

#include "clientsetup.h"
#include "httpprobe.h"
#include "scriptedserver.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Eureka;
using namespace std::chrono_literals;
using EurekaTest::HttpProbe;
using EurekaTest::ScriptedServer;

class tst_EurekaClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void registersAndSeesItself();
    void heartbeatsAndReregistersAfter404();
    void statusChangeIsSeenByAnotherClient();
    void heartbeatsAloneAreSilent();
    void metadataIsPushed();
    void deltasKeepTheHashInStep();
    void hashMismatchBringsAFullFetch();
    void cancelsOnStop();
    void recoversWhenServersComeBack();
    void keepsTheLastGoodRegistryAndItsCache();
    void reportsBadConfiguration();
    void discoveryOnlyClient();
    void amazonIdentityFromTheMetadataService();
    void amazonMetadataServiceDown();
    void remoteRegionsAndNoDeltas();

private:
    ClientConfig fastConfig(const QUrl &server) const;
    InstanceConfig instance(const QString &app, int port) const;

    std::unique_ptr<RegistryServer> m_server;
};

ClientConfig tst_EurekaClient::fastConfig(const QUrl &server) const
{
    return EurekaTest::fastClientConfig({server.toString()});
}

InstanceConfig tst_EurekaClient::instance(const QString &app, int port) const
{
    InstanceConfig config = EurekaTest::loopbackInstance(app, port);
    config.metadata = {{QStringLiteral("zone"), QStringLiteral("zone-a")}};
    return config;
}

void tst_EurekaClient::init()
{
    m_server = std::make_unique<RegistryServer>();
    QVERIFY(m_server->listen());
}

void tst_EurekaClient::cleanup() { m_server.reset(); }

void tst_EurekaClient::registersAndSeesItself()
{
    EurekaClient client(fastConfig(m_server->serviceUrl()), instance(QStringLiteral("order-service"), 8080));
    QSignalSpy registered(&client, &EurekaClient::registered);
    QSignalSpy updated(&client, &EurekaClient::registryUpdated);
    client.start();
    QVERIFY(registered.wait(5000));
    QVERIFY(client.isRegistered());
    const InstanceInfo held = m_server->applications().instance(QStringLiteral("127.0.0.1:order-service:8080"));
    QCOMPARE(held.app(), QStringLiteral("ORDER-SERVICE"));
    QCOMPARE(held.status(), InstanceStatus::Up);
    QCOMPARE(held.vipAddress(), QStringLiteral("order-service"));
    QCOMPARE(held.healthCheckUrl(), QStringLiteral("http://127.0.0.1:8080/actuator/health"));
    QCOMPARE(held.zone(), QStringLiteral("zone-a"));
    // The client sees itself in the registry it fetches.
    QTRY_VERIFY_WITH_TIMEOUT(!client.applications().instance(held.instanceId()).isNull(), 5000);
    QVERIFY(!updated.isEmpty());
    QVERIFY(client.lastFetchTime() > 0);
    QVERIFY(!client.isRegistryFromCache());
    QCOMPARE(client.lastFetchServer(), EurekaEndpoint(m_server->serviceUrl()).toDisplayString());
}

void tst_EurekaClient::heartbeatsAndReregistersAfter404()
{
    EurekaClient client(fastConfig(m_server->serviceUrl()), instance(QStringLiteral("user-service"), 9090));
    QSignalSpy registered(&client, &EurekaClient::registered);
    QSignalSpy heartbeats(&client, &EurekaClient::heartbeat);
    client.start();
    QVERIFY(registered.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(heartbeats.size() >= 2, 5000);
    QVERIFY(heartbeats.constLast().at(0).toBool());

    // The server forgets the instance (as after a restart): the next heartbeat gets 404 and
    // the client registers again by itself.
    HttpProbe http(m_server->serviceUrl());
    QCOMPARE(http.send("DELETE", QStringLiteral("apps/USER-SERVICE/127.0.0.1:user-service:9090")).status, 200);
    QVERIFY(m_server->applications().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(registered.size(), 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->applications().isEmpty(), 5000);
}

void tst_EurekaClient::statusChangeIsSeenByAnotherClient()
{
    EurekaClient a(fastConfig(m_server->serviceUrl()), instance(QStringLiteral("payment"), 7070));
    ClientConfig watcherConfig = fastConfig(m_server->serviceUrl());
    watcherConfig.shouldRegister = false;
    EurekaClient watcher(watcherConfig, InstanceConfig());
    QSignalSpy registered(&a, &EurekaClient::registered);
    QSignalSpy statusSeen(&watcher, &EurekaClient::instanceStatusChanged);
    QSignalSpy appChanged(&watcher, &EurekaClient::applicationChanged);
    a.start();
    watcher.start();
    QVERIFY(registered.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(watcher.applications().instanceCount(InstanceStatus::Up), 1, 5000);

    QSignalSpy statusChanged(&a, &EurekaClient::statusChanged);
    a.setStatus(InstanceStatus::OutOfService);
    QCOMPARE(statusChanged.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(statusSeen.size(), 1, 5000);
    const auto before = statusSeen.at(0).at(0).value<InstanceInfo>();
    const auto after = statusSeen.at(0).at(1).value<InstanceInfo>();
    QCOMPARE(before.status(), InstanceStatus::Up);
    QCOMPARE(after.status(), InstanceStatus::OutOfService);
    QVERIFY(appChanged.contains(QVariantList{QStringLiteral("PAYMENT")}));
}

// The server re-sends a recently registered instance in every delta with its current lease;
// one that has only heartbeated since is no news: the held copy follows, nobody is told.
void tst_EurekaClient::heartbeatsAloneAreSilent()
{
    EurekaClient a(fastConfig(m_server->serviceUrl()), instance(QStringLiteral("ledger"), 7171));
    ClientConfig watcherConfig = fastConfig(m_server->serviceUrl());
    watcherConfig.shouldRegister = false;
    EurekaClient watcher(watcherConfig, InstanceConfig());
    QSignalSpy registered(&a, &EurekaClient::registered);
    a.start();
    watcher.start();
    QVERIFY(registered.wait(5000));
    const QString id = a.instanceInfo().instanceId();
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.applications().instance(id).isNull(), 5000);
    QSignalSpy updated(&watcher, &EurekaClient::registryUpdated);
    QSignalSpy appChanged(&watcher, &EurekaClient::applicationChanged);
    QSignalSpy fetched(&watcher, &EurekaClient::registryFetched);
    const qint64 renewedBefore = watcher.applications().instance(id).leaseInfo().lastRenewalTimestamp;
    // Heartbeats reach the server and deltas bring the renewed lease to the watcher...
    QTRY_VERIFY_WITH_TIMEOUT(watcher.applications().instance(id).leaseInfo().lastRenewalTimestamp > renewedBefore, 5000);
    QVERIFY(fetched.size() > 0);
    QVERIFY(fetched.constLast().at(0).toBool()); // by delta
    // ...and no signal says anything changed.
    QCOMPARE(updated.size(), 0);
    QCOMPARE(appChanged.size(), 0);
}

void tst_EurekaClient::metadataIsPushed()
{
    EurekaClient client(fastConfig(m_server->serviceUrl()), instance(QStringLiteral("catalog"), 5050));
    QSignalSpy registered(&client, &EurekaClient::registered);
    client.start();
    QVERIFY(registered.wait(5000));
    client.setMetadataValue(QStringLiteral("version"), QStringLiteral("5.2.1"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->applications().instance(client.instanceInfo().instanceId())
                                  .metadataValue(QStringLiteral("version")), QStringLiteral("5.2.1"), 5000);
}

void tst_EurekaClient::deltasKeepTheHashInStep()
{
    ClientConfig config = fastConfig(m_server->serviceUrl());
    config.shouldRegister = false;
    EurekaClient watcher(config, InstanceConfig());
    QSignalSpy fetched(&watcher, &EurekaClient::registryFetched);
    watcher.start();
    QVERIFY(fetched.wait(5000));
    QCOMPARE(fetched.at(0).at(0).toBool(), false); // the first fetch is full

    EurekaClient a(fastConfig(m_server->serviceUrl()), instance(QStringLiteral("a"), 1001));
    EurekaClient b(fastConfig(m_server->serviceUrl()), instance(QStringLiteral("b"), 1002));
    a.start();
    b.start();
    QTRY_COMPARE_WITH_TIMEOUT(watcher.applications().instanceCount(), 2, 5000);
    // Later fetches are deltas whose result matches the server's hash.
    QTRY_VERIFY_WITH_TIMEOUT(fetched.size() > 3, 5000);
    const QVariantList last = fetched.constLast();
    QCOMPARE(last.at(0).toBool(), true);
    QCOMPARE(last.at(1).toBool(), true);
    QCOMPARE(watcher.applications().reconcileHashCode(), m_server->applications().reconcileHashCode());
}

void tst_EurekaClient::hashMismatchBringsAFullFetch()
{
    // A server whose deltas never reproduce its hash: the client must fall back to full fetches.
    const QByteArray full = R"({"applications":{"versions__delta":"1","apps__hashcode":"UP_1_","application":[{"name":"A","instance":[{"instanceId":"a1","hostName":"h","app":"A","ipAddr":"1.2.3.4","status":"UP"}]}]}})";
    const QByteArray delta = R"({"applications":{"versions__delta":"2","apps__hashcode":"DOWN_7_","application":[]}})";
    int fullFetches = 0;
    int deltas = 0;
    ScriptedServer server([&](const HttpRequest &r) {
        if (r.path.endsWith("/apps/delta")) {
            ++deltas;
            return ScriptedServer::response(200, delta, {{"Content-Type", "application/json"}});
        }
        ++fullFetches;
        return ScriptedServer::response(200, full, {{"Content-Type", "application/json"}});
    });
    ClientConfig config = fastConfig(server.serviceUrl());
    config.shouldRegister = false;
    EurekaClient watcher(config, InstanceConfig());
    QSignalSpy fetched(&watcher, &EurekaClient::registryFetched);
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(deltas >= 2, 5000);
    QVERIFY(fullFetches >= deltas); // every mismatching delta was followed by a full fetch
    bool sawMismatch = false;
    for (const QVariantList &args : std::as_const(fetched))
        sawMismatch |= args.at(0).toBool() && !args.at(1).toBool();
    QVERIFY(sawMismatch);
    QCOMPARE(watcher.applications().instanceCount(), 1);
}

void tst_EurekaClient::cancelsOnStop()
{
    EurekaClient client(fastConfig(m_server->serviceUrl()), instance(QStringLiteral("shipping"), 4040));
    QSignalSpy registered(&client, &EurekaClient::registered);
    QSignalSpy stopped(&client, &EurekaClient::stopped);
    client.start();
    QVERIFY(registered.wait(5000));
    QCOMPARE(m_server->applications().instanceCount(), 1);
    client.stop();
    QVERIFY(stopped.wait(5000));
    QVERIFY(m_server->applications().isEmpty());
    QVERIFY(!client.isRegistered());
}

void tst_EurekaClient::recoversWhenServersComeBack()
{
    const QUrl url = ScriptedServer::refusingUrl();
    EurekaClient client(fastConfig(url), instance(QStringLiteral("inventory"), 6060));
    QSignalSpy errors(&client, &EurekaClient::errorOccurred);
    QSignalSpy registered(&client, &EurekaClient::registered);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 2, 5000);
    bool registerError = false;
    bool discoverError = false;
    for (const QVariantList &args : std::as_const(errors)) {
        registerError |= args.at(0).value<Operation>() == Operation::Register;
        discoverError |= args.at(0).value<Operation>() == Operation::Discover;
        QCOMPARE(args.at(1).value<Error>(), Error::RetryLimitReached);
    }
    QVERIFY(registerError && discoverError);
    QVERIFY(!client.errorString().isEmpty());

    // The server comes up on that address: the client registers and fetches by itself.
    RegistryServer::Options options;
    options.port = quint16(url.port());
    RegistryServer late(options);
    QVERIFY(late.listen());
    QVERIFY(registered.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(client.applications().instanceCount(), 1, 5000);
}

void tst_EurekaClient::keepsTheLastGoodRegistryAndItsCache()
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("registry.json"));
    EurekaClient peer(fastConfig(m_server->serviceUrl()), instance(QStringLiteral("peer"), 3030));
    QSignalSpy peerRegistered(&peer, &EurekaClient::registered);
    peer.start();
    QVERIFY(peerRegistered.wait(5000));

    ClientConfig config = fastConfig(m_server->serviceUrl());
    config.shouldRegister = false;
    config.registryCacheFile = cache;
    {
        EurekaClient watcher(config, InstanceConfig());
        QSignalSpy errors(&watcher, &EurekaClient::errorOccurred);
        watcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(watcher.applications().instanceCount(), 1, 5000);
        // Every server goes away: fetches fail, the registry stays.
        m_server.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 5000);
        QCOMPARE(watcher.applications().instanceCount(), 1);
    }
    QVERIFY(QFile::exists(cache));

    // A client starting while every server is down still finds its peer, and says when it was seen.
    config.serviceUrls = {ScriptedServer::refusingUrl().toString()};
    EurekaClient late(config, InstanceConfig());
    QSignalSpy updated(&late, &EurekaClient::registryUpdated);
    late.start();
    // The cache is read and decoded on the registry thread, so it arrives from the event loop.
    QCOMPARE(updated.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, 5000);
    QVERIFY(late.isRegistryFromCache());
    QCOMPARE(late.applications().application(QStringLiteral("PEER")).size(), 1);
    QVERIFY(late.lastFetchTime() > 0);
}

void tst_EurekaClient::reportsBadConfiguration()
{
    InstanceConfig bad = instance(QString(), 80);
    EurekaClient client(fastConfig(m_server->serviceUrl()), bad);
    QSignalSpy errors(&client, &EurekaClient::errorOccurred);
    client.start();
    QVERIFY(errors.isEmpty()); // reported from the event loop
    QVERIFY(errors.wait(1000));
    QCOMPARE(errors.at(0).at(1).value<Error>(), Error::ConfigurationError);
    QVERIFY(!client.isRunning());

    bad = instance(QStringLiteral("a"), 80);
    bad.ipNetwork = QStringLiteral("10.0.0.0/99");
    EurekaClient cidr(fastConfig(m_server->serviceUrl()), bad);
    QSignalSpy cidrErrors(&cidr, &EurekaClient::errorOccurred);
    cidr.start();
    QVERIFY(cidrErrors.wait(1000));
    QVERIFY(cidrErrors.at(0).at(2).toString().contains(QStringLiteral("CIDR")));
}

void tst_EurekaClient::discoveryOnlyClient()
{
    ClientConfig config = fastConfig(m_server->serviceUrl());
    config.shouldRegister = false;
    config.vipAddressToFetch = QStringLiteral("vip-one");
    EurekaClient watcher(config, InstanceConfig());
    InstanceConfig one = instance(QStringLiteral("one"), 1);
    one.vipAddress = QStringLiteral("vip-one");
    EurekaClient a(fastConfig(m_server->serviceUrl()), one);
    EurekaClient b(fastConfig(m_server->serviceUrl()), instance(QStringLiteral("two"), 2));
    QSignalSpy bRegistered(&b, &EurekaClient::registered);
    a.start();
    b.start();
    watcher.start();
    QVERIFY(bRegistered.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(watcher.applications().instanceCount(), 1, 5000);
    QVERIFY(watcher.applications().hasApplication(QStringLiteral("ONE")));
    QVERIFY(!watcher.isRegistered());
}

void tst_EurekaClient::amazonIdentityFromTheMetadataService()
{
    // A loopback IMDS that insists on the IMDSv2 token.
    const QHash<QByteArray, QByteArray> values = {
        {"/latest/meta-data/instance-id", "i-0abc123"},
        {"/latest/meta-data/local-ipv4", "10.1.2.3"},
        {"/latest/meta-data/local-hostname", "ip-10-1-2-3.ec2.internal"},
        {"/latest/meta-data/placement/availability-zone", "us-east-1c"},
        {"/latest/meta-data/instance-type", "m5.large"},
        {"/latest/meta-data/ami-id", "ami-12345"},
        {"/latest/meta-data/mac", "0e:11:22:33:44:55"},
        {"/latest/meta-data/network/interfaces/macs/0e:11:22:33:44:55/vpc-id", "vpc-0feed"},
        {"/latest/dynamic/instance-identity/document", R"({"accountId":"123456789012","region":"us-east-1"})"},
    };
    ScriptedServer imds([&values](const HttpRequest &r) {
        if (r.method == "PUT" && r.path == "/latest/api/token") {
            if (r.header("x-aws-ec2-metadata-token-ttl-seconds").isEmpty())
                return ScriptedServer::response(400);
            return ScriptedServer::response(200, "TOKEN-1");
        }
        if (r.header("x-aws-ec2-metadata-token") != "TOKEN-1")
            return ScriptedServer::response(401);
        return values.contains(r.path) ? ScriptedServer::response(200, values.value(r.path)) : ScriptedServer::response(404);
    });
    InstanceConfig config = instance(QStringLiteral("aws-app"), 8080);
    config.hostName.clear();
    config.ipAddress.clear();
    config.dataCenterName = QStringLiteral("Amazon");
    config.awsMetadataUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/latest/").arg(imds.serverPort()));
    config.metadata.clear();
    EurekaClient client(fastConfig(m_server->serviceUrl()), config);
    QSignalSpy registered(&client, &EurekaClient::registered);
    client.start();
    QVERIFY(registered.wait(5000));
    const InstanceInfo held = m_server->applications().instance(QStringLiteral("i-0abc123"));
    QVERIFY(!held.isNull());
    QCOMPARE(held.ipAddr(), QStringLiteral("10.1.2.3"));
    QCOMPARE(held.hostName(), QStringLiteral("ip-10-1-2-3.ec2.internal"));
    QVERIFY(held.dataCenterInfo().isAmazon());
    QCOMPARE(held.dataCenterInfo().className(), DataCenterInfo::amazonClassName());
    QCOMPARE(held.dataCenterInfo().metadataValue(QStringLiteral("instance-type")), QStringLiteral("m5.large"));
    QCOMPARE(held.zone(), QStringLiteral("us-east-1c"));
    QCOMPARE(held.dataCenterInfo().metadataValue(QStringLiteral("vpc-id")), QStringLiteral("vpc-0feed"));
    QCOMPARE(held.dataCenterInfo().metadataValue(QStringLiteral("accountId")), QStringLiteral("123456789012"));
}

void tst_EurekaClient::amazonMetadataServiceDown()
{
    InstanceConfig config = instance(QStringLiteral("aws-app"), 8080);
    config.dataCenterName = QStringLiteral("Amazon");
    config.awsMetadataUrl = ScriptedServer::refusingUrl();
    EurekaClient client(fastConfig(m_server->serviceUrl()), config);
    QSignalSpy errors(&client, &EurekaClient::errorOccurred);
    client.start();
    QVERIFY(errors.wait(5000));
    QCOMPARE(errors.at(0).at(0).value<Operation>(), Operation::Register);
    QVERIFY(errors.at(0).at(2).toString().contains(QStringLiteral("instance metadata")));
    QVERIFY(m_server->applications().isEmpty());
}

void tst_EurekaClient::remoteRegionsAndNoDeltas()
{
    const QByteArray full = R"({"applications":{"versions__delta":"1","apps__hashcode":"","application":[]}})";
    ScriptedServer server([&](const HttpRequest &) { return ScriptedServer::response(200, full); });
    ClientConfig config = fastConfig(server.serviceUrl());
    config.shouldRegister = false;
    config.disableDelta = true;
    config.fetchRemoteRegions = {QStringLiteral("eu-west-1"), QStringLiteral("ap-south-1")};
    EurekaClient watcher(config, InstanceConfig());
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 3, 5000);
    for (const HttpRequest &request : server.requests()) {
        QCOMPARE(request.path, QByteArray("/eureka/apps/"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("regions")), QStringLiteral("eu-west-1,ap-south-1"));
        QCOMPARE(request.header("accept"), QByteArray("application/json"));
    }
}

QTEST_GUILESS_MAIN(tst_EurekaClient)
#include "tst_eurekaclient.moc"
