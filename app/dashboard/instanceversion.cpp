// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "instanceversion.h"

namespace InstanceVersion {

QString of(const Eureka::InstanceInfo &info)
{
    for (const char *key : {"version", "build.version", "app.version", "info.version"}) {
        const QString value = info.metadataValue(QLatin1String(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace InstanceVersion
