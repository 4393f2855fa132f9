// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/instanceinfo.h>

namespace Eureka {

// Field order groups the 8-byte members first and the small ones last, to keep the
// per-instance footprint down (registries of 100,000 instances are held in memory).
class InstanceInfoData : public QSharedData
{
public:
    QString instanceId;
    QString app;
    QString appGroupName;
    QString ipAddr;
    QString sid;
    QString hostName;
    QString homePageUrl;
    QString statusPageUrl;
    QString healthCheckUrl;
    QString secureHealthCheckUrl;
    QString vipAddress;
    QString secureVipAddress;
    QString asgName;
    // Only set when the wire carried a status the enum cannot name ("DEGRADED").
    QString statusText;
    QString overriddenStatusText;
    DataCenterInfo dataCenterInfo;
    MetadataEntries metadata;
    LeaseInfo leaseInfo;
    qint64 lastUpdatedTimestamp = 0;
    qint64 lastDirtyTimestamp = 0;
    qint32 port = 7001;
    qint32 securePort = 7002;
    qint32 countryId = 1;
    InstanceStatus status = InstanceStatus::Up;
    InstanceStatus overriddenStatus = InstanceStatus::Unknown;
    ActionType actionType = ActionType::None;
    bool portEnabled = true;
    bool securePortEnabled = false;
    bool coordinatingDiscoveryServer = false;
};

} // namespace Eureka
