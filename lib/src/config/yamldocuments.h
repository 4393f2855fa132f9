// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <yaml-cpp/node/node.h>

#include <vector>

namespace Eureka {

struct YamlDocument
{
    YAML::Node root;
    int firstLine = 0; // where the document starts in the file (0-based), for error lines
};

// The documents of a YAML stream ("---" separated, as Spring profiles use them), each loaded on
// its own. yaml-cpp 0.7's LoadAll loops forever, allocating, on some invalid streams (a stray
// "," where a node should start; yaml-cpp issue #1040), and its Load quietly reads such a
// document as empty: this finds both and reports "file:line: why" instead.
bool loadYamlDocuments(const QByteArray &data, const QString &fileName, std::vector<YamlDocument> *documents,
                       QString *error);

} // namespace Eureka
