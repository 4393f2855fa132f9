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
    InstanceInfo before; ///< as it was
    InstanceInfo after;  ///< as it is now
    /** True when the status differs (UP to DOWN, ...). */
    bool statusChanged() const { return before.status() != after.status(); }
};

/**
 * What applying a delta (or comparing two snapshots) changed: the list later turned into
 * the client's registryUpdated / instanceStatusChanged signals and the dashboard's row updates.
 */
struct RegistryChanges
{
    QList<InstanceInfo> added;      ///< instances that appeared
    QList<InstanceChange> modified; ///< instances that changed, before and after
    QList<InstanceInfo> removed;    ///< instances that went, as they were last

    /** True when nothing changed. */
    bool isEmpty() const { return added.isEmpty() && modified.isEmpty() && removed.isEmpty(); }
    /** How many instances changed in all. */
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
