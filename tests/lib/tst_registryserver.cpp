// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/codec.h>
#include <EurekaClient/registryserver.h>

#include "fixtures.h"
#include "httpprobe.h"

#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Eureka;
using EurekaTest::fixture;
using EurekaTest::HttpProbe;
using EurekaTest::ProbeResponse;
using EurekaTest::rawExchange;

namespace {
using Header = std::pair<QByteArray, QByteArray>;
const Header jsonBody{"Content-Type", "application/json"};
const Header xmlBody{"Content-Type", "application/xml"};

const QString order1 = QStringLiteral("10.0.1.11:order-service:8080");
const QString user1 = QStringLiteral("10.0.1.21:user-service:9090");
const QString user2 = QStringLiteral("10.0.2.22:user-service:9090");
const QString payment1 = QStringLiteral("10.0.1.31:payment-gateway:7070");

Applications decodeApps(const ProbeResponse &r, WireFormat format = WireFormat::Json)
{
    CodecError error;
    Applications apps = Codec::decodeApplications(r.body, format, &error);
    if (error.isError())
        qWarning("%s", qPrintable(error.toString()));
    return apps;
}
} // namespace

class tst_RegistryServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void registersJsonAndXml();
    void rejectsMalformedRegistrations_data();
    void rejectsMalformedRegistrations();
    void renewAndCancel();
    void renewalsReachReadersAfterTheCacheUpdateInterval();
    void staleRegistrationKeepsNewerData();
    void statusOverrideSurvivesRenewal();
    void removingOverrideLeavesUnknown();
    void metadataUpdate();
    void lookups();
    void contentNegotiationAndGzip();
    void replaysTheCapturedSession();
    void agreesWithNetflixsServer();
    void heartbeatsAloneAreNoChange();
    void readOnlyResponseCacheDelaysChanges();
    void deltaReconcilesOnAClient();
    void deltaRetention();
    void leasesExpireUnlessRenewed();
    void contextPathV2();
    void basicAuth();
    void badInputNeverHurtsTheRegistry_data();
    void badInputNeverHurtsTheRegistry();
    void slowRequestsAreCutOff();
    void keepAliveAndChunkedBodies();
    void idleKeepAliveConnectionsStayUsable();
    void closeEndsKeptAliveConnections();
    void bindsLoopbackByDefault();

private:
    void start(RegistryServer::Options options = {});
    ProbeResponse registerFixture(const char *file);

    qint64 m_now = 1795533870000;
    std::unique_ptr<RegistryServer> m_server;
    std::unique_ptr<HttpProbe> m_http;
};

void tst_RegistryServer::start(RegistryServer::Options options)
{
    options.clock = [this] { return m_now; };
    options.lingerTimeout = std::chrono::milliseconds(50);
    m_server = std::make_unique<RegistryServer>(options);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_http = std::make_unique<HttpProbe>(m_server->serviceUrl());
}

void tst_RegistryServer::init() { start(); }

void tst_RegistryServer::cleanup()
{
    m_http.reset();
    m_server.reset();
}

ProbeResponse tst_RegistryServer::registerFixture(const char *file)
{
    const QString name = QString::fromLatin1(file);
    const QByteArray body = fixture(QStringLiteral("requests/") + name);
    const bool xml = name.endsWith(QLatin1String(".xml"));
    const InstanceInfo info = Codec::decodeInstance(body, xml ? WireFormat::Xml : WireFormat::Json);
    return m_http->send("POST", QStringLiteral("apps/") + info.app(), body, {xml ? xmlBody : jsonBody});
}

void tst_RegistryServer::registersJsonAndXml()
{
    QSignalSpy changed(m_server.get(), &RegistryServer::registryChanged);
    const ProbeResponse json = registerFixture("register-order-1.json");
    QCOMPARE(json.status, 204);
    QVERIFY(json.body.isEmpty());
    const ProbeResponse xml = registerFixture("register-payment-2.xml");
    QCOMPARE(xml.status, 204);
    QCOMPARE(changed.size(), 2);

    const Applications apps = decodeApps(m_http->get(QStringLiteral("apps")));
    QCOMPARE(apps.instanceCount(), 2);
    QCOMPARE(apps.appsHashCode(), QStringLiteral("UP_2_"));
    const InstanceInfo order = apps.instance(order1);
    QCOMPARE(order.status(), InstanceStatus::Up);
    QCOMPARE(order.actionType(), ActionType::Added);
    QCOMPARE(order.leaseInfo().registrationTimestamp, m_now);
    QCOMPARE(order.leaseInfo().lastRenewalTimestamp, m_now);
    QCOMPARE(order.metadataValue(QStringLiteral("version")), QStringLiteral("2.3.1"));
    QCOMPARE(apps.instance(QStringLiteral("10.0.2.32:payment-gateway:7070")).zone(), QStringLiteral("zone-b"));
}

void tst_RegistryServer::rejectsMalformedRegistrations_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expectedBody");
    QTest::newRow("truncated JSON (captured)") << "ORDER-SERVICE" << fixture("requests/register-malformed.json")
                                               << fixture("responses/register-malformed.txt");
    QTest::newRow("wrong type") << "A" << QByteArray(R"({"instance":{"instanceId":"a","app":"A","port":{"$":[]}}})")
                                << fixture("responses/register-malformed.txt");
    QTest::newRow("missing hostname") << "A" << QByteArray(R"({"instance":{"instanceId":"a","app":"A","ipAddr":"1.2.3.4"}})")
                                      << QByteArray("Missing hostname");
    QTest::newRow("missing ip") << "A" << QByteArray(R"({"instance":{"instanceId":"a","app":"A","hostName":"h"}})")
                                << QByteArray("Missing ip address");
    QTest::newRow("mismatched app") << "B" << QByteArray(R"({"instance":{"instanceId":"a","app":"A","hostName":"h","ipAddr":"1.2.3.4"}})")
                                    << QByteArray("Mismatched appName, expecting B but was A");
}

void tst_RegistryServer::rejectsMalformedRegistrations()
{
    QFETCH(QString, app);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expectedBody);
    registerFixture("register-order-1.json");
    const ProbeResponse r = m_http->send("POST", QStringLiteral("apps/") + app, body, {jsonBody});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body.trimmed(), expectedBody.trimmed());
    QVERIFY(!r.header("X-Eureka-Error").isEmpty());
    // Nothing was lost: the earlier registration is still there.
    QCOMPARE(m_server->applications().instanceCount(), 1);
}

void tst_RegistryServer::renewAndCancel()
{
    registerFixture("register-user-2-down.json");
    m_now += 30000;
    // The captured renew and cancel requests, with the captured answers.
    QCOMPARE(m_http->send("PUT", QStringLiteral("apps/USER-SERVICE/%1?status=UP&lastDirtyTimestamp=1").arg(user2)).status, 200);
    QCOMPARE(m_server->applications().instance(user2).leaseInfo().lastRenewalTimestamp, m_now);
    QCOMPARE(m_http->send("PUT", QStringLiteral("apps/ORDER-SERVICE/nobody?status=UP&lastDirtyTimestamp=1")).status, 404);
    // A client whose data is newer than ours is told to register again.
    QCOMPARE(m_http->send("PUT", QStringLiteral("apps/USER-SERVICE/%1?status=UP&lastDirtyTimestamp=%2")
                                     .arg(user2).arg(m_now + 1)).status, 404);
    QCOMPARE(m_http->send("DELETE", QStringLiteral("apps/USER-SERVICE/%1").arg(user2)).status, 200);
    QCOMPARE(m_http->send("DELETE", QStringLiteral("apps/USER-SERVICE/%1").arg(user2)).status, 404);
    QVERIFY(m_server->applications().isEmpty());
}

void tst_RegistryServer::renewalsReachReadersAfterTheCacheUpdateInterval()
{
    registerFixture("register-user-2-down.json");
    const qint64 registeredAt = m_now;
    const auto lastRenewal = [this] {
        return decodeApps(m_http->get(QStringLiteral("apps"))).instance(user2).leaseInfo().lastRenewalTimestamp;
    };
    QCOMPARE(lastRenewal(), registeredAt); // cached from here on
    m_now += 10000;
    QCOMPARE(m_http->send("PUT", QStringLiteral("apps/USER-SERVICE/%1?status=UP&lastDirtyTimestamp=1").arg(user2)).status, 200);
    QCOMPARE(lastRenewal(), registeredAt); // a renewal alone does not re-encode the registry
    m_now += 20000; // 30 s after encoding: the default update interval
    QCOMPARE(lastRenewal(), registeredAt + 10000);
}

void tst_RegistryServer::staleRegistrationKeepsNewerData()
{
    InstanceInfo info = Codec::decodeInstance(fixture("requests/register-order-1.json"), WireFormat::Json);
    info.setLastDirtyTimestamp(2000);
    info.setMetadataValue(QStringLiteral("version"), QStringLiteral("new"));
    QCOMPARE(m_http->send("POST", QStringLiteral("apps/ORDER-SERVICE"), Codec::encodeInstance(info, WireFormat::Json), {jsonBody}).status, 204);
    info.setLastDirtyTimestamp(1000);
    info.setMetadataValue(QStringLiteral("version"), QStringLiteral("old"));
    m_now += 5000;
    QCOMPARE(m_http->send("POST", QStringLiteral("apps/ORDER-SERVICE"), Codec::encodeInstance(info, WireFormat::Json), {jsonBody}).status, 204);
    const InstanceInfo held = m_server->applications().instance(order1);
    QCOMPARE(held.metadataValue(QStringLiteral("version")), QStringLiteral("new"));
    QCOMPARE(held.lastDirtyTimestamp(), 2000);
    QCOMPARE(held.leaseInfo().lastRenewalTimestamp, m_now);
}

void tst_RegistryServer::statusOverrideSurvivesRenewal()
{
    registerFixture("register-user-1.json");
    QCOMPARE(m_http->send("PUT", QStringLiteral("apps/USER-SERVICE/%1/status?value=OUT_OF_SERVICE").arg(user1)).status, 200);
    QCOMPARE(m_http->send("PUT", QStringLiteral("apps/USER-SERVICE/nobody/status?value=OUT_OF_SERVICE")).status, 404);
    QCOMPARE(m_http->send("PUT", QStringLiteral("apps/USER-SERVICE/%1/status?value=SIDEWAYS").arg(user1)).status, 400);
    m_now += 30000;
    QCOMPARE(m_http->send("PUT", QStringLiteral("apps/USER-SERVICE/%1?status=UP&lastDirtyTimestamp=1").arg(user1)).status, 200);
    // Even a new registration saying UP keeps the operator's override.
    registerFixture("register-user-1.json");
    const InstanceInfo info = decodeApps(m_http->get(QStringLiteral("apps"))).instance(user1);
    QCOMPARE(info.status(), InstanceStatus::OutOfService);
    QCOMPARE(info.overriddenStatus(), InstanceStatus::OutOfService);
}

void tst_RegistryServer::removingOverrideLeavesUnknown()
{
    registerFixture("register-user-1.json");
    registerFixture("register-payment-1.json");
    m_http->send("PUT", QStringLiteral("apps/USER-SERVICE/%1/status?value=OUT_OF_SERVICE").arg(user1));
    QCOMPARE(m_http->send("DELETE", QStringLiteral("apps/USER-SERVICE/%1/status").arg(user1)).status, 200);
    // As captured: with no value the instance is left UNKNOWN until it says otherwise...
    QCOMPARE(m_server->applications().instance(user1).status(), InstanceStatus::Unknown);
    QCOMPARE(m_server->applications().instance(user1).overriddenStatus(), InstanceStatus::Unknown);
    // ...and an instance without an override is left alone.
    QCOMPARE(m_http->send("DELETE", QStringLiteral("apps/PAYMENT-GATEWAY/%1/status").arg(payment1)).status, 200);
    QCOMPARE(m_server->applications().instance(payment1).status(), InstanceStatus::Up);
    QCOMPARE(m_http->send("DELETE", QStringLiteral("apps/PAYMENT-GATEWAY/nobody/status")).status, 404);
}

void tst_RegistryServer::metadataUpdate()
{
    registerFixture("register-order-1.json");
    QCOMPARE(m_http->send("PUT", QStringLiteral("apps/ORDER-SERVICE/%1/metadata?build=1234&version=2.4.0").arg(order1)).status, 200);
    QCOMPARE(m_http->send("PUT", QStringLiteral("apps/ORDER-SERVICE/nobody/metadata?build=1")).status, 404);
    const InstanceInfo info = decodeApps(m_http->get(QStringLiteral("apps"))).instance(order1);
    QCOMPARE(info.metadataValue(QStringLiteral("build")), QStringLiteral("1234"));
    QCOMPARE(info.metadataValue(QStringLiteral("version")), QStringLiteral("2.4.0"));
    QCOMPARE(info.metadataValue(QStringLiteral("zone")), QStringLiteral("zone-a"));
}

void tst_RegistryServer::lookups()
{
    for (const char *f : {"register-order-1.json", "register-order-2-secure.json", "register-user-1.json"})
        registerFixture(f);
    ProbeResponse r = m_http->get(QStringLiteral("apps/ORDER-SERVICE"));
    QCOMPARE(r.status, 200);
    QCOMPARE(Codec::decodeApplication(r.body, WireFormat::Json).size(), 2);
    r = m_http->get(QStringLiteral("apps/order-service")); // names are upper-cased, as Eureka does
    QCOMPARE(r.status, 200);
    r = m_http->get(QStringLiteral("apps/NO-SUCH-APP"));
    QCOMPARE(r.status, 404);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));

    r = m_http->get(QStringLiteral("apps/ORDER-SERVICE/10.0.2.12:order-service:8080"));
    QCOMPARE(r.status, 200);
    QVERIFY(Codec::decodeInstance(r.body, WireFormat::Json).isSecurePortEnabled());
    r = m_http->get(QStringLiteral("instances/") + user1);
    QCOMPARE(r.status, 200);
    QCOMPARE(Codec::decodeInstance(r.body, WireFormat::Json).app(), QStringLiteral("USER-SERVICE"));
    QCOMPARE(m_http->get(QStringLiteral("instances/nobody"), "application/xml").status, 404);

    r = m_http->get(QStringLiteral("vips/order-service"));
    Applications vip = decodeApps(r);
    QCOMPARE(vip.instanceCount(), 2);
    QCOMPARE(vip.versionsDelta(), -1);
    QCOMPARE(vip.appsHashCode(), QStringLiteral("UP_2_"));
    vip = decodeApps(m_http->get(QStringLiteral("svips/order-service-secure")));
    QCOMPARE(vip.instanceCount(), 2);
    QCOMPARE(decodeApps(m_http->get(QStringLiteral("vips/nothing"))).instanceCount(), 0);
    // `regions` is accepted on apps.
    QCOMPARE(m_http->get(QStringLiteral("apps?regions=us-east-1")).status, 200);
    QCOMPARE(m_http->send("PATCH", QStringLiteral("apps")).status, 405);
}

void tst_RegistryServer::contentNegotiationAndGzip()
{
    registerFixture("register-order-1.json");
    const quint16 port = m_server->port();
    // No Accept header: XML, as the real server answers (apps-no-accept-header.xml).
    QByteArray raw = rawExchange(port, "GET /eureka/apps HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 5000);
    QVERIFY(raw.startsWith("HTTP/1.1 200 OK"));
    QVERIFY(raw.contains("Content-Type: application/xml"));
    QVERIFY(!raw.contains("Content-Encoding"));
    QVERIFY(raw.contains("<applications>"));
    QVERIFY(raw.contains("<apps__hashcode>UP_1_</apps__hashcode>"));

    raw = rawExchange(port, "GET /eureka/apps HTTP/1.1\r\nAccept: application/json\r\nAccept-Encoding: gzip\r\n"
                            "Connection: close\r\n\r\n", 5000);
    QVERIFY(raw.contains("Content-Encoding: gzip"));
    const QByteArray gz = raw.mid(raw.indexOf("\r\n\r\n") + 4);
    QVERIFY(gz.startsWith("\x1f\x8b")); // RFC 1952 magic
    // QNetworkAccessManager asks for gzip and inflates it: the body is the JSON registry.
    const ProbeResponse viaQt = m_http->get(QStringLiteral("apps"));
    QCOMPARE(decodeApps(viaQt).instanceCount(), 1);
}

// Replays the requests of the captured session against the embedded registry and compares
// what it answers with what the real Netflix server answered (statuses, overrides, metadata,
// action types, hash), before and after the second batch of changes.
void tst_RegistryServer::replaysTheCapturedSession()
{
    auto send = [this](const QByteArray &verb, const QString &path) { return m_http->send(verb, path).status; };
    InstanceInfo myapp;
    myapp.setInstanceId(QStringLiteral("h1:myapp:8080"));
    myapp.setApp(QStringLiteral("MYAPP"));
    myapp.setHostName(QStringLiteral("h1"));
    myapp.setIpAddr(QStringLiteral("127.0.0.1"));
    myapp.setPort(8080);
    myapp.setSecurePort(8443);
    myapp.setVipAddress(QStringLiteral("myapp"));
    myapp.setSecureVipAddress(QStringLiteral("myapp"));
    QCOMPARE(m_http->send("POST", QStringLiteral("apps/MYAPP"), Codec::encodeInstance(myapp, WireFormat::Json), {jsonBody}).status, 204);
    QCOMPARE(send("PUT", QStringLiteral("apps/MYAPP/h1:myapp:8080/status?value=OUT_OF_SERVICE")), 200);
    QCOMPARE(send("DELETE", QStringLiteral("apps/MYAPP/h1:myapp:8080/status")), 200);
    for (const char *f : {"register-order-1.json", "register-order-2-secure.json", "register-user-1.json",
                          "register-user-2-down.json", "register-payment-1.json", "register-payment-2.xml"})
        QCOMPARE(registerFixture(f).status, 204);
    QCOMPARE(send("PUT", QStringLiteral("apps/USER-SERVICE/%1/status?value=OUT_OF_SERVICE").arg(user1)), 200);
    QCOMPARE(send("PUT", QStringLiteral("apps/ORDER-SERVICE/%1/metadata?build=1234").arg(order1)), 200);
    QCOMPARE(send("PUT", QStringLiteral("apps/ORDER-SERVICE/%1?status=UP&lastDirtyTimestamp=1").arg(order1)), 200);

    const QStringList overridden{QStringLiteral("h1:myapp:8080"), user1};
    auto compareWith = [this, &overridden](const char *capture) {
        const Applications expected = Codec::decodeApplications(fixture(QString::fromLatin1(capture)), WireFormat::Json);
        const Applications actual = decodeApps(m_http->get(QStringLiteral("apps")));
        QCOMPARE(actual.appsHashCode(), expected.appsHashCode());
        QCOMPARE(actual.size(), expected.size());
        for (const Application &app : expected.applications()) {
            for (const InstanceInfo &want : app.instances()) {
                const InstanceInfo got = actual.instance(want.instanceId());
                QVERIFY2(!got.isNull(), qPrintable(want.instanceId()));
                QCOMPARE(got.status(), want.status());
                QCOMPARE(got.overriddenStatus(), want.overriddenStatus());
                // The captures show ADDED for the two instances given an override (MYAPP's set
                // and removed, USER-SERVICE's set); Netflix's statusUpdate() and
                // deleteStatusOverride() set MODIFIED, and 1.10.18 answered MODIFIED when the
                // issue 13 session diffed the two servers: we follow the server's code there.
                if (overridden.contains(want.instanceId()))
                    QCOMPARE(got.actionType(), ActionType::Modified);
                else
                    QCOMPARE(got.actionType(), want.actionType());
                // Stamped by each server's clock: the bodies carry none.
                QCOMPARE(got.lastDirtyTimestamp() > 0, want.lastDirtyTimestamp() > 0);
                QCOMPARE(got.isSecurePortEnabled(), want.isSecurePortEnabled());
                QCOMPARE(got.vipAddress(), want.vipAddress());
                auto sorted = [](MetadataEntries m) { std::sort(m.begin(), m.end()); return m; };
                QCOMPARE(sorted(got.metadata()), sorted(want.metadata()));
            }
        }
    };
    compareWith("responses/apps.json");
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(send("DELETE", QStringLiteral("apps/USER-SERVICE/%1").arg(user2)), 200);
    QCOMPARE(registerFixture("register-inventory-starting.json").status, 204);
    QCOMPARE(send("DELETE", QStringLiteral("apps/PAYMENT-GATEWAY/%1/status").arg(payment1)), 200);
    compareWith("responses/apps-after-changes.json");

    // The delta lists what the captured delta lists, with the same actions and final hash.
    const Applications delta = decodeApps(m_http->get(QStringLiteral("apps/delta")));
    const Applications capturedDelta = Codec::decodeApplications(fixture("responses/apps-delta.json"), WireFormat::Json);
    QCOMPARE(delta.appsHashCode(), capturedDelta.appsHashCode());
    QCOMPARE(delta.instanceCount(), capturedDelta.instanceCount());
    for (const Application &app : capturedDelta.applications()) {
        for (const InstanceInfo &want : app.instances()) {
            const InstanceInfo got = delta.application(app.name()).instance(want.instanceId());
            QVERIFY2(!got.isNull(), qPrintable(want.instanceId()));
            if (!overridden.contains(want.instanceId()))
                QCOMPARE(got.actionType(), want.actionType());
            QCOMPARE(got.status(), want.status());
            QCOMPARE(got.lastDirtyTimestamp() > 0, want.lastDirtyTimestamp() > 0);
            // A cancelled instance carries its cancel time as the lease's eviction.
            QCOMPARE(got.leaseInfo().evictionTimestamp > 0, want.leaseInfo().evictionTimestamp > 0);
        }
    }
}

// What registering the same bodies on Netflix's server 1.10.18 and on ours showed, beyond
// the captures (issue 13, item 6).
void tst_RegistryServer::agreesWithNetflixsServer()
{
    QByteArray zero = fixture("requests/register-order-1.json");
    QVERIFY(!zero.contains("lastDirtyTimestamp"));
    zero.replace("\"status\":\"UP\",", "\"status\":\"UP\",\"lastDirtyTimestamp\":\"0\",");
    QVERIFY(zero.contains("\"lastDirtyTimestamp\":\"0\""));
    QCOMPARE(m_http->send("POST", QStringLiteral("apps/ORDER-SERVICE"), zero, {jsonBody}).status, 204);
    registerFixture("register-user-1.json");
    registerFixture("register-user-2-down.json");
    auto held = [this](const QString &app, const QString &id) {
        return Codec::decodeInstance(m_http->get(QStringLiteral("apps/%1/%2").arg(app, id)).body, WireFormat::Json);
    };
    // b. The registration's "0" is echoed, not replaced by the server's clock; a registration
    // without one is stamped with the server's (the captures show both).
    QCOMPARE(held(QStringLiteral("ORDER-SERVICE"), order1).lastDirtyTimestamp(), 0);
    QCOMPARE(held(QStringLiteral("USER-SERVICE"), user1).lastDirtyTimestamp(), m_now);

    // c. An override set or removed marks the instance MODIFIED; a metadata update registers it
    // again (ADDED).
    m_http->send("PUT", QStringLiteral("apps/USER-SERVICE/%1/status?value=OUT_OF_SERVICE").arg(user1));
    QCOMPARE(held(QStringLiteral("USER-SERVICE"), user1).actionType(), ActionType::Modified);
    m_http->send("PUT", QStringLiteral("apps/USER-SERVICE/%1/metadata?build=7").arg(user1));
    QCOMPARE(held(QStringLiteral("USER-SERVICE"), user1).actionType(), ActionType::Added);
    m_http->send("DELETE", QStringLiteral("apps/USER-SERVICE/%1/status").arg(user1));
    QCOMPARE(held(QStringLiteral("USER-SERVICE"), user1).actionType(), ActionType::Modified);
    QCOMPARE(decodeApps(m_http->get(QStringLiteral("apps/delta"))).instance(user1).actionType(), ActionType::Modified);

    // d. A cancelled instance in the delta carries the cancel time as its lease's eviction.
    m_now += 4321;
    QCOMPARE(m_http->send("DELETE", QStringLiteral("apps/USER-SERVICE/%1").arg(user2)).status, 200);
    const InstanceInfo cancelled = decodeApps(m_http->get(QStringLiteral("apps/delta"))).instance(user2);
    QCOMPARE(cancelled.actionType(), ActionType::Deleted);
    QCOMPARE(cancelled.leaseInfo().evictionTimestamp, m_now);

    // e. XML bodies start with their element, as the captures do.
    QVERIFY(fixture("responses/apps.xml").startsWith("<applications>"));
    for (const QString &path : {QStringLiteral("apps"), QStringLiteral("apps/delta"), QStringLiteral("apps/ORDER-SERVICE"),
                                QStringLiteral("apps/ORDER-SERVICE/%1").arg(order1)}) {
        const QByteArray body = m_http->get(path, "application/xml").body;
        QVERIFY2(body.startsWith('<'), qPrintable(path + QLatin1String(": ") + QString::fromUtf8(body.left(20))));
    }
}

// a. Both servers re-send every instance changed in their last three minutes in each delta,
// with its current lease: one that has only heartbeated since differs from the client's copy in
// lastRenewalTimestamp alone. The copy follows; no change is reported.
void tst_RegistryServer::heartbeatsAloneAreNoChange()
{
    registerFixture("register-order-1.json");
    registerFixture("register-user-1.json");
    Applications client = decodeApps(m_http->get(QStringLiteral("apps")));
    QCOMPARE(client.applyDelta(decodeApps(m_http->get(QStringLiteral("apps/delta")))).size(), 0);
    m_now += 30000;
    QCOMPARE(m_http->send("PUT", QStringLiteral("apps/ORDER-SERVICE/%1?status=UP&lastDirtyTimestamp=1").arg(order1)).status, 200);
    const Applications delta = decodeApps(m_http->get(QStringLiteral("apps/delta")));
    QCOMPARE(delta.instance(order1).leaseInfo().lastRenewalTimestamp, m_now); // re-sent, renewed
    RegistryChanges changes = client.applyDelta(delta);
    QCOMPARE(changes.size(), 0);
    QCOMPARE(client.instance(order1).leaseInfo().lastRenewalTimestamp, m_now);
    // Anything else that differs is still a change.
    m_http->send("PUT", QStringLiteral("apps/ORDER-SERVICE/%1/metadata?build=2").arg(order1));
    changes = client.applyDelta(decodeApps(m_http->get(QStringLiteral("apps/delta"))));
    QCOMPARE(changes.modified.size(), 1);
    QCOMPARE(changes.modified.at(0).after.metadataValue(QStringLiteral("build")), QStringLiteral("2"));
}

// f. Netflix's read-only response cache, as an option: answers lag changes by up to its interval.
void tst_RegistryServer::readOnlyResponseCacheDelaysChanges()
{
    RegistryServer::Options options;
    options.readOnlyResponseCache = std::chrono::milliseconds(30000);
    start(options);
    registerFixture("register-order-1.json");
    auto count = [this](const char *path, const QByteArray &accept = "application/json") {
        const ProbeResponse r = m_http->get(QString::fromLatin1(path), accept);
        return decodeApps(r, accept.contains("xml") ? WireFormat::Xml : WireFormat::Json).instanceCount();
    };
    QCOMPARE(count("apps"), 1);
    QCOMPARE(count("apps/delta"), 1);
    QCOMPARE(count("apps", "application/xml"), 1);
    registerFixture("register-order-2-secure.json");
    QCOMPARE(m_server->applications().instanceCount(), 2); // the registry has it...
    m_now += 29999;
    QCOMPARE(count("apps"), 1); // ...readers do not, yet
    QCOMPARE(count("apps/delta"), 1);
    QCOMPARE(count("apps", "application/xml"), 1);
    m_now += 1;
    QCOMPARE(count("apps"), 2);
    QCOMPARE(count("apps/delta"), 2);
    QCOMPARE(count("apps", "application/xml"), 2);
}

void tst_RegistryServer::deltaReconcilesOnAClient()
{
    registerFixture("register-order-1.json");
    registerFixture("register-user-1.json");
    Applications client = decodeApps(m_http->get(QStringLiteral("apps")));
    registerFixture("register-payment-1.json");
    m_http->send("DELETE", QStringLiteral("apps/USER-SERVICE/%1").arg(user1));
    m_http->send("PUT", QStringLiteral("apps/ORDER-SERVICE/%1/status?value=OUT_OF_SERVICE").arg(order1));

    const Applications delta = decodeApps(m_http->get(QStringLiteral("apps/delta"), "application/xml"), WireFormat::Xml);
    const RegistryChanges changes = client.applyDelta(delta);
    QCOMPARE(client.reconcileHashCode(), delta.appsHashCode());
    QCOMPARE(client.reconcileHashCode(), QStringLiteral("OUT_OF_SERVICE_1_UP_1_"));
    QCOMPARE(changes.added.size(), 1);
    QCOMPARE(changes.removed.size(), 1);
    QCOMPARE(changes.statusChanges().size(), 1);
}

void tst_RegistryServer::deltaRetention()
{
    RegistryServer::Options options;
    options.deltaRetention = std::chrono::milliseconds(1000);
    start(options);
    registerFixture("register-order-1.json");
    QCOMPARE(decodeApps(m_http->get(QStringLiteral("apps/delta"))).instanceCount(), 1);
    m_now += 1001;
    const Applications delta = decodeApps(m_http->get(QStringLiteral("apps/delta")));
    QCOMPARE(delta.instanceCount(), 0);
    QCOMPARE(delta.appsHashCode(), QStringLiteral("UP_1_")); // the hash still describes the registry
}

void tst_RegistryServer::leasesExpireUnlessRenewed()
{
    registerFixture("register-order-1.json");
    registerFixture("register-user-1.json");
    QSignalSpy evicted(m_server.get(), &RegistryServer::instancesEvicted);
    m_now += 60000;
    m_http->send("PUT", QStringLiteral("apps/ORDER-SERVICE/%1?status=UP&lastDirtyTimestamp=1").arg(order1));
    m_now += 31000; // user-1 is now 91 s without renewal, order-1 31 s
    QCOMPARE(m_server->evictExpiredLeases(), 1);
    QCOMPARE(evicted.size(), 1);
    const Applications apps = m_server->applications();
    QVERIFY(apps.instance(user1).isNull());
    QVERIFY(!apps.instance(order1).isNull());
    const Applications delta = decodeApps(m_http->get(QStringLiteral("apps/delta")));
    QCOMPARE(delta.instance(user1).actionType(), ActionType::Deleted);
}

void tst_RegistryServer::contextPathV2()
{
    RegistryServer::Options options;
    options.contextPath = QStringLiteral("/eureka/v2");
    start(options);
    QCOMPARE(m_server->serviceUrl().path(), QStringLiteral("/eureka/v2/"));
    QCOMPARE(registerFixture("register-order-1.json").status, 204);
    HttpProbe root(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server->port())));
    QCOMPARE(root.get(QStringLiteral("eureka/apps")).status, 404);
    QCOMPARE(root.get(QStringLiteral("eureka/v2/apps")).status, 200);
}

void tst_RegistryServer::basicAuth()
{
    RegistryServer::Options options;
    options.username = QStringLiteral("eureka");
    options.password = QStringLiteral("s3cret-planted");
    start(options);
    QCOMPARE(m_http->get(QStringLiteral("apps")).status, 401);
    const ProbeResponse wrong = m_http->send("GET", QStringLiteral("apps"), {}, {{"Authorization", "Basic " + QByteArray("eureka:nope").toBase64()}});
    QCOMPARE(wrong.status, 401);
    QVERIFY(wrong.header("WWW-Authenticate").startsWith("Basic"));
    const ProbeResponse right = m_http->send("GET", QStringLiteral("apps"), {}, {{"Authorization", "Basic " + QByteArray("eureka:s3cret-planted").toBase64()}});
    QCOMPARE(right.status, 200);
    QVERIFY(!m_server->serviceUrl().toString().contains(QLatin1String("s3cret")));
}

void tst_RegistryServer::badInputNeverHurtsTheRegistry_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x10garbage\xfc\x03\x03\r\n\r\n") << QByteArray("HTTP/1.1 400");
    QTest::newRow("10 MB of headers") << (QByteArray("GET /eureka/apps HTTP/1.1\r\nX-Big: ") + QByteArray(10 * 1024 * 1024, 'a'))
                                      << QByteArray("HTTP/1.1 431");
    QTest::newRow("oversized body") << QByteArray("POST /eureka/apps/A HTTP/1.1\r\nContent-Length: 50000000\r\n\r\n")
                                    << QByteArray("HTTP/1.1 413");
    QTest::newRow("invalid XML body") << QByteArray("POST /eureka/apps/A HTTP/1.1\r\nContent-Type: application/xml\r\nContent-Length: 9\r\nConnection: close\r\n\r\n<instance")
                                      << QByteArray("HTTP/1.1 400");
    QTest::newRow("gzip bomb") << QByteArray() << QByteArray("HTTP/1.1 400");
    QTest::newRow("unknown path") << QByteArray("GET /eureka/nothing HTTP/1.1\r\nConnection: close\r\n\r\n") << QByteArray("HTTP/1.1 404");
}

void tst_RegistryServer::badInputNeverHurtsTheRegistry()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, statusLine);
    if (bytes.isEmpty()) {
        // 100 MB of zeros deflate to ~100 KB; the server must stop inflating at its limit.
        QByteArray zeros(100 * 1024 * 1024, '\0');
        QByteArray bomb = qCompress(zeros, 9);
        bomb.remove(0, 4); // qCompress prefixes the length; the rest is zlib, which we accept
        zeros.clear();
        bytes = "POST /eureka/apps/A HTTP/1.1\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
                "Content-Length: " + QByteArray::number(bomb.size()) + "\r\nConnection: close\r\n\r\n" + bomb;
    }
    registerFixture("register-order-1.json");
    const Applications before = m_server->applications();
    bool closed = false;
    const QByteArray answer = rawExchange(m_server->port(), bytes, 10000, &closed);
    QVERIFY2(answer.startsWith(statusLine), answer.left(200).constData());
    QVERIFY(closed);
    QCOMPARE(m_server->applications(), before);
    QCOMPARE(m_http->get(QStringLiteral("apps")).status, 200); // still serving
}

void tst_RegistryServer::slowRequestsAreCutOff()
{
    RegistryServer::Options options;
    options.requestTimeout = std::chrono::milliseconds(150);
    start(options);
    bool closed = false;
    // Half a request, then silence: answered 408 and closed, not held open.
    const QByteArray answer = rawExchange(m_server->port(), "GET /eureka/apps HTTP/1.1\r\nHost: x\r\n", 5000, &closed);
    QVERIFY(closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
}

void tst_RegistryServer::keepAliveAndChunkedBodies()
{
    const QByteArray body = fixture("requests/register-order-1.json");
    const QByteArray half = body.left(body.size() / 2);
    const QByteArray rest = body.mid(body.size() / 2);
    const QByteArray chunked = "POST /eureka/apps/ORDER-SERVICE HTTP/1.1\r\nContent-Type: application/json\r\n"
                               "Transfer-Encoding: chunked\r\n\r\n"
        + QByteArray::number(half.size(), 16) + "\r\n" + half + "\r\n" + QByteArray::number(rest.size(), 16)
        + "\r\n" + rest + "\r\n0\r\n\r\n";
    // Two requests on one connection: the chunked registration, then a read of it.
    const QByteArray answer = rawExchange(m_server->port(),
                                          chunked + "GET /eureka/apps/ORDER-SERVICE HTTP/1.1\r\nAccept: application/json\r\nConnection: close\r\n\r\n",
                                          5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 204"), answer.left(100).constData());
    QVERIFY(answer.contains("HTTP/1.1 200 OK"));
    QVERIFY(answer.contains(order1.toUtf8()));
}

// Found by bench_eurekaclient: a keep-alive connection idle for longer than the slow-request
// timeout got an unsolicited 408, which the client then read as the answer to its next request.
void tst_RegistryServer::idleKeepAliveConnectionsStayUsable()
{
    RegistryServer::Options options;
    options.requestTimeout = std::chrono::milliseconds(100);
    options.idleTimeout = std::chrono::milliseconds(60000);
    start(options);
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(connected.wait(5000));
    QSignalSpy readable(&socket, &QTcpSocket::readyRead);
    const QByteArray get = "GET /eureka/apps HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\n\r\n";
    socket.write(get);
    QVERIFY(readable.wait(5000));
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 200"));
    // Nothing may arrive while the connection idles past the slow-request timeout.
    QVERIFY(!readable.wait(400));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    socket.write(get);
    QVERIFY(readable.wait(5000));
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 200"));
}

// As documented: close() ends kept-alive connections too; a server that has closed must not go on
// answering on them (the dashboard's peer comparison took a closed server for a live one).
void tst_RegistryServer::closeEndsKeptAliveConnections()
{
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(connected.wait(5000));
    QSignalSpy readable(&socket, &QTcpSocket::readyRead);
    socket.write("GET /eureka/apps HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\n\r\n");
    QVERIFY(readable.wait(5000));
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 200"));
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    m_server->close();
    QVERIFY(!m_server->isListening());
    QVERIFY(disconnected.wait(5000));
}

void tst_RegistryServer::bindsLoopbackByDefault()
{
    QCOMPARE(m_server->address(), QHostAddress(QHostAddress::LocalHost));
    RegistryServer other(RegistryServer::Options{});
    QVERIFY(other.listen());
    QVERIFY(other.port() != m_server->port());
}

QTEST_GUILESS_MAIN(tst_RegistryServer)
#include "tst_registryserver.moc"
