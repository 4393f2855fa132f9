// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/servicecaller.h>

#include <functional>

namespace Eureka {

class ServiceReplyPrivate
{
public:
    Error error = Error::NoError;
    QString errorString;
    int httpStatus = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    InstanceInfo instance;
    QList<CallTrace> traces;
    QVariant result;
    std::function<void()> abortHandler;
    bool finished = false;
    bool finishing = false;
};

} // namespace Eureka
