// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// The one home of Eureka's wire names, shared by the JSON and XML codecs. Nothing outside
// lib/src/codec spells a wire key.
namespace Eureka::WireKeys {

inline constexpr char Applications[] = "applications";
inline constexpr char Application[] = "application";
inline constexpr char Instance[] = "instance";
inline constexpr char VersionsDelta[] = "versions__delta";
inline constexpr char AppsHashCode[] = "apps__hashcode";
inline constexpr char Name[] = "name";

inline constexpr char InstanceId[] = "instanceId";
inline constexpr char HostName[] = "hostName";
inline constexpr char App[] = "app";
inline constexpr char IpAddr[] = "ipAddr";
inline constexpr char Sid[] = "sid";
inline constexpr char Status[] = "status";
// JSON responses say overriddenStatus; registration bodies and all XML say overriddenstatus.
inline constexpr char OverriddenStatus[] = "overriddenStatus";
inline constexpr char OverriddenStatusLower[] = "overriddenstatus";
inline constexpr char Port[] = "port";
inline constexpr char SecurePort[] = "securePort";
inline constexpr char CountryId[] = "countryId";
inline constexpr char DataCenterInfo[] = "dataCenterInfo";
inline constexpr char LeaseInfo[] = "leaseInfo";
inline constexpr char Metadata[] = "metadata";
inline constexpr char AppGroupName[] = "appGroupName";
inline constexpr char HomePageUrl[] = "homePageUrl";
inline constexpr char StatusPageUrl[] = "statusPageUrl";
inline constexpr char HealthCheckUrl[] = "healthCheckUrl";
inline constexpr char SecureHealthCheckUrl[] = "secureHealthCheckUrl";
inline constexpr char VipAddress[] = "vipAddress";
inline constexpr char SecureVipAddress[] = "secureVipAddress";
inline constexpr char IsCoordinatingDiscoveryServer[] = "isCoordinatingDiscoveryServer";
inline constexpr char LastUpdatedTimestamp[] = "lastUpdatedTimestamp";
inline constexpr char LastDirtyTimestamp[] = "lastDirtyTimestamp";
inline constexpr char ActionType[] = "actionType";
inline constexpr char AsgName[] = "asgName";

inline constexpr char RenewalIntervalInSecs[] = "renewalIntervalInSecs";
inline constexpr char DurationInSecs[] = "durationInSecs";
inline constexpr char RegistrationTimestamp[] = "registrationTimestamp";
inline constexpr char LastRenewalTimestamp[] = "lastRenewalTimestamp";
inline constexpr char EvictionTimestamp[] = "evictionTimestamp";
inline constexpr char ServiceUpTimestamp[] = "serviceUpTimestamp";

// JSON spells attributes with '@' and element text as '$'; XML uses real attributes.
inline constexpr char JsonValue[] = "$";
inline constexpr char JsonEnabled[] = "@enabled";
inline constexpr char JsonClass[] = "@class";
inline constexpr char XmlEnabled[] = "enabled";
inline constexpr char XmlClass[] = "class";
inline constexpr char EmptyMapClass[] = "java.util.Collections$EmptyMap";

} // namespace Eureka::WireKeys
