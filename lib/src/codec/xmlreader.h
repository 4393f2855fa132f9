// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QByteArrayView>
#include <QtCore/QString>

#include <string>
#include <string_view>
#include <vector>

namespace Eureka {

// A pull reader for the XML that Eureka servers and clients exchange, over the UTF-8 bytes
// themselves: names, attribute values and text come back as views into the input (copied
// only where an entity or a CDATA section must be resolved), where QXmlStreamReader converts
// every token to UTF-16 first, which alone cost more than the rest of our decode.
//
// It checks well-formedness as it goes (matching end tags, quoted attributes, known entities,
// no markup in attribute values, nothing but comments after the root) and reports the first
// problem with its byte offset. It reads elements, attributes, text, CDATA sections,
// comments, processing instructions and a DOCTYPE without an internal subset; DTDs with one
// are refused (no entity expansion, so no billion laughs). The input must be valid UTF-8:
// the decoder checks that before.
//
// Navigation mirrors QXmlStreamReader's: readNextStartElement() moves to the next child of the
// current element and returns false at its end tag, readText() reads an element's text and
// its end tag, skipCurrentElement() steps over an element and its children.
class XmlReader
{
public:
    explicit XmlReader(QByteArrayView utf8);

    // The next start element inside the current one (at the top: the root). False at the
    // current element's end, at the end of the document, or on an error.
    bool readNextStartElement();
    // The name of the element readNextStartElement() stopped at.
    std::string_view name() const { return m_name; }
    // An attribute of that element (entities resolved); empty when absent.
    std::string_view attribute(std::string_view name);
    bool hasAttribute(std::string_view name) const;
    // The text of the current element up to its end tag, child elements skipped; valid until
    // the next call. Consumes the end tag.
    std::string_view readText();
    void skipCurrentElement();

    bool atDocumentStart() const { return m_depth == 0 && !m_sawRoot; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 errorOffset() const { return m_errorOffset; }
    qint64 offset() const { return qint64(m_pos); }
    // Line and column (from 1) of a byte offset, for messages.
    void lineAndColumn(qint64 offset, int *line, int *column) const;

private:
    struct Attribute
    {
        std::string_view name;
        std::string_view raw; // as written, between the quotes
    };
    enum class Markup { StartTag, EndTag, Skipped, End, Error };

    Markup nextMarkup(bool textAllowed, std::string *text);
    bool parseStartTag();
    bool parseEndTag();
    // Moves past the next \a end found from \a from; an error naming \a what when there is none.
    bool skipPast(size_t from, std::string_view end, const char *what);
    bool skipComment();
    bool skipProcessingInstruction();
    bool skipDoctype();
    bool readCData(std::string *text);
    bool appendText(size_t end, std::string *text);
    bool decodeEntities(std::string_view raw, std::string &out);
    bool name(std::string_view *out);
    void skipBlanks();
    bool fail(const QString &message);
    bool startsWith(std::string_view s) const { return std::string_view(m_data + m_pos, m_size - m_pos).substr(0, s.size()) == s; }

    const char *m_data;
    size_t m_size;
    size_t m_pos = 0;
    int m_depth = 0;         // open elements
    bool m_selfClosed = false; // the current element was <x/>: its end is already read
    bool m_sawRoot = false;
    std::string_view m_name;
    std::vector<std::string_view> m_open; // names of the open elements
    std::vector<Attribute> m_attributes;
    std::string m_text;      // text that needed resolving
    std::string m_attribute; // likewise for an attribute value
    QString m_error;
    qint64 m_errorOffset = -1;
};

} // namespace Eureka
