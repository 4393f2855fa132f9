// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/applications.h>

// Builds registries in the real wire shape (Spring-style instances as the captured Netflix
// server answers them): 20 instances per application, three zones, four metadata entries.
namespace RegistryGenerator {

Eureka::InstanceInfo instance(int appIndex, int instanceIndex);
Eureka::Applications registry(int instances);
// A delta of \a changes MODIFIED entries that flip UP <-> DOWN; \a flip chooses the direction.
Eureka::Applications statusDelta(const Eureka::Applications &registry, int changes, bool flip);

} // namespace RegistryGenerator
