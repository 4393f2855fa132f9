// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "xmlreader.h"

#include <cstring>

namespace Eureka {

namespace {

// Deeper than any Eureka document: a guard against stack-like growth on hostile input.
constexpr int MaxDepth = 256;

bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool isNameStart(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? true : c == '_' || c == ':' || c >= 0x80; }
bool isNameChar(unsigned char c) { return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

QString quoted(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(std::min<size_t>(s.size(), 40))); }

} // namespace

XmlReader::XmlReader(QByteArrayView utf8)
    : m_data(utf8.data())
    , m_size(size_t(utf8.size()))
{
    // A byte order mark is allowed before the document.
    if (m_size >= 3 && std::memcmp(m_data, "\xEF\xBB\xBF", 3) == 0)
        m_pos = 3;
}

bool XmlReader::fail(const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorOffset = qint64(m_pos);
    }
    return false;
}

void XmlReader::lineAndColumn(qint64 offset, int *line, int *column) const
{
    *line = 1;
    size_t lineStart = 0;
    const size_t end = std::min(m_size, size_t(std::max<qint64>(0, offset)));
    for (size_t i = 0; i < end; ++i) {
        if (m_data[i] == '\n') {
            ++*line;
            lineStart = i + 1;
        }
    }
    *column = int(end - lineStart) + 1;
}

void XmlReader::skipBlanks()
{
    while (m_pos < m_size && isBlank(m_data[m_pos]))
        ++m_pos;
}

bool XmlReader::name(std::string_view *out)
{
    const size_t start = m_pos;
    if (m_pos >= m_size || !isNameStart(static_cast<unsigned char>(m_data[m_pos])))
        return fail(QStringLiteral("a name was expected"));
    ++m_pos;
    while (m_pos < m_size && isNameChar(static_cast<unsigned char>(m_data[m_pos])))
        ++m_pos;
    *out = std::string_view(m_data + start, m_pos - start);
    return true;
}

bool XmlReader::decodeEntities(std::string_view raw, std::string &out)
{
    size_t i = 0;
    while (i < raw.size()) {
        const size_t amp = raw.find('&', i);
        out.append(raw.substr(i, amp == std::string_view::npos ? std::string_view::npos : amp - i));
        if (amp == std::string_view::npos)
            break;
        const size_t semi = raw.find(';', amp);
        if (semi == std::string_view::npos || semi - amp > 12)
            return fail(QStringLiteral("an unterminated entity reference"));
        const std::string_view entity = raw.substr(amp + 1, semi - amp - 1);
        if (entity == "lt") out += '<';
        else if (entity == "gt") out += '>';
        else if (entity == "amp") out += '&';
        else if (entity == "quot") out += '"';
        else if (entity == "apos") out += '\'';
        else if (entity.size() > 1 && entity[0] == '#') {
            const bool hex = entity[1] == 'x';
            char32_t cp = 0;
            const std::string_view digits = entity.substr(hex ? 2 : 1);
            if (digits.empty())
                return fail(QStringLiteral("an empty character reference"));
            for (const char c : digits) {
                int v;
                if (c >= '0' && c <= '9') v = c - '0';
                else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') v = (c | 0x20) - 'a' + 10;
                else return fail(QStringLiteral("a malformed character reference &%1;").arg(quoted(entity)));
                cp = cp * (hex ? 16 : 10) + char32_t(v);
                if (cp > 0x10FFFF)
                    break;
            }
            const bool allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!allowed)
                return fail(QStringLiteral("character reference &%1; is not an XML character").arg(quoted(entity)));
            appendUtf8(out, cp);
        } else {
            return fail(QStringLiteral("undefined entity &%1;").arg(quoted(entity)));
        }
        i = semi + 1;
    }
    return true;
}

bool XmlReader::appendText(size_t end, std::string *text)
{
    const std::string_view raw(m_data + m_pos, end - m_pos);
    if (text)
        return decodeEntities(raw, *text);
    if (m_depth == 0) {
        for (const char c : raw) {
            if (!isBlank(c))
                return fail(QStringLiteral("text outside the root element"));
        }
    }
    return true;
}

bool XmlReader::skipPast(size_t from, std::string_view end, const char *what)
{
    const char *found = static_cast<const char *>(memmem(m_data + from, m_size - from, end.data(), end.size()));
    if (!found)
        return fail(QStringLiteral("an unterminated %1").arg(QLatin1StringView(what)));
    m_pos = size_t(found - m_data) + end.size();
    return true;
}

bool XmlReader::skipComment() { return skipPast(m_pos + 4, "-->", "comment"); }

bool XmlReader::skipProcessingInstruction() { return skipPast(m_pos + 2, "?>", "processing instruction"); }

bool XmlReader::skipDoctype()
{
    if (m_depth > 0 || m_sawRoot)
        return fail(QStringLiteral("a DOCTYPE inside the document"));
    for (size_t i = m_pos; i < m_size; ++i) {
        if (m_data[i] == '[') {
            m_pos = i;
            return fail(QStringLiteral("DTDs are not supported"));
        }
        if (m_data[i] == '>') {
            m_pos = i + 1;
            return true;
        }
    }
    return fail(QStringLiteral("an unterminated DOCTYPE"));
}

bool XmlReader::readCData(std::string *text)
{
    const size_t start = m_pos + 9;
    const char *end = static_cast<const char *>(memmem(m_data + start, m_size - start, "]]>", 3));
    if (!end)
        return fail(QStringLiteral("an unterminated CDATA section"));
    if (m_depth == 0)
        return fail(QStringLiteral("CDATA outside the root element"));
    if (text)
        text->append(m_data + start, size_t(end - (m_data + start)));
    m_pos = size_t(end - m_data) + 3;
    return true;
}

bool XmlReader::parseStartTag()
{
    ++m_pos; // '<'
    std::string_view tag;
    if (!name(&tag))
        return false;
    m_attributes.clear();
    m_selfClosed = false;
    for (;;) {
        const size_t before = m_pos;
        skipBlanks();
        if (m_pos >= m_size)
            return fail(QStringLiteral("premature end of document in a start tag"));
        if (m_data[m_pos] == '>') {
            ++m_pos;
            break;
        }
        if (m_data[m_pos] == '/') {
            if (m_pos + 1 >= m_size || m_data[m_pos + 1] != '>')
                return fail(QStringLiteral("'>' was expected after '/'"));
            m_pos += 2;
            m_selfClosed = true;
            break;
        }
        if (m_pos == before)
            return fail(QStringLiteral("a blank was expected between attributes"));
        Attribute attribute;
        if (!name(&attribute.name))
            return false;
        skipBlanks();
        if (m_pos >= m_size || m_data[m_pos] != '=')
            return fail(QStringLiteral("'=' was expected after attribute %1").arg(quoted(attribute.name)));
        ++m_pos;
        skipBlanks();
        if (m_pos >= m_size || (m_data[m_pos] != '"' && m_data[m_pos] != '\''))
            return fail(QStringLiteral("a quoted value was expected for attribute %1").arg(quoted(attribute.name)));
        const char quote = m_data[m_pos++];
        const char *end = static_cast<const char *>(std::memchr(m_data + m_pos, quote, m_size - m_pos));
        if (!end)
            return fail(QStringLiteral("an unterminated attribute value"));
        attribute.raw = std::string_view(m_data + m_pos, size_t(end - (m_data + m_pos)));
        if (attribute.raw.find('<') != std::string_view::npos)
            return fail(QStringLiteral("'<' in the value of attribute %1").arg(quoted(attribute.name)));
        m_pos = size_t(end - m_data) + 1;
        m_attributes.push_back(attribute);
    }
    if (m_depth == 0 && m_sawRoot)
        return fail(QStringLiteral("a second root element"));
    if (m_depth >= MaxDepth)
        return fail(QStringLiteral("elements nested deeper than %1").arg(MaxDepth));
    m_name = tag;
    m_open.push_back(tag);
    ++m_depth;
    m_sawRoot = true;
    return true;
}

bool XmlReader::parseEndTag()
{
    m_pos += 2; // "</"
    std::string_view tag;
    if (!name(&tag))
        return false;
    skipBlanks();
    if (m_pos >= m_size || m_data[m_pos] != '>')
        return fail(QStringLiteral("'>' was expected in an end tag"));
    ++m_pos;
    if (m_open.empty() || m_open.back() != tag)
        return fail(QStringLiteral("</%1> does not close <%2>")
                        .arg(quoted(tag), m_open.empty() ? QString() : quoted(m_open.back())));
    m_open.pop_back();
    --m_depth;
    return true;
}

XmlReader::Markup XmlReader::nextMarkup(bool textAllowed, std::string *text)
{
    for (;;) {
        const char *lt = static_cast<const char *>(std::memchr(m_data + m_pos, '<', m_size - m_pos));
        const size_t end = lt ? size_t(lt - m_data) : m_size;
        if (end > m_pos && !appendText(end, textAllowed ? text : nullptr))
            return Markup::Error;
        m_pos = end;
        if (!lt) {
            if (m_depth > 0) {
                fail(QStringLiteral("premature end of document"));
                return Markup::Error;
            }
            return Markup::End;
        }
        bool ok = true;
        if (startsWith("</"))
            return parseEndTag() ? Markup::EndTag : Markup::Error;
        if (startsWith("<!--"))
            ok = skipComment();
        else if (startsWith("<![CDATA["))
            ok = readCData(textAllowed ? text : nullptr);
        else if (startsWith("<!DOCTYPE"))
            ok = skipDoctype();
        else if (startsWith("<?"))
            ok = skipProcessingInstruction();
        else
            return parseStartTag() ? Markup::StartTag : Markup::Error;
        if (!ok)
            return Markup::Error;
    }
}

bool XmlReader::readNextStartElement()
{
    if (hasError())
        return false;
    if (m_selfClosed) { // the current element was <x/>: its end is here
        m_selfClosed = false;
        m_open.pop_back();
        --m_depth;
        return false;
    }
    for (;;) {
        switch (nextMarkup(false, nullptr)) {
        case Markup::StartTag: return true;
        case Markup::EndTag:
        case Markup::End:
        case Markup::Error: return false;
        case Markup::Skipped: break;
        }
    }
}

std::string_view XmlReader::readText()
{
    if (hasError())
        return {};
    if (m_selfClosed) {
        m_selfClosed = false;
        m_open.pop_back();
        --m_depth;
        return std::string_view(m_data + m_pos, 0);
    }
    // The usual element, <port>8080</port>: a view into the input.
    const char *lt = static_cast<const char *>(std::memchr(m_data + m_pos, '<', m_size - m_pos));
    if (lt && size_t(lt - m_data) + 1 < m_size && lt[1] == '/') {
        const std::string_view raw(m_data + m_pos, size_t(lt - (m_data + m_pos)));
        if (raw.find('&') == std::string_view::npos) {
            m_pos = size_t(lt - m_data);
            return parseEndTag() ? raw : std::string_view();
        }
    }
    m_text.clear();
    const int depth = m_depth;
    for (;;) {
        switch (nextMarkup(true, &m_text)) {
        case Markup::StartTag:
            skipCurrentElement(); // text only; children are skipped
            if (hasError())
                return {};
            break;
        case Markup::EndTag:
            if (m_depth < depth)
                return m_text;
            break;
        case Markup::End:
        case Markup::Error: return {};
        case Markup::Skipped: break;
        }
    }
}

void XmlReader::skipCurrentElement()
{
    if (hasError())
        return;
    if (m_selfClosed) {
        m_selfClosed = false;
        m_open.pop_back();
        --m_depth;
        return;
    }
    const int depth = m_depth;
    while (m_depth >= depth) {
        switch (nextMarkup(false, nullptr)) {
        case Markup::StartTag:
            if (m_selfClosed) {
                m_selfClosed = false;
                m_open.pop_back();
                --m_depth;
            }
            break;
        case Markup::EndTag:
        case Markup::Skipped: break;
        case Markup::End:
        case Markup::Error: return;
        }
    }
}

bool XmlReader::hasAttribute(std::string_view name) const
{
    for (const Attribute &a : m_attributes) {
        if (a.name == name)
            return true;
    }
    return false;
}

std::string_view XmlReader::attribute(std::string_view name)
{
    for (const Attribute &a : m_attributes) {
        if (a.name != name)
            continue;
        if (a.raw.find('&') == std::string_view::npos)
            return a.raw;
        m_attribute.clear();
        return decodeEntities(a.raw, m_attribute) ? std::string_view(m_attribute) : std::string_view();
    }
    return {};
}

} // namespace Eureka
