// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/clusterresolver.h>
#include <EurekaClient/eurekaclientconfig.h>

QT_BEGIN_NAMESPACE
class QRandomGenerator;
QT_END_NAMESPACE

namespace Eureka {

// Servers from configuration: a static list, or a map of zones (Netflix's
// ConfigClusterResolver). With zones, this client's zone comes first and every zone's servers
// are shuffled (ZoneAffinityClusterResolver), so clients of one zone spread over its servers.
class EUREKACLIENT_AUTOTEST_EXPORT ConfigClusterResolver : public ClusterResolver
{
    Q_OBJECT

public:
    ConfigClusterResolver(const ClientConfig &config, QRandomGenerator *random, QObject *parent);

    QList<EurekaEndpoint> endpoints() const override { return m_endpoints; }
    // Fills in what a configured URL leaves out: protocol, credentials, port, context path.
    static QUrl completeUrl(const QString &text, const ClientConfig &config);
    // Own zone first, then the others; each group shuffled with \a random.
    static QList<EurekaEndpoint> zoneAffinityOrder(const QList<EurekaEndpoint> &endpoints,
                                                   const QString &myZone, bool preferSameZone,
                                                   QRandomGenerator *random);

private:
    QList<EurekaEndpoint> m_endpoints;
};

} // namespace Eureka
