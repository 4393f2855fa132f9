// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/eurekaendpoint.h>

namespace Eureka {

EurekaEndpoint::EurekaEndpoint(const QUrl &serviceUrl, const QString &zone, const QString &region)
    : m_url(serviceUrl)
    , m_zone(zone)
    , m_region(region)
{
    // Every request path is resolved against the service root, so it must end with '/'.
    if (!m_url.path().endsWith(QLatin1Char('/')))
        m_url.setPath(m_url.path() + QLatin1Char('/'));
}

QString EurekaEndpoint::toDisplayString() const
{
    return m_url.toDisplayString(QUrl::RemoveUserInfo);
}

} // namespace Eureka
