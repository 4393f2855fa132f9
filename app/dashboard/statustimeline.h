// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekanamespace.h>

#include <QtCore/QList>

// What one instance's status was over a span of time, read from the status history: bands
// of equal status (gaps where it was not registered, or before history began), and how many
// times its status changed within the span.
struct StatusTimeline
{
    struct Band
    {
        qint64 from = 0;
        qint64 to = 0;
        Eureka::InstanceStatus status = Eureka::InstanceStatus::Unknown;
    };

    qint64 from = 0;
    qint64 to = 0;
    QList<Band> bands; // in time order, within [from, to]
    int flaps = 0;     // status changes within the span

    // The share of the span spent UP, of the time it was registered; -1 when never registered.
    double upShare() const;
    // Adds the time UP and the time registered within the span (ms).
    void addUpTime(qint64 &up, qint64 &registered) const;
};
