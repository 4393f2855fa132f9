// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclientconfig.h>
#include <EurekaClient/instanceinfo.h>

namespace Eureka {
class EurekaClient;
}

namespace EurekaTest {

// A client configuration with intervals short enough for tests (50 ms fetches, 500 ms requests).
Eureka::ClientConfig fastClientConfig(const QStringList &servers);
// An instance on 127.0.0.1 renewing every 50 ms.
Eureka::InstanceConfig loopbackInstance(const QString &app, int port);
// An UP instance on 127.0.0.1, for seeding a registry with RegistryServer::registerInstance().
Eureka::InstanceInfo loopbackInstanceInfo(const QString &app, const QString &instanceId);
// Starts \a client and waits until it is registered and holds \a instances; a failed QVERIFY
// inside shows as QTest::currentTestFailed().
void startAndSettle(Eureka::EurekaClient &client, int instances);

} // namespace EurekaTest
