// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "ratelimiter.h"

#include <QtCore/QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace Eureka {

namespace {
qint64 steadyMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}
} // namespace

RateLimiter::RateLimiter(int burst, double perMinute, std::function<qint64()> monotonicMs)
    : m_burst(std::max(1, burst))
    , m_perMs(std::max(perMinute, 1e-6) / 60000.0)
    , m_now(monotonicMs ? std::move(monotonicMs) : std::function<qint64()>(steadyMs))
    , m_tokens(m_burst)
    , m_last(m_now())
{
}

void RateLimiter::refill()
{
    const qint64 now = m_now();
    m_tokens = std::min<double>(m_burst, m_tokens + double(std::max<qint64>(0, now - m_last)) * m_perMs);
    m_last = now;
}

bool RateLimiter::tryAcquire()
{
    refill();
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

qint64 RateLimiter::msUntilAvailable()
{
    refill();
    return m_tokens >= 1.0 ? 0 : qint64(std::ceil((1.0 - m_tokens) / m_perMs));
}

} // namespace Eureka
