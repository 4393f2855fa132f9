// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/applications.h>

// Builds registries in the real wire shape (Spring-style instances as the captured Netflix
// server answers them): 20 instances per application, three zones, four metadata entries.
namespace RegistryGenerator {

// The uniform registry (the first benchmarks' generator, kept as a second case): 20
// instances per application, metadata identical per application and zone. It flatters a
// decoder that shares repeated values.
Eureka::InstanceInfo instance(int appIndex, int instanceIndex);
Eureka::Applications registry(int instances);

// A registry shaped like a real fleet: one application per 100 instances, of uneven sizes
// (40 to 170 instances at 10,000), Spring Cloud instance ids on pod-style host names, a mix of
// statuses, and metadata with values unique to each instance (git commit, management port,
// start time) beside shared ones (zone, version, team). Deterministic for a given size.
Eureka::Applications realisticRegistry(int instances);
// A delta of \a changes MODIFIED entries that flip UP <-> DOWN; \a flip chooses the direction.
Eureka::Applications statusDelta(const Eureka::Applications &registry, int changes, bool flip);

} // namespace RegistryGenerator
