// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/clusterresolver.h>

#include "configclusterresolver.h"
#include "dnstxtclusterresolver.h"
#include "dnstxtlookup.h"

#include <QtCore/QRandomGenerator>
#include <QtNetwork/QHostAddress>

namespace Eureka {

ClusterResolver::~ClusterResolver() = default;

void ClusterResolver::refresh() {}

ClusterResolver *ClusterResolver::create(const ClientConfig &config, QObject *parent)
{
    if (config.dnsDomain.isEmpty())
        return new ConfigClusterResolver(config, QRandomGenerator::global(), parent);
    return new DnsTxtClusterResolver(config, new QtDnsTxtLookup(nullptr, QHostAddress(config.dnsServer)),
                                     QRandomGenerator::global(), parent);
}

} // namespace Eureka
