// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QtGlobal>

#include <algorithm>

namespace Eureka {

// Netflix's TimedSupervisorTask delay: the interval doubles after each failure up to
// bound x interval, and snaps back after a success.
class Backoff
{
public:
    Backoff(qint64 intervalMs, int bound)
        : m_interval(qMax<qint64>(1, intervalMs))
        , m_max(m_interval * qMax(1, bound))
        , m_current(m_interval)
    {
    }

    qint64 current() const { return m_current; }
    qint64 failed()
    {
        m_current = std::min(m_current * 2, m_max);
        return m_current;
    }
    qint64 succeeded()
    {
        m_current = m_interval;
        return m_current;
    }

private:
    qint64 m_interval;
    qint64 m_max;
    qint64 m_current;
};

} // namespace Eureka
