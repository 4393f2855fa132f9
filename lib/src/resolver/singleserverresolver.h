// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/clusterresolver.h>

namespace Eureka {

// One server, asked alone: for what needs each server's own answer (a drain, a propagation
// probe), not the cluster's.
class SingleServerResolver : public ClusterResolver
{
public:
    SingleServerResolver(const EurekaEndpoint &endpoint, QObject *parent)
        : ClusterResolver(parent)
        , m_endpoint(endpoint)
    {
    }
    QList<EurekaEndpoint> endpoints() const override { return {m_endpoint}; }

private:
    EurekaEndpoint m_endpoint;
};

} // namespace Eureka
