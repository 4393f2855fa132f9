// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "instanceversion.h"

namespace InstanceVersion {

QString of(const Eureka::InstanceInfo &info)
{
    // Static strings: asked twice per change by the application list, a conversion from Latin-1
    // allocated four strings per call for instances without a version.
    static const QString keys[] = {QStringLiteral("version"), QStringLiteral("build.version"),
                                   QStringLiteral("app.version"), QStringLiteral("info.version")};
    for (const QString &key : keys) {
        QString value = info.metadataValue(key);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace InstanceVersion
