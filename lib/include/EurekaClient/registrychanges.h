// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/instanceinfo.h>

#include <QtCore/QList>
#include <QtCore/QMetaType>

namespace Eureka {

/** An instance before and after a change. */
struct InstanceChange
{
    InstanceInfo before;
    InstanceInfo after;
    bool statusChanged() const { return before.status() != after.status(); }
};

/**
 * What applying a delta (or comparing two snapshots) changed: the list later turned into
 * the client's registryUpdated / instanceStatusChanged signals and the dashboard's row updates.
 */
struct RegistryChanges
{
    QList<InstanceInfo> added;
    QList<InstanceChange> modified;
    QList<InstanceInfo> removed;

    bool isEmpty() const { return added.isEmpty() && modified.isEmpty() && removed.isEmpty(); }
    qsizetype size() const { return added.size() + modified.size() + removed.size(); }
    /** The modified entries whose status changed (UP to DOWN, ...). */
    QList<InstanceChange> statusChanges() const
    {
        QList<InstanceChange> result;
        for (const InstanceChange &change : modified) {
            if (change.statusChanged())
                result.append(change);
        }
        return result;
    }
};

} // namespace Eureka

Q_DECLARE_TYPEINFO(Eureka::InstanceChange, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Eureka::RegistryChanges)
