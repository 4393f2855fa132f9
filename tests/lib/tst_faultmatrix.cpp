// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
//
// The fault matrix: every fault a production registry can throw at a client, over real loopback
// sockets. Each case asserts that nothing was lost (the instance is still or again registered,
// the last good registry is kept) and that the fault was reported once, with the right kind.
#include <EurekaClient/codec.h>
#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/registryserver.h>

#include "clientsetup.h"
#include "gzipped.h"
#include "dnsmasqserver.h"
#include "scriptedserver.h"

#include <QtCore/QElapsedTimer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>


#include <atomic>
#include <memory>

using namespace Eureka;
using namespace std::chrono_literals;
using EurekaTest::ScriptedServer;

Q_DECLARE_METATYPE(Eureka::Error)

namespace {

// What a registry-shaped ScriptedServer answers to the fetch of the registry.
using FetchAnswer = std::function<QByteArray()>;

// One peer instance in Netflix's JSON, as a server would list it.
QByteArray registryWithPeer()
{
    InstanceInfo peer;
    peer.setInstanceId(QStringLiteral("peer-1"));
    peer.setApp(QStringLiteral("PEER"));
    peer.setHostName(QStringLiteral("127.0.0.1"));
    peer.setIpAddr(QStringLiteral("127.0.0.1"));
    peer.setStatus(InstanceStatus::Up);
    Applications apps;
    apps.addInstance(peer);
    apps.setAppsHashCode(apps.reconcileHashCode());
    return Codec::encodeApplications(apps, WireFormat::Json);
}

// Answers registration, heartbeats and cancels like a Eureka server, and the registry fetch as
// the test says: the fetch is where the bad answers go, so registration must survive them.
ScriptedServer::Handler registryShaped(const std::shared_ptr<FetchAnswer> &fetch)
{
    return [fetch](const HttpRequest &r) -> QByteArray {
        if (r.method == "POST")
            return ScriptedServer::response(204);
        if (r.method == "PUT" || r.method == "DELETE")
            return ScriptedServer::response(200);
        return (*fetch)();
    };
}

QByteArray jsonAnswer(const QByteArray &body)
{
    return ScriptedServer::response(200, body, {{"Content-Type", "application/json"}});
}

QList<Error> errorsOf(const QSignalSpy &spy, Operation operation)
{
    QList<Error> out;
    for (const QVariantList &args : spy) {
        if (args.at(0).value<Operation>() == operation)
            out.append(args.at(1).value<Error>());
    }
    return out;
}

} // namespace

class tst_FaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverKilledAndRestarted();
    void oneOfThreeMisbehaves_data();
    void oneOfThreeMisbehaves();
    void badAnswers_data();
    void badAnswers();
    void hugeHeaders();
    void dnsFailure();
    void registryRestartedEmpty();
    void clockJumps();
    void stoppedWithRequestsInFlight();
    void destroyedWithRequestsInFlight();

private:
    ClientConfig fastConfig(const QStringList &servers) const;
};

ClientConfig tst_FaultMatrix::fastConfig(const QStringList &servers) const
{
    ClientConfig config = EurekaTest::fastClientConfig(servers);
    config.requestTimeout = 300ms;
    config.stopTimeout = 500ms;
    config.disableDelta = true;
    return config;
}

void tst_FaultMatrix::serverKilledAndRestarted()
{
    auto server = std::make_unique<RegistryServer>();
    QVERIFY(server->listen());
    const QUrl url = server->serviceUrl();
    EurekaClient client(fastConfig({url.toString()}), EurekaTest::loopbackInstance(QStringLiteral("orders"), 8080));
    QSignalSpy registered(&client, &EurekaClient::registered);
    QSignalSpy errors(&client, &EurekaClient::errorOccurred);
    EurekaTest::startAndSettle(client, 1);
    if (QTest::currentTestFailed())
        return;

    server.reset(); // killed mid-run
    QTRY_VERIFY_WITH_TIMEOUT(!errorsOf(errors, Operation::Renew).isEmpty() && !errorsOf(errors, Operation::Discover).isEmpty(), 5000);
    // Several heartbeats and fetches fail while it is down: still one report of each.
    QSignalSpy failedBeats(&client, &EurekaClient::heartbeat);
    QTRY_VERIFY_WITH_TIMEOUT(failedBeats.size() >= 3, 5000);
    QCOMPARE(errorsOf(errors, Operation::Renew), QList<Error>{Error::RetryLimitReached});
    QCOMPARE(errorsOf(errors, Operation::Discover), QList<Error>{Error::RetryLimitReached});
    QCOMPARE(client.applications().instanceCount(), 1); // the last good registry
    QVERIFY(client.isRegistered());                     // as far as the client knows

    // Restarted on the same port, empty: the client registers again and refetches.
    RegistryServer::Options options;
    options.port = quint16(url.port());
    RegistryServer restarted(options);
    QVERIFY(restarted.listen());
    QTRY_COMPARE_WITH_TIMEOUT(restarted.applications().instanceCount(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(registered.size(), 2, 5000);
    // The empty restarted registry is the truth for a moment; then it lists us again.
    QTRY_COMPARE_WITH_TIMEOUT(client.applications().instanceCount(), 1, 5000);
}

void tst_FaultMatrix::oneOfThreeMisbehaves_data()
{
    QTest::addColumn<QStringList>("faults");
    QTest::newRow("refusing") << QStringList{QStringLiteral("refusing")};
    QTest::newRow("hanging") << QStringList{QStringLiteral("hanging")};
    QTest::newRow("answering 500") << QStringList{QStringLiteral("500")};
    QTest::newRow("refusing, hanging and 500 before a good one")
        << QStringList{QStringLiteral("refusing"), QStringLiteral("hanging"), QStringLiteral("500")};
}

// Failing servers come first in the list, so every request meets them before a good one.
void tst_FaultMatrix::oneOfThreeMisbehaves()
{
    QFETCH(QStringList, faults);
    RegistryServer good;
    QVERIFY(good.listen());
    RegistryServer other;
    QVERIFY(other.listen());
    std::vector<std::unique_ptr<ScriptedServer>> bad;
    QStringList servers;
    for (const QString &fault : std::as_const(faults)) {
        if (fault == QLatin1String("refusing")) {
            servers.append(ScriptedServer::refusingUrl().toString());
            continue;
        }
        const bool hang = fault == QLatin1String("hanging");
        bad.push_back(std::make_unique<ScriptedServer>(
            [hang](const HttpRequest &) { return hang ? QByteArray() : ScriptedServer::response(500, "oops"); }));
        servers.append(bad.back()->serviceUrl().toString());
    }
    servers.append(good.serviceUrl().toString());
    if (faults.size() == 1) // one of three: the bad one, then two good ones
        servers.append(other.serviceUrl().toString());
    ClientConfig config = fastConfig(servers);
    config.numberOfRetries = 4;
    EurekaClient client(config, EurekaTest::loopbackInstance(QStringLiteral("orders"), 8080));
    QSignalSpy errors(&client, &EurekaClient::errorOccurred);
    EurekaTest::startAndSettle(client, 1);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(good.applications().instanceCount(), 1);
    QSignalSpy beats(&client, &EurekaClient::heartbeat);
    QTRY_VERIFY_WITH_TIMEOUT(beats.size() >= 3, 5000);
    for (const QVariantList &beat : std::as_const(beats))
        QVERIFY(beat.at(0).toBool());
    // Failing over is the transport's business: nothing failed for the application.
    QVERIFY2(errors.isEmpty(), qPrintable(client.errorString()));
}

void tst_FaultMatrix::badAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<Error>("expected");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("garbage") << jsonAnswer(QByteArray("\x00\xff{{not json at all", 20)) << false << Error::ProtocolError
                             << QString();
    const QByteArray good = registryWithPeer();
    // Content-Length promises the whole registry; the connection closes half way.
    QTest::newRow("truncated") << ScriptedServer::response(200, good).chopped(good.size() / 2) << true
                               << Error::RetryLimitReached << QString();
    QTest::newRow("wrong content type")
        << ScriptedServer::response(200, "<html><body>502 Bad Gateway</body></html>", {{"Content-Type", "text/html"}})
        << false << Error::RetryLimitReached << QStringLiteral("answered text/html, not application/json");
    // 64 MB of zeros, 64 kB on the wire. Registry fetches ask for gzip themselves and inflate on
    // the registry thread, within maxResponseSize: the inflater stops at the limit.
    QTest::newRow("gzip bomb")
        << ScriptedServer::response(200, gzipped(QByteArray(64 * 1024 * 1024, '\0')),
                                    {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}})
        << false << Error::ProtocolError << QStringLiteral("larger than 1048576 bytes once decompressed");
    // A valid registry padded past the test client's 1 MB limit (compressed, so only the size
    // after decompression tells).
    QByteArray padded = good;
    padded.insert(padded.size() - 1, QByteArray(2 * 1024 * 1024, ' '));
    QTest::newRow("larger than the limit")
        << ScriptedServer::response(200, gzipped(padded), {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}})
        << false << Error::ProtocolError << QStringLiteral("larger than 1048576 bytes");
    // Broken gzip: the same report, the last good registry kept.
    QByteArray broken = gzipped(good);
    broken.truncate(broken.size() / 2);
    QTest::newRow("corrupt gzip")
        << ScriptedServer::response(200, broken, {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}})
        << false << Error::ProtocolError << QStringLiteral("not valid gzip");
}

void tst_FaultMatrix::badAnswers()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, closeAfter);
    QFETCH(Error, expected);
    QFETCH(QString, mentions);

    const QByteArray good = jsonAnswer(registryWithPeer());
    auto fetch = std::make_shared<FetchAnswer>([good] { return good; });
    ScriptedServer server(registryShaped(fetch));
    ClientConfig config = fastConfig({server.serviceUrl().toString()});
    config.maxResponseSize = 1024 * 1024;
    EurekaClient client(config, EurekaTest::loopbackInstance(QStringLiteral("orders"), 8080));
    QSignalSpy errors(&client, &EurekaClient::errorOccurred);
    EurekaTest::startAndSettle(client, 1);
    if (QTest::currentTestFailed())
        return;

    // From now on every fetch gets the bad answer.
    *fetch = [answer] { return answer; };
    server.setCloseAfterAnswer(closeAfter);
    QTRY_VERIFY_WITH_TIMEOUT(!errorsOf(errors, Operation::Discover).isEmpty(), 5000);
    const int fetchesSoFar = int(server.requests().size());
    QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= fetchesSoFar + 4, 5000); // it keeps trying...
    QCOMPARE(errorsOf(errors, Operation::Discover), QList<Error>{expected});    // ...and says so once
    QVERIFY2(client.errorString().contains(mentions), qPrintable(client.errorString()));
    QCOMPARE(client.applications().instanceCount(), 1);
    QCOMPARE(client.applications().instance(QStringLiteral("peer-1")).app(), QStringLiteral("PEER"));
    QVERIFY(client.isRegistered());
    QVERIFY(errorsOf(errors, Operation::Renew).isEmpty());

    // Once the server answers well again the client recovers, and a new fault is news again.
    *fetch = [good] { return good; };
    server.setCloseAfterAnswer(false);
    QSignalSpy fetched(&client, &EurekaClient::registryFetched);
    QVERIFY(fetched.wait(5000));
    *fetch = [answer] { return answer; };
    server.setCloseAfterAnswer(closeAfter);
    QTRY_COMPARE_WITH_TIMEOUT(errorsOf(errors, Operation::Discover).size(), 2, 5000);
}

// Qt 6.4 reads response headers a byte per system call on the manager's thread: 10 MB of them
// hold that thread for about 13 s here, whatever the client does (an abort waits its turn).
// The client must come through it: time the fetch out, say so once, keep its registry and its
// registration, and recover by itself.
void tst_FaultMatrix::hugeHeaders()
{
    const QByteArray good = jsonAnswer(registryWithPeer());
    auto fetch = std::make_shared<FetchAnswer>([good] { return good; });
    ScriptedServer server(registryShaped(fetch));
    ClientConfig config = fastConfig({server.serviceUrl().toString()});
    config.requestTimeout = 2s;
    EurekaClient client(config, EurekaTest::loopbackInstance(QStringLiteral("orders"), 8080));
    QSignalSpy errors(&client, &EurekaClient::errorOccurred);
    EurekaTest::startAndSettle(client, 1);
    if (QTest::currentTestFailed())
        return;

    QList<std::pair<QByteArray, QByteArray>> junk;
    for (int i = 0; i < 10 * 1024; ++i)
        junk.append({"X-Junk-" + QByteArray::number(i), QByteArray(1000, 'j')});
    junk.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    const QByteArray answer = ScriptedServer::response(200, registryWithPeer(), junk);
    QVERIFY(answer.size() > 10 * 1000 * 1000);
    bool sent = false;
    *fetch = [&] {
        const bool first = !std::exchange(sent, true);
        return first ? answer : good; // once: the next fetches find the server well again
    };
    QTRY_VERIFY_WITH_TIMEOUT(!errorsOf(errors, Operation::Discover).isEmpty(), 10000);
    QCOMPARE(client.applications().instanceCount(), 1);
    QVERIFY(client.isRegistered());

    // Recovered by itself: fetching and heartbeating again, one report of the fetch failure.
    QSignalSpy fetched(&client, &EurekaClient::registryFetched);
    QVERIFY(fetched.wait(60000));
    QSignalSpy beats(&client, &EurekaClient::heartbeat);
    QTRY_VERIFY_WITH_TIMEOUT(!beats.isEmpty() && beats.constLast().at(0).toBool(), 10000);
    QCOMPARE(errorsOf(errors, Operation::Discover), QList<Error>{Error::RetryLimitReached});
    QVERIFY(errorsOf(errors, Operation::Renew).size() <= 1); // heartbeats queued behind may time out, once
    QCOMPARE(client.applications().instanceCount(), 1);
    QVERIFY(client.isRegistered());
}

void tst_FaultMatrix::dnsFailure()
{
    RegistryServer registry;
    QVERIFY(registry.listen());
    // The TXT records name the loopback registry; 127.0.0.54 keeps clear of tst_resolvers' server.
    EurekaTest::DnsmasqServer dns(QStringLiteral("127.0.0.54"), {QStringLiteral("txt.us-east-1.eureka.test,zone-a"),
                                                                 QStringLiteral("txt.zone-a.eureka.test,127.0.0.1")});
    if (const QString why = dns.start(); !why.isEmpty())
        QSKIP(qPrintable(why));
    ClientConfig config = fastConfig({});
    config.dnsDomain = QStringLiteral("eureka.test");
    config.dnsServer = dns.address();
    config.serverPort = registry.port();
    config.resolverRefreshInterval = 100ms;
    EurekaClient client(config, EurekaTest::loopbackInstance(QStringLiteral("orders"), 8080));
    QSignalSpy registered(&client, &EurekaClient::registered);
    QSignalSpy errors(&client, &EurekaClient::errorOccurred);
    client.start();
    QVERIFY2(registered.wait(10000), qPrintable(client.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(client.applications().instanceCount(), 1, 5000);
    QVERIFY(errors.isEmpty());

    dns.kill(); // DNS goes away; the servers it named do not
    QTRY_VERIFY_WITH_TIMEOUT(!errorsOf(errors, Operation::Resolve).isEmpty(), 10000);
    QSignalSpy beats(&client, &EurekaClient::heartbeat);
    QTRY_VERIFY_WITH_TIMEOUT(beats.size() >= 5, 5000); // refreshes keep failing meanwhile
    QCOMPARE(errorsOf(errors, Operation::Resolve), QList<Error>{Error::DnsError});
    for (const QVariantList &beat : std::as_const(beats))
        QVERIFY(beat.at(0).toBool()); // the last good server list is still used
    QCOMPARE(errors.size(), 1);
    QCOMPARE(client.applications().instanceCount(), 1);
    QCOMPARE(registry.applications().instanceCount(), 1);
}

void tst_FaultMatrix::registryRestartedEmpty()
{
    auto server = std::make_unique<RegistryServer>();
    QVERIFY(server->listen());
    const quint16 port = server->port();
    ClientConfig config = fastConfig({server->serviceUrl().toString()});
    InstanceConfig self = EurekaTest::loopbackInstance(QStringLiteral("orders"), 8080);
    self.leaseRenewalInterval = 200ms;
    EurekaClient client(config, self);
    QSignalSpy registered(&client, &EurekaClient::registered);
    client.start();
    QVERIFY(registered.wait(5000));

    // Restarted between two heartbeats: nothing refuses, the new server just does not know us.
    server.reset();
    RegistryServer::Options options;
    options.port = port;
    RegistryServer restarted(options);
    QVERIFY(restarted.listen());
    QStringList order;
    connect(&client, &EurekaClient::heartbeat, this, [&order](bool ok) { order.append(ok ? "beat" : "404"); });
    connect(&client, &EurekaClient::registered, this, [&order] { order.append("registered"); });
    QTRY_VERIFY_WITH_TIMEOUT(order.count(QStringLiteral("beat")) >= 1, 5000);
    // The first heartbeat after the restart is answered 404 (no signal: that is no failure) and
    // registering follows at once, before any further heartbeat: the server knows the instance
    // again within one heartbeat interval.
    QCOMPARE(order.mid(0, 2), (QStringList{"registered", "beat"}));
    QCOMPARE(restarted.applications().instanceCount(), 1);
}

void tst_FaultMatrix::clockJumps()
{
    std::atomic<qint64> serverSkew{0};
    std::atomic<qint64> clientSkew{0};
    RegistryServer::Options options;
    options.evictionInterval = 50ms;
    options.clock = [&serverSkew] { return QDateTime::currentMSecsSinceEpoch() + serverSkew; };
    RegistryServer server(options);
    QVERIFY(server.listen());
    ClientConfig config = fastConfig({server.serviceUrl().toString()});
    config.clock = [&clientSkew] { return QDateTime::currentMSecsSinceEpoch() + clientSkew; };
    EurekaClient client(config, EurekaTest::loopbackInstance(QStringLiteral("orders"), 8080));
    QSignalSpy registered(&client, &EurekaClient::registered);
    QSignalSpy errors(&client, &EurekaClient::errorOccurred);
    client.start();
    QVERIFY(registered.wait(5000));
    const QString id = client.instanceInfo().instanceId();
    const qint64 dirty = server.applications().instance(id).lastDirtyTimestamp();

    // The client's clock jumps back a day: its next change must still be newer than the last.
    clientSkew = -24 * 3600 * 1000LL;
    client.setStatus(InstanceStatus::OutOfService);
    QTRY_COMPARE_WITH_TIMEOUT(server.applications().instance(id).status(), InstanceStatus::OutOfService, 5000);
    QVERIFY(server.applications().instance(id).lastDirtyTimestamp() > dirty);
    QSignalSpy beats(&client, &EurekaClient::heartbeat);
    QTRY_VERIFY_WITH_TIMEOUT(beats.size() >= 3, 5000); // timers run on the monotonic clock
    QVERIFY(beats.constLast().at(0).toBool());

    // The server's clock jumps forward a day: it evicts the lease as expired, and the client
    // registers again at its next heartbeat.
    serverSkew = 24 * 3600 * 1000LL;
    QTRY_COMPARE_WITH_TIMEOUT(registered.size(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(server.applications().instanceCount(), 1, 5000);
    QCOMPARE(client.applications().instanceCount(), 1);
    QVERIFY2(errors.isEmpty(), qPrintable(client.errorString()));
}

void tst_FaultMatrix::stoppedWithRequestsInFlight()
{
    ScriptedServer hanging([](const HttpRequest &) { return QByteArray(); });
    ClientConfig config = fastConfig({hanging.serviceUrl().toString()});
    config.requestTimeout = 10s; // the requests are still out when stop() comes
    EurekaClient client(config, EurekaTest::loopbackInstance(QStringLiteral("orders"), 8080));
    QSignalSpy stopped(&client, &EurekaClient::stopped);
    QSignalSpy errors(&client, &EurekaClient::errorOccurred);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(hanging.requests().size() >= 2, 5000); // register and fetch
    QElapsedTimer timer;
    timer.start();
    client.stop();
    QVERIFY(stopped.wait(5000));
    QVERIFY(timer.elapsed() < 5000); // bounded by stopTimeout, not the 10 s request timeout
    QVERIFY(!client.isRunning());
    QVERIFY(!client.isRegistered());
    // What was in flight was dropped quietly; only the unanswered cancel is worth a report.
    for (const QVariantList &args : std::as_const(errors))
        QCOMPARE(args.at(0).value<Operation>(), Operation::Cancel);
}

// Deleting a client with requests out must not call back into it (AddressSanitizer watches).
void tst_FaultMatrix::destroyedWithRequestsInFlight()
{
    ScriptedServer hanging([](const HttpRequest &) { return QByteArray(); });
    auto client = std::make_unique<EurekaClient>(fastConfig({hanging.serviceUrl().toString()}),
                                                 EurekaTest::loopbackInstance(QStringLiteral("orders"), 8080));
    client->start();
    QTRY_VERIFY_WITH_TIMEOUT(hanging.requests().size() >= 2, 5000);
    QVERIFY(!hanging.findChildren<QTcpSocket *>().isEmpty());
    client.reset();
    // Its connections close, and the aborted replies finish in the event loop without reaching
    // the dead client.
    QTRY_VERIFY_WITH_TIMEOUT(hanging.findChildren<QTcpSocket *>().isEmpty(), 5000);
}

QTEST_GUILESS_MAIN(tst_FaultMatrix)
#include "tst_faultmatrix.moc"
