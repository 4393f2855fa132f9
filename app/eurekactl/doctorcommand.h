// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QCommandLineParser;

// `eurekactl doctor`: runs the Doctor's checks and prints one line per finding (or JSON).
// Exit code 0 when everything is OK, 1 with warnings, 2 with a failure.
int runDoctorCommand(const QCommandLineParser &parser);
