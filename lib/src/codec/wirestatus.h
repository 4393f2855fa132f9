// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekanamespace.h>

#include <cstddef>
#include <string_view>
#include <utility>

namespace Eureka {

// A byte loop: for words of a few letters a call to memcmp cost more than the compare, once
// or twice for every instance.
inline bool sameBytes(const char *a, const char *b, std::size_t size)
{
    for (std::size_t i = 0; i < size; ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

// The value named exactly \a text in \a table, without allocating: what both decoders try first
// for the enums the wire spells in upper case. Anything else ("up", "DEGRADED") goes through the
// text path, which keeps it or reads it case-insensitively.
template<typename T, std::size_t N>
bool fromWireName(std::string_view text, const std::pair<std::string_view, T> (&table)[N], T *value)
{
    for (const auto &[name, named] : table) {
        if (text.size() == name.size() && sameBytes(text.data(), name.data(), name.size())) {
            *value = named;
            return true;
        }
    }
    return false;
}

inline bool statusFromWire(std::string_view text, InstanceStatus *status)
{
    static constexpr std::pair<std::string_view, InstanceStatus> table[] = {
        {"UP", InstanceStatus::Up},
        {"DOWN", InstanceStatus::Down},
        {"STARTING", InstanceStatus::Starting},
        {"OUT_OF_SERVICE", InstanceStatus::OutOfService},
        {"UNKNOWN", InstanceStatus::Unknown},
    };
    return fromWireName(text, table, status);
}

inline bool actionTypeFromWire(std::string_view text, ActionType *action)
{
    static constexpr std::pair<std::string_view, ActionType> table[] = {
        {"ADDED", ActionType::Added},
        {"MODIFIED", ActionType::Modified},
        {"DELETED", ActionType::Deleted},
    };
    return fromWireName(text, table, action);
}

} // namespace Eureka
