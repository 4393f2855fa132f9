// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "indexedreader.h"

#include "../application_p.h"
#include "../logging_p.h"
#include "recordreader.h"
#include "structuralindex.h"
#include "wirestatus.h"

#include <EurekaClient/applications.h>

#include <limits>
#include <tuple>

namespace Eureka::JsonDecoder {

namespace {
using namespace JsonText;

// The registry read by walking simdjson's structural index itself instead of On-Demand's
// iterator, which costs a call or two per member and walks every object left unread token
// by token. It reads the document as the real server writes it: strings without escapes,
// plain or quoted integers, ports, leases, data centers (Amazon's too) and metadata of strings. At the
// first thing written otherwise (or malformed) it gives up, and the decode starts again on
// On-Demand, which reads anything and says what is wrong and where.
class IndexedReader : public RecordReader
{
public:
    IndexedReader(CodecError *error, DecodePool &pool, const DecodeOptions &options)
        : RecordReader(error, pool, options)
        , m_index(pool.structuralIndex())
    {
    }

    // Stage 1 over the document's first stretch: false when it must be decoded on On-Demand.
    bool open(QByteArrayView data)
    {
        const char *padded = prepare(data);
        if (!padded)
            return false;
        m_document = padded;
        m_documentSize = size_t(data.size());
        return indexStretch(0);
    }

    // True when the document was read into \a out, or failed in a way On-Demand would fail too
    // (a cancelled decode: failed() says so); false to decode it again on On-Demand.
    bool read(Applications *out)
    {
        // {"applications": {...}} and nothing after it.
        if (m_count < 5 || kindAt(0) != '{' || kindAt(1) != '"' || !keyIs(rawAt(1), K::Applications)
            || kindAt(2) != ':') {
            qCDebug(lcEurekaCodec) << "decoding on On-Demand: not an {\"applications\": ...} document";
            return false;
        }
        Applications apps;
        const uint32_t end = indexedApplications(3, &apps);
        if (m_ctx.failed())
            return true;
        if (end == 0 || m_stretchEnd != m_documentSize || end + 1 != m_count || kindAt(end) != '}') {
            // Where it gave up, to the instance: what to look at when a registry decodes slowly.
            qCDebug(lcEurekaCodec).nospace() << "decoding on On-Demand: the indexed path gave up "
                                             << (m_instanceAt ? "in the instance at byte " : "before the first instance, at byte ")
                                             << m_instanceAt;
            return false;
        }
        *out = std::move(apps);
        return true;
    }

private:
    // The document is indexed a stretch at a time (IndexedStretchBytes), each walked before the
    // next is indexed, into one buffer of positions the size of a stretch: indexing it all at
    // once needs a buffer of 4 bytes per structural character, 5 MB at 10,000 instances and 50 MB
    // at 100,000, faulted in again whenever the pool has given it back (the cold decode of
    // 10,000 took 20 % longer). A stretch ends between two objects of an array, just after the
    // comma of "},{\"", where forEachElement() goes on to the next stretch. Those bytes may lie in
    // a string ("x},{" as a value); then the stretch ends inside it, stage 1 says the string is
    // unclosed, and the walk gives up. Positions are the stretch's own: from m_text.
    bool indexStretch(size_t begin)
    {
        const size_t stretch = m_options.indexedStretchBytes > 0 ? size_t(m_options.indexedStretchBytes) : IndexedStretchBytes;
        size_t end = m_documentSize;
        if (m_documentSize - begin > stretch + stretch / 2) {
            const std::string_view rest(m_document + begin + stretch, m_documentSize - begin - stretch);
            if (const size_t found = rest.find("},{\""); found != std::string_view::npos)
                end = begin + stretch + found + 2; // the stretch ends with the comma
        }
        if (!m_index.index(m_document + begin, end - begin)) {
            qCDebug(lcEurekaCodec).nospace() << "decoding on On-Demand: stage 1 turned down the bytes " << begin
                                             << " to " << end;
            return false;
        }
        m_stretchBegin = begin;
        m_stretchEnd = end;
        m_text = m_document + begin;
        m_at = m_index.positions();
        m_count = m_index.count();
        return true;
    }

    char kindAt(uint32_t i) const { return m_text[m_at[i]]; }
    // A string's first byte after its opening quote.
    const char *rawAt(uint32_t i) const { return m_text + m_at[i] + 1; }
    // A token's text, up to the next position: a scalar with the blanks after it.
    std::string_view tokenAt(uint32_t i) const { return {m_text + m_at[i], size_t(m_at[i + 1] - m_at[i])}; }
    static bool startsValue(char c) { return c != ',' && c != ':' && c != '}' && c != ']'; }
    // Whether On-Demand's type() answers for a value starting with \a c.
    static bool hasType(char c)
    {
        return c == '{' || c == '[' || c == 't' || c == 'f' || c == 'n' || c == '-' || (c >= '0' && c <= '9');
    }

    // The position after the value at \a i, or 0 (never a value's end) when it is not one.
    uint32_t skipValue(uint32_t i) const
    {
        if (i >= m_count)
            return 0;
        const char c = kindAt(i);
        if (c != '{' && c != '[')
            return startsValue(c) ? i + 1 : 0;
        uint32_t depth = 1;
        for (uint32_t j = i + 1; j < m_count; ++j) {
            const char k = kindAt(j);
            if (k == '{' || k == '[')
                ++depth;
            else if ((k == '}' || k == ']') && --depth == 0)
                return j + 1;
        }
        return 0;
    }

    // Calls \a fn(key, value) for each member of the object at \a i, the positions of its key
    // and of its value; fn answers the position after the value, or 0 to give up. Answers the
    // position after the object, or 0.
    template<typename Fn>
    uint32_t forEachMember(uint32_t i, Fn fn)
    {
        if (i + 1 >= m_count || kindAt(i) != '{')
            return 0;
        if (kindAt(++i) == '}')
            return i + 1;
        for (;;) {
            if (i + 3 >= m_count || kindAt(i) != '"' || kindAt(i + 1) != ':')
                return 0;
            i = fn(i, i + 2);
            if (i == 0 || i >= m_count)
                return 0;
            if (kindAt(i) == '}')
                return i + 1;
            if (kindAt(i) != ',')
                return 0;
            ++i;
        }
    }

    // Calls \a fn(i) for each element of the array at \a i, or once for a single object (as
    // forEachItem()); fn answers the position after the element, or 0. Answers the position
    // after the array, or 0.
    template<typename Fn>
    uint32_t forEachElement(uint32_t i, Fn fn)
    {
        if (i + 1 >= m_count)
            return 0;
        if (kindAt(i) == '{')
            return fn(i);
        if (kindAt(i) != '[')
            return 0;
        if (kindAt(++i) == ']')
            return i + 1;
        for (;;) {
            i = fn(i);
            if (i == 0 || i >= m_count)
                return 0;
            if (kindAt(i) == ']')
                return i + 1;
            if (kindAt(i) != ',')
                return 0;
            if (++i == m_count) {
                // The stretch ends between two elements: the next begins with the next element.
                if (m_stretchEnd == m_documentSize || !indexStretch(m_stretchEnd))
                    return 0;
                i = 0;
            }
        }
    }

    // A string without escapes, between its quotes.
    bool plainAt(uint32_t i, std::string_view *out) const
    {
        std::string_view inner;
        if (!betweenQuotes(tokenAt(i), &inner) || inner.find('\\') != std::string_view::npos)
            return false;
        *out = inner;
        return true;
    }

    bool integerAt(uint32_t i, qint64 *out) const
    {
        const std::string_view token = tokenAt(i);
        return token.front() == '"' ? quotedInteger(token, out) : plainInteger(token, out);
    }

    bool int32At(uint32_t i, int *out) const
    {
        qint64 n = 0;
        if (!integerAt(i, &n) || n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
            return false;
        *out = int(n);
        return true;
    }

    bool booleanAt(uint32_t i, bool *out) const
    {
        std::string_view token = tokenAt(i);
        while (!token.empty() && isBlank(token.back()))
            token.remove_suffix(1);
        *out = token == "true" || token == "\"true\"";
        return *out || token == "false" || token == "\"false\"";
    }

    bool stringAt(uint32_t i, int site, QString *out)
    {
        std::string_view s;
        if (!plainAt(i, &s))
            return false;
        *out = text(s, site);
        return true;
    }

    bool stringIndexAt(uint32_t i, int site, DecodePool::Index *out)
    {
        if (kindAt(i) != '"')
            return false;
        if (const DecodePool::Index recent = m_pool.recentAt(site, rawAt(i), m_end); recent != DecodePool::Own) {
            *out = recent;
            return true;
        }
        std::string_view s;
        if (!plainAt(i, &s))
            return false;
        *out = m_pool.internAt(site, s);
        return true;
    }

    // The object at \a i, written as \a last's was: its value, and the position after it.
    template<typename T>
    uint32_t repeatsAt(uint32_t i, const Repeated<T> &last, T *value) const
    {
        if (last.tokens == 0 || !repeats(m_text + m_at[i], last) || i + last.tokens >= m_count)
            return 0;
        *value = last.value;
        return i + last.tokens;
    }
    // After the object at \a i was read, \a end being the position after it.
    template<typename T>
    void rememberAt(uint32_t i, uint32_t end, Repeated<T> *last, T value)
    {
        *last = {std::string_view(m_text + m_at[i], size_t(m_at[end - 1] + 1 - m_at[i])), std::move(value), end - i};
    }

    uint32_t indexedApplications(uint32_t i, Applications *apps)
    {
        return forEachMember(i, [&](uint32_t key, uint32_t value) -> uint32_t {
            const char *raw = rawAt(key);
            if (keyIs(raw, K::Application)) {
                return forEachElement(value, [&](uint32_t item) -> uint32_t {
                    Application app;
                    const uint32_t end = indexedApplication(item, &app);
                    if (end)
                        apps->addApplication(app);
                    return end;
                });
            }
            if (keyIs(raw, K::VersionsDelta)) {
                qint64 n = 0;
                if (!integerAt(value, &n))
                    return 0;
                apps->setVersionsDelta(n);
            } else if (keyIs(raw, K::AppsHashCode)) {
                QString hash;
                if (!stringAt(value, NotInterned, &hash))
                    return 0;
                apps->setAppsHashCode(hash);
            }
            return skipValue(value);
        });
    }

    uint32_t indexedApplication(uint32_t i, Application *app)
    {
        m_pending.clear();
        const uint32_t end = forEachMember(i, [&](uint32_t key, uint32_t value) -> uint32_t {
            const char *raw = rawAt(key);
            if (keyIs(raw, K::Instance)) {
                return forEachElement(value, [&](uint32_t item) -> uint32_t {
                    if ((++m_instances & 255) == 0 && m_options.cancelled && m_options.cancelled()) {
                        m_ctx.fail(QStringLiteral("decode cancelled"));
                        return 0;
                    }
                    m_instanceAt = m_stretchBegin + m_at[item];
                    const uint32_t next = indexedInstance(item);
                    if (next)
                        m_pending.add(std::move(m_fields), m_packed, m_metadata.ownValues(), m_metadata.ownEnds());
                    return next;
                });
            }
            if (keyIs(raw, K::Name)) {
                QString name;
                if (!stringAt(value, SiteName, &name))
                    return 0;
                app->setName(name);
            }
            return skipValue(value);
        });
        if (!end) {
            m_pending.clear();
            return 0;
        }
        m_pending.flushInto(*app);
        ApplicationPrivate::removeDuplicateIds(*app);
        return end;
    }

    // An instance into m_fields, m_packed and m_metadata, as readInstance(): the position after
    // it, or 0.
    uint32_t indexedInstance(uint32_t i)
    {
        beginInstance();
        InstanceFields &f = m_fields;
        using P = InstanceFields;
        int next = 0;
        bool sawDataCenter = false;
        const uint32_t end = forEachMember(i, [&](uint32_t key, uint32_t v) -> uint32_t {
            const Field field = fieldOf(rawAt(key), &next);
            if (field == Field::Unknown)
                return skipValue(v);
            bool read = true;
            switch (field) {
            case Field::InstanceId: read = packedAt(v, P::InstanceId); break;
            case Field::HostName: read = packedAt(v, P::HostName); break;
            case Field::App: read = stringIndexAt(v, SiteApp, &m_app); break;
            case Field::IpAddr: read = packedAt(v, P::IpAddr); break;
            case Field::Status: read = statusAt(v, false); break;
            case Field::OverriddenStatus:
            case Field::OverriddenStatusLower: read = statusAt(v, true); break;
            case Field::Port: return portAt(v, &f.port, &f.portEnabled, &m_lastPort);
            case Field::SecurePort: return portAt(v, &f.securePort, &f.securePortEnabled, &m_lastSecurePort);
            case Field::CountryId: read = int32At(v, &f.countryId); break;
            case Field::DataCenterInfo:
                sawDataCenter = true;
                return dataCenterAt(v, &f.dataCenterInfo);
            case Field::LeaseInfo: return leaseAt(v, &f.leaseInfo);
            case Field::Metadata: return metadataAt(v);
            case Field::HomePageUrl: read = packedAt(v, P::HomePageUrl); break;
            case Field::StatusPageUrl: read = packedAt(v, P::StatusPageUrl); break;
            case Field::HealthCheckUrl: read = packedAt(v, P::HealthCheckUrl); break;
            case Field::SecureHealthCheckUrl: read = extraAt(v, &P::Extras::secureHealthCheckUrl, NotInterned); break;
            case Field::VipAddress: read = stringIndexAt(v, SiteVip, &m_vip); break;
            case Field::SecureVipAddress: read = stringIndexAt(v, SiteSecureVip, &m_secureVip); break;
            case Field::IsCoordinatingDiscoveryServer: read = booleanAt(v, &f.coordinatingDiscoveryServer); break;
            case Field::LastUpdatedTimestamp: read = integerAt(v, &f.lastUpdatedTimestamp); break;
            case Field::LastDirtyTimestamp: read = integerAt(v, &f.lastDirtyTimestamp); break;
            case Field::ActionType: {
                std::string_view s;
                read = betweenQuotes(tokenAt(v), &s) && actionTypeFromWire(s, &f.actionType);
                break;
            }
            case Field::AppGroupName: read = extraAt(v, &P::Extras::appGroupName, SiteAppGroup); break;
            case Field::Sid: read = extraAt(v, &P::Extras::sid, SiteSid); break;
            case Field::AsgName: read = extraAt(v, &P::Extras::asgName, SiteAsg); break;
            case Field::Unknown: break;
            }
            return read ? v + 1 : 0;
        });
        if (!end)
            return 0;
        endInstance(sawDataCenter);
        return end;
    }

    // A lease with its six members in the order Netflix writes them, however spaced: 25
    // positions ({, six keys, colons and values, five commas, }), each member a key compare and
    // a number where the positions say.
    uint32_t leaseAt(uint32_t i, LeaseInfo *out) const
    {
        const std::array<KeyPattern, 6> &keys = leaseKeys();
        constexpr uint32_t Positions = 25;
        if (i + Positions >= m_count || kindAt(i) != '{')
            return 0;
        std::array<qint64, 6> values;
        for (uint32_t member = 0; member < 6; ++member) {
            const uint32_t key = i + 1 + 4 * member;
            if (kindAt(key) != '"' || !keys[member].matches(rawAt(key)) || kindAt(key + 1) != ':'
                || kindAt(key + 3) != (member == 5 ? '}' : ',') || !integerAt(key + 2, &values[member]))
                return 0;
        }
        return setLease(values, out) ? i + Positions : 0;
    }

    bool packedAt(uint32_t i, InstanceFields::Packed field)
    {
        std::string_view s;
        if (!plainAt(i, &s))
            return false;
        m_packed[field] = QByteArrayView(s.data(), qsizetype(s.size()));
        return true;
    }

    bool extraAt(uint32_t i, QString InstanceFields::Extras::*member, int site)
    {
        QString value;
        if (!stringAt(i, site, &value))
            return false;
        m_fields.setExtra(member, value);
        return true;
    }

    bool statusAt(uint32_t i, bool overridden)
    {
        InstanceStatus value;
        std::string_view s;
        if (betweenQuotes(tokenAt(i), &s) && statusFromWire(s, &value)) {
            m_fields.setStatus(value, overridden);
            return true;
        }
        if (!plainAt(i, &s))
            return false;
        m_fields.setStatusText(fromUtf8(s), overridden);
        return true;
    }

    uint32_t portAt(uint32_t i, int *port, bool *enabled, Repeated<std::pair<int, bool>> *last)
    {
        std::pair<int, bool> value{*port, *enabled};
        if (const uint32_t end = repeatsAt(i, *last, &value)) {
            std::tie(*port, *enabled) = value;
            return end;
        }
        return readPortAt(i, port, enabled, last);
    }

    // Out of line: an application's instances nearly always have the ports of the one before.
    Q_NEVER_INLINE uint32_t readPortAt(uint32_t i, int *port, bool *enabled, Repeated<std::pair<int, bool>> *last)
    {
        if (kindAt(i) != '{')
            return int32At(i, port) ? i + 1 : 0;
        const uint32_t end = forEachMember(i, [&](uint32_t key, uint32_t v) -> uint32_t {
            if (keyIs(rawAt(key), K::JsonValue))
                return int32At(v, port) ? v + 1 : 0;
            if (keyIs(rawAt(key), K::JsonEnabled))
                return booleanAt(v, enabled) ? v + 1 : 0;
            return skipValue(v);
        });
        if (end)
            rememberAt(i, end, last, {*port, *enabled});
        return end;
    }

    // As dataCenter() and readDataCenter(): Amazon's metadata values each a string.
    uint32_t dataCenterAt(uint32_t i, DataCenterInfo *out)
    {
        if (const uint32_t end = repeatsAt(i, m_lastDataCenter, out))
            return end;
        return readDataCenterAt(i, out);
    }

    // Out of line: the data center of the instance before is nearly always this one's.
    Q_NEVER_INLINE uint32_t readDataCenterAt(uint32_t i, DataCenterInfo *out)
    {
        DecodePool::Index className = m_emptyIndex, name = m_emptyIndex;
        MetadataEntries dcMetadata;
        bool hasMetadata = false;
        const uint32_t end = forEachMember(i, [&](uint32_t key, uint32_t v) -> uint32_t {
            const char *raw = rawAt(key);
            const bool isClass = keyIs(raw, K::JsonClass);
            if (isClass || keyIs(raw, K::Name)) {
                // A name that is not a string is left unread, as on On-Demand, which asks its
                // type first: what has none (a bare word) is malformed there.
                if (kindAt(v) != '"')
                    return hasType(kindAt(v)) ? skipValue(v) : 0;
                std::string_view s;
                if (!plainAt(v, &s))
                    return 0;
                (isClass ? className : name) = m_pool.internAt(SiteDataCenter, s);
                return v + 1;
            }
            if (!keyIs(raw, K::Metadata))
                return skipValue(v);
            hasMetadata = true;
            dcMetadata.clear();
            int position = 0;
            return forEachMember(v, [&](uint32_t entryKey, uint32_t value) -> uint32_t {
                DecodePool::Index keyIndex = DecodePool::Own;
                bool typeMarker = false;
                if (!metadataKeyAt(entryKey, &position, &keyIndex, &typeMarker))
                    return 0;
                if (typeMarker)
                    return skipValue(value);
                std::string_view text;
                if (!plainAt(value, &text))
                    return 0;
                dcMetadata.append({m_pool.string(keyIndex), fromUtf8(text)});
                return value + 1;
            });
        });
        if (!end)
            return 0;
        *out = hasMetadata ? m_pool.dataCenter(className, name, dcMetadata) : m_pool.dataCenter(className, name);
        rememberAt(i, end, &m_lastDataCenter, *out);
        return end;
    }

    // A metadata key as forEachEntry() reads it, interned at its position (the n-th key of an
    // instance is nearly always the n-th of the instance before): false to give up;
    // *typeMarker for Jackson's "@class", which is not an entry.
    bool metadataKeyAt(uint32_t key, int *position, DecodePool::Index *index, bool *typeMarker)
    {
        *index = *position < MetadataKeySites ? m_pool.recentAt(*position, rawAt(key), m_end) : DecodePool::Own;
        if (*index == DecodePool::Own) {
            std::string_view name;
            if (!plainAt(key, &name))
                return false;
            if (!name.empty() && name.front() == '@') {
                *typeMarker = true;
                return true;
            }
            *index = *position < MetadataKeySites ? m_pool.internAt(*position, name) : m_pool.intern(name);
        }
        ++*position;
        return true;
    }

    // As metadata(): each value a string.
    uint32_t metadataAt(uint32_t i)
    {
        m_metadata.clear();
        int position = 0;
        const uint32_t end = forEachMember(i, [&](uint32_t key, uint32_t v) -> uint32_t {
            DecodePool::Index keyIndex = DecodePool::Own;
            bool typeMarker = false;
            if (!metadataKeyAt(key, &position, &keyIndex, &typeMarker))
                return 0;
            if (typeMarker)
                return skipValue(v);
            if (DecodePool::Index shared; m_pool.recentMetadataValue(keyIndex, tokenAt(v), &shared)) {
                m_metadata.addShared(keyIndex, shared);
                return v + 1;
            }
            std::string_view text;
            if (!plainAt(v, &text))
                return 0;
            m_metadata.add(m_pool, keyIndex, text);
            return v + 1;
        });
        if (end)
            m_fields.metadata = m_metadata.shape(m_pool);
        return end;
    }

    StructuralIndex &m_index;             // kept in the pool between decodes
    const char *m_document = nullptr;
    size_t m_documentSize = 0;
    size_t m_stretchBegin = 0, m_stretchEnd = 0; // the stretch indexed
    const char *m_text = nullptr;         // where it begins
    const uint32_t *m_at = nullptr;       // its positions, from m_text
    uint32_t m_count = 0;
    size_t m_instanceAt = 0;              // where the instance being read starts
};

} // namespace

bool readIndexed(QByteArrayView data, CodecError *error, DecodePool &pool, const DecodeOptions &options,
                 Applications *out)
{
    IndexedReader reader(error, pool, options);
    return reader.open(data) && reader.read(out);
}

} // namespace Eureka::JsonDecoder
