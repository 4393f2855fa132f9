// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/clusterresolver.h>
#include <EurekaClient/eurekaclientconfig.h>

#include <QtCore/QPointer>
#include <QtCore/QTimer>

QT_BEGIN_NAMESPACE
class QRandomGenerator;
QT_END_NAMESPACE

namespace Eureka {

class DnsTxtLookup;

// Servers from DNS TXT records, in two steps as Netflix's DnsTxtRecordClusterResolver and
// python-eureka-client do: txt.{region}.{domain} lists the zones (a zone name, or a zone
// domain whose first label is the zone), and txt.{zone}.{domain} (or txt.{zoneDomain})
// lists the servers of that zone. Refreshed periodically; when a lookup fails or finds
// nothing, the last good list is kept.
class EUREKACLIENT_AUTOTEST_EXPORT DnsTxtClusterResolver : public ClusterResolver
{
    Q_OBJECT

public:
    DnsTxtClusterResolver(const ClientConfig &config, DnsTxtLookup *lookup, QRandomGenerator *random,
                          QObject *parent);

    QList<EurekaEndpoint> endpoints() const override { return m_endpoints; }
    void refresh() override;

private:
    void zonesFound(quint64 round, const QStringList &zones);
    void finishRound(quint64 round);

    ClientConfig m_config;
    DnsTxtLookup *m_lookup;
    QRandomGenerator *m_random;
    QTimer m_timer;
    QList<EurekaEndpoint> m_endpoints;
    QList<EurekaEndpoint> m_pending;
    QStringList m_failures;
    int m_outstanding = 0;
    quint64 m_round = 0;
};

} // namespace Eureka
