// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "eurekarequest.h"

#include <EurekaClient/codec.h>

namespace Eureka {

namespace {
QString instancePath(const QString &app, const QString &instanceId)
{
    return QStringLiteral("apps/") + app + QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(instanceId, ":"));
}

QString instancePath(const InstanceInfo &info) { return instancePath(info.app(), info.instanceId()); }

void addRegions(QUrlQuery &query, const QStringList &regions)
{
    if (!regions.isEmpty())
        query.addQueryItem(QStringLiteral("regions"), regions.join(QLatin1Char(',')));
}
} // namespace

EurekaRequest EurekaRequest::registration(const InstanceInfo &info, WireFormat format)
{
    EurekaRequest r;
    r.type = RequestType::Register;
    r.verb = "POST";
    r.path = QStringLiteral("apps/") + info.app();
    r.body = Codec::encodeInstance(info, format, Codec::InstanceShape::Registration);
    r.format = format;
    return r;
}

EurekaRequest EurekaRequest::heartbeat(const InstanceInfo &info)
{
    EurekaRequest r;
    r.type = RequestType::SendHeartbeat;
    r.verb = "PUT";
    r.path = instancePath(info);
    // What DiscoveryClient.renew() sends: the server answers 404 when our data is newer.
    r.query.addQueryItem(QStringLiteral("status"), info.statusText());
    r.query.addQueryItem(QStringLiteral("lastDirtyTimestamp"), QString::number(info.lastDirtyTimestamp()));
    return r;
}

EurekaRequest EurekaRequest::cancel(const InstanceInfo &info)
{
    EurekaRequest r;
    r.type = RequestType::Cancel;
    r.verb = "DELETE";
    r.path = instancePath(info);
    return r;
}

EurekaRequest EurekaRequest::cancel(const QString &app, const QString &instanceId)
{
    EurekaRequest r;
    r.type = RequestType::Cancel;
    r.verb = "DELETE";
    r.path = instancePath(app, instanceId);
    return r;
}

EurekaRequest EurekaRequest::statusOverride(const QString &app, const QString &instanceId, InstanceStatus status)
{
    EurekaRequest r;
    r.type = RequestType::StatusUpdate;
    r.verb = "PUT";
    r.path = instancePath(app, instanceId) + QStringLiteral("/status");
    r.query.addQueryItem(QStringLiteral("value"), toWireString(status));
    return r;
}

EurekaRequest EurekaRequest::deleteStatusOverride(const QString &app, const QString &instanceId)
{
    EurekaRequest r;
    r.type = RequestType::DeleteStatusOverride;
    r.verb = "DELETE";
    r.path = instancePath(app, instanceId) + QStringLiteral("/status");
    return r;
}

EurekaRequest EurekaRequest::metadataUpdate(const InstanceInfo &info, const MetadataEntries &entries)
{
    EurekaRequest r;
    r.type = RequestType::MetadataUpdate;
    r.verb = "PUT";
    r.path = instancePath(info) + QStringLiteral("/metadata");
    for (const auto &[key, value] : entries)
        r.query.addQueryItem(QString::fromUtf8(QUrl::toPercentEncoding(key)), QString::fromUtf8(QUrl::toPercentEncoding(value)));
    return r;
}

namespace {
EurekaRequest queryRequest(RequestType type, const QString &path, const QStringList &regions, WireFormat format)
{
    EurekaRequest r;
    r.type = type;
    r.path = path;
    r.format = format;
    addRegions(r.query, regions);
    return r;
}
} // namespace

EurekaRequest EurekaRequest::applications(const QStringList &regions, WireFormat format)
{
    return queryRequest(RequestType::GetApplications, QStringLiteral("apps/"), regions, format);
}

EurekaRequest EurekaRequest::delta(const QStringList &regions, WireFormat format)
{
    return queryRequest(RequestType::GetDelta, QStringLiteral("apps/delta"), regions, format);
}

EurekaRequest EurekaRequest::vip(const QString &vip, WireFormat format)
{
    return queryRequest(RequestType::GetVip, QStringLiteral("vips/") + vip, {}, format);
}

} // namespace Eureka
