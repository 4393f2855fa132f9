// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "jsondecoder.h"

#include "../application_p.h"
#include "../instanceinfo_p.h"
#include "decodecontext.h"
#include "decodepool.h"
#include "indexedreader.h"
#include "jsonkeys_p.h"
#include "jsontext_p.h"
#include "metadatabuilder.h"
#include "pendingrecords.h"
#include "recordreader.h"
#include "wirestatus.h"

#include <QtCore/QJsonDocument>

#include <simdjson.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>
#include <tuple>

namespace Eureka::JsonDecoder {

namespace {
using namespace simdjson;
using namespace JsonText;
using JsonText::keyIs; // beside the overload for On-Demand's keys below
using ondemand::json_type;
static_assert(InputPadding >= qsizetype(SIMDJSON_PADDING));

const char *typeName(json_type type)
{
    switch (type) {
    case json_type::array: return "an array";
    case json_type::object: return "an object";
    case json_type::string: return "a string";
    case json_type::boolean: return "a boolean";
    case json_type::null: return "null";
    case json_type::number: break;
    }
    return "a number";
}

bool keyIs(ondemand::raw_json_string key, std::string_view name) { return keyIs(key.raw(), name); }

struct ReusableParser : DecodePool::Reusable
{
    ondemand::parser parser{size_t(MaxDocumentSize)};
};

// Reads any document on simdjson's On-Demand API: what the indexed path gives up on, and
// applications and instances alone.
class Decoder : public RecordReader
{
public:
    Decoder(CodecError *error, DecodePool &pool, const DecodeOptions &options)
        : RecordReader(error, pool, options)
    {
        if (!m_pool.parser())
            m_pool.parser() = std::make_unique<ReusableParser>();
        m_parser = &static_cast<ReusableParser *>(m_pool.parser().get())->parser;
    }

    bool open(QByteArrayView data)
    {
        const char *padded = prepare(data);
        return padded && ok(m_parser->iterate(padded, size_t(data.size()), size_t(data.size()) + SIMDJSON_PADDING).get(m_doc));
    }

    error_code simdError() const { return m_simdError; }

    // The root is either the wrapped document ({"applications": {...}}) or the bare object.
    template<typename T, typename Fn>
    T root(std::string_view wrapper, const char *wrapperKey, Fn decodeObject)
    {
        ondemand::object top;
        if (!rootObject(&top))
            return {};
        T value;
        bool wrapped = false;
        for (auto item : top) {
            if (!ok(item.error()))
                return {};
            ondemand::field &&field = std::move(item).value_unsafe(); // no copy of the field
            if (!wrapped && keyIs(field.key(), wrapper)) {
                PathScope scope(m_ctx, wrapperKey);
                ondemand::object inner;
                if (!asObject(field.value(), &inner))
                    return {};
                value = decodeObject(inner);
                wrapped = true;
            }
            if (m_ctx.failed())
                return {};
        }
        if (!wrapped) {
            m_doc.rewind();
            if (!rootObject(&top))
                return {};
            value = decodeObject(top);
        }
        // Past the root there must be nothing left: 3.0 has no at_end(), but it does say when
        // the current location is out of the document.
        const char *trailing = nullptr;
        if (!m_ctx.failed() && m_doc.current_location().get(trailing) == SUCCESS)
            ok(TRAILING_CONTENT);
        return m_ctx.failed() ? T() : value;
    }

    Applications applications(ondemand::object &obj)
    {
        Applications apps;
        for (auto item : obj) {
            if (!ok(item.error()))
                return {};
            ondemand::field &&field = std::move(item).value_unsafe();
            const ondemand::raw_json_string key = field.key();
            if (keyIs(key, K::Application)) {
                PathScope scope(m_ctx, K::Application, 0);
                forEachItem(field.value(), [&](ondemand::value item) {
                    ondemand::object appObject;
                    if (!asObject(item, &appObject))
                        return;
                    Application app = application(appObject);
                    if (!m_ctx.failed())
                        apps.addApplication(app);
                });
            } else if (keyIs(key, K::VersionsDelta)) {
                PathScope scope(m_ctx, K::VersionsDelta);
                apps.setVersionsDelta(integer(field.value()));
            } else if (keyIs(key, K::AppsHashCode)) {
                PathScope scope(m_ctx, K::AppsHashCode);
                apps.setAppsHashCode(string(field.value()));
            }
            if (m_ctx.failed())
                return {};
        }
        return apps;
    }

    Application application(ondemand::object &obj)
    {
        Application app;
        m_pending.clear();
        for (auto item : obj) {
            if (!ok(item.error()))
                return {};
            ondemand::field &&field = std::move(item).value_unsafe();
            const ondemand::raw_json_string key = field.key();
            if (keyIs(key, K::Name)) {
                PathScope scope(m_ctx, K::Name);
                app.setName(string(field.value(), SiteName));
            } else if (keyIs(key, K::Instance)) {
                PathScope scope(m_ctx, K::Instance, 0);
                forEachItem(field.value(), [&](ondemand::value item) {
                    if ((++m_instances & 255) == 0 && m_options.cancelled && m_options.cancelled()) {
                        m_ctx.fail(QStringLiteral("decode cancelled"));
                        return;
                    }
                    ondemand::object instanceObject;
                    if (asObject(item, &instanceObject) && readInstance(instanceObject))
                        m_pending.add(std::move(m_fields), m_packed, m_metadata.ownValues(), m_metadata.ownEnds());
                });
            }
            if (m_ctx.failed()) {
                m_pending.clear();
                return {};
            }
        }
        m_pending.flushInto(app);
        ApplicationPrivate::removeDuplicateIds(app);
        return app;
    }

    InstanceInfo instance(ondemand::object &obj)
    {
        if (!readInstance(obj))
            return {};
        return InstanceInfoPrivate::make(InstanceInfoData::create(m_fields, m_packed, m_metadata.ownValues(), m_metadata.ownEnds().data()));
    }

    // Reads an instance into m_fields, m_packed and m_metadata.
    bool readInstance(ondemand::object &obj)
    {
        beginInstance();
        InstanceFields &f = m_fields;
        using P = InstanceFields;
        int next = 0;
        bool sawDataCenter = false;
        for (auto item : obj) {
            if (!ok(item.error()))
                return false;
            ondemand::field &&field = std::move(item).value_unsafe();
            const Field key = fieldOf(field.key().raw(), &next);
            if (key == Field::Unknown)
                continue;
            PathScope scope(m_ctx, fieldNames[int(key)].key);
            ondemand::value &v = field.value();
            switch (key) {
            case Field::InstanceId: packedString(v, P::InstanceId); break;
            case Field::HostName: packedString(v, P::HostName); break;
            case Field::App: m_app = stringIndex(v, SiteApp); break;
            case Field::IpAddr: packedString(v, P::IpAddr); break;
            case Field::Status: status(v, false); break;
            case Field::OverriddenStatus:
            case Field::OverriddenStatusLower: status(v, true); break;
            case Field::Port: port(v, &f.port, &f.portEnabled, &m_lastPort); break;
            case Field::SecurePort: port(v, &f.securePort, &f.securePortEnabled, &m_lastSecurePort); break;
            case Field::CountryId: f.countryId = int32(v); break;
            case Field::DataCenterInfo:
                dataCenter(v, &f.dataCenterInfo);
                sawDataCenter = true;
                break;
            case Field::LeaseInfo: f.leaseInfo = lease(v); break;
            case Field::Metadata: f.metadata = metadata(v); break;
            case Field::HomePageUrl: packedString(v, P::HomePageUrl); break;
            case Field::StatusPageUrl: packedString(v, P::StatusPageUrl); break;
            case Field::HealthCheckUrl: packedString(v, P::HealthCheckUrl); break;
            case Field::SecureHealthCheckUrl: f.setExtra(&P::Extras::secureHealthCheckUrl, string(v)); break;
            case Field::VipAddress: m_vip = stringIndex(v, SiteVip); break;
            case Field::SecureVipAddress: m_secureVip = stringIndex(v, SiteSecureVip); break;
            case Field::IsCoordinatingDiscoveryServer: f.coordinatingDiscoveryServer = boolean(v); break;
            case Field::LastUpdatedTimestamp: f.lastUpdatedTimestamp = integer(v); break;
            case Field::LastDirtyTimestamp: f.lastDirtyTimestamp = integer(v); break;
            case Field::ActionType: actionType(v); break;
            case Field::AppGroupName: f.setExtra(&P::Extras::appGroupName, string(v, SiteAppGroup)); break;
            case Field::Sid: f.setExtra(&P::Extras::sid, string(v, SiteSid)); break;
            case Field::AsgName: f.setExtra(&P::Extras::asgName, string(v, SiteAsg)); break;
            case Field::Unknown: break;
            }
            if (m_ctx.failed())
                return false;
        }
        endInstance(sawDataCenter);
        return true;
    }

    bool rootObject(ondemand::object *out)
    {
        json_type type;
        if (!ok(m_doc.type().get(type)))
            return false;
        if (type != json_type::object) {
            m_ctx.fail(QStringLiteral("expected an object, found %1").arg(QLatin1StringView(typeName(type))));
            return false;
        }
        return ok(m_doc.get_object().get(*out));
    }

private:
    // simdjson's own errors: the caller turns them into a located syntax error.
    // Inline for the success every value takes; the failure path builds strings, kept apart.
    bool ok(error_code code) { return Q_LIKELY(code == SUCCESS) || malformed(code); }

    Q_DECL_COLD_FUNCTION Q_NEVER_INLINE bool malformed(error_code code)
    {
        if (!m_ctx.failed())
            m_simdError = code;
        m_ctx.fail(QStringLiteral("malformed JSON: ") + QString::fromLatin1(error_message(code)));
        return false;
    }

    bool typeOf(ondemand::value &v, json_type *type) { return ok(v.type().get(*type)); }

    // A key as a view of the input when it has no escape (nearly always), else unescaped. The
    // closing quote is there: stage 1 has matched every string's quotes.
    bool keyView(ondemand::field &field, std::string_view *out)
    {
        const char *raw = field.key().raw();
        const char *end = raw;
        while (*end != '"' && *end != '\\')
            ++end;
        if (*end == '"') {
            *out = std::string_view(raw, size_t(end - raw));
            return true;
        }
        return ok(field.unescaped_key().get(*out));
    }

    // A string value as a view. Without escapes (nearly always) it is the raw text between the
    // quotes in the input itself: no copy into simdjson's string buffer, whose pages would
    // otherwise be touched (and faulted in) for every string of the document.
    bool stringView(ondemand::value &v, std::string_view *out)
    {
        return plainString(v, out) || ok(v.get_string().get(*out));
    }

    // A string without escapes, as the raw text between its quotes; false for anything else
    // (another type, an escape), left unread for the checked paths. Tried before asking the
    // value's type: nearly every string field is one.
    Q_ALWAYS_INLINE static bool plainString(ondemand::value &v, std::string_view *out)
    {
        std::string_view inner;
        if (!betweenQuotes(v.raw_json_token(), &inner) || inner.find('\\') != std::string_view::npos)
            return false;
        *out = inner;
        return true;
    }

    // The raw text between a string token's quotes, escapes unread: for comparing with known
    // words (a status, an action), none of which holds a quote or a backslash, so a match is
    // that very word and a string with escapes never matches. Spares plainString()'s search
    // for a backslash.
    static bool quotedText(ondemand::value &v, std::string_view *out) { return betweenQuotes(v.raw_json_token(), out); }

    // A string plainString() turned down: with escapes, or malformed.
    bool escapedString(ondemand::value &v, std::string_view *out) { return ok(v.get_string().get(*out)); }

    bool asObject(ondemand::value v, ondemand::object *out)
    {
        json_type type;
        if (!typeOf(v, &type))
            return false;
        if (type != json_type::object) {
            m_ctx.fail(QStringLiteral("expected an object, found %1").arg(QLatin1StringView(typeName(type))));
            return false;
        }
        return ok(v.get_object().get(*out));
    }

    // Calls \a fn for each element of an array, or once for a single object (Jackson's
    // ACCEPT_SINGLE_VALUE_AS_ARRAY, which the real server relies on for one-instance apps).
    template<typename Fn>
    void forEachItem(ondemand::value v, Fn fn)
    {
        json_type type;
        if (!typeOf(v, &type) || type == json_type::null)
            return;
        if (type != json_type::array) {
            fn(v);
            return;
        }
        ondemand::array array;
        if (!ok(v.get_array().get(array)))
            return;
        qsizetype i = 0;
        for (auto item : array) {
            ondemand::value element;
            if (!ok(std::move(item).get(element)))
                return;
            m_ctx.setIndex(i++);
            fn(element);
            if (m_ctx.failed())
                return;
        }
    }

    // A string value; interned when \a site says where from.
    QString string(ondemand::value &v, int site = NotInterned)
    {
        if (std::string_view s; plainString(v, &s))
            return text(s, site);
        json_type type;
        if (!typeOf(v, &type))
            return {};
        switch (type) {
        case json_type::string: {
            std::string_view s;
            if (!escapedString(v, &s))
                return {};
            return text(s, site);
        }
        case json_type::number: {
            ondemand::number n;
            if (!ok(v.get_number().get(n)))
                return {};
            switch (n.get_number_type()) {
            case ondemand::number_type::signed_integer: return QString::number(n.get_int64());
            case ondemand::number_type::unsigned_integer: return QString::number(n.get_uint64());
            case ondemand::number_type::floating_point_number: return QString::number(n.get_double());
            }
            return {};
        }
        case json_type::boolean: {
            bool b = false;
            if (!ok(v.get_bool().get(b)))
                return {};
            return b ? QStringLiteral("true") : QStringLiteral("false");
        }
        case json_type::null: return {};
        default: break;
        }
        m_ctx.fail(QStringLiteral("expected a string, found %1").arg(QLatin1StringView(typeName(type))));
        return {};
    }

    // A string value interned (\a site: as for string()); what string() makes of another type
    // (a number, null) is interned too.
    DecodePool::Index stringIndex(ondemand::value &v, int site)
    {
        // The name the instance before had (an application's instances come together).
        if (const char *token = v.raw_json_token().data(); *token == '"') {
            if (const DecodePool::Index recent = m_pool.recentAt(site, token + 1, m_end); recent != DecodePool::Own)
                return recent;
        }
        if (std::string_view s; plainString(v, &s))
            return m_pool.internAt(site, s);
        const QByteArray utf8 = string(v).toUtf8();
        return m_ctx.failed() ? m_emptyIndex : m_pool.intern(std::string_view(utf8.constData(), size_t(utf8.size())));
    }

    // A metadata value of any scalar type as UTF-8: a view of the input where it is a string
    // without escapes, else converted into \a scratch.
    bool scalarText(ondemand::value &v, std::string_view *out, QByteArray *scratch)
    {
        if (plainString(v, out))
            return true;
        json_type type;
        if (!typeOf(v, &type))
            return false;
        if (type == json_type::string)
            return escapedString(v, out);
        *scratch = string(v).toUtf8(); // a number, boolean or null where text belongs
        *out = std::string_view(scratch->constData(), size_t(scratch->size()));
        return !m_ctx.failed();
    }

    qint64 integer(ondemand::value &v)
    {
        // The common case, a plain integer (a lease timestamp has 13 digits), read from the raw
        // token eight digits at a time; anything else is left unread for the checks below.
        const std::string_view token = v.raw_json_token();
        if (qint64 plain = 0; token.front() == '"' ? quotedInteger(token, &plain) : plainInteger(token, &plain))
            return plain;
        int64_t simd = 0;
        if (v.get_int64().get(simd) == SUCCESS)
            return simd;
        json_type type;
        if (!typeOf(v, &type))
            return 0;
        switch (type) {
        case json_type::number: {
            ondemand::number n;
            if (!ok(v.get_number().get(n)))
                return 0;
            switch (n.get_number_type()) {
            case ondemand::number_type::signed_integer: return n.get_int64();
            case ondemand::number_type::unsigned_integer: {
                const uint64_t u = n.get_uint64();
                if (u <= uint64_t(std::numeric_limits<qint64>::max()))
                    return qint64(u);
                break;
            }
            case ondemand::number_type::floating_point_number: {
                // Range-check before converting: casting 1e165 to an integer is undefined.
                const double d = n.get_double();
                if (d >= -9.2e18 && d <= 9.2e18 && d == std::trunc(d))
                    return qint64(d);
                m_ctx.fail(QStringLiteral("expected a whole number in range, found %1").arg(d));
                return 0;
            }
            }
            break;
        }
        case json_type::string: {
            std::string_view s;
            if (!stringView(v, &s))
                return 0;
            qint64 value = 0;
            const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
            if (ec == std::errc() && end == s.data() + s.size())
                return value;
            if (s.empty())
                return 0;
            m_ctx.fail(QStringLiteral("expected a number, found \"%1\"").arg(fromUtf8(s.substr(0, 40))));
            return 0;
        }
        case json_type::null: return 0;
        default: break;
        }
        m_ctx.fail(QStringLiteral("expected a number, found %1").arg(QLatin1StringView(typeName(type))));
        return 0;
    }

    int int32(ondemand::value &v)
    {
        const qint64 n = integer(v);
        if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max()) {
            m_ctx.fail(QStringLiteral("number %1 is out of range").arg(n));
            return 0;
        }
        return int(n);
    }

    bool boolean(ondemand::value &v)
    {
        // true, false, "true" or "false" as written (the ports' "@enabled" of every instance),
        // without a QString; other spellings take the checked path.
        std::string_view token = v.raw_json_token();
        while (!token.empty() && isBlank(token.back()))
            token.remove_suffix(1);
        if (token == "true" || token == "\"true\"")
            return true;
        if (token == "false" || token == "\"false\"")
            return false;
        json_type type;
        if (!typeOf(v, &type))
            return false;
        switch (type) {
        case json_type::boolean: {
            bool b = false;
            ok(v.get_bool().get(b));
            return b;
        }
        case json_type::string: {
            std::string_view s;
            if (!stringView(v, &s))
                return false;
            const QString text = fromUtf8(s);
            if (text.compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0)
                return true;
            if (text.compare(QLatin1StringView("false"), Qt::CaseInsensitive) == 0 || text.isEmpty())
                return false;
            m_ctx.fail(QStringLiteral("expected true or false, found \"%1\"").arg(text.left(40)));
            return false;
        }
        case json_type::number: {
            int64_t n = 0;
            if (v.get_int64().get(n) == SUCCESS)
                return n != 0;
            break;
        }
        case json_type::null: return false;
        default: break;
        }
        m_ctx.fail(QStringLiteral("expected a boolean, found %1").arg(QLatin1StringView(typeName(type))));
        return false;
    }

    // {"$": 8080, "@enabled": "true"}, or a bare number as some clients send.
    void port(ondemand::value &v, int *port, bool *enabled, Repeated<std::pair<int, bool>> *last)
    {
        const char *start = v.raw_json_token().data();
        if (repeats(start, *last)) {
            std::tie(*port, *enabled) = last->value;
            return;
        }
        json_type type;
        if (!typeOf(v, &type))
            return;
        if (type != json_type::object) {
            *port = int32(v);
            return;
        }
        ondemand::object obj;
        if (!ok(v.get_object().get(obj)))
            return;
        for (auto item : obj) {
            if (!ok(item.error()))
                return;
            ondemand::field &&field = std::move(item).value_unsafe();
            if (keyIs(field.key(), K::JsonValue)) {
                *port = int32(field.value());
            } else if (keyIs(field.key(), K::JsonEnabled)) {
                PathScope scope(m_ctx, K::JsonEnabled);
                *enabled = boolean(field.value());
            }
            if (m_ctx.failed())
                return;
        }
        remember(start, last, {*port, *enabled});
    }

    // After an object starting at \a start was read to its end (its closing brace consumed).
    template<typename T>
    void remember(const char *start, Repeated<T> *last, T value)
    {
        const char *end = nullptr;
        if (m_ctx.failed() || *start != '{' || m_doc.current_location().get(end) != SUCCESS || end <= start)
            return;
        *last = {std::string_view(start, size_t(end - start)), std::move(value)};
    }

    // Calls \a fn(key, value) for each metadata entry, the Jackson type marker left out, until
    // it answers false.
    template<typename Fn>
    void forEachEntry(ondemand::value &v, Fn fn)
    {
        json_type type;
        if (!typeOf(v, &type) || type == json_type::null)
            return;
        ondemand::object obj;
        if (!asObject(v, &obj))
            return;
        int position = 0;
        for (auto item : obj) {
            if (!ok(item.error()))
                return;
            ondemand::field &&field = std::move(item).value_unsafe();
            // The key the instance before had at this place, nearly always: matched in place,
            // without looking for its end.
            DecodePool::Index keyIndex =
                position < MetadataKeySites ? m_pool.recentAt(position, field.key().raw(), m_end) : DecodePool::Own;
            if (keyIndex == DecodePool::Own) {
                std::string_view key;
                if (!keyView(field, &key))
                    return;
                // "@class": "java.util.Collections$EmptyMap" is Jackson's type marker, not an entry.
                if (!key.empty() && key.front() == '@')
                    continue;
                keyIndex = position < MetadataKeySites ? m_pool.internAt(position, key) : m_pool.intern(key);
            }
            ++position;
            if (!fn(keyIndex, field.value()))
                return;
        }
    }

    // Instances with the same keys and common values (often all of one application in one
    // zone) share one shape; the values only an instance has go to its own bytes.
    MetadataShapePointer metadata(ondemand::value &v)
    {
        m_metadata.clear();
        forEachEntry(v, [&](DecodePool::Index key, ondemand::value &value) {
            // A zone or a version the pool holds already, matched in the raw text.
            if (DecodePool::Index shared; m_pool.recentMetadataValue(key, value.raw_json_token(), &shared)) {
                m_metadata.addShared(key, shared);
                return true;
            }
            std::string_view text;
            if (!scalarText(value, &text, &m_scratch))
                return false;
            m_metadata.add(m_pool, key, text);
            return true;
        });
        return m_ctx.failed() ? MetadataShapePointer() : m_metadata.shape(m_pool);
    }

    // A data center's metadata (Amazon's: instance id, addresses) is the instance's own.
    MetadataEntries dataCenterMetadata(ondemand::value &v)
    {
        MetadataEntries entries;
        forEachEntry(v, [&](DecodePool::Index key, ondemand::value &value) {
            std::string_view text;
            if (!scalarText(value, &text, &m_scratch))
                return false;
            entries.append({m_pool.string(key), fromUtf8(text)});
            return true;
        });
        return m_ctx.failed() ? MetadataEntries() : entries;
    }

    void dataCenter(ondemand::value &v, DataCenterInfo *out)
    {
        const char *start = v.raw_json_token().data();
        if (repeats(start, m_lastDataCenter)) {
            *out = m_lastDataCenter.value;
            return;
        }
        *out = readDataCenter(v);
        remember(start, &m_lastDataCenter, *out);
    }

    DataCenterInfo readDataCenter(ondemand::value &v)
    {
        ondemand::object obj;
        if (!asObject(v, &obj))
            return {};
        DecodePool::Index className = m_emptyIndex, name = m_emptyIndex;
        MetadataEntries dcMetadata;
        bool hasMetadata = false;
        for (auto item : obj) {
            if (!ok(item.error()))
                return {};
            ondemand::field &&field = std::move(item).value_unsafe();
            const ondemand::raw_json_string key = field.key();
            json_type type;
            if (keyIs(key, K::JsonClass) || keyIs(key, K::Name)) {
                if (!typeOf(field.value(), &type))
                    return {};
                std::string_view s;
                if (type == json_type::string) {
                    if (!stringView(field.value(), &s))
                        return {};
                    (keyIs(key, K::JsonClass) ? className : name) = m_pool.internAt(SiteDataCenter, s);
                }
            } else if (keyIs(key, K::Metadata)) {
                PathScope scope(m_ctx, K::Metadata);
                dcMetadata = dataCenterMetadata(field.value());
                hasMetadata = true;
                if (m_ctx.failed())
                    return {};
            }
        }
        // Every instance of a "MyOwn" fleet carries the same data center: share one copy.
        return hasMetadata ? m_pool.dataCenter(className, name, dcMetadata) : m_pool.dataCenter(className, name);
    }

    // A lease as Netflix's server writes it: its six members in their order, no blanks, plain
    // integers. Read from the text in one pass, the object left unread (the loop over the
    // instance's members skips it); false for any other writing, which the walk below reads
    // member by member and checks.
    bool compactLease(const char *p, LeaseInfo *out) const
    {
        static const std::array<KeyPattern, 6> members = {
            KeyPattern::member('{', K::RenewalIntervalInSecs), KeyPattern::member(',', K::DurationInSecs),
            KeyPattern::member(',', K::RegistrationTimestamp), KeyPattern::member(',', K::LastRenewalTimestamp),
            KeyPattern::member(',', K::EvictionTimestamp),     KeyPattern::member(',', K::ServiceUpTimestamp),
        };
        std::array<qint64, 6> values;
        for (size_t i = 0; i < members.size(); ++i) {
            // A member's text must lie in the document: past its end is padding, or what the
            // buffer held before.
            if (size_t(m_end - p) <= members[i].size() || !members[i].matches(p))
                return false;
            p += members[i].size();
            const bool negative = *p == '-';
            p += negative;
            const size_t digits = digitRun(p);
            quint64 value = 0;
            if (size_t(m_end - p) <= digits || !unsignedValue(p, digits, &value))
                return false;
            p += digits;
            values[i] = negative ? -qint64(value) : qint64(value);
        }
        return *p == '}' && setLease(values, out);
    }

    LeaseInfo lease(ondemand::value &v)
    {
        LeaseInfo lease;
        if (compactLease(v.raw_json_token().data(), &lease))
            return lease;
        ondemand::object obj;
        if (!asObject(v, &obj))
            return lease;
        const std::array<KeyPattern, 6> &patterns = leaseKeys();
        int next = 0;
        for (auto item : obj) {
            if (!ok(item.error()))
                return lease;
            ondemand::field &&field = std::move(item).value_unsafe();
            ondemand::value &value = field.value();
            switch (matchInOrder(patterns, field.key().raw(), &next)) {
            case 0: lease.renewalIntervalInSecs = int32(value); break;
            case 1: lease.durationInSecs = int32(value); break;
            case 2: lease.registrationTimestamp = integer(value); break;
            case 3: lease.lastRenewalTimestamp = integer(value); break;
            case 4: lease.evictionTimestamp = integer(value); break;
            case 5: lease.serviceUpTimestamp = integer(value); break;
            default: break;
            }
            if (m_ctx.failed())
                return lease;
        }
        return lease;
    }

    void actionType(ondemand::value &v)
    {
        if (std::string_view s; quotedText(v, &s) && actionTypeFromWire(s, &m_fields.actionType))
            return;
        m_fields.actionType = actionTypeFromString(string(v));
    }

    void status(ondemand::value &v, bool overridden)
    {
        InstanceStatus value;
        if (std::string_view s; quotedText(v, &s) && statusFromWire(s, &value)) {
            m_fields.setStatus(value, overridden);
            return;
        }
        std::string_view s;
        if (!plainString(v, &s)) {
            json_type type;
            if (!typeOf(v, &type))
                return;
            if (type != json_type::string) {
                m_fields.setStatusText(string(v), overridden);
                return;
            }
            if (!escapedString(v, &s))
                return;
        }
        if (statusFromWire(s, &value))
            m_fields.setStatus(value, overridden);
        else
            m_fields.setStatusText(fromUtf8(s), overridden);
    }

    // The six per-instance strings are collected as UTF-8 views and packed once at the end;
    // the views point into the parser's string buffer, valid for the whole document.
    void packedString(ondemand::value &v, InstanceFields::Packed field)
    {
        if (std::string_view s; plainString(v, &s)) {
            m_packed[field] = QByteArrayView(s.data(), qsizetype(s.size()));
            return;
        }
        json_type type;
        if (!typeOf(v, &type))
            return;
        if (type == json_type::string) {
            std::string_view s;
            if (escapedString(v, &s))
                m_packed[field] = QByteArrayView(s.data(), qsizetype(s.size()));
            return;
        }
        m_packedFallback[field] = string(v).toUtf8(); // a number or null where text belongs
        m_packed[field] = m_packedFallback[field];
    }

    ondemand::parser *m_parser = nullptr; // kept in the pool between decodes
    ondemand::document m_doc;
    error_code m_simdError = SUCCESS;
    std::array<QByteArray, InstanceFields::PackedCount> m_packedFallback;
    QByteArray m_scratch; // a metadata value that was not a string, as text
};

// On-Demand reads lazily and stops at the first problem; when a decode fails, a strict parse
// of the whole document says whether it is malformed, and where. A syntax error is reported
// in preference to what the decoder tripped over, as a reader of the raw text would.
bool syntaxError(QByteArrayView data, CodecError *error)
{
    dom::parser parser;
    const error_code code = parser.parse(data.data(), size_t(data.size()), true).error();
    if (code == SUCCESS)
        return false;
    DecodeContext ctx(error);
    if (code == UTF8_ERROR) {
        ctx.fail(QStringLiteral("invalid UTF-8"), firstInvalidUtf8(data));
    } else if (code == DEPTH_ERROR) {
        ctx.fail(QStringLiteral("document nested too deeply"));
    } else {
        // simdjson does not say where a syntax error is; QJsonDocument does.
        QJsonParseError qtError;
        QJsonDocument::fromJson(data.toByteArray(), &qtError);
        if (qtError.error != QJsonParseError::NoError)
            ctx.fail(QStringLiteral("malformed JSON: ") + qtError.errorString(), qtError.offset);
        else
            ctx.fail(QStringLiteral("malformed JSON: ") + QString::fromLatin1(error_message(code)));
    }
    return true;
}

// \a indexed: the indexed path to try first, or null.
template<typename T, typename Fn>
T decode(QByteArrayView data, CodecError *error, const DecodeOptions &options, Fn fn,
         bool (*indexed)(QByteArrayView, CodecError *, DecodePool &, const DecodeOptions &, T *) = nullptr)
{
    // Callers without a pool of their own share one per thread: decoding small documents
    // (registrations, deltas) then allocates nothing but the result.
    DecodePool &pool = options.pool ? *options.pool : DecodePool::forThread();
    CodecError semantic;
    T value;
    bool done = false;
    if (indexed && !options.onDemandOnly)
        done = indexed(data, &semantic, pool, options, &value);
    if (!done) {
        // A fresh decoder and pool tables: nothing the indexed path read counts twice.
        semantic = CodecError();
        Decoder decoder(&semantic, pool, options);
        if (decoder.open(data))
            value = fn(decoder);
    }
    pool.finish(size_t(data.size()));
    if (!semantic.isError())
        return value;
    if (data.isEmpty() || data.size() > MaxDocumentSize || !syntaxError(data, error)) {
        if (error)
            *error = semantic;
    }
    return T();
}

} // namespace

Applications decodeApplications(QByteArrayView data, CodecError *error, const DecodeOptions &options)
{
    return decode<Applications>(
        data, error, options,
        [](Decoder &d) {
            return d.root<Applications>(K::Applications, K::Applications,
                                        [&d](ondemand::object &o) { return d.applications(o); });
        },
        readIndexed);
}

Application decodeApplication(QByteArrayView data, CodecError *error, const DecodeOptions &options)
{
    return decode<Application>(data, error, options, [](Decoder &d) {
        return d.root<Application>(K::Application, K::Application,
                                   [&d](ondemand::object &o) { return d.application(o); });
    });
}

InstanceInfo decodeInstance(QByteArrayView data, CodecError *error, const DecodeOptions &options)
{
    return decode<InstanceInfo>(data, error, options, [](Decoder &d) {
        return d.root<InstanceInfo>(K::Instance, K::Instance,
                                    [&d](ondemand::object &o) { return d.instance(o); });
    });
}

} // namespace Eureka::JsonDecoder
