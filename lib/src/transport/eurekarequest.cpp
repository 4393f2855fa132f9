// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "eurekarequest.h"

#include <EurekaClient/codec.h>

namespace Eureka {

namespace {
QString instancePath(const InstanceInfo &info)
{
    return QStringLiteral("apps/") + info.app() + QLatin1Char('/')
        + QString::fromUtf8(QUrl::toPercentEncoding(info.instanceId(), ":"));
}

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

EurekaRequest EurekaRequest::applications(const QStringList &regions, WireFormat format)
{
    EurekaRequest r;
    r.type = RequestType::GetApplications;
    r.path = QStringLiteral("apps/");
    r.format = format;
    addRegions(r.query, regions);
    return r;
}

EurekaRequest EurekaRequest::delta(const QStringList &regions, WireFormat format)
{
    EurekaRequest r;
    r.type = RequestType::GetDelta;
    r.path = QStringLiteral("apps/delta");
    r.format = format;
    addRegions(r.query, regions);
    return r;
}

EurekaRequest EurekaRequest::vip(const QString &vip, WireFormat format)
{
    EurekaRequest r;
    r.type = RequestType::GetVip;
    r.path = QStringLiteral("vips/") + vip;
    r.format = format;
    return r;
}

} // namespace Eureka
