// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/instanceinfo.h>

// The version an instance reports in its metadata, the way Spring Boot Admin and most Spring
// Cloud fleets publish it ("version", "build.version", "app.version", "info.version"); empty
// when it reports none.
namespace InstanceVersion {
QString of(const Eureka::InstanceInfo &info);
}
