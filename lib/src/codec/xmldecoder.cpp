// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "xmldecoder.h"

#include "decodecontext.h"
#include "jsonkeys_p.h"
#include "stringinterner.h"
#include "xmlnames.h"

#include <QtCore/QHash>
#include <QtCore/QXmlStreamReader>

namespace Eureka::XmlDecoder {

namespace {
namespace K = WireKeys;

bool is(QStringView name, const char *key) { return name == QLatin1StringView(key); }

class Decoder
{
public:
    Decoder(QByteArrayView data, CodecError *error)
        : m_ctx(error)
    {
        if (data.size() > MaxDocumentSize) {
            m_ctx.fail(QStringLiteral("document of %1 bytes is larger than the %2 byte limit")
                           .arg(data.size())
                           .arg(MaxDocumentSize));
            return;
        }
        // QXmlStreamReader would quietly replace broken UTF-8; Eureka speaks UTF-8 only.
        const qint64 bad = firstInvalidUtf8(data);
        if (bad >= 0) {
            m_ctx.fail(QStringLiteral("invalid UTF-8"), bad);
            return;
        }
        m_empty = data.trimmed().isEmpty();
        m_reader.addData(data.toByteArray());
    }

    bool failed() const { return m_ctx.failed(); }

    // Positions the reader on the root element, which must be \a root.
    bool openRoot(const char *root)
    {
        if (m_ctx.failed())
            return false;
        if (m_empty) {
            m_ctx.fail(QStringLiteral("empty document"), 0);
            return false;
        }
        if (!m_reader.readNextStartElement()) {
            checkReader();
            if (!m_ctx.failed())
                m_ctx.fail(QStringLiteral("empty document"), 0);
            return false;
        }
        if (!is(m_reader.name(), root)) {
            m_ctx.fail(QStringLiteral("expected <%1>, found <%2>")
                           .arg(QLatin1StringView(root), m_reader.name()),
                       m_reader.characterOffset());
            return false;
        }
        return true;
    }

    Applications applications()
    {
        PathScope scope(m_ctx, K::Applications);
        Applications apps;
        qsizetype appIndex = 0;
        while (!m_ctx.failed() && m_reader.readNextStartElement()) {
            const QStringView name = m_reader.name();
            if (is(name, K::VersionsDelta)) {
                PathScope s(m_ctx, K::VersionsDelta);
                apps.setVersionsDelta(integer());
            } else if (is(name, K::AppsHashCode)) {
                apps.setAppsHashCode(text());
            } else if (is(name, K::Application)) {
                PathScope s(m_ctx, K::Application, appIndex++);
                Application app = application();
                if (!m_ctx.failed())
                    apps.addApplication(app);
            } else {
                m_reader.skipCurrentElement();
            }
        }
        checkReader();
        return m_ctx.failed() ? Applications() : apps;
    }

    Application application()
    {
        Application app;
        qsizetype index = 0;
        while (!m_ctx.failed() && m_reader.readNextStartElement()) {
            const QStringView name = m_reader.name();
            if (is(name, K::Name)) {
                app.setName(m_interner.intern(text()));
            } else if (is(name, K::Instance)) {
                PathScope s(m_ctx, K::Instance, index++);
                InstanceInfo info = instance();
                if (!m_ctx.failed())
                    app.addInstance(info);
            } else {
                m_reader.skipCurrentElement();
            }
        }
        checkReader();
        return m_ctx.failed() ? Application() : app;
    }

    InstanceInfo instance()
    {
        InstanceInfo info;
        while (!m_ctx.failed() && m_reader.readNextStartElement()) {
            const QString name = m_reader.name().toString();
            const QByteArray key = name.toLatin1();
            PathScope s(m_ctx, key.constData());
            if (is(name, K::InstanceId)) info.setInstanceId(text());
            else if (is(name, K::HostName)) info.setHostName(text());
            else if (is(name, K::App)) info.setApp(m_interner.intern(text()));
            else if (is(name, K::IpAddr)) info.setIpAddr(text());
            else if (is(name, K::Status)) info.setStatusText(text());
            else if (is(name, K::OverriddenStatusLower) || is(name, K::OverriddenStatus))
                info.setOverriddenStatusText(text());
            else if (is(name, K::Port)) {
                bool enabled = info.isPortEnabled();
                info.setPort(port(&enabled));
                info.setPortEnabled(enabled);
            } else if (is(name, K::SecurePort)) {
                bool enabled = info.isSecurePortEnabled();
                info.setSecurePort(port(&enabled));
                info.setSecurePortEnabled(enabled);
            }
            else if (is(name, K::CountryId)) info.setCountryId(int32());
            else if (is(name, K::DataCenterInfo)) info.setDataCenterInfo(dataCenter());
            else if (is(name, K::LeaseInfo)) info.setLeaseInfo(lease());
            else if (is(name, K::Metadata)) info.setMetadata(sharedMap());
            else if (is(name, K::HomePageUrl)) info.setHomePageUrl(text());
            else if (is(name, K::StatusPageUrl)) info.setStatusPageUrl(text());
            else if (is(name, K::HealthCheckUrl)) info.setHealthCheckUrl(text());
            else if (is(name, K::SecureHealthCheckUrl)) info.setSecureHealthCheckUrl(text());
            else if (is(name, K::VipAddress)) info.setVipAddress(m_interner.intern(text()));
            else if (is(name, K::SecureVipAddress)) info.setSecureVipAddress(m_interner.intern(text()));
            else if (is(name, K::IsCoordinatingDiscoveryServer)) info.setCoordinatingDiscoveryServer(boolean());
            else if (is(name, K::LastUpdatedTimestamp)) info.setLastUpdatedTimestamp(integer());
            else if (is(name, K::LastDirtyTimestamp)) info.setLastDirtyTimestamp(integer());
            else if (is(name, K::ActionType)) info.setActionType(actionTypeFromString(text()));
            else if (is(name, K::AppGroupName)) info.setAppGroupName(m_interner.intern(text()));
            else if (is(name, K::Sid)) info.setSid(m_interner.intern(text()));
            else if (is(name, K::AsgName)) info.setAsgName(m_interner.intern(text()));
            else m_reader.skipCurrentElement();
        }
        checkReader();
        if (m_ctx.failed())
            return {};
        if (info.instanceId().isEmpty())
            info.setInstanceId(info.hostName());
        return info;
    }

private:
    void checkReader()
    {
        if (m_reader.hasError() && !m_ctx.failed()) {
            m_ctx.fail(QStringLiteral("malformed XML at line %1, column %2: %3")
                           .arg(m_reader.lineNumber())
                           .arg(m_reader.columnNumber())
                           .arg(m_reader.errorString()),
                       m_reader.characterOffset());
        }
    }

    QString text()
    {
        QString value = m_reader.readElementText(QXmlStreamReader::SkipChildElements);
        checkReader();
        return value;
    }

    qint64 integer()
    {
        const QString value = text().trimmed();
        if (value.isEmpty() || m_ctx.failed())
            return 0;
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok)
            m_ctx.fail(QStringLiteral("expected a number, found \"%1\"").arg(value.left(40)));
        return n;
    }

    int int32()
    {
        const qint64 v = integer();
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
            m_ctx.fail(QStringLiteral("number %1 is out of range").arg(v));
            return 0;
        }
        return int(v);
    }

    bool parseBool(const QString &value)
    {
        const QString v = value.trimmed();
        if (v.compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (v.isEmpty() || v.compare(QLatin1StringView("false"), Qt::CaseInsensitive) == 0)
            return false;
        m_ctx.fail(QStringLiteral("expected true or false, found \"%1\"").arg(v.left(40)));
        return false;
    }

    bool boolean() { return parseBool(text()); }

    int port(bool *enabled)
    {
        const auto attrs = m_reader.attributes();
        if (attrs.hasAttribute(QLatin1StringView(K::XmlEnabled)))
            *enabled = parseBool(attrs.value(QLatin1StringView(K::XmlEnabled)).toString());
        return int32();
    }

    MetadataEntries map()
    {
        MetadataEntries entries;
        while (!m_ctx.failed() && m_reader.readNextStartElement()) {
            const QString key = m_interner.intern(XmlNames::decodeKey(m_reader.name()));
            entries.append({key, m_interner.intern(text())});
        }
        checkReader();
        return entries;
    }

    // Identical metadata lists (same app, same zone) are shared, as in the JSON decoder.
    MetadataEntries sharedMap()
    {
        MetadataEntries entries = map();
        QString key;
        for (const auto &[k, v] : entries)
            key += k + QChar(0) + v + QChar(0);
        auto it = m_maps.constFind(key);
        if (it != m_maps.constEnd())
            return *it;
        m_maps.insert(key, entries);
        return entries;
    }

    LeaseInfo lease()
    {
        LeaseInfo lease;
        while (!m_ctx.failed() && m_reader.readNextStartElement()) {
            const QStringView name = m_reader.name();
            if (is(name, K::RenewalIntervalInSecs)) lease.renewalIntervalInSecs = int32();
            else if (is(name, K::DurationInSecs)) lease.durationInSecs = int32();
            else if (is(name, K::RegistrationTimestamp)) lease.registrationTimestamp = integer();
            else if (is(name, K::LastRenewalTimestamp)) lease.lastRenewalTimestamp = integer();
            else if (is(name, K::EvictionTimestamp)) lease.evictionTimestamp = integer();
            else if (is(name, K::ServiceUpTimestamp)) lease.serviceUpTimestamp = integer();
            else m_reader.skipCurrentElement();
        }
        checkReader();
        return lease;
    }

    DataCenterInfo dataCenter()
    {
        const QString className =
            m_reader.attributes().value(QLatin1StringView(K::XmlClass)).toString();
        QString name;
        MetadataEntries metadata;
        bool hasMetadata = false;
        while (!m_ctx.failed() && m_reader.readNextStartElement()) {
            if (is(m_reader.name(), K::Name)) {
                name = text();
            } else if (is(m_reader.name(), K::Metadata)) {
                hasMetadata = true;
                metadata = map();
            } else {
                m_reader.skipCurrentElement();
            }
        }
        checkReader();
        const QString cacheKey = className + QChar(0) + name;
        if (!hasMetadata) {
            auto it = m_dataCenters.constFind(cacheKey);
            if (it != m_dataCenters.constEnd())
                return *it;
        }
        DataCenterInfo info;
        if (!name.isEmpty())
            info.setName(m_interner.intern(name));
        if (!className.isEmpty())
            info.setClassName(m_interner.intern(className));
        if (hasMetadata)
            info.setMetadata(metadata);
        else
            m_dataCenters.insert(cacheKey, info);
        return info;
    }

    QXmlStreamReader m_reader;
    DecodeContext m_ctx;
    bool m_empty = false;
    Utf16Interner m_interner;
    QHash<QString, DataCenterInfo> m_dataCenters;
    QHash<QString, MetadataEntries> m_maps;
};

} // namespace

Applications decodeApplications(QByteArrayView data, CodecError *error)
{
    Decoder decoder(data, error);
    if (!decoder.openRoot(K::Applications))
        return {};
    return decoder.applications();
}

Application decodeApplication(QByteArrayView data, CodecError *error)
{
    Decoder decoder(data, error);
    if (!decoder.openRoot(K::Application))
        return {};
    return decoder.application();
}

InstanceInfo decodeInstance(QByteArrayView data, CodecError *error)
{
    Decoder decoder(data, error);
    if (!decoder.openRoot(K::Instance))
        return {};
    return decoder.instance();
}

} // namespace Eureka::XmlDecoder
