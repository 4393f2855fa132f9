// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/instanceinfo.h>

#include <QtCore/QUrlQuery>

namespace Eureka {

// One Eureka REST call, independent of which server will answer it: the path is relative to
// a server's service root ("apps/ORDER-SERVICE/10.0.1.11:order-service:8080").
struct EUREKACLIENT_AUTOTEST_EXPORT EurekaRequest
{
    RequestType type = RequestType::GetApplications;
    QByteArray verb = "GET";
    QString path;
    QUrlQuery query;
    QByteArray body;
    WireFormat format = WireFormat::Json; // of the body and of the answer asked for
    // Ask for gzip and take the answer as it comes: the caller inflates it (the registry
    // thread does, so that a 110 MB registry is not inflated on the owner's thread, as
    // QNetworkAccessManager's automatic decompression would).
    bool compressedAnswer = false;

    static EurekaRequest registration(const InstanceInfo &info, WireFormat format);
    static EurekaRequest heartbeat(const InstanceInfo &info);
    static EurekaRequest cancel(const InstanceInfo &info);
    static EurekaRequest cancel(const QString &app, const QString &instanceId);
    static EurekaRequest statusOverride(const QString &app, const QString &instanceId, InstanceStatus status);
    static EurekaRequest deleteStatusOverride(const QString &app, const QString &instanceId);
    static EurekaRequest metadataUpdate(const InstanceInfo &info, const MetadataEntries &entries);
    static EurekaRequest applications(const QStringList &regions, WireFormat format);
    static EurekaRequest delta(const QStringList &regions, WireFormat format);
    static EurekaRequest vip(const QString &vip, WireFormat format);
};

} // namespace Eureka
