// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "dashboardlogging.h"

Q_LOGGING_CATEGORY(lcDashboard, "eureka.dashboard", QtInfoMsg)
// One line per slice the ChangeFeeder applies: what it cost against what was foreseen.
Q_LOGGING_CATEGORY(lcFeeder, "eureka.dashboard.feeder", QtInfoMsg)
