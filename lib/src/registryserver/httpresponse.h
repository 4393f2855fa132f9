// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>

namespace Eureka {

// One HTTP response as the registry answers it.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool gzipped = false; // body is already gzip-compressed

    static HttpResponse empty(int status, QByteArray contentType = QByteArrayLiteral("application/xml"))
    {
        HttpResponse r;
        r.status = status;
        r.contentType = std::move(contentType);
        return r;
    }

    // Status line, headers and body, ready for the socket.
    QByteArray serialize(bool keepAlive, bool headOnly = false) const;
    static QByteArray reasonPhrase(int status);
};

} // namespace Eureka
