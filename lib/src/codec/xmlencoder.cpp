// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "xmlencoder.h"

#include "jsonkeys_p.h"
#include "xmlnames.h"

#include <QtCore/QXmlStreamWriter>

namespace Eureka::XmlEncoder {

namespace {
namespace K = WireKeys;
using Shape = Codec::InstanceShape;

QString name(const char *key) { return QString::fromLatin1(key); }

// Writes the XStream layout Netflix's server uses: two-space indentation, no XML
// declaration, attributes for port "enabled" and data center "class".
class Encoder
{
public:
    explicit Encoder(QByteArray *out)
        : w(out)
    {
        w.setAutoFormatting(true);
        w.setAutoFormattingIndent(2);
    }

    void text(const char *key, const QString &value) { w.writeTextElement(name(key), value); }
    void optionalText(const char *key, const QString &value)
    {
        if (!value.isEmpty())
            text(key, value);
    }
    void number(const char *key, qint64 value) { text(key, QString::number(value)); }
    void boolean(const char *key, bool value)
    {
        text(key, value ? QStringLiteral("true") : QStringLiteral("false"));
    }

    void port(const char *key, int value, bool enabled)
    {
        w.writeStartElement(name(key));
        w.writeAttribute(name(K::XmlEnabled), enabled ? QStringLiteral("true") : QStringLiteral("false"));
        w.writeCharacters(QString::number(value));
        w.writeEndElement();
    }

    void map(const QList<std::pair<QString, QString>> &entries)
    {
        if (entries.isEmpty()) {
            w.writeEmptyElement(name(K::Metadata));
            w.writeAttribute(name(K::XmlClass), name(K::EmptyMapClass));
            return;
        }
        w.writeStartElement(name(K::Metadata));
        for (const auto &[key, value] : entries)
            w.writeTextElement(XmlNames::encodeKey(key), value);
        w.writeEndElement();
    }

    void instance(const InstanceInfo &info, Shape shape)
    {
        const bool registration = shape == Shape::Registration;
        w.writeStartElement(name(K::Instance));
        text(K::InstanceId, info.instanceId());
        text(K::HostName, info.hostName());
        text(K::App, info.app());
        text(K::IpAddr, info.ipAddr());
        optionalText(K::Sid, info.sid());
        text(K::Status, info.statusText());
        text(K::OverriddenStatusLower, info.overriddenStatusText());
        port(K::Port, info.port(), info.isPortEnabled());
        port(K::SecurePort, info.securePort(), info.isSecurePortEnabled());
        number(K::CountryId, info.countryId());

        const DataCenterInfo dc = info.dataCenterInfo();
        w.writeStartElement(name(K::DataCenterInfo));
        w.writeAttribute(name(K::XmlClass), dc.className());
        text(K::Name, dc.name());
        if (dc.isAmazon() || !dc.metadata().isEmpty())
            map(dc.metadata());
        w.writeEndElement();

        const LeaseInfo lease = info.leaseInfo();
        w.writeStartElement(name(K::LeaseInfo));
        number(K::RenewalIntervalInSecs, lease.renewalIntervalInSecs);
        number(K::DurationInSecs, lease.durationInSecs);
        if (!registration) {
            number(K::RegistrationTimestamp, lease.registrationTimestamp);
            number(K::LastRenewalTimestamp, lease.lastRenewalTimestamp);
            number(K::EvictionTimestamp, lease.evictionTimestamp);
            number(K::ServiceUpTimestamp, lease.serviceUpTimestamp);
        }
        w.writeEndElement();

        map(info.metadata());
        optionalText(K::AppGroupName, info.appGroupName());
        optionalText(K::HomePageUrl, info.homePageUrl());
        optionalText(K::StatusPageUrl, info.statusPageUrl());
        optionalText(K::HealthCheckUrl, info.healthCheckUrl());
        optionalText(K::SecureHealthCheckUrl, info.secureHealthCheckUrl());
        optionalText(K::VipAddress, info.vipAddress());
        optionalText(K::SecureVipAddress, info.secureVipAddress());
        boolean(K::IsCoordinatingDiscoveryServer, info.isCoordinatingDiscoveryServer());
        if (!registration || info.lastUpdatedTimestamp() != 0)
            number(K::LastUpdatedTimestamp, info.lastUpdatedTimestamp());
        if (!registration || info.lastDirtyTimestamp() != 0)
            number(K::LastDirtyTimestamp, info.lastDirtyTimestamp());
        if (info.actionType() != ActionType::None)
            text(K::ActionType, toWireString(info.actionType()));
        optionalText(K::AsgName, info.asgName());
        w.writeEndElement();
    }

    void application(const Application &app)
    {
        w.writeStartElement(name(K::Application));
        text(K::Name, app.name());
        const auto instances = app.instances();
        for (const InstanceInfo &info : instances)
            instance(info, Shape::Registry);
        w.writeEndElement();
    }

    void applications(const Applications &apps)
    {
        w.writeStartElement(name(K::Applications));
        number(K::VersionsDelta, apps.versionsDelta());
        text(K::AppsHashCode,
             apps.appsHashCode().isEmpty() ? apps.reconcileHashCode() : apps.appsHashCode());
        const auto list = apps.applications();
        for (const Application &app : list)
            application(app);
        w.writeEndElement();
    }

private:
    QXmlStreamWriter w;
};

} // namespace

namespace {
// QXmlStreamWriter's auto-formatting starts a document without a declaration with a line
// break; Netflix's server starts with the element.
QByteArray document(QByteArray out)
{
    if (out.startsWith('\n'))
        out.remove(0, 1);
    return out;
}
} // namespace

QByteArray applications(const Applications &apps)
{
    QByteArray out;
    Encoder(&out).applications(apps);
    return document(std::move(out));
}

QByteArray application(const Application &app)
{
    QByteArray out;
    Encoder(&out).application(app);
    return document(std::move(out));
}

QByteArray instance(const InstanceInfo &info, Codec::InstanceShape shape)
{
    QByteArray out;
    Encoder(&out).instance(info, shape);
    return document(std::move(out));
}

} // namespace Eureka::XmlEncoder
