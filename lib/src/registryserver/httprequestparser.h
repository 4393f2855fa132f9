// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httprequest.h"

#include <EurekaClient/eurekaclient_export.h>

namespace Eureka {

// Incremental HTTP/1.1 request parser: feed it bytes as they arrive, take requests as they
// complete. It enforces size limits so that a client cannot make the server buffer without
// bound, and reports the status to answer when the input is not HTTP it accepts.
class EUREKACLIENT_AUTOTEST_EXPORT HttpRequestParser
{
public:
    struct Limits
    {
        qsizetype maxHeaderBytes = 16 * 1024;
        qsizetype maxBodyBytes = 1024 * 1024;
    };

    enum class State { NeedMore, RequestReady, Error };

    explicit HttpRequestParser(Limits limits);

    // Appends \a data; then call next() until it says NeedMore or Error.
    void feed(QByteArrayView data);
    State next();

    HttpRequest takeRequest();
    // For State::Error: the status to answer (400, 413, 431, 501, 505) and why.
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorReason() const { return m_errorReason; }
    // True while part of a request has arrived (for idle/slow-request timeouts).
    bool hasPartialRequest() const { return m_buffer.size() > m_offset || m_stage != Stage::Head; }

private:
    enum class Stage { Head, Body, ChunkSize, ChunkData, ChunkTrailer };

    State fail(int status, const char *reason);
    State parseHead(qsizetype headEnd);
    State readChunkSize();

    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_offset = 0; // consumed bytes of m_buffer
    Stage m_stage = Stage::Head;
    qsizetype m_remaining = 0;
    HttpRequest m_request;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace Eureka
