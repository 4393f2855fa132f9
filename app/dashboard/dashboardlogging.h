// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDashboard)
Q_DECLARE_LOGGING_CATEGORY(lcFeeder)
