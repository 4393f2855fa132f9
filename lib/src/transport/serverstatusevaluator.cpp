// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "serverstatusevaluator.h"

namespace Eureka::ServerStatusEvaluator {

Verdict evaluate(int status, RequestType type)
{
    if ((status >= 200 && status < 300) || status == 302)
        return Verdict::Accept;
    if (status == 404 && (type == RequestType::Register || type == RequestType::SendHeartbeat))
        return Verdict::Accept;
    if (type == RequestType::Cancel && status < 500)
        return Verdict::Accept;
    if (type == RequestType::GetDelta && (status == 403 || status == 404))
        return Verdict::Accept;
    if (status >= 500 || status == 429 || status == 0)
        return Verdict::Failover;
    return Verdict::Reject;
}

} // namespace Eureka::ServerStatusEvaluator
