// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
//
// The client's registry thread, against the embedded registry over loopback: decodes happen
// off the owner thread while its event loop runs on; results are published in order under a
// slow decode; stop() and destruction during a decode are safe (CI runs this under ASan/UBSan).
// A slow decode is made with the worker's test seam: a hook that runs before each decode on
// the registry thread and waits for the test to let it go (or for the job to be cancelled).
#include "client/registryworker.h"
#include "instanceinfo_p.h"
#include "recordslabs_p.h"

#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/eurekareply.h>
#include <EurekaClient/registryserver.h>

#include "clientsetup.h"

#include <QtCore/QSemaphore>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <atomic>
#include <memory>

using namespace Eureka;
using namespace std::chrono_literals;

namespace {

// Holds every decode at the gate until the test opens it for one decode at a time, or the
// job is cancelled. Counts what it saw; all of it is read from the test thread.
class DecodeGate
{
public:
    DecodeGate()
    {
        RegistryWorker::setDefaultBeforeDecode([this](const std::function<bool()> &cancelled) {
            decodeThread.store(QThread::currentThread());
            waiting.fetchAndAddRelaxed(1);
            while (!m_open.tryAcquire(1, 5)) {
                if (cancelled()) {
                    sawCancel.storeRelaxed(1);
                    break;
                }
            }
            waiting.fetchAndAddRelaxed(-1);
        });
    }
    ~DecodeGate() { RegistryWorker::setDefaultBeforeDecode({}); }
    void let(int decodes = 1) { m_open.release(decodes); }

    std::atomic<QThread *> decodeThread{nullptr};
    QAtomicInt waiting{0};
    QAtomicInt sawCancel{0};

private:
    QSemaphore m_open;
};

} // namespace

class tst_RegistryThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void decodesOffTheOwnerThread();
    void deltasAreAppliedInOrderUnderASlowDecode();
    void stopDuringADecodeDropsIt();
    void destroyDuringADecode();
    void largeDecodesTakeSlabsSmallDeltasDoNot();
    void recordSlabsCanBeTurnedOff();

private:
    void startServer(const RegistryServer::Options &options);
    // A registered instance of PEER on \a port: what the watching client will find.
    std::unique_ptr<EurekaClient> startPeer(int port);
    EurekaReply *setStatus(const QString &app, const QString &id, InstanceStatus status);

    std::unique_ptr<RegistryServer> m_server;
    std::unique_ptr<EurekaClient> m_admin;
};

void tst_RegistryThread::init() { startServer(RegistryServer::Options()); }

void tst_RegistryThread::startServer(const RegistryServer::Options &options)
{
    m_admin.reset();
    m_server = std::make_unique<RegistryServer>(options);
    QVERIFY(m_server->listen());
    ClientConfig admin = EurekaTest::fastClientConfig({m_server->serviceUrl().toString()});
    admin.shouldRegister = false;
    admin.shouldDiscover = false;
    m_admin = std::make_unique<EurekaClient>(admin, InstanceConfig());
}

void tst_RegistryThread::cleanup()
{
    m_admin.reset();
    m_server.reset();
}

std::unique_ptr<EurekaClient> tst_RegistryThread::startPeer(int port)
{
    auto peer = std::make_unique<EurekaClient>(EurekaTest::fastClientConfig({m_server->serviceUrl().toString()}),
                                               EurekaTest::loopbackInstance(QStringLiteral("peer"), port));
    EurekaTest::startAndSettle(*peer, 1);
    return peer;
}

EurekaReply *tst_RegistryThread::setStatus(const QString &app, const QString &id, InstanceStatus status)
{
    EurekaReply *reply = m_admin->overrideStatus(app, id, status);
    QSignalSpy finished(reply, &EurekaReply::finished);
    if (!finished.wait(5000))
        qWarning("status override did not finish");
    reply->deleteLater();
    return reply;
}

ClientConfig watcherConfig(const QUrl &server)
{
    ClientConfig config = EurekaTest::fastClientConfig({server.toString()});
    config.shouldRegister = false;
    config.registryFetchInterval = 1h; // the tests fetch when they choose
    return config;
}

void tst_RegistryThread::decodesOffTheOwnerThread()
{
    InstanceInfo info;
    info.setApp(QStringLiteral("PEER"));
    info.setInstanceId(QStringLiteral("peer-1"));
    info.setHostName(QStringLiteral("127.0.0.1"));
    info.setIpAddr(QStringLiteral("127.0.0.1"));
    m_server->registerInstance(info);

    DecodeGate gate;
    EurekaClient client(watcherConfig(m_server->serviceUrl()), InstanceConfig());
    QSignalSpy updated(&client, &EurekaClient::registryUpdated);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(gate.waiting.loadRelaxed(), 1, 5000);

    // The decode is held on the registry thread, and the owner's event loop goes on.
    QVERIFY(gate.decodeThread.load() != nullptr);
    QVERIFY(gate.decodeThread.load() != QThread::currentThread());
    QTimer tick;
    tick.setInterval(1);
    QSignalSpy ticked(&tick, &QTimer::timeout);
    tick.start();
    QTRY_VERIFY_WITH_TIMEOUT(ticked.size() >= 3, 5000);
    QCOMPARE(updated.size(), 0);
    QCOMPARE(client.applications().instanceCount(), 0); // nothing half-published meanwhile

    gate.let();
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, 5000);
    QCOMPARE(client.applications().instanceCount(), 1);
}

void tst_RegistryThread::deltasAreAppliedInOrderUnderASlowDecode()
{
    const std::unique_ptr<EurekaClient> peer = startPeer(7002);
    const QString id = peer->instanceInfo().instanceId();

    DecodeGate gate;
    EurekaClient watcher(watcherConfig(m_server->serviceUrl()), InstanceConfig());
    QSignalSpy fetched(&watcher, &EurekaClient::registryFetched);
    QSignalSpy transitions(&watcher, &EurekaClient::instanceStatusChanged);
    watcher.start();
    gate.let(); // the first, full fetch
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, 5000);
    QCOMPARE(watcher.applications().instanceCount(), 1);

    // Two changes, each fetched as a delta while the decode before it is still held: the
    // second body reaches the registry thread before the first is published.
    setStatus(QStringLiteral("PEER"), id, InstanceStatus::Down);
    watcher.refreshRegistry();
    QTRY_COMPARE_WITH_TIMEOUT(gate.waiting.loadRelaxed(), 1, 5000);
    setStatus(QStringLiteral("PEER"), id, InstanceStatus::OutOfService);
    watcher.refreshRegistry(); // allowed: no request is in flight, only a decode
    gate.let(2);
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 3, 5000);

    QCOMPARE(transitions.size(), 2);
    const auto before = [&](int i) { return transitions.at(i).at(0).value<InstanceInfo>().status(); };
    const auto after = [&](int i) { return transitions.at(i).at(1).value<InstanceInfo>().status(); };
    QCOMPARE(before(0), InstanceStatus::Up);
    QCOMPARE(after(0), InstanceStatus::Down);
    QCOMPARE(before(1), InstanceStatus::Down);
    QCOMPARE(after(1), InstanceStatus::OutOfService);
    for (const QList<QVariant> &args : fetched)
        QVERIFY2(args.at(1).toBool(), "every delta reproduced the server's hash");
    QCOMPARE(watcher.applications().instance(id).status(), InstanceStatus::OutOfService);
    peer->stop();
}

void tst_RegistryThread::stopDuringADecodeDropsIt()
{
    const std::unique_ptr<EurekaClient> peer = startPeer(7003);

    DecodeGate gate;
    EurekaClient watcher(watcherConfig(m_server->serviceUrl()), InstanceConfig());
    QSignalSpy updated(&watcher, &EurekaClient::registryUpdated);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(gate.waiting.loadRelaxed(), 1, 5000);
    watcher.stop();
    // The held decode learns it was cancelled; its result is never published.
    QTRY_COMPARE_WITH_TIMEOUT(gate.sawCancel.loadRelaxed(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(gate.waiting.loadRelaxed(), 0, 5000);
    QCOMPARE(updated.size(), 0);
    QCOMPARE(watcher.applications().instanceCount(), 0);

    // Started again, it fetches afresh and publishes the whole registry once: had the dropped
    // result been published, this would not be an addition.
    watcher.start();
    gate.let();
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, 5000);
    QCOMPARE(updated.at(0).at(0).value<RegistryChanges>().added.size(), 1);
    QCOMPARE(watcher.applications().instanceCount(), 1);
    peer->stop();
}

void tst_RegistryThread::destroyDuringADecode()
{
    const std::unique_ptr<EurekaClient> peer = startPeer(7004);

    DecodeGate gate;
    auto watcher = std::make_unique<EurekaClient>(watcherConfig(m_server->serviceUrl()), InstanceConfig());
    watcher->start();
    QTRY_COMPARE_WITH_TIMEOUT(gate.waiting.loadRelaxed(), 1, 5000);
    // The destructor cancels the held decode and waits for the registry thread to end.
    watcher.reset();
    QCOMPARE(gate.sawCancel.loadRelaxed(), 1);
    QCOMPARE(gate.waiting.loadRelaxed(), 0);
    peer->stop();
}

// A full fetch and a delta that re-sends the whole registry unchanged (the server's three
// minutes after a mass registration) decode into record slabs. Changes go to the heap: they
// outlive the rest of their delta (the dashboard's rows keep them). So does a delta that
// re-sends a part of the registry (after a deploy wave): its records outlive one another
// unevenly, and each would keep a slab alive.
void tst_RegistryThread::largeDecodesTakeSlabsSmallDeltasDoNot()
{
    if (!RecordSlabs::available())
        QSKIP("no record slabs on this platform");
    // A clock the test moves, so that what was registered leaves the server's delta window
    // when the test chooses.
    qint64 now = 1795533870313;
    RegistryServer::Options options;
    options.clock = [&now] { return now; };
    options.deltaRetention = 1000ms;
    startServer(options);
    constexpr int count = 4000; // about 4 MB of JSON
    const auto seed = [&](int first, int last, const QString &note) {
        for (int i = first; i < last; ++i) {
            InstanceInfo info = EurekaTest::loopbackInstanceInfo(QStringLiteral("FLEET-%1").arg(i % 7),
                                                                 QStringLiteral("fleet-%1").arg(i));
            info.setMetadataValue(QStringLiteral("note"), note);
            info.setMetadataValue(QStringLiteral("build"), QString(300, QLatin1Char('b')));
            m_server->registerInstance(info);
        }
    };
    seed(0, count, QStringLiteral("first"));
    const auto instance = [](const EurekaClient &client, int i) {
        return client.applications().instance(QStringLiteral("fleet-%1").arg(i));
    };
    const auto record = [&instance](const EurekaClient &client, int i) {
        return InstanceInfoPrivate::constData(instance(client, i));
    };

    EurekaClient watcher(watcherConfig(m_server->serviceUrl()), InstanceConfig());
    QSignalSpy fetched(&watcher, &EurekaClient::registryFetched);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, 10000);
    QCOMPARE(watcher.applications().instanceCount(), count);
    QVERIFY(record(watcher, 0)->inSlab());
    QVERIFY(record(watcher, count - 1)->inSlab());
    const InstanceInfo fromFull = instance(watcher, 4); // held, so that its address is not reused

    // Still in the server's window, every instance is re-sent as it was, and one has changed:
    // the re-sent copies stay in the delta's slabs, the change goes to the heap.
    setStatus(QStringLiteral("FLEET-5"), QStringLiteral("fleet-5"), InstanceStatus::Down);
    watcher.refreshRegistry();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 2, 10000);
    QCOMPARE(fetched.at(1).at(0).toBool(), true); // a delta
    QVERIFY(record(watcher, 4) != InstanceInfoPrivate::constData(fromFull)); // the re-sent copy replaced it
    QVERIFY(record(watcher, 4)->inSlab());
    QCOMPARE(instance(watcher, 5).status(), InstanceStatus::Down);
    QVERIFY(!record(watcher, 5)->inSlab());

    // One change alone.
    now += 2000;
    setStatus(QStringLiteral("FLEET-3"), QStringLiteral("fleet-3"), InstanceStatus::Down);
    watcher.refreshRegistry();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 3, 10000);
    QCOMPARE(watcher.applications().instance(QStringLiteral("fleet-3")).status(), InstanceStatus::Down);
    QVERIFY(!record(watcher, 3)->inSlab());
    QVERIFY(record(watcher, 4)->inSlab());

    // A wave: 1,500 instances register again. Changes: the heap.
    now += 2000;
    seed(0, 1500, QStringLiteral("wave"));
    watcher.refreshRegistry();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 4, 10000);
    QCOMPARE(watcher.applications().instance(QStringLiteral("fleet-4")).metadataValue(QStringLiteral("note")),
             QStringLiteral("wave"));
    QVERIFY(!record(watcher, 4)->inSlab());
    QVERIFY(record(watcher, 1500)->inSlab());

    // The wave re-sent unchanged: over 1 MB, but short of half the registry.
    const InstanceInfo fromWave = instance(watcher, 4);
    watcher.refreshRegistry();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 5, 10000);
    QVERIFY(record(watcher, 4) != InstanceInfoPrivate::constData(fromWave));
    QVERIFY(!record(watcher, 4)->inSlab());
    QCOMPARE(watcher.applications().instanceCount(), count);
}

// ClientConfig::registryRecordSlabs off (the dashboard): every record goes to the heap, the
// full fetch's and a whole-registry delta's alike.
void tst_RegistryThread::recordSlabsCanBeTurnedOff()
{
    if (!RecordSlabs::available())
        QSKIP("no record slabs on this platform");
    constexpr int count = 4000; // about 4 MB of JSON, past the size that takes slabs
    for (int i = 0; i < count; ++i) {
        InstanceInfo info = EurekaTest::loopbackInstanceInfo(QStringLiteral("FLEET-%1").arg(i % 7),
                                                             QStringLiteral("fleet-%1").arg(i));
        info.setMetadataValue(QStringLiteral("build"), QString(300, QLatin1Char('b')));
        m_server->registerInstance(info);
    }
    ClientConfig config = watcherConfig(m_server->serviceUrl());
    config.registryRecordSlabs = false;
    EurekaClient watcher(config, InstanceConfig());
    QSignalSpy fetched(&watcher, &EurekaClient::registryFetched);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, 10000);
    QCOMPARE(watcher.applications().instanceCount(), count);
    const auto inSlab = [&watcher](int i) {
        return InstanceInfoPrivate::constData(
                   watcher.applications().instance(QStringLiteral("fleet-%1").arg(i)))->inSlab();
    };
    QVERIFY(!inSlab(0));
    QVERIFY(!inSlab(count - 1));

    // Every instance is still in the server's delta window: the delta re-sends all of them.
    const auto before = InstanceInfoPrivate::constData(watcher.applications().instance(QStringLiteral("fleet-4")));
    const InstanceInfo held = watcher.applications().instance(QStringLiteral("fleet-4")); // its address stays taken
    watcher.refreshRegistry();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 2, 10000);
    QCOMPARE(fetched.at(1).at(0).toBool(), true); // a delta
    QVERIFY(InstanceInfoPrivate::constData(watcher.applications().instance(QStringLiteral("fleet-4"))) != before);
    QVERIFY(!inSlab(4));
    QCOMPARE(held.instanceId(), QStringLiteral("fleet-4"));
}

QTEST_GUILESS_MAIN(tst_RegistryThread)
#include "tst_registrythread.moc"
