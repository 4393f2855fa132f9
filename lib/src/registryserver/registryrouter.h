// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "registrystore.h"

#include <EurekaClient/eurekanamespace.h>

#include <QtCore/QHash>

namespace Eureka {

// Turns Eureka REST requests into store operations and answers as Netflix's Jersey resources
// do: same paths, status codes, empty bodies, content negotiation (XML when the client says
// nothing) and, for malformed registrations, the same error body.
class RegistryRouter
{
public:
    struct Settings
    {
        QByteArray contextPath = "/eureka";
        QByteArray basicAuthorization; // expected "Basic ..." header value; empty: no auth
        qint64 cacheUpdateIntervalMs = 30000;
        qint64 readOnlyCacheMs = 0; // Netflix's read-only response cache; 0: off
    };

    RegistryRouter(RegistryStore &store, Settings settings);
    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse route(const HttpRequest &request, const QList<QByteArray> &segments);
    HttpResponse handleApps(const HttpRequest &request, const QList<QByteArray> &segments);
    HttpResponse registerInstance(const HttpRequest &request, const QString &app);
    HttpResponse encoded(const HttpRequest &request, const QByteArray &cacheKey,
                         const std::function<QByteArray(WireFormat)> &encode);
    bool authorized(const HttpRequest &request) const;

    RegistryStore &m_store;
    Settings m_settings;
    struct CachedBody
    {
        quint64 generation;
        qint64 encodedAt;
        QByteArray body;
    };
    QHash<QByteArray, CachedBody> m_cache;
};

} // namespace Eureka
