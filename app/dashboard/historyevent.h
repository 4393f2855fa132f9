// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekanamespace.h>

#include <QtCore/QString>

// One transition of one instance, as the status history keeps it and the event log shows it. The numbers of Kind are
// stored in the database: append, never renumber.
struct HistoryEvent
{
    enum class Kind : quint8 {
        Registered = 0,      // appeared (or reappeared) in the registry
        StatusChanged = 1,   // before -> after
        OverrideSet = 2,     // an overridden status was set; detail: the status
        OverrideCleared = 3, // the override was removed
        MetadataChanged = 4, // detail: "key: old -> new", one change per line
        Removed = 5,         // cancelled or evicted: the registry does not tell clients which
        LeaseLapsed = 6,     // not renewed for longer than its lease duration
        // The live event log's name for a change it does not take apart (lease, other fields);
        // the history names each change, and never stores this one.
        Updated = 7,
    };

    qint64 at = 0; // ms since the epoch
    Kind kind = Kind::Registered;
    QString app;
    QString instanceId;
    Eureka::InstanceStatus before = Eureka::InstanceStatus::Unknown;
    Eureka::InstanceStatus after = Eureka::InstanceStatus::Unknown;
    QString detail;

    // Stable English names, for exports.
    static QString kindName(Kind kind);
};
