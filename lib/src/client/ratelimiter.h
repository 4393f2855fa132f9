// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclient_export.h>

#include <QtCore/QtGlobal>

#include <functional>

namespace Eureka {

// A token bucket as Netflix's RateLimiter in InstanceInfoReplicator: up to \a burst tokens,
// refilled at \a perMinute. Time comes from a monotonic clock (ms) the caller may replace.
class EUREKACLIENT_AUTOTEST_EXPORT RateLimiter
{
public:
    RateLimiter(int burst, double perMinute, std::function<qint64()> monotonicMs = {});

    // Takes a token when one is there.
    bool tryAcquire();
    // How long until tryAcquire() succeeds; 0 when it would now.
    qint64 msUntilAvailable();

private:
    void refill();

    int m_burst;
    double m_perMs;
    std::function<qint64()> m_now;
    double m_tokens;
    qint64 m_last;
};

} // namespace Eureka
