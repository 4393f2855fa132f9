// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "xmldecoder.h"

#include "decodecontext.h"
#include "jsonkeys_p.h"
#include "../application_p.h"
#include "../instanceinfo_p.h"
#include "xmlnames.h"

#include <QtCore/QScopeGuard>
#include <QtCore/QXmlStreamReader>

namespace Eureka::XmlDecoder {

namespace {
namespace K = WireKeys;

bool is(QStringView name, const char *key) { return name == QLatin1StringView(key); }

// An instance's elements in the order Netflix's server writes them; matching tries the one
// after the last match first.
enum class Field {
    InstanceId, HostName, App, IpAddr, Status, OverriddenStatus, Port, SecurePort, CountryId,
    DataCenterInfo, LeaseInfo, Metadata, HomePageUrl, StatusPageUrl, HealthCheckUrl, SecureHealthCheckUrl,
    VipAddress, SecureVipAddress, IsCoordinatingDiscoveryServer, LastUpdatedTimestamp, LastDirtyTimestamp,
    ActionType, AppGroupName, Sid, AsgName, OverriddenStatusCamel, Unknown
};
constexpr const char *fieldNames[] = {
    K::InstanceId, K::HostName, K::App, K::IpAddr, K::Status, K::OverriddenStatusLower, K::Port, K::SecurePort,
    K::CountryId, K::DataCenterInfo, K::LeaseInfo, K::Metadata, K::HomePageUrl, K::StatusPageUrl,
    K::HealthCheckUrl, K::SecureHealthCheckUrl, K::VipAddress, K::SecureVipAddress,
    K::IsCoordinatingDiscoveryServer, K::LastUpdatedTimestamp, K::LastDirtyTimestamp, K::ActionType,
    K::AppGroupName, K::Sid, K::AsgName, K::OverriddenStatus,
};
constexpr int FieldCount = int(std::size(fieldNames));
static_assert(FieldCount == int(Field::Unknown));

class Decoder
{
public:
    Decoder(QByteArrayView data, CodecError *error, DecodePool &pool, const DecodeOptions &options)
        : m_ctx(error)
        , m_pool(pool)
        , m_options(options)
    {
        m_pool.reset();
        m_emptyIndex = m_pool.intern(QStringView(u""));
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
                apps.setAppsHashCode(text().toString());
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
                app.setName(interned());
            } else if (is(name, K::Instance)) {
                if ((++m_instances & 255) == 0 && m_options.cancelled && m_options.cancelled()) {
                    m_ctx.fail(QStringLiteral("decode cancelled"));
                    break;
                }
                PathScope s(m_ctx, K::Instance, index++);
                InstanceInfo info = instance();
                if (!m_ctx.failed())
                    ApplicationPrivate::append(app, info);
            } else {
                m_reader.skipCurrentElement();
            }
        }
        checkReader();
        if (m_ctx.failed())
            return {};
        ApplicationPrivate::removeDuplicateIds(app);
        return app;
    }

    InstanceInfo instance()
    {
        InstanceInfo info;
        m_packedUtf8.clear();
        m_packedEnds.fill(-1);
        int next = 0;
        while (!m_ctx.failed() && m_reader.readNextStartElement()) {
            const Field f = fieldOf(m_reader.name(), &next);
            if (f == Field::Unknown) {
                m_reader.skipCurrentElement();
                continue;
            }
            PathScope s(m_ctx, fieldNames[int(f)]);
            using P = InstanceInfoData;
            switch (f) {
            case Field::InstanceId: packed(P::InstanceId); break;
            case Field::HostName: packed(P::HostName); break;
            case Field::App: info.setApp(interned()); break;
            case Field::IpAddr: packed(P::IpAddr); break;
            case Field::Status: status(info, false); break;
            case Field::OverriddenStatus:
            case Field::OverriddenStatusCamel: status(info, true); break;
            case Field::Port: {
                bool enabled = info.isPortEnabled();
                info.setPort(port(&enabled));
                info.setPortEnabled(enabled);
                break;
            }
            case Field::SecurePort: {
                bool enabled = info.isSecurePortEnabled();
                info.setSecurePort(port(&enabled));
                info.setSecurePortEnabled(enabled);
                break;
            }
            case Field::CountryId: info.setCountryId(int32()); break;
            case Field::DataCenterInfo: info.setDataCenterInfo(dataCenter()); break;
            case Field::LeaseInfo: info.setLeaseInfo(lease()); break;
            case Field::Metadata: info.setMetadata(sharedMap()); break;
            case Field::HomePageUrl: packed(P::HomePageUrl); break;
            case Field::StatusPageUrl: packed(P::StatusPageUrl); break;
            case Field::HealthCheckUrl: packed(P::HealthCheckUrl); break;
            case Field::SecureHealthCheckUrl: info.setSecureHealthCheckUrl(text().toString()); break;
            case Field::VipAddress: info.setVipAddress(interned()); break;
            case Field::SecureVipAddress: info.setSecureVipAddress(interned()); break;
            case Field::IsCoordinatingDiscoveryServer: info.setCoordinatingDiscoveryServer(boolean()); break;
            case Field::LastUpdatedTimestamp: info.setLastUpdatedTimestamp(integer()); break;
            case Field::LastDirtyTimestamp: info.setLastDirtyTimestamp(integer()); break;
            case Field::ActionType: info.setActionType(actionTypeFromString(text().toString())); break;
            case Field::AppGroupName: info.setAppGroupName(interned()); break;
            case Field::Sid: info.setSid(interned()); break;
            case Field::AsgName: info.setAsgName(interned()); break;
            case Field::Unknown: break;
            }
        }
        checkReader();
        if (m_ctx.failed())
            return {};
        std::array<QByteArrayView, InstanceInfoData::PackedCount> views;
        for (int i = 0; i < InstanceInfoData::PackedCount; ++i) {
            if (m_packedEnds[i] >= 0) {
                const qsizetype begin = m_packedBegins[i];
                views[i] = QByteArrayView(m_packedUtf8.constData() + begin, m_packedEnds[i] - begin);
            }
        }
        // Netflix's InstanceInfo.getId() falls back to the host name for old clients.
        if (views[InstanceInfoData::InstanceId].isEmpty())
            views[InstanceInfoData::InstanceId] = views[InstanceInfoData::HostName];
        InstanceInfoPrivate::data(info)->setAllPacked(views);
        return info;
    }

private:
    Field fieldOf(QStringView name, int *next) const
    {
        for (int n = 0; n < FieldCount; ++n) {
            const int i = (*next + n) % FieldCount;
            if (is(name, fieldNames[i])) {
                *next = i + 1;
                return Field(i);
            }
        }
        return Field::Unknown;
    }

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

    // The element's text, gathered into one reused buffer (the reader's own view does not
    // outlive the next token); valid until the next call. Child elements are skipped.
    QStringView text()
    {
        m_textBuffer.resize(0); // keeps the capacity
        while (!m_reader.atEnd()) {
            switch (m_reader.readNext()) {
            case QXmlStreamReader::Characters:
            case QXmlStreamReader::EntityReference:
                m_textBuffer.append(m_reader.text());
                break;
            case QXmlStreamReader::StartElement:
                m_reader.skipCurrentElement();
                break;
            case QXmlStreamReader::EndElement:
                return m_textBuffer;
            default:
                break;
            }
        }
        checkReader();
        return {};
    }

    QString interned() { return m_pool.string(m_pool.intern(text())); }

    // Appends the element's text as UTF-8 to the instance's scratch buffer.
    void packed(InstanceInfoData::Packed field)
    {
        const QStringView value = text();
        m_packedBegins[field] = m_packedUtf8.size();
        bool ascii = true;
        for (const QChar c : value) {
            if (c.unicode() >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            const qsizetype at = m_packedUtf8.size();
            m_packedUtf8.resize(at + value.size());
            char *out = m_packedUtf8.data() + at;
            for (qsizetype i = 0; i < value.size(); ++i)
                out[i] = char(value[i].unicode());
        } else {
            m_packedUtf8 += value.toUtf8();
        }
        m_packedEnds[field] = m_packedUtf8.size();
    }

    void status(InstanceInfo &info, bool overridden)
    {
        const QStringView value = text();
        static constexpr std::pair<QLatin1StringView, InstanceStatus> known[] = {
            {QLatin1StringView("UP"), InstanceStatus::Up},
            {QLatin1StringView("DOWN"), InstanceStatus::Down},
            {QLatin1StringView("STARTING"), InstanceStatus::Starting},
            {QLatin1StringView("OUT_OF_SERVICE"), InstanceStatus::OutOfService},
            {QLatin1StringView("UNKNOWN"), InstanceStatus::Unknown},
        };
        for (const auto &[name, status] : known) {
            if (value == name) {
                overridden ? info.setOverriddenStatus(status) : info.setStatus(status);
                return;
            }
        }
        overridden ? info.setOverriddenStatusText(value.toString()) : info.setStatusText(value.toString());
    }

    qint64 integer()
    {
        const QStringView value = text().trimmed();
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

    bool parseBool(QStringView value)
    {
        const QStringView v = value.trimmed();
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
            *enabled = parseBool(attrs.value(QLatin1StringView(K::XmlEnabled)));
        return int32();
    }

    // Interned entries; identical lists (same app, same zone) are shared, as in the JSON decoder.
    MetadataEntries sharedMap()
    {
        m_entries.clear();
        while (!m_ctx.failed() && m_reader.readNextStartElement()) {
            const QStringView rawKey = m_reader.name();
            const DecodePool::Index key = rawKey.contains(QLatin1Char('_'))
                ? m_pool.intern(QStringView(XmlNames::decodeKey(rawKey)))
                : m_pool.intern(rawKey);
            m_entries.emplace_back(key, m_pool.intern(text()));
        }
        checkReader();
        return m_pool.metadata(m_entries);
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
        const DecodePool::Index className =
            m_pool.intern(m_reader.attributes().value(QLatin1StringView(K::XmlClass)));
        DecodePool::Index name = m_emptyIndex;
        MetadataEntries metadata;
        bool hasMetadata = false;
        while (!m_ctx.failed() && m_reader.readNextStartElement()) {
            if (is(m_reader.name(), K::Name)) {
                name = m_pool.intern(text());
            } else if (is(m_reader.name(), K::Metadata)) {
                hasMetadata = true;
                metadata = sharedMap();
            } else {
                m_reader.skipCurrentElement();
            }
        }
        checkReader();
        if (!hasMetadata)
            return m_pool.dataCenter(className, name);
        DataCenterInfo info;
        if (name != m_emptyIndex)
            info.setName(m_pool.string(name));
        if (className != m_emptyIndex)
            info.setClassName(m_pool.string(className));
        info.setMetadata(metadata);
        return info;
    }

    QXmlStreamReader m_reader;
    DecodeContext m_ctx;
    DecodePool &m_pool;
    const DecodeOptions &m_options;
    DecodePool::Index m_emptyIndex = 0;
    quint64 m_instances = 0;
    bool m_empty = false;
    QString m_textBuffer;
    QByteArray m_packedUtf8;
    std::array<qsizetype, InstanceInfoData::PackedCount> m_packedBegins{};
    std::array<qsizetype, InstanceInfoData::PackedCount> m_packedEnds{};
    std::vector<std::pair<DecodePool::Index, DecodePool::Index>> m_entries;
};

} // namespace

Applications decodeApplications(QByteArrayView data, CodecError *error, const DecodeOptions &options)
{
    DecodePool &pool = options.pool ? *options.pool : DecodePool::forThread();
    const auto done = qScopeGuard([&] { pool.finish(size_t(data.size())); });
    Decoder decoder(data, error, pool, options);
    if (!decoder.openRoot(K::Applications))
        return {};
    return decoder.applications();
}

Application decodeApplication(QByteArrayView data, CodecError *error, const DecodeOptions &options)
{
    DecodePool &pool = options.pool ? *options.pool : DecodePool::forThread();
    const auto done = qScopeGuard([&] { pool.finish(size_t(data.size())); });
    Decoder decoder(data, error, pool, options);
    if (!decoder.openRoot(K::Application))
        return {};
    return decoder.application();
}

InstanceInfo decodeInstance(QByteArrayView data, CodecError *error, const DecodeOptions &options)
{
    DecodePool &pool = options.pool ? *options.pool : DecodePool::forThread();
    const auto done = qScopeGuard([&] { pool.finish(size_t(data.size())); });
    Decoder decoder(data, error, pool, options);
    if (!decoder.openRoot(K::Instance))
        return {};
    return decoder.instance();
}

} // namespace Eureka::XmlDecoder
