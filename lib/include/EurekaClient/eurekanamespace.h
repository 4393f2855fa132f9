// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclient_export.h>

#include <QtCore/QObject>
#include <QtCore/QString>

/** The QtEureka library: a Qt 6 client for Netflix Eureka 1.x service registries. */
namespace Eureka {
// Q_NAMESPACE may appear only once per namespace (it defines staticMetaObject), so every
// namespace-level enum of Eureka lives in this header.
Q_NAMESPACE_EXPORT(EUREKACLIENT_EXPORT)

/** The status an instance reports, as Netflix's InstanceInfo.InstanceStatus. */
enum class InstanceStatus : quint8 {
    Up,           ///< "UP": ready to receive traffic
    Down,         ///< "DOWN": failed its health check
    Starting,     ///< "STARTING": initialising, not ready yet
    OutOfService, ///< "OUT_OF_SERVICE": taken out of traffic on purpose
    Unknown,      ///< "UNKNOWN", or any status string the library does not know
};
Q_ENUM_NS(InstanceStatus)

/** What a delta entry says happened to an instance. */
enum class ActionType : quint8 {
    None,     ///< no actionType on the wire
    Added,    ///< "ADDED"
    Modified, ///< "MODIFIED"
    Deleted,  ///< "DELETED"
};
Q_ENUM_NS(ActionType)

/** The two wire formats Eureka servers speak. */
enum class WireFormat : quint8 {
    Json, ///< application/json, the library's default
    Xml,  ///< application/xml, what Netflix's server answers when no Accept header is given
};
Q_ENUM_NS(WireFormat)

/** The wire name of a status ("UP", "OUT_OF_SERVICE", ...). */
EUREKACLIENT_EXPORT QString toWireString(InstanceStatus status);
/** Maps "UP", "up", ... to a status; anything unknown gives InstanceStatus::Unknown. */
EUREKACLIENT_EXPORT InstanceStatus instanceStatusFromString(QStringView text);
/** The wire name of an action type ("ADDED", ...); empty for ActionType::None. */
EUREKACLIENT_EXPORT QString toWireString(ActionType action);
/** Maps "ADDED", "MODIFIED", "DELETED"; anything else gives ActionType::None. */
EUREKACLIENT_EXPORT ActionType actionTypeFromString(QStringView text);
/** The MIME type of a wire format ("application/json" or "application/xml"). */
EUREKACLIENT_EXPORT QByteArray mimeType(WireFormat format);

} // namespace Eureka
