// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "historyevent.h"

#include <EurekaClient/leaseinfo.h>

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QSet>
#include <QtCore/QString>

#include <memory>

namespace Eureka {
class Applications;
}

// What one lease refresh learnt from a full registry, worked out on the background pool: each
// instance's lease, and whose lease lapsed since the refresh before. A whole fleet can stop
// renewing at once (a partition between it and the registry): finding 100,000 lapsed leases
// on the GUI thread, with a set of their ids built there every minute, was a 214-276 ms turn.
struct LeaseScan
{
    QHash<QString, Eureka::LeaseInfo> leases;             // by instance id
    std::shared_ptr<const QSet<QString>> lapsed;         // ids whose lease has lapsed
    QList<QPair<QString, QString>> newlyLapsed;          // (application, id) not lapsed before
    QList<HistoryEvent> events;                          // the first of newlyLapsed, for the events view

    // Leases never seen renewed (no timestamp) are not news. At most \a maximumEvents events.
    static LeaseScan scan(const Eureka::Applications &registry, const QSet<QString> &lapsedBefore, qint64 now,
                          int maximumEvents);
};
