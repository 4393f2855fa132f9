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
    static constexpr int DefaultRenewalIntervalInSecs = 30; ///< Netflix's default heartbeat interval
    static constexpr int DefaultDurationInSecs = 90;        ///< Netflix's default lease duration

    int renewalIntervalInSecs = DefaultRenewalIntervalInSecs; ///< how often the instance heartbeats
    int durationInSecs = DefaultDurationInSecs;               ///< how long the lease lasts without a heartbeat
    qint64 registrationTimestamp = 0;                         ///< when the instance registered
    qint64 lastRenewalTimestamp = 0;                          ///< the last heartbeat the server saw
    qint64 evictionTimestamp = 0;                             ///< when the lease was cancelled or evicted
    qint64 serviceUpTimestamp = 0;                            ///< when the instance first went UP

    ///@{
    /** Equal when every field is equal. */
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
    ///@}
};

} // namespace Eureka

Q_DECLARE_METATYPE(Eureka::LeaseInfo)
