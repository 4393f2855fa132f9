// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "httprequestparser.h"

#include <QtCore/QUrl>

namespace Eureka {

namespace {
bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits)
{
}

void HttpRequestParser::feed(QByteArrayView data)
{
    // Drop what earlier requests consumed before growing the buffer.
    if (m_offset > 0) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(data.data(), data.size());
}

HttpRequestParser::State HttpRequestParser::fail(int status, const char *reason)
{
    m_errorStatus = status;
    m_errorReason = reason;
    return State::Error;
}

HttpRequestParser::State HttpRequestParser::next()
{
    if (m_errorStatus)
        return State::Error;
    for (;;) {
        const qsizetype available = m_buffer.size() - m_offset;
        switch (m_stage) {
        case Stage::Head: {
            // Tolerate blank lines between requests (RFC 9112 section 2.2).
            while (m_buffer.size() - m_offset >= 2 && m_buffer.at(m_offset) == '\r'
                   && m_buffer.at(m_offset + 1) == '\n')
                m_offset += 2;
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", m_offset);
            if (end < 0) {
                if (m_buffer.size() - m_offset > m_limits.maxHeaderBytes)
                    return fail(431, "request header too large");
                return State::NeedMore;
            }
            if (end - m_offset > m_limits.maxHeaderBytes)
                return fail(431, "request header too large");
            const State state = parseHead(end);
            if (state != State::NeedMore)
                return state;
            break;
        }
        case Stage::Body:
            if (available < m_remaining)
                return State::NeedMore;
            m_request.body = m_buffer.mid(m_offset, m_remaining);
            m_offset += m_remaining;
            m_stage = Stage::Head;
            return State::RequestReady;
        case Stage::ChunkSize: {
            const State state = readChunkSize();
            if (state != State::NeedMore || m_stage == Stage::ChunkSize)
                return state;
            break;
        }
        case Stage::ChunkData:
            if (available < m_remaining + 2)
                return State::NeedMore;
            if (m_buffer.mid(m_offset + m_remaining, 2) != "\r\n")
                return fail(400, "malformed chunk");
            m_request.body.append(m_buffer.constData() + m_offset, m_remaining);
            m_offset += m_remaining + 2;
            m_stage = Stage::ChunkSize;
            break;
        case Stage::ChunkTrailer: {
            // Trailers are read and ignored; an empty line ends the message.
            const qsizetype end = m_buffer.indexOf("\r\n", m_offset);
            if (end < 0) {
                if (available > m_limits.maxHeaderBytes)
                    return fail(431, "chunk trailer too large");
                return State::NeedMore;
            }
            const bool last = end == m_offset;
            m_offset = end + 2;
            if (last) {
                m_stage = Stage::Head;
                return State::RequestReady;
            }
            break;
        }
        }
    }
}

HttpRequestParser::State HttpRequestParser::readChunkSize()
{
    const qsizetype end = m_buffer.indexOf("\r\n", m_offset);
    if (end < 0) {
        if (m_buffer.size() - m_offset > 64)
            return fail(400, "malformed chunk size");
        return State::NeedMore;
    }
    QByteArray line = m_buffer.mid(m_offset, end - m_offset);
    const qsizetype ext = line.indexOf(';');
    if (ext >= 0)
        line.truncate(ext);
    bool ok = false;
    const qlonglong size = line.trimmed().toLongLong(&ok, 16);
    if (!ok || size < 0)
        return fail(400, "malformed chunk size");
    if (m_request.body.size() + size > m_limits.maxBodyBytes)
        return fail(413, "request body too large");
    m_offset = end + 2;
    m_remaining = qsizetype(size);
    m_stage = size == 0 ? Stage::ChunkTrailer : Stage::ChunkData;
    return State::NeedMore;
}

HttpRequestParser::State HttpRequestParser::parseHead(qsizetype headEnd)
{
    m_request = HttpRequest();
    const QByteArray head = m_buffer.mid(m_offset, headEnd - m_offset);
    m_offset = headEnd + 4;
    const QList<QByteArray> lines = head.split('\n');

    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || requestLine.at(1).isEmpty())
        return fail(400, "malformed request line");
    const QByteArray &version = requestLine.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return fail(505, "HTTP version not supported");
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    m_request.keepAlive = version == "HTTP/1.1";

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return fail(400, "malformed header");
        m_request.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }

    const QByteArray connection = m_request.header("connection").toLower();
    if (connection.contains("close"))
        m_request.keepAlive = false;
    else if (connection.contains("keep-alive"))
        m_request.keepAlive = true;

    const qsizetype queryStart = m_request.target.indexOf('?');
    const QByteArray rawPath = queryStart < 0 ? m_request.target : m_request.target.left(queryStart);
    m_request.path = QByteArray::fromPercentEncoding(rawPath);
    if (queryStart >= 0)
        m_request.query.setQuery(QString::fromUtf8(m_request.target.mid(queryStart + 1)));

    const QByteArray transferEncoding = m_request.header("transfer-encoding").toLower();
    const QByteArray contentLength = m_request.header("content-length");
    if (!transferEncoding.isEmpty()) {
        if (transferEncoding != "chunked")
            return fail(501, "transfer encoding not supported");
        // A message with both is a request-smuggling pattern; refuse it (RFC 9112 6.1).
        if (!contentLength.isEmpty())
            return fail(400, "both Content-Length and Transfer-Encoding");
        m_stage = Stage::ChunkSize;
        return State::NeedMore;
    }
    if (!contentLength.isEmpty()) {
        bool ok = false;
        const qlonglong length = contentLength.toLongLong(&ok);
        if (!ok || length < 0)
            return fail(400, "malformed Content-Length");
        if (length > m_limits.maxBodyBytes)
            return fail(413, "request body too large");
        m_remaining = qsizetype(length);
        m_stage = Stage::Body;
        return State::NeedMore;
    }
    m_stage = Stage::Head;
    return State::RequestReady;
}

HttpRequest HttpRequestParser::takeRequest()
{
    return std::exchange(m_request, HttpRequest());
}

} // namespace Eureka
