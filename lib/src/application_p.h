// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/application.h>

#include <string_view>
#include <vector>

namespace Eureka {

// Add and remove that say whether an instance was there. The public API answers "not there"
// with a null InstanceInfo, which cannot tell it from an instance that has no id, host or app:
// the registry's per-status counts must not depend on that difference.
class EUREKACLIENT_AUTOTEST_EXPORT ApplicationPrivate
{
public:
    // Adds or replaces by instanceId; true (and *old) when it replaced one.
    static bool put(Application &app, const InstanceInfo &info, InstanceInfo *old);
    // Removes by instanceId; true (and *removed) when there was one.
    static bool take(Application &app, const QString &instanceId, InstanceInfo *removed);
    // Decoders append without looking (put() scans the list: quadratic for a large application)
    // and call removeDuplicateIds() once at the end, which leaves what a put() per instance
    // would have: the last of each id, in the place of the first.
    static void append(Application &app, const InstanceInfo &info);
    // The instance list itself, for merges that index it once (detaches the application).
    static QList<InstanceInfo> &instances(Application &app);
    static void removeDuplicateIds(Application &app);
};

// An application's instances by id, built once for a merge of many instances: a sorted array
// of views into the instances' own packed ids, so it costs no string copies.
class InstanceIdIndex
{
public:
    explicit InstanceIdIndex(const QList<InstanceInfo> &instances);
    // The position of \a id in the list the index was built from, or -1.
    qsizetype find(std::string_view id) const;
    // The instance at \a position (one the index knows) was replaced by one with the same id:
    // the view must point into the new instance, the old one may be freed.
    void replaced(qsizetype position, const InstanceInfo &info);

private:
    std::vector<std::pair<std::string_view, qsizetype>> m_ids;
    std::vector<size_t> m_slotOf; // position -> where in m_ids
};

std::string_view instanceIdView(const InstanceInfo &info);

} // namespace Eureka
