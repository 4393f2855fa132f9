// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QStringList>

// eurekactl's commands that talk to Eureka servers. Each takes the arguments after
// "eurekactl" and returns the exit code:
//   0 done, 1 the servers or the service failed, 2 bad usage, 3 no such app or instance,
//   4 the called service answered 4xx.
namespace ClientCommands {

bool handles(const QString &command);
int run(const QStringList &arguments);

} // namespace ClientCommands
