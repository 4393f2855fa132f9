// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/registryserver.h>
#include <EurekaClient/servicecaller.h>

#include "httpprobe.h"
#include "scriptedserver.h"

#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <memory>

using namespace Eureka;
using namespace std::chrono_literals;
using EurekaTest::ScriptedServer;

namespace {
// An instance that answers with its own name.
QByteArray hello(const QString &name) { return ScriptedServer::response(200, name.toUtf8(), {{"Content-Type", "text/plain"}}); }
} // namespace

class tst_ServiceCaller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void randomCoversEveryInstance();
    void stickSticksUntilTheInstanceGoes();
    void otherAlternates();
    void failsOverAcrossDeadHungAndFailingInstances();
    void reportsEveryAttemptWhenAllFail();
    void returnTypes();
    void hedgingWinsAgainstAHungInstance();
    void outlierEjection();
    void walkerMovesOnAfterFailures();
    void deadlineEndsTheCall();
    void secureInstancesAreCalledOverHttps();

private:
    // Registers an instance of \a app at 127.0.0.1:\a port in \a zone; returns its id.
    QString addInstance(const QString &app, quint16 port, const QString &zone = QStringLiteral("zone-b"),
                        bool secure = false);
    void syncClient(int instances);

    std::unique_ptr<RegistryServer> m_registry;
    std::unique_ptr<EurekaClient> m_client;
    std::unique_ptr<ServiceCaller> m_caller;
    std::vector<std::unique_ptr<ScriptedServer>> m_instances;
};

void tst_ServiceCaller::init()
{
    m_registry = std::make_unique<RegistryServer>();
    QVERIFY(m_registry->listen());
    ClientConfig config;
    config.serviceUrls = {m_registry->serviceUrl().toString()};
    config.shouldRegister = false;
    config.zone = QStringLiteral("zone-a");
    config.registryFetchInterval = 30ms;
    m_client = std::make_unique<EurekaClient>(config, InstanceConfig());
    m_client->start();
    m_caller = std::make_unique<ServiceCaller>(m_client.get());
}

void tst_ServiceCaller::cleanup()
{
    m_caller.reset();
    m_client.reset();
    m_instances.clear();
    m_registry.reset();
}

QString tst_ServiceCaller::addInstance(const QString &app, quint16 port, const QString &zone, bool secure)
{
    InstanceInfo info;
    info.setApp(app);
    info.setHostName(QStringLiteral("127.0.0.1"));
    info.setIpAddr(QStringLiteral("127.0.0.1"));
    info.setPort(port);
    info.setSecurePort(port + 1);
    info.setSecurePortEnabled(secure);
    info.setInstanceId(QStringLiteral("127.0.0.1:%1:%2").arg(app.toLower()).arg(port));
    info.setMetadataValue(QStringLiteral("zone"), zone);
    m_registry->registerInstance(info);
    return info.instanceId();
}

void tst_ServiceCaller::syncClient(int instances)
{
    QTRY_COMPARE_WITH_TIMEOUT(m_client->applications().instanceCount(InstanceStatus::Up), instances, 5000);
}

ServiceReply *waitFor(ServiceReply *reply)
{
    QSignalSpy finished(reply, &ServiceReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    return reply;
}

void tst_ServiceCaller::randomCoversEveryInstance()
{
    for (int i = 0; i < 3; ++i) {
        const QString name = QStringLiteral("n%1").arg(i);
        m_instances.push_back(std::make_unique<ScriptedServer>([name](const HttpRequest &) { return hello(name); }));
        addInstance(QStringLiteral("WEB"), m_instances.back()->serverPort());
    }
    syncClient(3);
    QSet<QString> seen;
    for (int i = 0; i < 60; ++i) {
        std::unique_ptr<ServiceReply> reply(waitFor(m_caller->call(QStringLiteral("web"), QStringLiteral("/hello"))));
        QCOMPARE(reply->error(), Error::NoError);
        seen.insert(reply->text());
    }
    QCOMPARE(seen.size(), 3);
}

void tst_ServiceCaller::stickSticksUntilTheInstanceGoes()
{
    for (int i = 0; i < 3; ++i) {
        const QString name = QStringLiteral("n%1").arg(i);
        m_instances.push_back(std::make_unique<ScriptedServer>([name](const HttpRequest &) { return hello(name); }));
        addInstance(QStringLiteral("WEB"), m_instances.back()->serverPort());
    }
    syncClient(3);
    m_caller->setDefaultStrategy(HaStrategy::Stick);
    std::unique_ptr<ServiceReply> first(waitFor(m_caller->call(QStringLiteral("WEB"), QStringLiteral("/"))));
    const InstanceInfo stuck = first->instance();
    for (int i = 0; i < 20; ++i) {
        std::unique_ptr<ServiceReply> reply(waitFor(m_caller->call(QStringLiteral("WEB"), QStringLiteral("/"))));
        QCOMPARE(reply->instance().instanceId(), stuck.instanceId());
        QCOMPARE(reply->traces().constFirst().strategy, HaStrategy::Stick);
    }
    // The stuck instance is taken out of service: the caller moves on, and sticks again.
    EurekaTest::HttpProbe http(m_registry->serviceUrl());
    QCOMPARE(http.send("PUT", QStringLiteral("apps/WEB/%1/status?value=OUT_OF_SERVICE").arg(stuck.instanceId())).status, 200);
    syncClient(2);
    std::unique_ptr<ServiceReply> moved(waitFor(m_caller->call(QStringLiteral("WEB"), QStringLiteral("/"))));
    QVERIFY(moved->instance().instanceId() != stuck.instanceId());
    for (int i = 0; i < 10; ++i) {
        std::unique_ptr<ServiceReply> reply(waitFor(m_caller->call(QStringLiteral("WEB"), QStringLiteral("/"))));
        QCOMPARE(reply->instance().instanceId(), moved->instance().instanceId());
    }
}

void tst_ServiceCaller::otherAlternates()
{
    for (int i = 0; i < 3; ++i) {
        const QString name = QStringLiteral("n%1").arg(i);
        m_instances.push_back(std::make_unique<ScriptedServer>([name](const HttpRequest &) { return hello(name); }));
        addInstance(QStringLiteral("WEB"), m_instances.back()->serverPort());
    }
    syncClient(3);
    QString previous;
    QSet<QString> seen;
    for (int i = 0; i < 30; ++i) {
        CallOptions options;
        options.strategy = HaStrategy::Other;
        std::unique_ptr<ServiceReply> reply(waitFor(m_caller->call(QStringLiteral("WEB"), QStringLiteral("/"), options)));
        QVERIFY(reply->text() != previous);
        previous = reply->text();
        seen.insert(previous);
    }
    QCOMPARE(seen.size(), 3);
}

void tst_ServiceCaller::failsOverAcrossDeadHungAndFailingInstances()
{
    // Three broken instances in the caller's own zone (tried first), one good one elsewhere.
    m_instances.push_back(std::make_unique<ScriptedServer>([](const HttpRequest &) { return QByteArray(); }));
    const QString hung = addInstance(QStringLiteral("API"), m_instances.back()->serverPort(), QStringLiteral("zone-a"));
    m_instances.push_back(std::make_unique<ScriptedServer>([](const HttpRequest &) { return ScriptedServer::response(503); }));
    const QString failing = addInstance(QStringLiteral("API"), m_instances.back()->serverPort(), QStringLiteral("zone-a"));
    const QString dead = addInstance(QStringLiteral("API"), quint16(ScriptedServer::refusingUrl().port()), QStringLiteral("zone-a"));
    m_instances.push_back(std::make_unique<ScriptedServer>([](const HttpRequest &) { return hello(QStringLiteral("good")); }));
    const QString good = addInstance(QStringLiteral("API"), m_instances.back()->serverPort(), QStringLiteral("zone-b"));
    syncClient(4);
    m_caller->setPreferSameZone(true);
    QSignalSpy traced(m_caller.get(), &ServiceCaller::callTraced);
    CallOptions options;
    options.attemptTimeout = 200ms;
    std::unique_ptr<ServiceReply> reply(waitFor(m_caller->call(QStringLiteral("API"), QStringLiteral("/x"), options)));
    QCOMPARE(reply->error(), Error::NoError);
    QCOMPARE(reply->text(), QStringLiteral("good"));
    const QList<CallTrace> traces = reply->traces();
    QCOMPARE(traces.size(), 4);
    QCOMPARE(traced.size(), 4);
    QCOMPARE(traces.at(3).instanceId, good);
    QCOMPARE(traces.at(3).outcome, CallOutcome::Succeeded);
    QCOMPARE(traces.at(3).httpStatus, 200);
    for (int i = 0; i < 3; ++i) {
        const CallTrace &t = traces.at(i);
        QCOMPARE(t.outcome, CallOutcome::Failed);
        QCOMPARE(t.zone, QStringLiteral("zone-a"));
        QCOMPARE(t.attempt, i + 1);
        QCOMPARE(t.callId, traces.at(3).callId);
        if (t.instanceId == hung)
            QCOMPARE(t.error, Error::TimeoutError);
        else if (t.instanceId == failing)
            QCOMPARE(t.httpStatus, 503);
        else {
            QCOMPARE(t.instanceId, dead);
            QCOMPARE(t.error, Error::NetworkError);
        }
    }
}

void tst_ServiceCaller::reportsEveryAttemptWhenAllFail()
{
    m_instances.push_back(std::make_unique<ScriptedServer>([](const HttpRequest &) { return ScriptedServer::response(500); }));
    const QString failing = addInstance(QStringLiteral("API"), m_instances.back()->serverPort());
    const QString dead = addInstance(QStringLiteral("API"), quint16(ScriptedServer::refusingUrl().port()));
    syncClient(2);
    std::unique_ptr<ServiceReply> reply(waitFor(m_caller->call(QStringLiteral("API"), QStringLiteral("/"))));
    QCOMPARE(reply->error(), Error::RetryLimitReached);
    QVERIFY(reply->errorString().contains(failing));
    QVERIFY(reply->errorString().contains(dead));
    QVERIFY(reply->errorString().contains(QStringLiteral("HTTP 500")));
    std::unique_ptr<ServiceReply> none(waitFor(m_caller->call(QStringLiteral("NOBODY"), QStringLiteral("/"))));
    QCOMPARE(none->error(), Error::NoServerAvailable);
}

void tst_ServiceCaller::returnTypes()
{
    m_instances.push_back(std::make_unique<ScriptedServer>([](const HttpRequest &r) {
        if (r.path == "/missing")
            return ScriptedServer::response(404, "nope");
        return ScriptedServer::response(201, R"({"id":42,"method":")" + r.method + R"(","body":")" + r.body + "\"}",
                                        {{"Content-Type", "application/json"}, {"X-Trace", "abc"}});
    }));
    addInstance(QStringLiteral("USERS"), m_instances.back()->serverPort());
    syncClient(1);
    CallOptions options;
    options.method = "POST";
    options.body = "hi";
    options.headers = {{"Content-Type", "text/plain"}};
    std::unique_ptr<ServiceReply> reply(waitFor(m_caller->call(QStringLiteral("USERS"), QStringLiteral("users"), options)));
    QCOMPARE(reply->error(), Error::NoError);
    QCOMPARE(reply->httpStatus(), 201);
    QCOMPARE(reply->json().object().value(QLatin1String("id")).toInt(), 42);
    QCOMPARE(reply->json().object().value(QLatin1String("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(reply->json().object().value(QLatin1String("body")).toString(), QStringLiteral("hi"));
    QVERIFY(reply->text().startsWith(QLatin1String("{\"id\":42")));
    bool traceHeader = false;
    for (const auto &[name, value] : reply->headers())
        traceHeader |= name == "X-Trace" && value == "abc";
    QVERIFY(traceHeader);
    // A 4xx is an answer: no failover, reported as an HTTP error with the body kept.
    std::unique_ptr<ServiceReply> missing(waitFor(m_caller->call(QStringLiteral("USERS"), QStringLiteral("/missing"))));
    QCOMPARE(missing->error(), Error::HttpError);
    QCOMPARE(missing->httpStatus(), 404);
    QCOMPARE(missing->text(), QStringLiteral("nope"));
    QCOMPARE(missing->traces().size(), 1);
}

void tst_ServiceCaller::hedgingWinsAgainstAHungInstance()
{
    m_instances.push_back(std::make_unique<ScriptedServer>([](const HttpRequest &) { return QByteArray(); }));
    const QString hung = addInstance(QStringLiteral("API"), m_instances.back()->serverPort(), QStringLiteral("zone-a"));
    m_instances.push_back(std::make_unique<ScriptedServer>([](const HttpRequest &) { return hello(QStringLiteral("fast")); }));
    const QString fast = addInstance(QStringLiteral("API"), m_instances.back()->serverPort(), QStringLiteral("zone-b"));
    syncClient(2);
    m_caller->setPreferSameZone(true);
    CallOptions options;
    options.attemptTimeout = 10s;
    options.hedgeDelay = 50ms;
    std::unique_ptr<ServiceReply> reply(waitFor(m_caller->call(QStringLiteral("API"), QStringLiteral("/"), options)));
    QCOMPARE(reply->error(), Error::NoError);
    QCOMPARE(reply->text(), QStringLiteral("fast"));
    const QList<CallTrace> traces = reply->traces();
    QCOMPARE(traces.size(), 2);
    QCOMPARE(traces.at(0).instanceId, fast); // traces are recorded as attempts end
    QCOMPARE(traces.at(0).outcome, CallOutcome::Succeeded);
    QVERIFY(traces.at(0).hedged);
    QCOMPARE(traces.at(1).instanceId, hung);
    QCOMPARE(traces.at(1).outcome, CallOutcome::Abandoned);
    QVERIFY(traces.at(1).elapsedMs < 5000); // the hung attempt did not run to its timeout
}

void tst_ServiceCaller::outlierEjection()
{
    m_instances.push_back(std::make_unique<ScriptedServer>([](const HttpRequest &) { return ScriptedServer::response(500); }));
    const QString bad = addInstance(QStringLiteral("API"), m_instances.back()->serverPort(), QStringLiteral("zone-a"));
    m_instances.push_back(std::make_unique<ScriptedServer>([](const HttpRequest &) { return hello(QStringLiteral("ok")); }));
    addInstance(QStringLiteral("API"), m_instances.back()->serverPort(), QStringLiteral("zone-b"));
    syncClient(2);
    m_caller->setPreferSameZone(true);
    m_caller->setOutlierEjection(2, 60s);
    for (int i = 0; i < 2; ++i) {
        std::unique_ptr<ServiceReply> reply(waitFor(m_caller->call(QStringLiteral("API"), QStringLiteral("/"))));
        QCOMPARE(reply->traces().size(), 2); // the bad one first, then the good one
    }
    QCOMPARE(m_caller->ejectedInstances(), QStringList{bad});
    std::unique_ptr<ServiceReply> reply(waitFor(m_caller->call(QStringLiteral("API"), QStringLiteral("/"))));
    QCOMPARE(reply->traces().size(), 1); // skipped while ejected
    QCOMPARE(reply->text(), QStringLiteral("ok"));

    // A new policy ends current ejections; after a short ejection the instance gets another chance.
    m_caller->setOutlierEjection(2, 50ms);
    for (int i = 0; i < 2; ++i)
        reply.reset(waitFor(m_caller->call(QStringLiteral("API"), QStringLiteral("/"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_caller->ejectedInstances().isEmpty(), 2000);
    reply.reset(waitFor(m_caller->call(QStringLiteral("API"), QStringLiteral("/"))));
    QCOMPARE(reply->traces().size(), 2);
    QCOMPARE(reply->traces().at(0).instanceId, bad);
}

void tst_ServiceCaller::walkerMovesOnAfterFailures()
{
    addInstance(QStringLiteral("BATCH"), 1001, QStringLiteral("zone-a"));
    addInstance(QStringLiteral("BATCH"), 1002, QStringLiteral("zone-a"));
    addInstance(QStringLiteral("BATCH"), 1003, QStringLiteral("zone-a"));
    syncClient(3);
    QList<QUrl> walked;
    // The walker uses its own "HTTP stack" and answers later; only port 1003 works.
    auto walker = [&walked](const QUrl &url, const ServiceCaller::Done &done) {
        walked.append(url);
        QTimer::singleShot(5, [url, done] { done(url.port() == 1003, url.port() == 1003 ? QVariant(QStringLiteral("done")) : QVariant()); });
    };
    std::unique_ptr<ServiceReply> reply(waitFor(m_caller->walkNodes(QStringLiteral("BATCH"), QStringLiteral("/jobs/7"), walker)));
    QCOMPARE(reply->error(), Error::NoError);
    QCOMPARE(reply->result().toString(), QStringLiteral("done"));
    QCOMPARE(walked.constLast().port(), 1003);
    QCOMPARE(walked.constLast().path(), QStringLiteral("/jobs/7"));
    for (const CallTrace &trace : reply->traces())
        QCOMPARE(trace.outcome, trace.url.contains(QLatin1String(":1003")) ? CallOutcome::Succeeded : CallOutcome::Failed);
}

void tst_ServiceCaller::deadlineEndsTheCall()
{
    m_instances.push_back(std::make_unique<ScriptedServer>([](const HttpRequest &) { return QByteArray(); }));
    addInstance(QStringLiteral("SLOW"), m_instances.back()->serverPort());
    syncClient(1);
    CallOptions options;
    options.attemptTimeout = 10s;
    options.deadline = 150ms;
    std::unique_ptr<ServiceReply> reply(waitFor(m_caller->call(QStringLiteral("SLOW"), QStringLiteral("/"), options)));
    QCOMPARE(reply->error(), Error::TimeoutError);
    QCOMPARE(reply->traces().size(), 1);
    QCOMPARE(reply->traces().at(0).outcome, CallOutcome::Abandoned);
}

void tst_ServiceCaller::secureInstancesAreCalledOverHttps()
{
    addInstance(QStringLiteral("PAY"), 7070, QStringLiteral("zone-a"), true);
    syncClient(1);
    QUrl seen;
    auto walker = [&seen](const QUrl &url, const ServiceCaller::Done &done) { seen = url; done(true, {}); };
    std::unique_ptr<ServiceReply> reply(waitFor(m_caller->walkNodes(QStringLiteral("PAY"), QStringLiteral("charge"), walker)));
    QCOMPARE(seen.toString(), QStringLiteral("https://127.0.0.1:7071/charge"));
    CallOptions plain;
    plain.preferSecure = false;
    reply.reset(waitFor(m_caller->walkNodes(QStringLiteral("PAY"), QStringLiteral("charge"), walker, plain)));
    QCOMPARE(seen.toString(), QStringLiteral("http://127.0.0.1:7070/charge"));
}

QTEST_GUILESS_MAIN(tst_ServiceCaller)
#include "tst_servicecaller.moc"
