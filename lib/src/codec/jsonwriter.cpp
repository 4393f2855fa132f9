// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "jsonwriter.h"

#include "jsonkeys_p.h"

namespace Eureka::JsonWriter {

namespace {
namespace K = WireKeys;
using Shape = Codec::InstanceShape;

// Writes compact JSON straight into one buffer, in the field order Netflix's Jackson codec
// uses, so that our bodies read like the real server's. QJsonDocument would sort the keys.
class Writer
{
public:
    QByteArray take() { return std::move(m_out); }
    void reserve(qsizetype n) { m_out.reserve(n); }

    void raw(const char *text) { m_out.append(text); }
    void raw(char c) { m_out.append(c); }

    void key(const char *name)
    {
        comma();
        m_out.append('"').append(name).append("\":");
        m_first = true; // the value follows without a comma
        m_afterKey = true;
    }

    void key(QStringView name)
    {
        comma();
        m_out.append('"');
        escaped(name);
        m_out.append("\":");
        m_first = true;
        m_afterKey = true;
    }

    void beginObject() { valueStart(); m_out.append('{'); m_first = true; }
    void endObject() { m_out.append('}'); m_first = false; }
    void beginArray() { valueStart(); m_out.append('['); m_first = true; }
    void endArray() { m_out.append(']'); m_first = false; }

    void string(QStringView s)
    {
        valueStart();
        m_out.append('"');
        escaped(s);
        m_out.append('"');
        m_first = false;
    }
    void number(qint64 n)
    {
        valueStart();
        m_out.append(QByteArray::number(n));
        m_first = false;
    }

    void field(const char *name, QStringView s) { key(name); string(s); }
    void field(const char *name, qint64 n) { key(name); number(n); }
    void optionalField(const char *name, const QString &s)
    {
        if (!s.isEmpty())
            field(name, s);
    }
    // Eureka sends booleans and timestamps of the instance as strings.
    void stringField(const char *name, qint64 n) { field(name, QString::number(n)); }
    void stringField(const char *name, bool b)
    {
        field(name, b ? QStringView(u"true") : QStringView(u"false"));
    }

private:
    void comma()
    {
        if (!m_first)
            m_out.append(',');
    }
    void valueStart()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        comma();
    }

    void escaped(QStringView s)
    {
        const char16_t *p = s.utf16();
        const qsizetype n = s.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = p[i];
            if (c < 0x80) {
                switch (c) {
                case u'"': m_out.append("\\\""); break;
                case u'\\': m_out.append("\\\\"); break;
                case u'\n': m_out.append("\\n"); break;
                case u'\r': m_out.append("\\r"); break;
                case u'\t': m_out.append("\\t"); break;
                case u'\b': m_out.append("\\b"); break;
                case u'\f': m_out.append("\\f"); break;
                default:
                    if (c < 0x20) {
                        static const char hex[] = "0123456789abcdef";
                        m_out.append("\\u00").append(hex[c >> 4]).append(hex[c & 0xF]);
                    } else {
                        m_out.append(char(c));
                    }
                }
                continue;
            }
            char32_t cp = c;
            if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1]))
                cp = QChar::surrogateToUcs4(c, p[++i]);
            else if (QChar::isSurrogate(c))
                cp = 0xFFFD; // a lone surrogate cannot be encoded
            utf8(cp);
        }
    }

    void utf8(char32_t cp)
    {
        if (cp < 0x800) {
            m_out.append(char(0xC0 | (cp >> 6))).append(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            m_out.append(char(0xE0 | (cp >> 12)))
                .append(char(0x80 | ((cp >> 6) & 0x3F)))
                .append(char(0x80 | (cp & 0x3F)));
        } else {
            m_out.append(char(0xF0 | (cp >> 18)))
                .append(char(0x80 | ((cp >> 12) & 0x3F)))
                .append(char(0x80 | ((cp >> 6) & 0x3F)))
                .append(char(0x80 | (cp & 0x3F)));
        }
    }

    QByteArray m_out;
    bool m_first = true;
    bool m_afterKey = false;
};

void writePort(Writer &w, const char *name, int port, bool enabled)
{
    w.key(name);
    w.beginObject();
    w.field(K::JsonValue, port);
    w.stringField(K::JsonEnabled, enabled);
    w.endObject();
}

} // namespace

namespace {

class InstanceWriter
{
public:
    explicit InstanceWriter(Writer &w)
        : w(w)
    {
    }

    void map(const QList<std::pair<QString, QString>> &entries)
    {
        w.beginObject();
        if (entries.isEmpty())
            w.field(K::JsonClass, QString::fromLatin1(K::EmptyMapClass));
        for (const auto &[k, v] : entries) {
            w.key(QStringView(k));
            w.string(v);
        }
        w.endObject();
    }

    void write(const InstanceInfo &info, Shape shape)
    {
        const bool registration = shape == Shape::Registration;
        w.beginObject();
        w.field(K::InstanceId, info.instanceId());
        w.field(K::HostName, info.hostName());
        w.field(K::App, info.app());
        w.field(K::IpAddr, info.ipAddr());
        w.optionalField(K::Sid, info.sid());
        w.field(K::Status, info.statusText());
        w.field(registration ? K::OverriddenStatusLower : K::OverriddenStatus,
                info.overriddenStatusText());
        writePort(w, K::Port, info.port(), info.isPortEnabled());
        writePort(w, K::SecurePort, info.securePort(), info.isSecurePortEnabled());
        w.field(K::CountryId, info.countryId());

        const DataCenterInfo dc = info.dataCenterInfo();
        w.key(K::DataCenterInfo);
        w.beginObject();
        w.field(K::JsonClass, dc.className());
        w.field(K::Name, dc.name());
        if (dc.isAmazon() || !dc.metadata().isEmpty()) {
            w.key(K::Metadata);
            map(dc.metadata());
        }
        w.endObject();

        const LeaseInfo lease = info.leaseInfo();
        w.key(K::LeaseInfo);
        w.beginObject();
        w.field(K::RenewalIntervalInSecs, lease.renewalIntervalInSecs);
        w.field(K::DurationInSecs, lease.durationInSecs);
        if (!registration) {
            w.field(K::RegistrationTimestamp, lease.registrationTimestamp);
            w.field(K::LastRenewalTimestamp, lease.lastRenewalTimestamp);
            w.field(K::EvictionTimestamp, lease.evictionTimestamp);
            w.field(K::ServiceUpTimestamp, lease.serviceUpTimestamp);
        }
        w.endObject();

        w.key(K::Metadata);
        map(info.metadata());
        w.optionalField(K::AppGroupName, info.appGroupName());
        w.optionalField(K::HomePageUrl, info.homePageUrl());
        w.optionalField(K::StatusPageUrl, info.statusPageUrl());
        w.optionalField(K::HealthCheckUrl, info.healthCheckUrl());
        w.optionalField(K::SecureHealthCheckUrl, info.secureHealthCheckUrl());
        w.optionalField(K::VipAddress, info.vipAddress());
        w.optionalField(K::SecureVipAddress, info.secureVipAddress());
        w.stringField(K::IsCoordinatingDiscoveryServer, info.isCoordinatingDiscoveryServer());
        // A registration carries timestamps only when the client set them.
        if (!registration || info.lastUpdatedTimestamp() != 0)
            w.stringField(K::LastUpdatedTimestamp, info.lastUpdatedTimestamp());
        if (!registration || info.lastDirtyTimestamp() != 0)
            w.stringField(K::LastDirtyTimestamp, info.lastDirtyTimestamp());
        if (info.actionType() != ActionType::None)
            w.field(K::ActionType, toWireString(info.actionType()));
        w.optionalField(K::AsgName, info.asgName());
        w.endObject();
    }

    void write(const Application &app)
    {
        w.beginObject();
        w.field(K::Name, app.name());
        w.key(K::Instance);
        w.beginArray();
        const auto instances = app.instances();
        for (const InstanceInfo &info : instances)
            write(info, Shape::Registry);
        w.endArray();
        w.endObject();
    }

private:
    Writer &w;
};

// Rough bytes per instance in the registry shape, to size the buffer once.
constexpr qsizetype BytesPerInstance = 1100;

} // namespace

QByteArray applications(const Applications &apps)
{
    Writer w;
    w.reserve(64 + apps.instanceCount() * BytesPerInstance);
    InstanceWriter iw(w);
    w.beginObject();
    w.key(K::Applications);
    w.beginObject();
    w.stringField(K::VersionsDelta, apps.versionsDelta());
    w.field(K::AppsHashCode, apps.appsHashCode().isEmpty() ? apps.reconcileHashCode()
                                                           : apps.appsHashCode());
    w.key(K::Application);
    w.beginArray();
    const auto list = apps.applications();
    for (const Application &app : list)
        iw.write(app);
    w.endArray();
    w.endObject();
    w.endObject();
    return w.take();
}

QByteArray application(const Application &app)
{
    Writer w;
    w.reserve(64 + app.size() * BytesPerInstance);
    InstanceWriter iw(w);
    w.beginObject();
    w.key(K::Application);
    iw.write(app);
    w.endObject();
    return w.take();
}

QByteArray instance(const InstanceInfo &info, Codec::InstanceShape shape)
{
    Writer w;
    w.reserve(BytesPerInstance);
    InstanceWriter iw(w);
    w.beginObject();
    w.key(K::Instance);
    iw.write(info, shape);
    w.endObject();
    return w.take();
}

} // namespace Eureka::JsonWriter
