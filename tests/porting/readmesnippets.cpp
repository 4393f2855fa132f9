// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// The README's library example, between //! [name] markers: README.md quotes it exactly
// (tst_porting checks) and the API reference's main page shows it with \snippet. Compiled,
// never run: it names servers that do not exist.
#include "readmesnippets.h"

#include <EurekaClient/eurekaclient.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDebug>

namespace ReadmeSnippets {

void quickStart(QCoreApplication &app)
{
//! [quick-start]
#include <EurekaClient/eurekaclient.h>

Eureka::ClientConfig client;
client.serviceUrls = {QStringLiteral("http://eureka-a:8761/eureka/"), QStringLiteral("http://eureka-b:8761/eureka/")};
Eureka::InstanceConfig instance;
instance.appName = QStringLiteral("order-service");
instance.port = 8080;

auto *eureka = new Eureka::EurekaClient(client, instance, &app);
QObject::connect(eureka, &Eureka::EurekaClient::registered, [] { qInfo() << "registered"; });
QObject::connect(eureka, &Eureka::EurekaClient::instanceStatusChanged,
                 [](const Eureka::InstanceInfo &before, const Eureka::InstanceInfo &after) {
                     qInfo() << after.instanceId() << before.statusText() << "->" << after.statusText();
                 });
QObject::connect(eureka, &Eureka::EurekaClient::errorOccurred,
                 [](Eureka::Operation op, Eureka::Error, const QString &text) { qWarning() << op << text; });
eureka->start();          // register, heartbeat, fetch the registry, all on the event loop
// ...
const auto peers = eureka->applications().upInstancesInZone(QStringLiteral("USER-SERVICE"), QStringLiteral("zone-a"));
eureka->setStatus(Eureka::InstanceStatus::OutOfService);
eureka->stop();           // cancels the registration; stopped() follows
//! [quick-start]
    Q_UNUSED(peers);
}

} // namespace ReadmeSnippets
