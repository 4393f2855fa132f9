// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// IPv6: an instance registers an IPv6 address (spring-cloud-netflix#3518, Netflix/eureka#1201),
// its URLs bracket it, callers reach it, and servers may be IPv6 literals. Over [::1].
#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/registryserver.h>
#include <EurekaClient/servicecaller.h>

#include "client/instanceidentity.h"
#include "clientsetup.h"
#include "scriptedserver.h"

#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;
using namespace std::chrono_literals;

class tst_Ipv6 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void picksAnIpv6Address();
    void urlsBracketTheLiteral();
    void registersAndIsCalledOverIpv6Loopback();
};

void tst_Ipv6::picksAnIpv6Address()
{
    QHostAddress linkLocal(QStringLiteral("fe80::1"));
    linkLocal.setScopeId(QStringLiteral("eth0"));
    QHostAddress global(QStringLiteral("2001:db8::5"));
    global.setScopeId(QStringLiteral("eth0"));
    const QList<QHostAddress> all = {QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("::1")), linkLocal,
                                     QHostAddress(QStringLiteral("172.17.0.2")), global};
    using InstanceIdentity::pickAddress;
    QCOMPARE(pickAddress(all, QString()).toString(), QStringLiteral("172.17.0.2"));
    QCOMPARE(pickAddress(all, QString(), true).toString(), QStringLiteral("2001:db8::5")); // no "%eth0"
    QCOMPARE(pickAddress(all, QStringLiteral("2001:db8::/32")).toString(), QStringLiteral("2001:db8::5"));
    QVERIFY(pickAddress(all, QStringLiteral("fd00::/8")).isNull()); // nothing in range, no fallback
    // Only link-local and loopback IPv6: preferring IPv6 falls back to IPv4.
    const QList<QHostAddress> noGlobal = {QHostAddress(QStringLiteral("::1")), linkLocal, QHostAddress(QStringLiteral("10.1.2.3"))};
    QCOMPARE(pickAddress(noGlobal, QString(), true).toString(), QStringLiteral("10.1.2.3"));
}

void tst_Ipv6::urlsBracketTheLiteral()
{
    QCOMPARE(InstanceIdentity::urlHost(QStringLiteral("::1")), QStringLiteral("[::1]"));
    QCOMPARE(InstanceIdentity::urlHost(QStringLiteral("[::1]")), QStringLiteral("[::1]"));
    QCOMPARE(InstanceIdentity::urlHost(QStringLiteral("10.0.0.1")), QStringLiteral("10.0.0.1"));
    QCOMPARE(InstanceIdentity::urlHost(QStringLiteral("order.internal")), QStringLiteral("order.internal"));
    InstanceConfig config;
    config.appName = QStringLiteral("inventory");
    config.ipAddress = QStringLiteral("2001:db8::7");
    config.preferIpAddress = true;
    config.port = 6060;
    QString error;
    const InstanceInfo info = InstanceIdentity::build(config, 1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(info.ipAddr(), QStringLiteral("2001:db8::7"));
    QCOMPARE(info.hostName(), QStringLiteral("2001:db8::7"));
    QCOMPARE(info.homePageUrl(), QStringLiteral("http://[2001:db8::7]:6060/"));
    QCOMPARE(info.healthCheckUrl(), QStringLiteral("http://[2001:db8::7]:6060/actuator/health"));
    QVERIFY(QUrl(info.healthCheckUrl()).isValid());
    QCOMPARE(QUrl(info.healthCheckUrl()).host(), QStringLiteral("2001:db8::7"));
}

void tst_Ipv6::registersAndIsCalledOverIpv6Loopback()
{
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHostIPv6))
            QSKIP("this machine has no IPv6 loopback ([::1] cannot be bound)");
    }
    RegistryServer::Options options;
    options.address = QHostAddress::LocalHostIPv6;
    RegistryServer server(options);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    const QString serverUrl = QStringLiteral("http://[::1]:%1/eureka/").arg(server.port());

    // The service, on [::1] only.
    EurekaTest::ScriptedServer service([](const HttpRequest &request) {
        return EurekaTest::ScriptedServer::response(200, "hello from " + request.path);
    });
    service.close();
    QVERIFY(service.listen(QHostAddress::LocalHostIPv6));

    ClientConfig config = EurekaTest::fastClientConfig({serverUrl});
    InstanceConfig instance = EurekaTest::loopbackInstance(QStringLiteral("inventory"), service.serverPort());
    instance.hostName.clear();
    instance.ipAddress = QStringLiteral("::1");
    instance.preferIpAddress = true;
    EurekaClient client(config, instance);
    QSignalSpy registered(&client, &EurekaClient::registered);
    client.start();
    QVERIFY(registered.wait(5000));
    const InstanceInfo held = server.applications().instance(client.instanceInfo().instanceId());
    QVERIFY(!held.isNull());
    QCOMPARE(held.ipAddr(), QStringLiteral("::1"));
    QCOMPARE(held.homePageUrl(), QStringLiteral("http://[::1]:%1/").arg(service.serverPort()));
    QTRY_VERIFY_WITH_TIMEOUT(client.applications().instanceCount() == 1, 5000);
    QCOMPARE(client.lastFetchServer(), QStringLiteral("http://[::1]:%1/eureka/").arg(server.port()));

    ServiceCaller caller(&client);
    std::unique_ptr<ServiceReply> reply(caller.call(QStringLiteral("INVENTORY"), QStringLiteral("/stock")));
    QSignalSpy finished(reply.get(), &ServiceReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(5000));
    QVERIFY2(reply->error() == Error::NoError, qPrintable(reply->errorString()));
    QCOMPARE(reply->text(), QStringLiteral("hello from /stock"));
    QCOMPARE(QUrl(reply->traces().constLast().url).host(), QStringLiteral("::1"));
}

QTEST_GUILESS_MAIN(tst_Ipv6)
#include "tst_ipv6.moc"
