// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "clusterhealth.h"

#include "instancetablemodel.h"

using namespace Eureka;

ClusterHealth::ClusterHealth(QObject *parent)
    : QObject(parent)
{
}

ClusterHealth::Renewals ClusterHealth::estimateRenewals(const QList<LeaseInfo> &leases, qint64 now,
                                                       double thresholdPercent)
{
    Renewals r;
    for (const LeaseInfo &lease : leases)
        r.add(lease, now);
    r.finish(thresholdPercent);
    return r;
}

void ClusterHealth::Renewals::add(qint64 lastRenewalTimestamp, int renewalIntervalInSecs, int durationInSecs, qint64 now)
{
    const double perMinute = 60.0 / std::max(1, renewalIntervalInSecs);
    expectedPerMinute += perMinute;
    if (!LeaseTiming{lastRenewalTimestamp, renewalIntervalInSecs, durationInSecs}.lapsedAt(now))
        observedPerMinute += perMinute;
    else
        ++lapsed;
}

void ClusterHealth::setLoading(qsizetype applied, qsizetype total)
{
    const bool was = isLoading();
    m_loadApplied = applied;
    m_loadTotal = total;
    if (was || isLoading())
        Q_EMIT changed();
}

void ClusterHealth::recordFetch(const QString &server, qint64 at, bool delta, bool hashMatched)
{
    m_server = server;
    m_lastFetch = at;
    m_delta = delta;
    m_hashMatched = hashMatched;
    m_error.clear();
    Q_EMIT changed();
}

void ClusterHealth::recordError(const QString &errorString)
{
    m_error = errorString;
    ++m_errors;
    Q_EMIT changed();
}

void ClusterHealth::setRenewals(const Renewals &renewals)
{
    m_renewals = renewals;
    Q_EMIT changed();
}
