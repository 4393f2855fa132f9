// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QCommandLineParser;

// `eurekactl serve`: runs the embedded registry until interrupted. \a parser has parsed the
// options of the command table's "serve" entry.
int runServeCommand(const QCommandLineParser &parser);
