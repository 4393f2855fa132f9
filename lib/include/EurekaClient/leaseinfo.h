// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclient_export.h>

#include <QtCore/QMetaType>
#include <QtCore/QObject>

namespace Eureka {

/**
 * The lease an instance holds on the registry, as Netflix's LeaseInfo.
 *
 * A plain value of six numbers: copying it is cheaper than sharing it, so unlike the other
 * model types it is not implicitly shared. Timestamps are milliseconds since the epoch; 0
 * means "not set", as on the wire.
 */
struct EUREKACLIENT_EXPORT LeaseInfo
{
    Q_GADGET
    Q_PROPERTY(int renewalIntervalInSecs MEMBER renewalIntervalInSecs)
    Q_PROPERTY(int durationInSecs MEMBER durationInSecs)
    Q_PROPERTY(qint64 registrationTimestamp MEMBER registrationTimestamp)
    Q_PROPERTY(qint64 lastRenewalTimestamp MEMBER lastRenewalTimestamp)
    Q_PROPERTY(qint64 evictionTimestamp MEMBER evictionTimestamp)
    Q_PROPERTY(qint64 serviceUpTimestamp MEMBER serviceUpTimestamp)
public:
    static constexpr int DefaultRenewalIntervalInSecs = 30;
    static constexpr int DefaultDurationInSecs = 90;

    int renewalIntervalInSecs = DefaultRenewalIntervalInSecs;
    int durationInSecs = DefaultDurationInSecs;
    qint64 registrationTimestamp = 0;
    qint64 lastRenewalTimestamp = 0;
    qint64 evictionTimestamp = 0;
    qint64 serviceUpTimestamp = 0;

    friend bool operator==(const LeaseInfo &a, const LeaseInfo &b)
    {
        return a.renewalIntervalInSecs == b.renewalIntervalInSecs
            && a.durationInSecs == b.durationInSecs
            && a.registrationTimestamp == b.registrationTimestamp
            && a.lastRenewalTimestamp == b.lastRenewalTimestamp
            && a.evictionTimestamp == b.evictionTimestamp
            && a.serviceUpTimestamp == b.serviceUpTimestamp;
    }
    friend bool operator!=(const LeaseInfo &a, const LeaseInfo &b) { return !(a == b); }
};

} // namespace Eureka

Q_DECLARE_METATYPE(Eureka::LeaseInfo)
