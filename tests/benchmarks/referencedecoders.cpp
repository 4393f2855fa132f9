// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "referencedecoders.h"

#include <string_view>

namespace ReferenceDecoders {

namespace {

using namespace simdjson;

// Every member below \a value, scalars left as raw tokens; -1 on an error.
std::int64_t walk(ondemand::value value)
{
    ondemand::json_type type;
    if (value.type().get(type) != SUCCESS)
        return -1;
    std::int64_t visited = 0;
    if (type == ondemand::json_type::object) {
        ondemand::object object;
        if (value.get_object().get(object) != SUCCESS)
            return -1;
        for (auto member : object) {
            ondemand::field field;
            if (std::move(member).get(field) != SUCCESS)
                return -1;
            const std::int64_t below = walk(field.value());
            if (below < 0)
                return -1;
            visited += 1 + below;
        }
    } else if (type == ondemand::json_type::array) {
        ondemand::array array;
        if (value.get_array().get(array) != SUCCESS)
            return -1;
        for (auto element : array) {
            ondemand::value item;
            if (std::move(element).get(item) != SUCCESS)
                return -1;
            const std::int64_t below = walk(item);
            if (below < 0)
                return -1;
            visited += below;
        }
    } else {
        visited += std::int64_t(value.raw_json_token().size() != 0);
    }
    return visited;
}

std::string text(dom::element value)
{
    std::string_view s;
    return value.get_string().get(s) == SUCCESS ? std::string(s) : std::string();
}

std::int64_t number(dom::element value)
{
    std::int64_t n = 0;
    if (value.get_int64().get(n) == SUCCESS)
        return n;
    dom::element inner; // a port: {"$": 8080, "@enabled": "true"}
    if (value.at_key("$").get(inner) == SUCCESS && inner.get_int64().get(n) == SUCCESS)
        return n;
    return 0;
}

void readInstance(dom::object object, PlainInstance &out)
{
    for (const auto member : object) {
        const std::string_view key = member.key;
        const dom::element value = member.value;
        if (key == "instanceId") out.instanceId = text(value);
        else if (key == "hostName") out.hostName = text(value);
        else if (key == "app") out.app = text(value);
        else if (key == "ipAddr") out.ipAddr = text(value);
        else if (key == "status") out.status = text(value);
        else if (key == "overriddenStatus") out.overriddenStatus = text(value);
        else if (key == "port") out.port = number(value);
        else if (key == "securePort") out.securePort = number(value);
        else if (key == "homePageUrl") out.homePageUrl = text(value);
        else if (key == "statusPageUrl") out.statusPageUrl = text(value);
        else if (key == "healthCheckUrl") out.healthCheckUrl = text(value);
        else if (key == "vipAddress") out.vipAddress = text(value);
        else if (key == "secureVipAddress") out.secureVipAddress = text(value);
        else if (key == "lastUpdatedTimestamp") out.lastUpdatedTimestamp = number(value);
        else if (key == "lastDirtyTimestamp") out.lastDirtyTimestamp = number(value);
        else if (key == "dataCenterInfo") {
            dom::element name;
            if (value.at_key("name").get(name) == SUCCESS)
                out.dataCenterName = text(name);
        } else if (key == "leaseInfo") {
            dom::object lease;
            if (value.get_object().get(lease) != SUCCESS)
                continue;
            for (const auto field : lease) {
                if (field.key == "registrationTimestamp") out.registrationTimestamp = number(field.value);
                else if (field.key == "lastRenewalTimestamp") out.lastRenewalTimestamp = number(field.value);
                else if (field.key == "serviceUpTimestamp") out.serviceUpTimestamp = number(field.value);
            }
        } else if (key == "metadata") {
            dom::object metadata;
            if (value.get_object().get(metadata) != SUCCESS)
                continue;
            for (const auto field : metadata)
                out.metadata.emplace_back(std::string(field.key), text(field.value));
        }
    }
}

} // namespace

std::int64_t onDemandWalk(ondemand::parser &parser, const padded_string &json)
{
    ondemand::document document;
    if (parser.iterate(json).get(document) != SUCCESS)
        return -1;
    ondemand::value root;
    if (document.get_value().get(root) != SUCCESS)
        return -1;
    return walk(root);
}

std::vector<PlainInstance> domToPlainStructs(dom::parser &parser, const padded_string &json)
{
    std::vector<PlainInstance> instances;
    dom::array applications;
    if (parser.parse(json).at_key("applications").at_key("application").get(applications) != SUCCESS)
        return instances;
    for (const dom::element application : applications) {
        dom::element list;
        if (application.at_key("instance").get(list) != SUCCESS)
            continue;
        dom::array array;
        if (list.get_array().get(array) == SUCCESS) {
            for (const dom::element instance : array) {
                dom::object object;
                if (instance.get_object().get(object) == SUCCESS)
                    readInstance(object, instances.emplace_back());
            }
        } else if (dom::object object; list.get_object().get(object) == SUCCESS) {
            readInstance(object, instances.emplace_back()); // one instance, not in an array
        }
    }
    return instances;
}

} // namespace ReferenceDecoders
