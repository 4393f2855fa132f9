// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "xmldecoder.h"

#include "decodecontext.h"
#include "jsonkeys_p.h"
#include "../application_p.h"
#include "../instanceinfo_p.h"
#include "xmlnames.h"
#include "wirestatus.h"
#include "metadatabuilder.h"
#include "pendingrecords.h"
#include "xmlreader.h"

#include <QtCore/QScopeGuard>

#include <charconv>

namespace Eureka::XmlDecoder {

namespace {
namespace K = WireKeys;

bool is(std::string_view name, const char *key) { return name == key; }
QString fromUtf8(std::string_view v) { return QString::fromUtf8(v.data(), qsizetype(v.size())); }
std::string_view trimmed(std::string_view v)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!v.empty() && blank(v.front()))
        v.remove_prefix(1);
    while (!v.empty() && blank(v.back()))
        v.remove_suffix(1);
    return v;
}
bool equalsIgnoringCase(std::string_view a, std::string_view lower)
{
    if (a.size() != lower.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const char c = (a[i] >= 'A' && a[i] <= 'Z') ? char(a[i] + 32) : a[i];
        if (c != lower[i])
            return false;
    }
    return true;
}

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
        : m_reader(data)
        , m_ctx(error)
        , m_pool(pool)
        , m_options(options)
    {
        m_pool.reset(options.keepInterned);
        m_emptyIndex = m_pool.intern(std::string_view());
        m_pending.useSlabsFor(options, data.size());
        if (data.size() > MaxDocumentSize) {
            m_ctx.fail(QStringLiteral("document of %1 bytes is larger than the %2 byte limit")
                           .arg(data.size())
                           .arg(MaxDocumentSize));
            return;
        }
        // The reader works on the bytes as they are: Eureka speaks UTF-8 only.
        const qint64 bad = firstInvalidUtf8(data);
        if (bad >= 0) {
            m_ctx.fail(QStringLiteral("invalid UTF-8"), bad);
            return;
        }
        // Nor do control characters: our encoder could not write them back.
        const qint64 control = firstInvalidXmlControl(data);
        if (control >= 0) {
            m_ctx.fail(QStringLiteral("malformed XML: control character U+%1 is not allowed in XML")
                           .arg(uchar(data.at(control)), 4, 16, QLatin1Char('0')),
                       control);
            return;
        }
        m_empty = data.trimmed().isEmpty();
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
                           .arg(QLatin1StringView(root), fromUtf8(m_reader.name())),
                       m_reader.offset());
            return false;
        }
        return true;
    }

    // After the root: nothing but blanks, comments and processing instructions.
    void closeRoot()
    {
        if (!m_ctx.failed() && m_reader.readNextStartElement())
            m_ctx.fail(QStringLiteral("malformed XML: content after the root element"), m_reader.offset());
        checkReader();
    }

    Applications applications()
    {
        PathScope scope(m_ctx, K::Applications);
        Applications apps;
        qsizetype appIndex = 0;
        while (!m_ctx.failed() && m_reader.readNextStartElement()) {
            const std::string_view name = m_reader.name();
            if (is(name, K::VersionsDelta)) {
                PathScope s(m_ctx, K::VersionsDelta);
                apps.setVersionsDelta(integer());
            } else if (is(name, K::AppsHashCode)) {
                apps.setAppsHashCode(fromUtf8(text()));
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
        m_pending.clear();
        qsizetype index = 0;
        while (!m_ctx.failed() && m_reader.readNextStartElement()) {
            const std::string_view name = m_reader.name();
            if (is(name, K::Name)) {
                app.setName(interned());
            } else if (is(name, K::Instance)) {
                if ((++m_instances & 255) == 0 && m_options.cancelled && m_options.cancelled()) {
                    m_ctx.fail(QStringLiteral("decode cancelled"));
                    break;
                }
                PathScope s(m_ctx, K::Instance, index++);
                if (readInstance())
                    m_pending.add(std::move(m_fields), m_views, m_metadata.ownValues(), m_metadata.ownEnds());
            } else {
                m_reader.skipCurrentElement();
            }
        }
        checkReader();
        if (m_ctx.failed()) {
            m_pending.clear();
            return {};
        }
        m_pending.flushInto(app);
        ApplicationPrivate::removeDuplicateIds(app);
        return app;
    }

    InstanceInfo instance()
    {
        if (!readInstance())
            return {};
        return InstanceInfoPrivate::make(InstanceInfoData::create(m_fields, m_views, m_metadata.ownValues(), m_metadata.ownEnds().data()));
    }

    // Reads an instance into m_fields, m_views and m_metadata.
    bool readInstance()
    {
        m_fields = InstanceFields();
        m_app = m_vip = m_secureVip = QString();
        m_metadata.clear();
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
            using P = InstanceFields;
            switch (f) {
            case Field::InstanceId: packed(P::InstanceId); break;
            case Field::HostName: packed(P::HostName); break;
            case Field::App: m_app = interned(); break;
            case Field::IpAddr: packed(P::IpAddr); break;
            case Field::Status: status(false); break;
            case Field::OverriddenStatus:
            case Field::OverriddenStatusCamel: status(true); break;
            case Field::Port: m_fields.port = port(&m_fields.portEnabled); break;
            case Field::SecurePort: m_fields.securePort = port(&m_fields.securePortEnabled); break;
            case Field::CountryId: m_fields.countryId = int32(); break;
            case Field::DataCenterInfo: m_fields.dataCenterInfo = dataCenter(); break;
            case Field::LeaseInfo: m_fields.leaseInfo = lease(); break;
            case Field::Metadata: m_fields.metadata = shape(); break;
            case Field::HomePageUrl: packed(P::HomePageUrl); break;
            case Field::StatusPageUrl: packed(P::StatusPageUrl); break;
            case Field::HealthCheckUrl: packed(P::HealthCheckUrl); break;
            case Field::SecureHealthCheckUrl: m_fields.setExtra(&P::Extras::secureHealthCheckUrl, fromUtf8(text())); break;
            case Field::VipAddress: m_vip = interned(); break;
            case Field::SecureVipAddress: m_secureVip = interned(); break;
            case Field::IsCoordinatingDiscoveryServer: m_fields.coordinatingDiscoveryServer = boolean(); break;
            case Field::LastUpdatedTimestamp: m_fields.lastUpdatedTimestamp = integer(); break;
            case Field::LastDirtyTimestamp: m_fields.lastDirtyTimestamp = integer(); break;
            case Field::ActionType: {
                const std::string_view action = text();
                if (!actionTypeFromWire(action, &m_fields.actionType))
                    m_fields.actionType = actionTypeFromString(fromUtf8(action));
                break;
            }
            case Field::AppGroupName: m_fields.setExtra(&P::Extras::appGroupName, interned()); break;
            case Field::Sid: m_fields.setExtra(&P::Extras::sid, interned()); break;
            case Field::AsgName: m_fields.setExtra(&P::Extras::asgName, interned()); break;
            case Field::Unknown: break;
            }
        }
        checkReader();
        if (m_ctx.failed())
            return false;
        std::array<QByteArrayView, InstanceFields::PackedCount> &views = m_views;
        views.fill(QByteArrayView());
        for (int i = 0; i < InstanceFields::PackedCount; ++i) {
            if (m_packedEnds[i] >= 0) {
                const qsizetype begin = m_packedBegins[i];
                views[i] = QByteArrayView(m_packedUtf8.constData() + begin, m_packedEnds[i] - begin);
            }
        }
        m_fields.names = m_pool.names(m_app, m_vip, m_secureVip);
        // Netflix's InstanceInfo.getId() falls back to the host name for old clients.
        if (views[InstanceFields::InstanceId].isEmpty())
            views[InstanceFields::InstanceId] = views[InstanceFields::HostName];
        return true;
    }

private:
    Field fieldOf(std::string_view name, int *next) const
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
            int line = 0, column = 0;
            m_reader.lineAndColumn(m_reader.errorOffset(), &line, &column);
            m_ctx.fail(QStringLiteral("malformed XML at line %1, column %2: %3")
                           .arg(line)
                           .arg(column)
                           .arg(m_reader.errorString()),
                       m_reader.errorOffset());
        }
    }

    // The element's text as UTF-8, a view into the input where nothing had to be resolved;
    // valid until the next call. Child elements are skipped.
    std::string_view text()
    {
        const std::string_view value = m_reader.readText();
        checkReader();
        return value;
    }

    QString interned() { return m_pool.string(m_pool.intern(text())); }

    // Appends the element's text to the instance's scratch buffer.
    void packed(InstanceFields::Packed field)
    {
        const std::string_view value = text();
        m_packedBegins[field] = m_packedUtf8.size();
        m_packedUtf8.append(value.data(), qsizetype(value.size()));
        m_packedEnds[field] = m_packedUtf8.size();
    }

    void status(bool overridden)
    {
        const std::string_view value = text();
        InstanceStatus status;
        if (statusFromWire(value, &status))
            m_fields.setStatus(status, overridden);
        else
            m_fields.setStatusText(fromUtf8(value), overridden);
    }

    qint64 integer()
    {
        const std::string_view value = trimmed(text());
        if (value.empty() || m_ctx.failed())
            return 0;
        qint64 n = 0;
        const char *begin = value.data() + (value.front() == '+' ? 1 : 0);
        const auto [end, ec] = std::from_chars(begin, value.data() + value.size(), n);
        if (ec != std::errc() || end != value.data() + value.size()) {
            m_ctx.fail(QStringLiteral("expected a number, found \"%1\"").arg(fromUtf8(value.substr(0, 40))));
            return 0;
        }
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

    bool parseBool(std::string_view value)
    {
        const std::string_view v = trimmed(value);
        if (equalsIgnoringCase(v, "true"))
            return true;
        if (v.empty() || equalsIgnoringCase(v, "false"))
            return false;
        m_ctx.fail(QStringLiteral("expected true or false, found \"%1\"").arg(fromUtf8(v.substr(0, 40))));
        return false;
    }

    bool boolean() { return parseBool(text()); }

    int port(bool *enabled)
    {
        if (m_reader.hasAttribute(K::XmlEnabled))
            *enabled = parseBool(m_reader.attribute(K::XmlEnabled));
        return int32();
    }

    // Calls \a fn(key, value) for each child element of a metadata map, as UTF-8.
    template<typename Fn>
    void forEachEntry(Fn fn)
    {
        while (!m_ctx.failed() && m_reader.readNextStartElement()) {
            const std::string_view rawKey = m_reader.name();
            DecodePool::Index key;
            if (rawKey.find('_') != std::string_view::npos) { // an escaped key ("_-" for "$" and the like)
                const QByteArray decoded = XmlNames::decodeKey(fromUtf8(rawKey)).toUtf8();
                key = m_pool.intern(std::string_view(decoded.constData(), size_t(decoded.size())));
            } else {
                key = m_pool.intern(rawKey);
            }
            const std::string_view value = text();
            if (!m_ctx.failed())
                fn(key, value);
        }
        checkReader();
    }

    // A shared shape and the instance's own values, as in the JSON decoder.
    MetadataShapePointer shape()
    {
        m_metadata.clear();
        forEachEntry([&](DecodePool::Index key, std::string_view value) { m_metadata.add(m_pool, key, value); });
        return m_ctx.failed() ? MetadataShapePointer() : m_metadata.shape(m_pool);
    }

    MetadataEntries dataCenterMetadata()
    {
        MetadataEntries entries;
        forEachEntry([&](DecodePool::Index key, std::string_view value) {
            entries.append({m_pool.string(key), fromUtf8(value)});
        });
        return entries;
    }

    LeaseInfo lease()
    {
        LeaseInfo lease;
        while (!m_ctx.failed() && m_reader.readNextStartElement()) {
            const std::string_view name = m_reader.name();
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
        const DecodePool::Index className = m_pool.intern(m_reader.attribute(K::XmlClass));
        DecodePool::Index name = m_emptyIndex;
        MetadataEntries metadata;
        bool hasMetadata = false;
        while (!m_ctx.failed() && m_reader.readNextStartElement()) {
            if (is(m_reader.name(), K::Name)) {
                name = m_pool.intern(text());
            } else if (is(m_reader.name(), K::Metadata)) {
                hasMetadata = true;
                metadata = dataCenterMetadata();
            } else {
                m_reader.skipCurrentElement();
            }
        }
        checkReader();
        return hasMetadata ? m_pool.dataCenter(className, name, metadata) : m_pool.dataCenter(className, name);
    }

    XmlReader m_reader;
    DecodeContext m_ctx;
    DecodePool &m_pool;
    const DecodeOptions &m_options;
    DecodePool::Index m_emptyIndex = 0;
    quint64 m_instances = 0;
    bool m_empty = false;
    QByteArray m_packedUtf8;
    std::array<qsizetype, InstanceFields::PackedCount> m_packedBegins{};
    std::array<qsizetype, InstanceFields::PackedCount> m_packedEnds{};
    InstanceFields m_fields; // of the instance being decoded
    QString m_app, m_vip, m_secureVip; // its names, shared by m_fields.names when read
    std::array<QByteArrayView, InstanceFields::PackedCount> m_views; // its six strings
    PendingRecords m_pending;
    MetadataBuilder m_metadata; // of the instance being decoded
};

} // namespace

// Opens the expected root, decodes it with \a fn, then checks nothing follows it.
template<typename T, typename Fn>
T decodeDocument(QByteArrayView data, CodecError *error, const DecodeOptions &options, const char *root, Fn fn)
{
    DecodePool &pool = options.pool ? *options.pool : DecodePool::forThread();
    const auto done = qScopeGuard([&] { pool.finish(size_t(data.size())); });
    Decoder decoder(data, error, pool, options);
    if (!decoder.openRoot(root))
        return {};
    T value = fn(decoder);
    decoder.closeRoot();
    return decoder.failed() ? T() : value;
}

Applications decodeApplications(QByteArrayView data, CodecError *error, const DecodeOptions &options)
{
    return decodeDocument<Applications>(data, error, options, K::Applications, [](Decoder &d) { return d.applications(); });
}

Application decodeApplication(QByteArrayView data, CodecError *error, const DecodeOptions &options)
{
    return decodeDocument<Application>(data, error, options, K::Application, [](Decoder &d) { return d.application(); });
}

InstanceInfo decodeInstance(QByteArrayView data, CodecError *error, const DecodeOptions &options)
{
    return decodeDocument<InstanceInfo>(data, error, options, K::Instance, [](Decoder &d) { return d.instance(); });
}

} // namespace Eureka::XmlDecoder
