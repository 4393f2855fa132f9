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
    EurekaEndpoint() = default;
    explicit EurekaEndpoint(const QUrl &serviceUrl, const QString &zone = QString(),
                            const QString &region = QString());

    QUrl serviceUrl() const { return m_url; }
    QString zone() const { return m_zone; }
    QString region() const { return m_region; }
    bool isValid() const { return m_url.isValid() && !m_url.host().isEmpty(); }
    /** The URL without user info, for logs, traces and the UI. */
    QString toDisplayString() const;

    friend bool operator==(const EurekaEndpoint &a, const EurekaEndpoint &b)
    {
        return a.m_url == b.m_url && a.m_zone == b.m_zone && a.m_region == b.m_region;
    }
    friend bool operator!=(const EurekaEndpoint &a, const EurekaEndpoint &b) { return !(a == b); }
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
