// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclient_export.h>
#include <EurekaClient/eurekanamespace.h>

namespace Eureka::ServerStatusEvaluator {

enum class Verdict {
    Accept,   // the server answered the request (the caller reads the status)
    Failover, // the server is in trouble: quarantine it and try the next one
    Reject,   // the server is fine but refuses this request: stop, report it
};

// Netflix's legacyEvaluator() decides which answers count as served: 2xx and 302; 404 to
// register and heartbeat (so the caller re-registers); anything to cancel; 403/404 to a delta
// (so the caller fetches in full). Where Netflix would fail over on any other status, we fail
// over only on 5xx and 429: another server answers a bad request with the same 4xx, and a
// healthy server should not be quarantined for it.
EUREKACLIENT_AUTOTEST_EXPORT Verdict evaluate(int httpStatus, RequestType type);

} // namespace Eureka::ServerStatusEvaluator
