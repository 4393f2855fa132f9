// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QUrlQuery>

namespace Eureka {

// One parsed HTTP/1.1 request. Header names are lower-cased.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // path and query, as sent
    QByteArray path;   // percent-decoded path
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive = true;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key == name)
                return value;
        }
        return {};
    }
};

} // namespace Eureka
