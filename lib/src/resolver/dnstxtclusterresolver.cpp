// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "dnstxtclusterresolver.h"

#include "../logging_p.h"
#include "configclusterresolver.h"
#include "dnstxtlookup.h"

namespace Eureka {

DnsTxtClusterResolver::DnsTxtClusterResolver(const ClientConfig &config, DnsTxtLookup *lookup,
                                             QRandomGenerator *random, QObject *parent)
    : ClusterResolver(parent)
    , m_config(config)
    , m_lookup(lookup)
    , m_random(random)
{
    m_lookup->setParent(this);
    m_timer.setInterval(config.resolverRefreshInterval);
    connect(&m_timer, &QTimer::timeout, this, &DnsTxtClusterResolver::refresh);
}

void DnsTxtClusterResolver::refresh()
{
    if (!m_timer.isActive())
        m_timer.start();
    const quint64 round = ++m_round;
    const QString root = QStringLiteral("txt.%1.%2").arg(m_config.region, m_config.dnsDomain);
    m_lookup->lookup(root, [this, round, root](bool ok, const QStringList &zones, const QString &error) {
        if (round != m_round)
            return; // a newer refresh started
        if (!ok || zones.isEmpty()) {
            const QString text = ok ? tr("DNS TXT record %1 lists no zones").arg(root)
                                    : tr("DNS TXT lookup of %1 failed: %2").arg(root, error);
            qCWarning(lcEurekaResolver).noquote() << text << "; keeping" << m_endpoints.size() << "known servers";
            Q_EMIT errorOccurred(Error::DnsError, text);
            return;
        }
        zonesFound(round, zones);
    });
}

void DnsTxtClusterResolver::zonesFound(quint64 round, const QStringList &zones)
{
    m_pending.clear();
    m_failures.clear();
    m_outstanding = int(zones.size());
    for (const QString &entry : zones) {
        // "us-east-1c" or "us-east-1c.example.com" or "txt.us-east-1c.example.com".
        QString zoneDomain = entry.endsWith(QLatin1Char('.')) ? entry.chopped(1) : entry;
        if (zoneDomain.startsWith(QLatin1String("txt.")))
            zoneDomain = zoneDomain.mid(4);
        const QString zone = zoneDomain.section(QLatin1Char('.'), 0, 0);
        const QString name = zoneDomain.contains(QLatin1Char('.'))
            ? QStringLiteral("txt.") + zoneDomain
            : QStringLiteral("txt.%1.%2").arg(zone, m_config.dnsDomain);
        m_lookup->lookup(name, [this, round, zone, name](bool ok, const QStringList &hosts, const QString &error) {
            if (round != m_round)
                return;
            if (ok) {
                for (const QString &host : hosts) {
                    QString text = host.endsWith(QLatin1Char('.')) ? host.chopped(1) : host;
                    if (!text.contains(QLatin1String("://")) && !text.contains(QLatin1Char(':')))
                        text += QLatin1Char(':') + QString::number(m_config.serverPort);
                    const QUrl url = ConfigClusterResolver::completeUrl(text, m_config);
                    if (url.isValid())
                        m_pending.append(EurekaEndpoint(url, zone, m_config.region));
                }
            } else {
                m_failures.append(tr("%1: %2").arg(name, error));
            }
            if (--m_outstanding == 0)
                finishRound(round);
        });
    }
}

void DnsTxtClusterResolver::finishRound(quint64 round)
{
    if (round != m_round)
        return;
    if (m_pending.isEmpty()) {
        const QString text = tr("DNS lists no Eureka servers (%1)").arg(m_failures.join(QStringLiteral("; ")));
        qCWarning(lcEurekaResolver).noquote() << text << "; keeping" << m_endpoints.size() << "known servers";
        Q_EMIT errorOccurred(Error::DnsError, text);
        return;
    }
    if (!m_failures.isEmpty())
        Q_EMIT errorOccurred(Error::DnsError, tr("some zones could not be resolved: %1").arg(m_failures.join(QStringLiteral("; "))));
    const QList<EurekaEndpoint> ordered = ConfigClusterResolver::zoneAffinityOrder(m_pending, m_config.zone,
                                                                                   m_config.preferSameZone, m_random);
    // Compare as sets: a reshuffle alone is no change worth announcing.
    const QSet<EurekaEndpoint> before(m_endpoints.cbegin(), m_endpoints.cend());
    const QSet<EurekaEndpoint> after(ordered.cbegin(), ordered.cend());
    // endpoints() holds the new list before anyone hears of the round.
    if (before != after) {
        m_endpoints = ordered;
        qCInfo(lcEurekaResolver) << "DNS lists" << m_endpoints.size() << "Eureka servers";
        Q_EMIT endpointsChanged();
    }
    if (m_failures.isEmpty())
        Q_EMIT refreshed();
}

} // namespace Eureka
