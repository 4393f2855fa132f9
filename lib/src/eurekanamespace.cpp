// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/eurekanamespace.h>

namespace Eureka {

QString toWireString(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Up: return QStringLiteral("UP");
    case InstanceStatus::Down: return QStringLiteral("DOWN");
    case InstanceStatus::Starting: return QStringLiteral("STARTING");
    case InstanceStatus::OutOfService: return QStringLiteral("OUT_OF_SERVICE");
    case InstanceStatus::Unknown: break;
    }
    return QStringLiteral("UNKNOWN");
}

InstanceStatus instanceStatusFromString(QStringView text)
{
    // Netflix's InstanceStatus.toEnum() is case-insensitive and falls back to UNKNOWN.
    static constexpr struct {
        QLatin1StringView name;
        InstanceStatus status;
    } table[] = {
        {QLatin1StringView("UP"), InstanceStatus::Up},
        {QLatin1StringView("DOWN"), InstanceStatus::Down},
        {QLatin1StringView("STARTING"), InstanceStatus::Starting},
        {QLatin1StringView("OUT_OF_SERVICE"), InstanceStatus::OutOfService},
        {QLatin1StringView("UNKNOWN"), InstanceStatus::Unknown},
    };
    for (const auto &entry : table) {
        if (text.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.status;
    }
    return InstanceStatus::Unknown;
}

QString toWireString(ActionType action)
{
    switch (action) {
    case ActionType::Added: return QStringLiteral("ADDED");
    case ActionType::Modified: return QStringLiteral("MODIFIED");
    case ActionType::Deleted: return QStringLiteral("DELETED");
    case ActionType::None: break;
    }
    return {};
}

ActionType actionTypeFromString(QStringView text)
{
    if (text.compare(QLatin1StringView("ADDED"), Qt::CaseInsensitive) == 0)
        return ActionType::Added;
    if (text.compare(QLatin1StringView("MODIFIED"), Qt::CaseInsensitive) == 0)
        return ActionType::Modified;
    if (text.compare(QLatin1StringView("DELETED"), Qt::CaseInsensitive) == 0)
        return ActionType::Deleted;
    return ActionType::None;
}

QByteArray mimeType(WireFormat format)
{
    return format == WireFormat::Xml ? QByteArrayLiteral("application/xml")
                                     : QByteArrayLiteral("application/json");
}

} // namespace Eureka
