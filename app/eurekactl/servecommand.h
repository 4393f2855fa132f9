// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QStringList>

// `eurekactl serve`: runs the embedded registry until interrupted.
int runServeCommand(const QStringList &arguments);
