// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "transport/clusterclient.h"

#include <EurekaClient/registryserver.h>

#include "scriptedserver.h"

#include <QtCore/QRandomGenerator>
#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;
using EurekaTest::ScriptedServer;

namespace {
class ListResolver : public ClusterResolver
{
public:
    QList<EurekaEndpoint> list;
    QList<EurekaEndpoint> endpoints() const override { return list; }
};

EurekaEndpoint endpoint(const QUrl &url) { return EurekaEndpoint(url, QStringLiteral("z")); }

// Waits for \a reply and returns it; the test owns it.
EurekaReply *wait(EurekaReply *reply)
{
    QSignalSpy finished(reply, &EurekaReply::finished);
    if (!finished.wait(10000))
        qWarning("reply did not finish");
    return reply;
}
} // namespace

class tst_ClusterClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void failsOverInOrderAndQuarantines();
    void quarantineGetsAnotherChance();
    void followsRedirectsAndPins();
    void redirectLimit();
    void badRequestIsNotAServerFailure();
    void sessionRotationDropsThePin();
    void credentialsGoInTheHeaderNotTheErrors();
    void noServers();
    void finishesFromTheEventLoopAndAborts();

private:
    ClusterClient *client(ClusterClient::Settings settings = {});

    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<NetworkAccessTransport> m_transport;
    ListResolver *m_resolver = nullptr;
    RegistryServer *m_registry = nullptr;
    qint64 m_now = 0;
};

void tst_ClusterClient::init()
{
    m_network = new QNetworkAccessManager;
    m_transport = std::make_unique<NetworkAccessTransport>(m_network);
    m_resolver = new ListResolver;
    m_registry = new RegistryServer;
    QVERIFY(m_registry->listen());
    m_now = 0;
}

void tst_ClusterClient::cleanup()
{
    delete m_registry;
    delete m_resolver;
    m_transport.reset();
    delete m_network;
}

ClusterClient *tst_ClusterClient::client(ClusterClient::Settings settings)
{
    settings.clock = [this] { return m_now; };
    if (settings.requestTimeoutMs == 5000)
        settings.requestTimeoutMs = 300;
    return new ClusterClient(m_resolver, m_transport.get(), settings, m_resolver);
}

void tst_ClusterClient::failsOverInOrderAndQuarantines()
{
    ScriptedServer hung([](const HttpRequest &) { return QByteArray(); });
    ScriptedServer failing([](const HttpRequest &) { return ScriptedServer::response(500, "boom"); });
    const EurekaEndpoint refusing = endpoint(ScriptedServer::refusingUrl());
    const EurekaEndpoint good = endpoint(m_registry->serviceUrl());
    m_resolver->list = {refusing, endpoint(hung.serviceUrl()), endpoint(failing.serviceUrl()), good};
    ClusterClient::Settings settings;
    settings.numberOfRetries = 4;
    ClusterClient *cluster = client(settings);

    std::unique_ptr<EurekaReply> reply(wait(cluster->execute(EurekaRequest::applications({}, WireFormat::Json))));
    QCOMPARE(reply->error(), Error::NoError);
    QCOMPARE(reply->httpStatus(), 200);
    QCOMPARE(reply->endpoint(), good);
    const QList<ServerAttempt> attempts = reply->attempts();
    QCOMPARE(attempts.size(), 4);
    QCOMPARE(attempts.at(0).endpoint, refusing);
    QCOMPARE(attempts.at(0).error, Error::NetworkError);
    QCOMPARE(attempts.at(1).error, Error::TimeoutError);
    QCOMPARE(attempts.at(2).error, Error::HttpError);
    QCOMPARE(attempts.at(2).httpStatus, 500);
    QCOMPARE(attempts.at(3).httpStatus, 200);
    QCOMPARE(cluster->quarantine().size(), 3);
    QVERIFY(!cluster->quarantine().contains(good));
    QCOMPARE(cluster->pinnedEndpoint(), std::optional<EurekaEndpoint>(good));
    QCOMPARE(failing.requests().size(), 1);

    // The next request goes straight to the pinned server.
    reply.reset(wait(cluster->execute(EurekaRequest::applications({}, WireFormat::Json))));
    QCOMPARE(reply->attempts().size(), 1);
    QCOMPARE(reply->endpoint(), good);
    QCOMPARE(failing.requests().size(), 1);
}

void tst_ClusterClient::quarantineGetsAnotherChance()
{
    ScriptedServer failing([](const HttpRequest &) { return ScriptedServer::response(503); });
    ScriptedServer healthy([](const HttpRequest &) { return ScriptedServer::response(200, "{}"); });
    const EurekaEndpoint bad = endpoint(failing.serviceUrl());
    const EurekaEndpoint dead = endpoint(ScriptedServer::refusingUrl());
    const EurekaEndpoint good = endpoint(healthy.serviceUrl());
    m_resolver->list = {bad, dead, good};
    ClusterClient *cluster = client();
    std::unique_ptr<EurekaReply> reply(wait(cluster->execute(EurekaRequest::applications({}, WireFormat::Json))));
    QCOMPARE(reply->error(), Error::NoError);
    QCOMPARE(cluster->quarantine().size(), 2); // 2 of 3 >= 66 %: cleared at the next request

    healthy.shutDown(); // now every server fails
    reply.reset(wait(cluster->execute(EurekaRequest::applications({}, WireFormat::Json))));
    QCOMPARE(reply->error(), Error::RetryLimitReached);
    // All three were tried again, the pinned one first: the quarantine was reset.
    QCOMPARE(reply->attempts().size(), 3);
    QCOMPARE(reply->attempts().at(0).endpoint, good);
    QVERIFY(reply->errorString().contains(QStringLiteral("HTTP 503")));
    QVERIFY(reply->errorString().contains(dead.toDisplayString()));
}

void tst_ClusterClient::followsRedirectsAndPins()
{
    const QByteArray location = m_registry->serviceUrl().toString().toUtf8() + "apps/";
    ScriptedServer redirecting([location](const HttpRequest &) {
        return ScriptedServer::response(302, {}, {{"Location", location}});
    });
    m_resolver->list = {endpoint(redirecting.serviceUrl())};
    ClusterClient *cluster = client();
    std::unique_ptr<EurekaReply> reply(wait(cluster->execute(EurekaRequest::applications({}, WireFormat::Json))));
    QCOMPARE(reply->error(), Error::NoError);
    QCOMPARE(reply->httpStatus(), 200);
    QCOMPARE(reply->endpoint().serviceUrl(), m_registry->serviceUrl());
    QVERIFY(reply->attempts().at(0).note.startsWith(QStringLiteral("redirected to")));
    QCOMPARE(cluster->pinnedEndpoint()->serviceUrl(), m_registry->serviceUrl());
    reply.reset(wait(cluster->execute(EurekaRequest::delta({}, WireFormat::Json))));
    QCOMPARE(redirecting.requests().size(), 1); // the pin skips the redirecting server
}

void tst_ClusterClient::redirectLimit()
{
    ScriptedServer loop([](const HttpRequest &) { return QByteArray(); });
    const QByteArray self = loop.serviceUrl().toString().toUtf8() + "apps/";
    loop.setHandler([self](const HttpRequest &) { return ScriptedServer::response(302, {}, {{"Location", self}}); });
    m_resolver->list = {endpoint(loop.serviceUrl())};
    ClusterClient::Settings settings;
    settings.maxRedirects = 3;
    std::unique_ptr<EurekaReply> reply(wait(client(settings)->execute(EurekaRequest::applications({}, WireFormat::Json))));
    QCOMPARE(reply->error(), Error::RedirectLimitReached);
    QCOMPARE(loop.requests().size(), 4);
}

void tst_ClusterClient::badRequestIsNotAServerFailure()
{
    ScriptedServer strict([](const HttpRequest &) { return ScriptedServer::response(400, "Missing hostname"); });
    ScriptedServer other([](const HttpRequest &) { return ScriptedServer::response(204); });
    m_resolver->list = {endpoint(strict.serviceUrl()), endpoint(other.serviceUrl())};
    ClusterClient *cluster = client();
    InstanceInfo info;
    info.setApp(QStringLiteral("A"));
    std::unique_ptr<EurekaReply> reply(wait(cluster->execute(EurekaRequest::registration(info, WireFormat::Json))));
    QCOMPARE(reply->error(), Error::HttpError);
    QCOMPARE(reply->httpStatus(), 400);
    QCOMPARE(reply->body(), QByteArray("Missing hostname"));
    QVERIFY(cluster->quarantine().isEmpty());
    QVERIFY(other.requests().isEmpty());
}

void tst_ClusterClient::sessionRotationDropsThePin()
{
    ScriptedServer a([](const HttpRequest &) { return ScriptedServer::response(200, "{}"); });
    ScriptedServer b([](const HttpRequest &) { return ScriptedServer::response(200, "{}"); });
    m_resolver->list = {endpoint(a.serviceUrl()), endpoint(b.serviceUrl())};
    ClusterClient::Settings settings;
    settings.sessionDurationMs = 1000;
    ClusterClient *cluster = client(settings);
    std::unique_ptr<EurekaReply> reply(wait(cluster->execute(EurekaRequest::applications({}, WireFormat::Json))));
    QVERIFY(cluster->pinnedEndpoint().has_value());
    m_now += 400; // within any session length: 1000 ms ± 50 %
    reply.reset(wait(cluster->execute(EurekaRequest::applications({}, WireFormat::Json))));
    QVERIFY(cluster->pinnedEndpoint().has_value());
    m_now += 1200; // past any session length (at most 1500 ms)
    m_resolver->list = {endpoint(b.serviceUrl()), endpoint(a.serviceUrl())};
    reply.reset(wait(cluster->execute(EurekaRequest::applications({}, WireFormat::Json))));
    // The pin to a was dropped, so the resolver's new first choice answered.
    QCOMPARE(reply->endpoint(), endpoint(b.serviceUrl()));
}

void tst_ClusterClient::credentialsGoInTheHeaderNotTheErrors()
{
    ScriptedServer server([](const HttpRequest &) { return ScriptedServer::response(500); });
    QUrl url = server.serviceUrl();
    url.setUserName(QStringLiteral("eureka"));
    url.setPassword(QStringLiteral("planted-secret"));
    m_resolver->list = {endpoint(url)};
    std::unique_ptr<EurekaReply> reply(wait(client()->execute(EurekaRequest::applications({}, WireFormat::Json))));
    QCOMPARE(reply->error(), Error::RetryLimitReached);
    QCOMPARE(server.requests().at(0).header("authorization"), "Basic " + QByteArray("eureka:planted-secret").toBase64());
    QVERIFY(!reply->errorString().contains(QStringLiteral("planted-secret")));
    QVERIFY(!reply->attempts().at(0).endpoint.toDisplayString().contains(QStringLiteral("planted-secret")));
}

void tst_ClusterClient::noServers()
{
    std::unique_ptr<EurekaReply> reply(wait(client()->execute(EurekaRequest::applications({}, WireFormat::Json))));
    QCOMPARE(reply->error(), Error::NoServerAvailable);
}

void tst_ClusterClient::finishesFromTheEventLoopAndAborts()
{
    ScriptedServer hung([](const HttpRequest &) { return QByteArray(); });
    m_resolver->list = {endpoint(hung.serviceUrl())};
    ClusterClient::Settings settings;
    settings.requestTimeoutMs = 60000;
    std::unique_ptr<EurekaReply> reply(client(settings)->execute(EurekaRequest::applications({}, WireFormat::Json)));
    QSignalSpy finished(reply.get(), &EurekaReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(hung.requests().size(), 1, 5000);
    reply->abort();
    QVERIFY(!reply->isFinished()); // delivered from the event loop, not inside abort()
    QVERIFY(finished.wait(1000));
    QCOMPARE(reply->error(), Error::OperationCanceled);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(tst_ClusterClient)
#include "tst_clusterclient.moc"
