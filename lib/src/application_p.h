// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/application.h>

namespace Eureka {

// Add and remove that say whether an instance was there. The public API answers "not there"
// with a null InstanceInfo, which cannot tell it from an instance that has no id, host or app:
// the registry's per-status counts must not depend on that difference.
class ApplicationPrivate
{
public:
    // Adds or replaces by instanceId; true (and *old) when it replaced one.
    static bool put(Application &app, const InstanceInfo &info, InstanceInfo *old);
    // Removes by instanceId; true (and *removed) when there was one.
    static bool take(Application &app, const QString &instanceId, InstanceInfo *removed);
    // Decoders append without looking (put() scans the list: quadratic for a large application)
    // and call removeDuplicateIds() once at the end, which leaves what a put() per instance
    // would have: the last of each id, in the place of the first.
    static void append(Application &app, const InstanceInfo &info);
    static void removeDuplicateIds(Application &app);
};

} // namespace Eureka
