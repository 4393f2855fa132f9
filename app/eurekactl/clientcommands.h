// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QString>

class QCommandLineParser;

// The eurekactl commands that talk to Eureka servers: apps, instances, watch, register, status,
// delete, call and probe. \a parser has parsed the command's options from the command table and
// the connection options.
namespace ClientCommands {

int run(const QString &command, const QCommandLineParser &parser);

} // namespace ClientCommands
