// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// Health checks drive the registered status (Netflix's HealthCheckHandler), and changes are
// pushed within Netflix's InstanceInfoReplicator rate limit; over real sockets, with a second
// client watching as callers would.
#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/registryserver.h>
#include <EurekaClient/springconfig.h>

#include "client/ratelimiter.h"
#include "clientsetup.h"
#include "scriptedserver.h"

#include <QtCore/QElapsedTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Eureka;
using namespace std::chrono_literals;

class tst_HealthCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rateLimiterRefills();
    void callableDrivesWhatOthersSee();
    void healthCannotLiftWhatTheApplicationSet();
    void httpSelfCheck();
    void firstRegistrationCarriesTheCheck();
    void flappingIsRateLimitedAndTheLastStateWins();
    void springKeys();

private:
    ClientConfig config(std::chrono::milliseconds interval = 50ms) const;
    InstanceStatus seenByWatcher(const QString &id) const;

    std::unique_ptr<RegistryServer> m_server;
    std::unique_ptr<EurekaClient> m_watcher;
};

ClientConfig tst_HealthCheck::config(std::chrono::milliseconds interval) const
{
    ClientConfig c = EurekaTest::fastClientConfig({m_server->serviceUrl().toString()});
    c.instanceInfoReplicationInterval = interval;
    c.shouldDiscover = false;
    return c;
}

InstanceStatus tst_HealthCheck::seenByWatcher(const QString &id) const
{
    const InstanceInfo info = m_watcher->applications().instance(id);
    return info.isNull() ? InstanceStatus::Unknown : info.status();
}

void tst_HealthCheck::init()
{
    m_server = std::make_unique<RegistryServer>();
    QVERIFY(m_server->listen());
    ClientConfig watching = EurekaTest::fastClientConfig({m_server->serviceUrl().toString()});
    watching.shouldRegister = false;
    m_watcher = std::make_unique<EurekaClient>(watching, InstanceConfig());
    m_watcher->start();
}

void tst_HealthCheck::cleanup()
{
    m_watcher.reset();
    m_server.reset();
}

void tst_HealthCheck::rateLimiterRefills()
{
    qint64 now = 1000;
    RateLimiter limiter(2, 4.0, [&now] { return now; }); // Netflix's defaults: burst 2, 4 a minute
    QVERIFY(limiter.tryAcquire());
    QVERIFY(limiter.tryAcquire());
    QVERIFY(!limiter.tryAcquire());
    QCOMPARE(limiter.msUntilAvailable(), 15000);
    now += 14999;
    QVERIFY(!limiter.tryAcquire());
    now += 1;
    QVERIFY(limiter.tryAcquire());
    now += 10 * 60000; // a long quiet spell refills the burst, not more
    QVERIFY(limiter.tryAcquire());
    QVERIFY(limiter.tryAcquire());
    QVERIFY(!limiter.tryAcquire());
}

void tst_HealthCheck::callableDrivesWhatOthersSee()
{
    InstanceStatus health = InstanceStatus::Up;
    EurekaClient client(config(), EurekaTest::loopbackInstance(QStringLiteral("billing"), 8181));
    client.setHealthCheck([&health] { return health; });
    QSignalSpy registered(&client, &EurekaClient::registered);
    QSignalSpy statusChanged(&client, &EurekaClient::statusChanged);
    QSignalSpy seen(m_watcher.get(), &EurekaClient::instanceStatusChanged);
    client.start();
    QVERIFY(registered.wait(5000));
    const QString id = client.instanceInfo().instanceId();
    QTRY_COMPARE_WITH_TIMEOUT(seenByWatcher(id), InstanceStatus::Up, 5000);

    health = InstanceStatus::Down;
    QTRY_COMPARE_WITH_TIMEOUT(seenByWatcher(id), InstanceStatus::Down, 5000);
    QCOMPARE(statusChanged.size(), 1);
    QCOMPARE(statusChanged.at(0).at(0).value<InstanceStatus>(), InstanceStatus::Down);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.constLast().at(1).value<InstanceInfo>().status(), InstanceStatus::Down);

    health = InstanceStatus::Up;
    QTRY_COMPARE_WITH_TIMEOUT(seenByWatcher(id), InstanceStatus::Up, 5000);
    QVERIFY(client.isRegistered());
}

void tst_HealthCheck::healthCannotLiftWhatTheApplicationSet()
{
    InstanceStatus health = InstanceStatus::Up;
    EurekaClient client(config(), EurekaTest::loopbackInstance(QStringLiteral("ledger"), 8282));
    client.setHealthCheck([&health] { return health; });
    QSignalSpy registered(&client, &EurekaClient::registered);
    client.start();
    QVERIFY(registered.wait(5000));
    const QString id = client.instanceInfo().instanceId();
    auto held = [this, &id] { return m_server->applications().instance(id).status(); };

    client.setStatus(InstanceStatus::OutOfService); // the application takes itself out
    QTRY_COMPARE_WITH_TIMEOUT(held(), InstanceStatus::OutOfService, 5000);
    QSignalSpy heartbeats(&client, &EurekaClient::heartbeat);
    QTRY_VERIFY_WITH_TIMEOUT(heartbeats.size() >= 3, 5000); // each consulted the check: UP
    QCOMPARE(held(), InstanceStatus::OutOfService);
    QCOMPARE(client.instanceInfo().status(), InstanceStatus::OutOfService);

    health = InstanceStatus::Down;
    client.setStatus(InstanceStatus::Up); // back in, but the check says DOWN
    QTRY_COMPARE_WITH_TIMEOUT(held(), InstanceStatus::Down, 5000);
    health = InstanceStatus::Up;
    QTRY_COMPARE_WITH_TIMEOUT(held(), InstanceStatus::Up, 5000);
}

// The instance's own health endpoint, Spring Boot Actuator style, served on loopback.
void tst_HealthCheck::httpSelfCheck()
{
    QByteArray answer = EurekaTest::ScriptedServer::response(200, R"({"status":"UP"})");
    EurekaTest::ScriptedServer actuator([&answer](const HttpRequest &) { return answer; });
    QVERIFY(actuator.isListening());
    InstanceConfig instance = EurekaTest::loopbackInstance(QStringLiteral("catalog"), actuator.serverPort());
    instance.healthCheckUrlPath = QStringLiteral("/actuator/health");
    ClientConfig c = config();
    c.healthCheckEnabled = true;
    EurekaClient client(c, instance);
    QSignalSpy registered(&client, &EurekaClient::registered);
    client.start();
    QVERIFY(registered.wait(5000));
    const QString id = client.instanceInfo().instanceId();
    QTRY_COMPARE_WITH_TIMEOUT(seenByWatcher(id), InstanceStatus::Up, 5000);
    QVERIFY(!actuator.requests().isEmpty());
    QCOMPARE(actuator.requests().constFirst().path, QByteArray("/actuator/health"));

    answer = EurekaTest::ScriptedServer::response(503, R"({"status":"DOWN"})");
    QTRY_COMPARE_WITH_TIMEOUT(seenByWatcher(id), InstanceStatus::Down, 5000);
    answer = EurekaTest::ScriptedServer::response(503, R"({"status":"OUT_OF_SERVICE"})");
    QTRY_COMPARE_WITH_TIMEOUT(seenByWatcher(id), InstanceStatus::OutOfService, 5000);
    answer = EurekaTest::ScriptedServer::response(200, "ok"); // not Actuator: the status code says it
    QTRY_COMPARE_WITH_TIMEOUT(seenByWatcher(id), InstanceStatus::Up, 5000);
    answer = EurekaTest::ScriptedServer::response(500, "oops");
    QTRY_COMPARE_WITH_TIMEOUT(seenByWatcher(id), InstanceStatus::Down, 5000);
    answer = EurekaTest::ScriptedServer::response(204);
    QTRY_COMPARE_WITH_TIMEOUT(seenByWatcher(id), InstanceStatus::Up, 5000);
    actuator.shutDown(); // the process behind it died: refused, DOWN
    QTRY_COMPARE_WITH_TIMEOUT(seenByWatcher(id), InstanceStatus::Down, 5000);
    QVERIFY(client.isRegistered());
}

void tst_HealthCheck::firstRegistrationCarriesTheCheck()
{
    EurekaClient client(config(), EurekaTest::loopbackInstance(QStringLiteral("search"), 8383));
    client.setHealthCheck([] { return InstanceStatus::Down; });
    QSignalSpy registered(&client, &EurekaClient::registered);
    client.start();
    QVERIFY(registered.wait(5000));
    // Registered DOWN from the start: never UP, not even for a moment.
    QCOMPARE(m_server->applications().instance(client.instanceInfo().instanceId()).status(), InstanceStatus::Down);
    QCOMPARE(registered.size(), 1);
}

// A check that flips on every call, consulted before every 50 ms heartbeat and every 200 ms:
// pushes stop at Netflix's rate (burst 2, then 60 x 2 / 0.2 s = 600 a minute, one per 100 ms),
// and once it settles the last state reaches the server.
void tst_HealthCheck::flappingIsRateLimitedAndTheLastStateWins()
{
    int calls = 0;
    bool settled = false;
    EurekaClient client(config(200ms), EurekaTest::loopbackInstance(QStringLiteral("flappy"), 8484));
    client.setHealthCheck([&] {
        ++calls;
        if (settled)
            return InstanceStatus::Down;
        return calls % 2 ? InstanceStatus::Up : InstanceStatus::Down;
    });
    QSignalSpy registered(&client, &EurekaClient::registered);
    QSignalSpy statusChanged(&client, &EurekaClient::statusChanged);
    QElapsedTimer elapsed;
    elapsed.start();
    client.start();
    QVERIFY(registered.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(calls >= 30, 10000);
    const qint64 ms = elapsed.elapsed();
    const qsizetype pushes = registered.size();
    QVERIFY2(statusChanged.size() >= 20, qPrintable(QString::number(statusChanged.size()))); // it did flap
    // The first registration, a burst of 2, then one per 100 ms at most.
    const qint64 allowed = 1 + 2 + ms / 100 + 1;
    QVERIFY2(pushes <= allowed, qPrintable(QStringLiteral("%1 pushes in %2 ms").arg(pushes).arg(ms)));
    QVERIFY2(pushes < statusChanged.size(), qPrintable(QStringLiteral("%1 pushes for %2 changes").arg(pushes).arg(statusChanged.size())));

    settled = true;
    const QString id = client.instanceInfo().instanceId();
    QTRY_COMPARE_WITH_TIMEOUT(client.instanceInfo().status(), InstanceStatus::Down, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->applications().instance(id).status(), InstanceStatus::Down, 5000);
}

void tst_HealthCheck::springKeys()
{
    const SpringConfig config = SpringConfig::fromData(
        "eureka.client.healthcheck.enabled=true\neureka.client.instance-info-replication-interval-seconds=7\n",
        QStringLiteral("application.properties"), QProcessEnvironment());
    QVERIFY2(config.isValid(), qPrintable(config.errorString));
    QVERIFY2(config.warnings.isEmpty(), qPrintable(config.warnings.join(QLatin1Char('\n'))));
    QVERIFY(config.client.healthCheckEnabled);
    QCOMPARE(config.client.instanceInfoReplicationInterval, 7s);
    QCOMPARE(config.client.onDemandUpdateBurst, 2);
}

QTEST_GUILESS_MAIN(tst_HealthCheck)
#include "tst_healthcheck.moc"
