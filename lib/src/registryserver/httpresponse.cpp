// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "httpresponse.h"

namespace Eureka {

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: break;
    }
    return "Unknown";
}

QByteArray HttpResponse::serialize(bool keepAlive, bool headOnly) const
{
    QByteArray out;
    out.reserve(256 + (headOnly ? 0 : body.size()));
    out.append("HTTP/1.1 ").append(QByteArray::number(status)).append(' ').append(reasonPhrase(status));
    out.append("\r\nServer: QtEureka-RegistryServer");
    if (!contentType.isEmpty())
        out.append("\r\nContent-Type: ").append(contentType);
    if (gzipped)
        out.append("\r\nContent-Encoding: gzip");
    // 204 carries no Content-Length (RFC 9110 8.6).
    if (status != 204)
        out.append("\r\nContent-Length: ").append(QByteArray::number(body.size()));
    for (const auto &[name, value] : headers)
        out.append("\r\n").append(name).append(": ").append(value);
    out.append(keepAlive ? "\r\nConnection: keep-alive\r\n\r\n" : "\r\nConnection: close\r\n\r\n");
    if (!headOnly)
        out.append(body);
    return out;
}

} // namespace Eureka
