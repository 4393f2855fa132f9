// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "../logging_p.h"

Q_LOGGING_CATEGORY(lcEureka, "eureka.client", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEurekaCodec, "eureka.client.codec", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEurekaRegistry, "eureka.client.registry", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEurekaServer, "eureka.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEurekaTransport, "eureka.client.transport", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEurekaResolver, "eureka.client.resolver", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEurekaCall, "eureka.client.call", QtInfoMsg)
