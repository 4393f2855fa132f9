// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QLoggingCategory>

// Q_DECLARE_EXPORTED_LOGGING_CATEGORY is Qt 6.5+, so the library's categories stay private.
Q_DECLARE_LOGGING_CATEGORY(lcEureka)
Q_DECLARE_LOGGING_CATEGORY(lcEurekaCodec)
Q_DECLARE_LOGGING_CATEGORY(lcEurekaRegistry)
Q_DECLARE_LOGGING_CATEGORY(lcEurekaServer)
Q_DECLARE_LOGGING_CATEGORY(lcEurekaTransport)
Q_DECLARE_LOGGING_CATEGORY(lcEurekaResolver)
Q_DECLARE_LOGGING_CATEGORY(lcEurekaCall)
