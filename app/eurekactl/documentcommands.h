// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QCommandLineParser;

// `eurekactl show FILE` and `eurekactl convert --to FORMAT FILE`: registry documents read
// from a file or standard input, without any server.
namespace DocumentCommands {

int show(const QCommandLineParser &parser);
int convert(const QCommandLineParser &parser);

} // namespace DocumentCommands
