// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "configclusterresolver.h"

#include "../logging_p.h"

#include <QtCore/QRandomGenerator>

#include <algorithm>

namespace Eureka {

namespace {
void shuffle(QList<EurekaEndpoint> &list, QRandomGenerator *random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(random->bounded(quint32(i + 1))));
}
} // namespace

QUrl ConfigClusterResolver::completeUrl(const QString &text, const ClientConfig &config)
{
    QString raw = text.trimmed();
    if (!raw.contains(QLatin1String("://")))
        raw = config.protocol + QStringLiteral("://") + raw;
    QUrl url(raw, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    if (url.userInfo().isEmpty() && !config.username.isEmpty()) {
        url.setUserName(config.username);
        url.setPassword(config.password);
    }
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(config.contextPath);
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    return url;
}

QList<EurekaEndpoint> ConfigClusterResolver::zoneAffinityOrder(const QList<EurekaEndpoint> &endpoints,
                                                               const QString &myZone, bool preferSameZone,
                                                               QRandomGenerator *random)
{
    QList<EurekaEndpoint> mine;
    QList<EurekaEndpoint> others;
    for (const EurekaEndpoint &e : endpoints)
        (preferSameZone && e.zone() == myZone ? mine : others).append(e);
    shuffle(mine, random);
    shuffle(others, random);
    return mine + others;
}

ConfigClusterResolver::ConfigClusterResolver(const ClientConfig &config, QRandomGenerator *random,
                                             QObject *parent)
    : ClusterResolver(parent)
{
    QList<EurekaEndpoint> all;
    auto add = [&](const QString &text, const QString &zone) {
        // Spring writes several URLs in one comma-separated value.
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QUrl url = completeUrl(part, config);
            if (url.isValid())
                all.append(EurekaEndpoint(url, zone, config.region));
            else
                qCWarning(lcEurekaResolver) << "ignoring an invalid Eureka service URL in zone" << zone;
        }
    };
    for (auto it = config.zoneServiceUrls.cbegin(); it != config.zoneServiceUrls.cend(); ++it) {
        for (const QString &text : it.value())
            add(text, it.key());
    }
    const QString defaultZone = config.zone.isEmpty() ? QStringLiteral("defaultZone") : config.zone;
    for (const QString &text : config.serviceUrls)
        add(text, defaultZone);
    // A static list keeps its order, as python-eureka-client does; zones are ordered by affinity.
    m_endpoints = config.zoneServiceUrls.isEmpty()
        ? all
        : zoneAffinityOrder(all, config.zone, config.preferSameZone, random);
}

} // namespace Eureka
