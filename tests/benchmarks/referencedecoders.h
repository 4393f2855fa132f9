// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <simdjson.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

// Two decoders of a registry that do less than ours, timed beside it so that its figure can be
// read against what the parser itself costs to walk:
// - the On-Demand walk every decoder built on simdjson's On-Demand API pays: each member of
//   each instance visited, nested objects entered, no value converted or kept;
// - a DOM parse whose instances are copied into plain structs (std::string fields, metadata as
//   a vector of pairs): what issue 12 measured as "simdjson parse + copying each instance's
//   fields into a plain struct".
namespace ReferenceDecoders {

struct PlainInstance
{
    std::string instanceId, hostName, app, ipAddr, status, overriddenStatus, vipAddress, secureVipAddress;
    std::string homePageUrl, statusPageUrl, healthCheckUrl, dataCenterName;
    std::vector<std::pair<std::string, std::string>> metadata;
    std::int64_t port = 0, securePort = 0, lastUpdatedTimestamp = 0, lastDirtyTimestamp = 0;
    std::int64_t registrationTimestamp = 0, lastRenewalTimestamp = 0, serviceUpTimestamp = 0;
};

// Members visited (so that the walk cannot be left out); -1 when the document is not a registry.
std::int64_t onDemandWalk(simdjson::ondemand::parser &parser, const simdjson::padded_string &json);
// The instances of the registry; empty when the document is not one.
std::vector<PlainInstance> domToPlainStructs(simdjson::dom::parser &parser, const simdjson::padded_string &json);

} // namespace ReferenceDecoders
