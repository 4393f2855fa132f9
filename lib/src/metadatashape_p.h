// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/instanceinfo.h>

#include <QtCore/QExplicitlySharedDataPointer>

namespace Eureka {

// What an instance's metadata shares with other instances: its keys, in wire order, and the
// values that repeat across the fleet (zone, version, team). Values an instance alone has (a
// start time, a management port) live in the instance's own bytes, so a fleet whose every
// instance has one such value still shares one shape per application and zone, and an
// instance's metadata costs it only the bytes of its own values.
class MetadataShape : public QSharedData
{
public:
    // Bits beyond the mask's width never mark an entry as the instance's own.
    static constexpr int MaxOwnValues = 64;

    MetadataShape() = default;
    MetadataShape(MetadataEntries entries, quint64 ownMask)
        : entries(std::move(entries))
        , ownMask(ownMask)
    {
    }

    bool isOwn(qsizetype entry) const { return entry < MaxOwnValues && (ownMask >> entry) & 1; }
    int ownCount() const { return qPopulationCount(ownMask); }
    // Which of the instance's own values entry \a entry is (it must be one).
    int ownIndex(qsizetype entry) const
    {
        return qPopulationCount(ownMask & ((quint64(1) << entry) - 1));
    }
    // Same keys, same shared values, same entries the instance's own: then two instances'
    // metadata are equal exactly when their own values are.
    bool sameLayout(const MetadataShape &other) const
    {
        return ownMask == other.ownMask && entries == other.entries;
    }

    MetadataEntries entries; // the values of an instance's own entries are null here
    quint64 ownMask = 0;     // bit i: entry i's value is the instance's own
};

using MetadataShapePointer = QExplicitlySharedDataPointer<const MetadataShape>;

} // namespace Eureka
