// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "clientsetup.h"

#include <EurekaClient/eurekaclient.h>

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace std::chrono_literals;

namespace EurekaTest {

Eureka::ClientConfig fastClientConfig(const QStringList &servers)
{
    Eureka::ClientConfig config;
    config.serviceUrls = servers;
    config.registryFetchInterval = 50ms;
    config.requestTimeout = 500ms;
    config.backoffBound = 2;
    config.stopTimeout = 1000ms;
    return config;
}

Eureka::InstanceInfo loopbackInstanceInfo(const QString &app, const QString &instanceId)
{
    Eureka::InstanceInfo info;
    info.setApp(app);
    info.setInstanceId(instanceId);
    info.setHostName(QStringLiteral("127.0.0.1"));
    info.setIpAddr(QStringLiteral("127.0.0.1"));
    return info;
}

Eureka::InstanceConfig loopbackInstance(const QString &app, int port)
{
    Eureka::InstanceConfig config;
    config.appName = app;
    config.hostName = QStringLiteral("127.0.0.1");
    config.ipAddress = QStringLiteral("127.0.0.1");
    config.port = port;
    config.leaseRenewalInterval = 50ms;
    return config;
}

void startAndSettle(Eureka::EurekaClient &client, int instances)
{
    QSignalSpy registered(&client, &Eureka::EurekaClient::registered);
    client.start();
    QVERIFY(registered.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(client.applications().instanceCount(), instances, 5000);
}

} // namespace EurekaTest
