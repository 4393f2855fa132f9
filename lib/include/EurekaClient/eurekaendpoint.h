// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclient_export.h>

#include <QtCore/QHashFunctions>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QUrl>

namespace Eureka {

/**
 * One Eureka server: its service URL (the root that `apps/` is relative to, e.g.
 * http://eureka-a:8761/eureka/) and the zone and region it serves.
 *
 * The URL may carry credentials (`http://user:pass@host/eureka/`); toDisplayString() never
 * shows them, and nothing in the library logs anything else.
 */
class EUREKACLIENT_EXPORT EurekaEndpoint
{
public:
    /** An invalid endpoint. */
    EurekaEndpoint() = default;
    /** The server at \a serviceUrl, serving \a zone of \a region. */
    explicit EurekaEndpoint(const QUrl &serviceUrl, const QString &zone = QString(),
                            const QString &region = QString());

    /** The service URL, credentials included: never log it, use toDisplayString(). */
    QUrl serviceUrl() const { return m_url; }
    /** The zone this server serves; empty when not known. */
    QString zone() const { return m_zone; }
    /** The region this server serves; empty when not known. */
    QString region() const { return m_region; }
    /** True when the URL is valid and names a host. */
    bool isValid() const { return m_url.isValid() && !m_url.host().isEmpty(); }
    /** The URL without user info, for logs, traces and the UI. */
    QString toDisplayString() const;

    ///@{
    /** Equal URLs, zones and regions. */
    friend bool operator==(const EurekaEndpoint &a, const EurekaEndpoint &b)
    {
        return a.m_url == b.m_url && a.m_zone == b.m_zone && a.m_region == b.m_region;
    }
    friend bool operator!=(const EurekaEndpoint &a, const EurekaEndpoint &b) { return !(a == b); }
    ///@}
    /** A hash for QHash and QSet, consistent with operator==(). */
    friend size_t qHash(const EurekaEndpoint &e, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, e.m_url.toString(), e.m_zone, e.m_region);
    }

private:
    QUrl m_url;
    QString m_zone;
    QString m_region;
};

} // namespace Eureka

Q_DECLARE_METATYPE(Eureka::EurekaEndpoint)
