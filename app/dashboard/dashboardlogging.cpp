// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "dashboardlogging.h"

Q_LOGGING_CATEGORY(lcDashboard, "eureka.dashboard", QtInfoMsg)
