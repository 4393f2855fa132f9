// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/instanceinfo.h>

#include <QtCore/QList>
#include <QtCore/QObject>

// What the health strip shows about one cluster: who answered, when, how, and whether
// renewals keep up. The renewal check mirrors the Eureka status page's "Renews threshold"
// (85 % of the renewals the registered leases promise per minute) from the client side:
// an instance counts as renewing while its last renewal is younger than its lease.
class ClusterHealth : public QObject
{
    Q_OBJECT

public:
    struct Renewals
    {
        double expectedPerMinute = 0;
        double observedPerMinute = 0;
        double threshold = 0;
        int lapsed = 0; // instances whose lease ran out without a renewal we could see
        bool belowThreshold() const { return expectedPerMinute > 0 && observedPerMinute < threshold; }
        // Counts one lease as of \a now; then finish() sets the threshold.
        void add(const Eureka::LeaseInfo &lease, qint64 now)
        {
            add(lease.lastRenewalTimestamp, lease.renewalIntervalInSecs, lease.durationInSecs, now);
        }
        void add(qint64 lastRenewalTimestamp, int renewalIntervalInSecs, int durationInSecs, qint64 now);
        void finish(double thresholdPercent = 0.85) { threshold = expectedPerMinute * thresholdPercent; }
    };

    explicit ClusterHealth(QObject *parent = nullptr);

    static Renewals estimateRenewals(const QList<Eureka::LeaseInfo> &leases, qint64 now,
                                     double thresholdPercent = 0.85);

    void recordFetch(const QString &server, qint64 at, bool delta, bool hashMatched);
    void recordError(const QString &errorString);
    void setRenewals(const Renewals &renewals);
    // How far the models are with the changes of the last fetches (both 0 when idle).
    void setLoading(qsizetype applied, qsizetype total);
    bool isLoading() const { return m_loadTotal > 0 && m_loadApplied < m_loadTotal; }
    qsizetype loadApplied() const { return m_loadApplied; }
    qsizetype loadTotal() const { return m_loadTotal; }

    QString server() const { return m_server; }
    qint64 lastFetch() const { return m_lastFetch; }
    bool lastFetchWasDelta() const { return m_delta; }
    bool hashMatched() const { return m_hashMatched; }
    // The error of the last fetch; empty once a fetch succeeds again.
    QString errorString() const { return m_error; }
    int errorCount() const { return m_errors; }
    bool isReachable() const { return m_lastFetch > 0 && m_error.isEmpty(); }
    Renewals renewals() const { return m_renewals; }

Q_SIGNALS:
    void changed();

private:
    QString m_server;
    qint64 m_lastFetch = 0;
    bool m_delta = false;
    bool m_hashMatched = true;
    QString m_error;
    int m_errors = 0;
    Renewals m_renewals;
    qsizetype m_loadApplied = 0;
    qsizetype m_loadTotal = 0;
};
