// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "decodepool.h"
#include "jsonkeys_p.h"

#include <QtCore/QString>

#include <array>
#include <cstring>
#include <string>
#include <string_view>

// The pieces of JSON text both of the JSON decoder's readers (On-Demand's and the indexed path)
// read the same way: keys, strings without escapes, integers. Inline: each runs for every
// member of every instance.
namespace Eureka::JsonText {

namespace K = WireKeys;

inline QString fromUtf8(std::string_view v) { return QString::fromUtf8(v.data(), qsizetype(v.size())); }

// A raw key (still escaped, in the padded input) against a known ASCII name: one memcmp.
// Reading one byte past the name is safe: the input is padded. Keys spelled with escapes
// ("inst\u0061nceId") do not match; Jackson never writes them.
inline bool keyIs(const char *raw, std::string_view name)
{
    return std::memcmp(raw, name.data(), name.size()) == 0 && raw[name.size()] == '"';
}

inline bool isBlank(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// The raw text between a string token's quotes (the token runs with blanks to the next one),
// escapes unread; false when the token is not a string.
Q_ALWAYS_INLINE bool betweenQuotes(std::string_view token, std::string_view *inner)
{
    while (token.size() > 1 && isBlank(token.back()))
        token.remove_suffix(1);
    if (token.size() < 2 || token.front() != '"' || token.back() != '"')
        return false;
    *inner = token.substr(1, token.size() - 2);
    return true;
}

// Eight ASCII digits in a little-endian word, the first digit in the lowest byte.
inline bool eightDigits(quint64 word)
{
    constexpr quint64 high = 0xF0F0F0F0F0F0F0F0ULL, zeros = 0x3030303030303030ULL;
    return (word & high) == zeros && ((word + 0x0606060606060606ULL) & high) == zeros;
}

// Their value: neighbouring digits are joined into 2-, then 4-, then 8-digit numbers, each step
// in every lane of the word at once.
inline quint32 valueOfEightDigits(quint64 word)
{
    quint64 d = word - 0x3030303030303030ULL;
    d = (d * 10 + (d >> 8)) & 0x00FF00FF00FF00FFULL;
    d = (d * 100 + (d >> 16)) & 0x0000FFFF0000FFFFULL;
    return quint32((d * 10000 + (d >> 32)) & 0xFFFFFFFFULL);
}

// The value of the \a n (1 to 8) bytes at \a p when all are digits. Reads a whole word, which
// the padded input allows: the bytes past the n-th are shifted out, and the places they leave
// at the front become leading zeros. No loop over single digits, whose exit a 13-digit
// timestamp next to a 2-digit interval mispredicts.
Q_ALWAYS_INLINE bool leadingDigits(const char *p, size_t n, quint64 *out)
{
    quint64 word;
    std::memcpy(&word, p, 8);
    if (n < 8) {
        const unsigned shift = unsigned(8 * (8 - n));
        word = (word << shift) | (0x3030303030303030ULL >> (64 - shift));
    }
    if (!eightDigits(word))
        return false;
    *out = valueOfEightDigits(word);
    return true;
}

// The value of the \a digits (1 to 16) bytes at \a p: false unless all are digits, without a
// leading zero.
Q_ALWAYS_INLINE bool unsignedValue(const char *p, size_t digits, quint64 *out)
{
    if (digits == 0 || digits > 16 || (*p == '0' && digits > 1))
        return false;
    if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        static constexpr quint64 powersOfTen[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
        if (digits <= 8)
            return leadingDigits(p, digits, out);
        quint64 high = 0, low = 0;
        if (!leadingDigits(p, 8, &high) || !leadingDigits(p + 8, digits - 8, &low))
            return false;
        *out = high * powersOfTen[digits - 8] + low;
        return true;
    } else {
        quint64 value = 0;
        for (const char *end = p + digits; p < end; ++p) {
            if (unsigned(*p - '0') >= 10)
                return false;
            value = value * 10 + unsigned(*p - '0');
        }
        *out = value;
        return true;
    }
}

// A JSON integer token of at most 16 digits (so it cannot overflow), with blanks after it and
// nothing else. False for anything else (a fraction, an exponent, a leading zero, a string, more
// digits): the caller's checked path reads those, and reports what is wrong with them.
inline bool plainInteger(std::string_view token, qint64 *out)
{
    const char *p = token.data();
    const char *end = p + token.size();
    while (end > p && isBlank(end[-1]))
        --end;
    const bool negative = p < end && *p == '-';
    if (negative)
        ++p;
    quint64 value = 0;
    if (!unsignedValue(p, size_t(end - p), &value))
        return false;
    *out = negative ? -qint64(value) : qint64(value);
    return true;
}

// How many ASCII digits start at \a p, at most 16, from two word reads (the padded input allows
// them; digits past the document's end are the caller's to bound).
Q_ALWAYS_INLINE size_t digitRun(const char *p)
{
    if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        // The top bit of each byte that is not a digit: its high nibble is not 3, or its low one
        // is past 9 (adding 6 carries into the high nibble).
        const auto notDigits = [](quint64 word) {
            constexpr quint64 highNibbles = 0xF0F0F0F0F0F0F0F0ULL, sevenBits = 0x7F7F7F7F7F7F7F7FULL;
            const quint64 wrong = ((word & highNibbles) ^ 0x3030303030303030ULL)
                | (((word & ~highNibbles) + 0x0606060606060606ULL) & highNibbles);
            return (wrong | ((wrong & sevenBits) + sevenBits)) & ~sevenBits;
        };
        quint64 word;
        std::memcpy(&word, p, 8);
        if (const quint64 first = notDigits(word))
            return size_t(qCountTrailingZeroBits(first)) / 8;
        std::memcpy(&word, p + 8, 8);
        if (const quint64 second = notDigits(word))
            return 8 + size_t(qCountTrailingZeroBits(second)) / 8;
        return 16;
    } else {
        size_t n = 0;
        while (n < 16 && unsigned(p[n] - '0') < 10)
            ++n;
        return n;
    }
}

// The same inside quotes, with nothing else between them ("1795579837165": Jackson writes an
// instance's lastUpdatedTimestamp and lastDirtyTimestamp as strings). What it turns down, the
// checked path reads as it always did.
inline bool quotedInteger(std::string_view token, qint64 *out)
{
    std::string_view inner;
    return betweenQuotes(token, &inner) && !inner.empty() && unsigned(inner.back() - '0') < 10
        && plainInteger(inner, out);
}

// A known key and its closing quote (or a compact member's key with its punctuation) as whole
// words, compared inline: a call to memcmp with a length known only at run time cost more than the
// compare, once per member of every instance. The raw key lies in the padded input, so reading
// four words from its start is safe.
class KeyPattern
{
public:
    static constexpr size_t MaxLength = 31;
    KeyPattern() = default;
    explicit KeyPattern(std::string_view name)
        : KeyPattern(name, true)
    {
    }
    // A member's key as written in a compact object: \a before (the object's brace or the comma
    // after the member before), the quoted \a name and the colon.
    static KeyPattern member(char before, std::string_view name)
    {
        const std::string bytes = before + ('"' + std::string(name) + "\":");
        return KeyPattern(bytes, false);
    }
    // The bytes a match spans.
    size_t size() const { return m_size; }
    // All four words, without a branch: a loop that stops at the pattern's length cost more.
    bool matches(const char *raw) const
    {
        std::array<quint64, 4> words;
        std::memcpy(words.data(), raw, sizeof words);
        return (((words[0] ^ m_text[0]) & m_mask[0]) | ((words[1] ^ m_text[1]) & m_mask[1])
                | ((words[2] ^ m_text[2]) & m_mask[2]) | ((words[3] ^ m_text[3]) & m_mask[3]))
            == 0;
    }

private:
    KeyPattern(std::string_view bytes, bool closingQuote)
        : m_size(bytes.size() + (closingQuote ? 1 : 0))
    {
        Q_ASSERT(m_size <= sizeof m_text);
        char text[32] = {};
        char mask[32] = {};
        std::memcpy(text, bytes.data(), bytes.size());
        if (closingQuote)
            text[bytes.size()] = '"';
        std::memset(mask, 0xff, m_size);
        std::memcpy(m_text.data(), text, sizeof text);
        std::memcpy(m_mask.data(), mask, sizeof mask);
    }

    std::array<quint64, 4> m_text{};
    std::array<quint64, 4> m_mask{};
    size_t m_size = 0;
};
static_assert(InputPadding >= 32, "KeyPattern reads four words from a key's start");

// Which of \a patterns a raw key is, trying the one after the last match first: members come in
// the order the server writes them, so a well-ordered object costs one compare per key. -1 for
// none.
template<size_t N>
inline int matchInOrder(const std::array<KeyPattern, N> &patterns, const char *raw, int *next)
{
    // *next is at most N, so one subtraction wraps it: cheaper than a division by N, once per
    // member of every instance.
    size_t i = size_t(*next);
    for (size_t n = 0; n < N; ++n, ++i) {
        if (i >= N)
            i -= N;
        if (patterns[i].matches(raw)) {
            *next = int(i) + 1;
            return int(i);
        }
    }
    return -1;
}

// An instance's members, in the order Netflix's server writes them: matching tries the
// member after the last one first, so a well-ordered instance costs one compare per key.
enum class Field {
    InstanceId, HostName, App, IpAddr, Status, OverriddenStatus, OverriddenStatusLower, Port, SecurePort,
    CountryId, DataCenterInfo, LeaseInfo, Metadata, HomePageUrl, StatusPageUrl, HealthCheckUrl,
    SecureHealthCheckUrl, VipAddress, SecureVipAddress, IsCoordinatingDiscoveryServer, LastUpdatedTimestamp,
    LastDirtyTimestamp, ActionType, AppGroupName, Sid, AsgName, Unknown
};
struct FieldName
{
    std::string_view text;
    const char *key; // what error paths print
};
inline constexpr FieldName fieldNames[] = {
    {K::InstanceId, K::InstanceId}, {K::HostName, K::HostName}, {K::App, K::App}, {K::IpAddr, K::IpAddr},
    {K::Status, K::Status}, {K::OverriddenStatus, K::OverriddenStatus},
    {K::OverriddenStatusLower, K::OverriddenStatusLower}, {K::Port, K::Port}, {K::SecurePort, K::SecurePort},
    {K::CountryId, K::CountryId}, {K::DataCenterInfo, K::DataCenterInfo}, {K::LeaseInfo, K::LeaseInfo},
    {K::Metadata, K::Metadata}, {K::HomePageUrl, K::HomePageUrl}, {K::StatusPageUrl, K::StatusPageUrl},
    {K::HealthCheckUrl, K::HealthCheckUrl}, {K::SecureHealthCheckUrl, K::SecureHealthCheckUrl},
    {K::VipAddress, K::VipAddress}, {K::SecureVipAddress, K::SecureVipAddress},
    {K::IsCoordinatingDiscoveryServer, K::IsCoordinatingDiscoveryServer},
    {K::LastUpdatedTimestamp, K::LastUpdatedTimestamp}, {K::LastDirtyTimestamp, K::LastDirtyTimestamp},
    {K::ActionType, K::ActionType}, {K::AppGroupName, K::AppGroupName}, {K::Sid, K::Sid}, {K::AsgName, K::AsgName},
};
inline constexpr int FieldCount = int(std::size(fieldNames));
inline constexpr bool namesFitPatterns()
{
    for (const FieldName &name : fieldNames) {
        if (name.text.size() > KeyPattern::MaxLength)
            return false;
    }
    return true;
}
static_assert(namesFitPatterns());
static_assert(FieldCount == int(Field::Unknown));

} // namespace Eureka::JsonText
