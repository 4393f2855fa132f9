// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// drain(): DOWN first, the cancel only once every server's readers see it. Two embedded
// registries stand for a cluster (a relay copies the first one's registrations to the second,
// as peer replication would), the second answering from Netflix's read-only response cache.
#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/registryserver.h>
#include <EurekaClient/shutdownsignals.h>

#include "clientsetup.h"
#include "scriptedserver.h"

#include <EurekaClient/codec.h>

#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <csignal>
#include <memory>

using namespace Eureka;
using namespace std::chrono_literals;

class tst_Drain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void downEverywhereBeforeTheCancel();
    void timeoutCancelsAnyway();
    void withoutRegistrationItIsStop();
    void shutdownSignalsReachTheEventLoop();

private:
    void relay();
    QString state(const RegistryServer &server) const;

    std::unique_ptr<RegistryServer> m_a;
    std::unique_ptr<RegistryServer> m_b;
    QString m_id;
    QStringList m_events; // what happened, in order
};

void tst_Drain::init()
{
    m_a = std::make_unique<RegistryServer>();
    QVERIFY(m_a->listen());
    RegistryServer::Options lagging;
    lagging.readOnlyResponseCache = 1000ms;
    m_b = std::make_unique<RegistryServer>(lagging);
    QVERIFY(m_b->listen());
    m_events.clear();
    connect(m_a.get(), &RegistryServer::registryChanged, this, &tst_Drain::relay);
}

void tst_Drain::cleanup()
{
    m_a.reset();
    m_b.reset();
}

// Peer replication, instantly: B holds what A registers. Each state A goes through is logged.
void tst_Drain::relay()
{
    const InstanceInfo held = m_a->applications().instance(m_id);
    if (!held.isNull()) // a cancel is A's alone here: what the test follows is A
        m_b->registerInstance(held);
    const QString now = state(*m_a);
    if (m_events.isEmpty() || m_events.constLast() != QLatin1String("A ") + now)
        m_events.append(QLatin1String("A ") + now);
}

QString tst_Drain::state(const RegistryServer &server) const
{
    const InstanceInfo info = server.applications().instance(m_id);
    return info.isNull() ? QStringLiteral("gone") : toWireString(info.status());
}

void tst_Drain::downEverywhereBeforeTheCancel()
{
    ClientConfig config = EurekaTest::fastClientConfig({m_a->serviceUrl().toString(), m_b->serviceUrl().toString()});
    config.shouldDiscover = false;
    config.drainPollInterval = 20ms;
    config.drainTimeout = 10s;
    EurekaClient client(config, EurekaTest::loopbackInstance(QStringLiteral("ledger"), 9191));
    QSignalSpy registered(&client, &EurekaClient::registered);
    client.start();
    QVERIFY(registered.wait(5000));
    m_id = client.instanceInfo().instanceId(); // known once started
    relay();
    QVERIFY(!m_b->applications().instance(m_id).isNull());
    // A reader of B fills its response cache while the instance is UP, as callers' fetches do.
    QNetworkAccessManager reader;
    QNetworkRequest read(m_b->serviceUrl().resolved(QUrl(QStringLiteral("apps/LEDGER"))));
    read.setRawHeader("Accept", "application/json");
    std::unique_ptr<QNetworkReply> filled(reader.get(read));
    QSignalSpy readDone(filled.get(), &QNetworkReply::finished);
    QVERIFY(readDone.wait(5000));
    QCOMPARE(Codec::decodeApplication(filled->readAll(), WireFormat::Json).instance(m_id).status(), InstanceStatus::Up);

    connect(&client, &EurekaClient::drainProgress, this, [this](const QString &server, InstanceStatus seen, bool confirmed) {
        const QString who = server.contains(QString::number(m_b->port())) ? QStringLiteral("B") : QStringLiteral("A");
        const QString event = QStringLiteral("%1 shows %2%3").arg(who, toWireString(seen), confirmed ? QStringLiteral(" (done)") : QString());
        if (!m_events.contains(event))
            m_events.append(event);
    });
    connect(&client, &EurekaClient::drained, this, [this](bool confirmed) {
        m_events.append(confirmed ? QStringLiteral("drained") : QStringLiteral("timed out"));
    });
    QSignalSpy stopped(&client, &EurekaClient::stopped);
    client.drain();
    QVERIFY(stopped.wait(10000));
    QCOMPARE(state(*m_a), QStringLiteral("gone"));
    // B's readers saw UP for up to 1 s after A held DOWN; the cancel came after both showed DOWN.
    const qsizetype down = m_events.indexOf(QStringLiteral("A DOWN"));
    const qsizetype bDone = m_events.indexOf(QStringLiteral("B shows DOWN (done)"));
    const qsizetype aDone = m_events.indexOf(QStringLiteral("A shows DOWN (done)"));
    const qsizetype drained = m_events.indexOf(QStringLiteral("drained"));
    const qsizetype gone = m_events.lastIndexOf(QStringLiteral("A gone"));
    const QByteArray log = m_events.join(QStringLiteral(" | ")).toUtf8();
    QVERIFY2(down >= 0 && bDone > down && aDone > down && drained > bDone && drained > aDone && gone > drained, log.constData());
    QVERIFY2(m_events.contains(QStringLiteral("B shows UP")), log.constData()); // the cache lagged, and drain waited

    // Nothing after the cancel: no late push registers the instance again. Another client's
    // heartbeats measure the time that passes.
    EurekaClient witness(config, EurekaTest::loopbackInstance(QStringLiteral("witness"), 9292));
    QSignalSpy beats(&witness, &EurekaClient::heartbeat);
    witness.start();
    QTRY_VERIFY_WITH_TIMEOUT(beats.size() >= 5, 5000);
    QCOMPARE(state(*m_a), QStringLiteral("gone"));
    QCOMPARE(m_events.constLast(), QStringLiteral("A gone"));
}

void tst_Drain::timeoutCancelsAnyway()
{
    // A second server whose readers never see the change: it answers the application UP forever.
    InstanceConfig instance = EurekaTest::loopbackInstance(QStringLiteral("ledger"), 9393);
    QByteArray stale;
    EurekaTest::ScriptedServer b([&stale](const HttpRequest &) { return stale; });
    QVERIFY(b.isListening());
    ClientConfig config = EurekaTest::fastClientConfig({m_a->serviceUrl().toString(), b.serviceUrl().toString()});
    config.shouldDiscover = false;
    config.drainPollInterval = 20ms;
    config.drainTimeout = 300ms;
    EurekaClient client(config, instance);
    QSignalSpy registered(&client, &EurekaClient::registered);
    client.start();
    QVERIFY(registered.wait(5000));
    m_id = client.instanceInfo().instanceId();
    Application app(client.instanceInfo().app());
    app.addInstance(m_a->applications().instance(m_id));
    QCOMPARE(app.instances().constFirst().status(), InstanceStatus::Up);
    stale = EurekaTest::ScriptedServer::response(200, Codec::encodeApplication(app, WireFormat::Json),
                                                 {{"Content-Type", "application/json"}});
    QSignalSpy progress(&client, &EurekaClient::drainProgress);
    QSignalSpy drained(&client, &EurekaClient::drained);
    QSignalSpy stopped(&client, &EurekaClient::stopped);
    client.drain();
    QVERIFY(stopped.wait(5000));
    QCOMPARE(drained.size(), 1);
    QCOMPARE(drained.at(0).at(0).toBool(), false);
    QCOMPARE(state(*m_a), QStringLiteral("gone"));
    bool sawStale = false;
    for (const QList<QVariant> &args : progress)
        sawStale = sawStale || (args.at(0).toString().contains(QString::number(b.serverPort())) && args.at(1).value<InstanceStatus>() == InstanceStatus::Up);
    QVERIFY(sawStale);
}

void tst_Drain::withoutRegistrationItIsStop()
{
    ClientConfig config = EurekaTest::fastClientConfig({m_a->serviceUrl().toString()});
    config.shouldRegister = false;
    EurekaClient client(config, InstanceConfig());
    QSignalSpy drained(&client, &EurekaClient::drained);
    QSignalSpy stopped(&client, &EurekaClient::stopped);
    client.start();
    client.drain();
    QVERIFY(stopped.wait(5000));
    QCOMPARE(drained.size(), 0);
    QVERIFY(!client.isRunning());
}

void tst_Drain::shutdownSignalsReachTheEventLoop()
{
    ShutdownSignals shutdown;
    QSignalSpy received(&shutdown, &ShutdownSignals::received);
    std::raise(SIGTERM); // handled by ShutdownSignals: the test keeps running
    QVERIFY(received.wait(5000));
    QCOMPARE(received.at(0).at(0).toInt(), SIGTERM);
    std::raise(SIGINT);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 5000);
    QCOMPARE(received.at(1).at(0).toInt(), SIGINT);
}

QTEST_GUILESS_MAIN(tst_Drain)
#include "tst_drain.moc"
