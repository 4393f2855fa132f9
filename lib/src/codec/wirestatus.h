// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekanamespace.h>

#include <string_view>
#include <utility>

namespace Eureka {

// The statuses by their exact upper-case wire names, without allocating: what both decoders
// try first. Anything else ("up", "DEGRADED") goes through the text path, which keeps it.
inline bool statusFromWire(std::string_view text, InstanceStatus *status)
{
    static constexpr std::pair<std::string_view, InstanceStatus> table[] = {
        {"UP", InstanceStatus::Up},
        {"DOWN", InstanceStatus::Down},
        {"STARTING", InstanceStatus::Starting},
        {"OUT_OF_SERVICE", InstanceStatus::OutOfService},
        {"UNKNOWN", InstanceStatus::Unknown},
    };
    for (const auto &[name, value] : table) {
        if (text == name) {
            *status = value;
            return true;
        }
    }
    return false;
}

// The actions by their exact wire names, likewise; other spellings go through
// actionTypeFromString().
inline bool actionTypeFromWire(std::string_view text, ActionType *action)
{
    static constexpr std::pair<std::string_view, ActionType> table[] = {
        {"ADDED", ActionType::Added},
        {"MODIFIED", ActionType::Modified},
        {"DELETED", ActionType::Deleted},
    };
    for (const auto &[name, value] : table) {
        if (text == name) {
            *action = value;
            return true;
        }
    }
    return false;
}

} // namespace Eureka
