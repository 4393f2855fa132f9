// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/clusterresolver.h>

namespace Eureka {

ClusterResolver::~ClusterResolver() = default;

void ClusterResolver::refresh() {}

} // namespace Eureka
