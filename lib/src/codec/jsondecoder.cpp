// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "jsondecoder.h"

#include "../instanceinfo_p.h"
#include "decodecontext.h"
#include "jsonkeys_p.h"
#include "stringinterner.h"

#include <QtCore/QJsonDocument>

#include <simdjson.h>

#include <array>
#include <charconv>
#include <cmath>
#include <map>
#include <string>

namespace Eureka::JsonDecoder {

namespace {
using namespace simdjson;
namespace K = WireKeys;

QString fromUtf8(std::string_view v) { return QString::fromUtf8(v.data(), qsizetype(v.size())); }

// Cache keys are length-prefixed: JSON strings may contain NUL, so separators could collide.
void appendKeyPart(std::string &key, std::string_view part)
{
    const auto size = uint32_t(part.size());
    key.append(reinterpret_cast<const char *>(&size), sizeof size).append(part);
}

const char *typeName(dom::element_type type)
{
    switch (type) {
    case dom::element_type::ARRAY: return "an array";
    case dom::element_type::OBJECT: return "an object";
    case dom::element_type::STRING: return "a string";
    case dom::element_type::BOOL: return "a boolean";
    case dom::element_type::NULL_VALUE: return "null";
    default: break;
    }
    return "a number";
}

// Exact upper-case wire names map without allocating; anything else keeps its text.
bool knownStatus(std::string_view v, InstanceStatus *status)
{
    static constexpr std::pair<std::string_view, InstanceStatus> table[] = {
        {"UP", InstanceStatus::Up},
        {"DOWN", InstanceStatus::Down},
        {"STARTING", InstanceStatus::Starting},
        {"OUT_OF_SERVICE", InstanceStatus::OutOfService},
        {"UNKNOWN", InstanceStatus::Unknown},
    };
    for (const auto &[name, value] : table) {
        if (v == name) {
            *status = value;
            return true;
        }
    }
    return false;
}

class Decoder
{
public:
    explicit Decoder(CodecError *error)
        : m_ctx(error)
    {
    }

    bool parse(QByteArrayView data, dom::element *root)
    {
        if (data.size() > MaxDocumentSize) {
            m_ctx.fail(QStringLiteral("document of %1 bytes is larger than the %2 byte limit")
                           .arg(data.size())
                           .arg(MaxDocumentSize));
            return false;
        }
        if (data.isEmpty()) { // simdjson would hand a null pointer to memcpy
            failSyntax(data, EMPTY);
            return false;
        }
        auto result = m_parser.parse(data.data(), size_t(data.size()), true);
        if (result.error() == SUCCESS) {
            *root = result.value_unsafe();
            return true;
        }
        failSyntax(data, result.error());
        return false;
    }

    bool failed() const { return m_ctx.failed(); }

    Applications applicationsRoot(dom::element root)
    {
        dom::object top;
        if (!asObject(root, &top))
            return {};
        dom::element inner;
        // Accept both the wrapped document and a bare applications object.
        if (top.at_key(K::Applications).get(inner) == SUCCESS) {
            PathScope scope(m_ctx, K::Applications);
            return applications(inner);
        }
        return applications(root);
    }

    Application applicationRoot(dom::element root)
    {
        dom::object top;
        if (!asObject(root, &top))
            return {};
        dom::element inner;
        if (top.at_key(K::Application).get(inner) == SUCCESS) {
            PathScope scope(m_ctx, K::Application);
            return application(inner);
        }
        return application(root);
    }

    InstanceInfo instanceRoot(dom::element root)
    {
        dom::object top;
        if (!asObject(root, &top))
            return {};
        dom::element inner;
        if (top.at_key(K::Instance).get(inner) == SUCCESS) {
            PathScope scope(m_ctx, K::Instance);
            return instance(inner);
        }
        return instance(root);
    }

private:
    void failSyntax(QByteArrayView data, error_code code)
    {
        const QString reason = QString::fromLatin1(error_message(code));
        if (code == EMPTY) {
            m_ctx.fail(QStringLiteral("empty document"), 0);
            return;
        }
        if (code == UTF8_ERROR) {
            m_ctx.fail(QStringLiteral("invalid UTF-8"), firstInvalidUtf8(data));
            return;
        }
        if (code == DEPTH_ERROR) {
            m_ctx.fail(QStringLiteral("document nested too deeply"));
            return;
        }
        // simdjson does not say where a syntax error is; QJsonDocument does. This costs a
        // second parse, but only on the error path.
        QJsonParseError qtError;
        QJsonDocument::fromJson(data.toByteArray(), &qtError);
        if (qtError.error != QJsonParseError::NoError) {
            m_ctx.fail(QStringLiteral("malformed JSON: ") + qtError.errorString(), qtError.offset);
            return;
        }
        m_ctx.fail(QStringLiteral("malformed JSON: ") + reason);
    }

    bool asObject(dom::element e, dom::object *out)
    {
        if (e.get_object().get(*out) == SUCCESS)
            return true;
        m_ctx.fail(QStringLiteral("expected an object, found %1").arg(QLatin1StringView(typeName(e.type()))));
        return false;
    }

    // Calls \a fn for each element of an array, or once for a single object (Jackson's
    // ACCEPT_SINGLE_VALUE_AS_ARRAY, which the real server relies on for one-instance apps).
    template<typename Fn>
    void forEachItem(dom::element e, Fn fn)
    {
        if (e.type() == dom::element_type::NULL_VALUE)
            return;
        dom::array array;
        if (e.get_array().get(array) == SUCCESS) {
            qsizetype i = 0;
            for (dom::element item : array) {
                m_ctx.setIndex(i++);
                fn(item);
                if (m_ctx.failed())
                    return;
            }
            return;
        }
        fn(e);
    }

    QString string(dom::element e, bool intern = false)
    {
        switch (e.type()) {
        case dom::element_type::STRING: {
            std::string_view v = e.get_string().value_unsafe();
            return intern ? m_interner.intern(v) : fromUtf8(v);
        }
        case dom::element_type::INT64: return QString::number(e.get_int64().value_unsafe());
        case dom::element_type::UINT64: return QString::number(e.get_uint64().value_unsafe());
        case dom::element_type::DOUBLE: return QString::number(e.get_double().value_unsafe());
        case dom::element_type::BOOL:
            return e.get_bool().value_unsafe() ? QStringLiteral("true") : QStringLiteral("false");
        case dom::element_type::NULL_VALUE: return {};
        default: break;
        }
        m_ctx.fail(QStringLiteral("expected a string, found %1").arg(QLatin1StringView(typeName(e.type()))));
        return {};
    }

    qint64 integer(dom::element e)
    {
        switch (e.type()) {
        case dom::element_type::INT64: return e.get_int64().value_unsafe();
        case dom::element_type::UINT64: {
            const uint64_t v = e.get_uint64().value_unsafe();
            if (v <= uint64_t(std::numeric_limits<qint64>::max()))
                return qint64(v);
            break;
        }
        case dom::element_type::DOUBLE: {
            // Range-check before converting: casting 1e165 to an integer is undefined.
            const double v = e.get_double().value_unsafe();
            if (v >= -9.2e18 && v <= 9.2e18 && v == std::trunc(v))
                return qint64(v);
            m_ctx.fail(QStringLiteral("expected a whole number in range, found %1").arg(v));
            return 0;
        }
        case dom::element_type::STRING: {
            std::string_view v = e.get_string().value_unsafe();
            qint64 value = 0;
            const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
            if (ec == std::errc() && end == v.data() + v.size())
                return value;
            if (v.empty())
                return 0;
            m_ctx.fail(QStringLiteral("expected a number, found \"%1\"").arg(fromUtf8(v.substr(0, 40))));
            return 0;
        }
        case dom::element_type::NULL_VALUE: return 0;
        default: break;
        }
        m_ctx.fail(QStringLiteral("expected a number, found %1").arg(QLatin1StringView(typeName(e.type()))));
        return 0;
    }

    int int32(dom::element e)
    {
        const qint64 v = integer(e);
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
            m_ctx.fail(QStringLiteral("number %1 is out of range").arg(v));
            return 0;
        }
        return int(v);
    }

    bool boolean(dom::element e)
    {
        switch (e.type()) {
        case dom::element_type::BOOL: return e.get_bool().value_unsafe();
        case dom::element_type::STRING: {
            const QString v = fromUtf8(e.get_string().value_unsafe());
            if (v.compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0)
                return true;
            if (v.compare(QLatin1StringView("false"), Qt::CaseInsensitive) == 0 || v.isEmpty())
                return false;
            m_ctx.fail(QStringLiteral("expected true or false, found \"%1\"").arg(v.left(40)));
            return false;
        }
        case dom::element_type::INT64: return e.get_int64().value_unsafe() != 0;
        case dom::element_type::NULL_VALUE: return false;
        default: break;
        }
        m_ctx.fail(QStringLiteral("expected a boolean, found %1").arg(QLatin1StringView(typeName(e.type()))));
        return false;
    }

    // {"$": 8080, "@enabled": "true"}, or a bare number as some clients send.
    void port(dom::element e, int *port, bool *enabled)
    {
        dom::object obj;
        if (e.get_object().get(obj) != SUCCESS) {
            *port = int32(e);
            return;
        }
        for (dom::key_value_pair field : obj) {
            if (field.key == K::JsonValue) {
                *port = int32(field.value);
            } else if (field.key == K::JsonEnabled) {
                PathScope scope(m_ctx, K::JsonEnabled);
                *enabled = boolean(field.value);
            }
        }
    }

    // Instances of one application in one zone usually carry identical metadata; they share
    // one list instead of each holding a copy.
    MetadataEntries sharedStringMap(dom::element e)
    {
        dom::object obj;
        if (e.get_object().get(obj) != SUCCESS)
            return stringMap(e);
        m_mapKey.clear();
        for (dom::key_value_pair field : obj) {
            if (!field.value.is_string())
                return stringMap(e);
            const std::string_view value = field.value.get_string().value_unsafe();
            appendKeyPart(m_mapKey, field.key);
            appendKeyPart(m_mapKey, value);
        }
        auto it = m_maps.find(m_mapKey);
        if (it != m_maps.end())
            return it->second;
        MetadataEntries entries = stringMap(e);
        if (!m_ctx.failed())
            m_maps.emplace(m_mapKey, entries);
        return entries;
    }

    MetadataEntries stringMap(dom::element e)
    {
        MetadataEntries entries;
        if (e.type() == dom::element_type::NULL_VALUE)
            return entries;
        dom::object obj;
        if (!asObject(e, &obj))
            return entries;
        for (dom::key_value_pair field : obj) {
            // "@class": "java.util.Collections$EmptyMap" is Jackson's type marker, not an entry.
            if (!field.key.empty() && field.key.front() == '@')
                continue;
            entries.append({m_interner.intern(field.key), string(field.value, true)});
            if (m_ctx.failed())
                break;
        }
        return entries;
    }

    DataCenterInfo dataCenter(dom::element e)
    {
        dom::object obj;
        if (!asObject(e, &obj))
            return {};
        std::string_view className, name;
        dom::element metadata;
        bool hasMetadata = false;
        for (dom::key_value_pair field : obj) {
            if (field.key == K::JsonClass && field.value.is_string())
                className = field.value.get_string().value_unsafe();
            else if (field.key == K::Name && field.value.is_string())
                name = field.value.get_string().value_unsafe();
            else if (field.key == K::Metadata) {
                metadata = field.value;
                hasMetadata = true;
            }
        }
        // Every instance of a "MyOwn" fleet carries the same data center: share one copy.
        std::string key;
        if (!hasMetadata) {
            appendKeyPart(key, className);
            appendKeyPart(key, name);
            auto it = m_dataCenters.find(key);
            if (it != m_dataCenters.end())
                return it->second;
        }
        DataCenterInfo info;
        if (!name.empty())
            info.setName(m_interner.intern(name));
        if (!className.empty())
            info.setClassName(m_interner.intern(className));
        if (hasMetadata) {
            PathScope scope(m_ctx, K::Metadata);
            info.setMetadata(stringMap(metadata));
        } else {
            m_dataCenters.emplace(std::move(key), info);
        }
        return info;
    }

    LeaseInfo lease(dom::element e)
    {
        LeaseInfo lease;
        dom::object obj;
        if (!asObject(e, &obj))
            return lease;
        for (dom::key_value_pair field : obj) {
            const std::string_view k = field.key;
            if (k == K::RenewalIntervalInSecs)
                lease.renewalIntervalInSecs = int32(field.value);
            else if (k == K::DurationInSecs)
                lease.durationInSecs = int32(field.value);
            else if (k == K::RegistrationTimestamp)
                lease.registrationTimestamp = integer(field.value);
            else if (k == K::LastRenewalTimestamp)
                lease.lastRenewalTimestamp = integer(field.value);
            else if (k == K::EvictionTimestamp)
                lease.evictionTimestamp = integer(field.value);
            else if (k == K::ServiceUpTimestamp)
                lease.serviceUpTimestamp = integer(field.value);
        }
        return lease;
    }

    void status(dom::element e, InstanceInfo &info, bool overridden)
    {
        InstanceStatus value;
        if (e.is_string() && knownStatus(e.get_string().value_unsafe(), &value)) {
            overridden ? info.setOverriddenStatus(value) : info.setStatus(value);
            return;
        }
        const QString text = string(e);
        overridden ? info.setOverriddenStatusText(text) : info.setStatusText(text);
    }

    // The six per-instance strings are collected as UTF-8 views and packed once at the end.
    void packedString(dom::element e, InstanceInfoData::Packed field)
    {
        if (e.is_string()) {
            const std::string_view v = e.get_string().value_unsafe();
            m_packed[field] = QByteArrayView(v.data(), qsizetype(v.size()));
            return;
        }
        m_packedFallback[field] = string(e).toUtf8(); // a number or null where text belongs
        m_packed[field] = m_packedFallback[field];
    }

    InstanceInfo instance(dom::element e)
    {
        InstanceInfo info;
        dom::object obj;
        if (!asObject(e, &obj))
            return info;
        m_packed.fill(QByteArrayView());
        using P = InstanceInfoData;
        for (dom::key_value_pair field : obj) {
            const std::string_view k = field.key;
            const dom::element v = field.value;
            m_keyBuffer.assign(k);
            PathScope scope(m_ctx, m_keyBuffer.c_str());
            if (k == K::InstanceId) packedString(v, P::InstanceId);
            else if (k == K::HostName) packedString(v, P::HostName);
            else if (k == K::App) info.setApp(string(v, true));
            else if (k == K::IpAddr) packedString(v, P::IpAddr);
            else if (k == K::Status) status(v, info, false);
            else if (k == K::OverriddenStatus || k == K::OverriddenStatusLower) status(v, info, true);
            else if (k == K::Port) {
                int p = info.port();
                bool enabled = info.isPortEnabled();
                port(v, &p, &enabled);
                info.setPort(p);
                info.setPortEnabled(enabled);
            } else if (k == K::SecurePort) {
                int p = info.securePort();
                bool enabled = info.isSecurePortEnabled();
                port(v, &p, &enabled);
                info.setSecurePort(p);
                info.setSecurePortEnabled(enabled);
            }
            else if (k == K::CountryId) info.setCountryId(int32(v));
            else if (k == K::DataCenterInfo) info.setDataCenterInfo(dataCenter(v));
            else if (k == K::LeaseInfo) info.setLeaseInfo(lease(v));
            else if (k == K::Metadata) info.setMetadata(sharedStringMap(v));
            else if (k == K::HomePageUrl) packedString(v, P::HomePageUrl);
            else if (k == K::StatusPageUrl) packedString(v, P::StatusPageUrl);
            else if (k == K::HealthCheckUrl) packedString(v, P::HealthCheckUrl);
            else if (k == K::SecureHealthCheckUrl) info.setSecureHealthCheckUrl(string(v));
            else if (k == K::VipAddress) info.setVipAddress(string(v, true));
            else if (k == K::SecureVipAddress) info.setSecureVipAddress(string(v, true));
            else if (k == K::IsCoordinatingDiscoveryServer) info.setCoordinatingDiscoveryServer(boolean(v));
            else if (k == K::LastUpdatedTimestamp) info.setLastUpdatedTimestamp(integer(v));
            else if (k == K::LastDirtyTimestamp) info.setLastDirtyTimestamp(integer(v));
            else if (k == K::ActionType) info.setActionType(actionTypeFromString(string(v)));
            else if (k == K::AppGroupName) info.setAppGroupName(string(v, true));
            else if (k == K::Sid) info.setSid(string(v, true));
            else if (k == K::AsgName) info.setAsgName(string(v, true));
            if (m_ctx.failed())
                return {};
        }
        // Netflix's InstanceInfo.getId() falls back to the host name for old clients.
        if (m_packed[P::InstanceId].isEmpty())
            m_packed[P::InstanceId] = m_packed[P::HostName];
        InstanceInfoPrivate::data(info)->setAllPacked(m_packed);
        return info;
    }

    Application application(dom::element e)
    {
        Application app;
        dom::object obj;
        if (!asObject(e, &obj))
            return app;
        for (dom::key_value_pair field : obj) {
            if (field.key == K::Name) {
                PathScope scope(m_ctx, K::Name);
                app.setName(string(field.value, true));
            } else if (field.key == K::Instance) {
                PathScope scope(m_ctx, K::Instance, 0);
                forEachItem(field.value, [&](dom::element item) {
                    InstanceInfo info = instance(item);
                    if (!m_ctx.failed())
                        app.addInstance(info);
                });
            }
            if (m_ctx.failed())
                return {};
        }
        return app;
    }

    Applications applications(dom::element e)
    {
        Applications apps;
        dom::object obj;
        if (!asObject(e, &obj))
            return apps;
        for (dom::key_value_pair field : obj) {
            if (field.key == K::VersionsDelta) {
                PathScope scope(m_ctx, K::VersionsDelta);
                apps.setVersionsDelta(integer(field.value));
            } else if (field.key == K::AppsHashCode) {
                PathScope scope(m_ctx, K::AppsHashCode);
                apps.setAppsHashCode(string(field.value));
            } else if (field.key == K::Application) {
                PathScope scope(m_ctx, K::Application, 0);
                forEachItem(field.value, [&](dom::element item) {
                    Application app = application(item);
                    if (!m_ctx.failed())
                        apps.addApplication(app);
                });
            }
            if (m_ctx.failed())
                return {};
        }
        return apps;
    }

    DecodeContext m_ctx;
    dom::parser m_parser{size_t(MaxDocumentSize)};
    Utf8Interner m_interner;
    std::map<std::string, DataCenterInfo> m_dataCenters;
    std::string m_keyBuffer;
    std::string m_mapKey;
    std::map<std::string, MetadataEntries, std::less<>> m_maps;
    std::array<QByteArrayView, InstanceInfoData::PackedCount> m_packed;
    std::array<QByteArray, InstanceInfoData::PackedCount> m_packedFallback;
};

} // namespace

Applications decodeApplications(QByteArrayView data, CodecError *error)
{
    Decoder decoder(error);
    dom::element root;
    if (!decoder.parse(data, &root))
        return {};
    Applications apps = decoder.applicationsRoot(root);
    return decoder.failed() ? Applications() : apps;
}

Application decodeApplication(QByteArrayView data, CodecError *error)
{
    Decoder decoder(error);
    dom::element root;
    if (!decoder.parse(data, &root))
        return {};
    Application app = decoder.applicationRoot(root);
    return decoder.failed() ? Application() : app;
}

InstanceInfo decodeInstance(QByteArrayView data, CodecError *error)
{
    Decoder decoder(error);
    dom::element root;
    if (!decoder.parse(data, &root))
        return {};
    InstanceInfo info = decoder.instanceRoot(root);
    return decoder.failed() ? InstanceInfo() : info;
}

} // namespace Eureka::JsonDecoder
