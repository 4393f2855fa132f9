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

/** Why an operation failed; errorString() on the reply or signal carries the details. */
enum class Error : quint8 {
    NoError,              ///< success
    NetworkError,         ///< connection refused, reset, host not found, TLS failure...
    TimeoutError,         ///< no answer within the request timeout
    HttpError,            ///< the server answered with a status the operation does not accept
    ProtocolError,        ///< the body could not be decoded (see errorString() for where)
    NoServerAvailable,    ///< the resolver has no Eureka server to ask
    RetryLimitReached,    ///< every server tried failed
    RedirectLimitReached, ///< more redirects than allowed
    DnsError,             ///< a DNS TXT lookup failed
    NotRegistered,        ///< the operation needs a registered instance
    ConfigurationError,   ///< a configuration value is invalid
    OperationCanceled,    ///< aborted, or the client was stopped
};
Q_ENUM_NS(Error)

/** The Eureka REST operations, as Netflix's EurekaHttpClient names them. */
enum class RequestType : quint8 {
    Register,
    Cancel,
    SendHeartbeat,
    StatusUpdate,
    DeleteStatusOverride,
    MetadataUpdate,
    GetApplications,
    GetDelta,
    GetVip,
    GetSecureVip,
    GetApplication,
    GetInstance,
};
Q_ENUM_NS(RequestType)

/** What a client was doing when an error happened (the seed's on_error err_type). */
enum class Operation : quint8 {
    Register,     ///< "register"
    Renew,        ///< "renew" (heartbeat)
    StatusUpdate, ///< "status_update" (status or metadata)
    Cancel,       ///< "cancel"
    Discover,     ///< "discover" (fetching the registry)
    Resolve,      ///< "resolve" (finding Eureka servers)
};
Q_ENUM_NS(Operation)

/** How a service call picks the instance to call (python-eureka-client's ha_strategy). */
enum class HaStrategy : quint8 {
    Random, ///< "RANDOM": any UP instance, shuffled every call (the default)
    Stick,  ///< "STICK": keep one instance while it is registered and UP
    Other,  ///< "OTHER": never the same instance twice in a row
};
Q_ENUM_NS(HaStrategy)

/** How one attempt of a service call ended. */
enum class CallOutcome : quint8 {
    Succeeded, ///< the instance answered (any status below 500)
    Failed,    ///< connection error, timeout or 5xx: the next instance is tried
    Abandoned, ///< stopped because another attempt answered first (hedging) or the call ended
};
Q_ENUM_NS(CallOutcome)

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
