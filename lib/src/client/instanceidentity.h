// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclientconfig.h>

#include <QtNetwork/QHostAddress>

namespace Eureka::InstanceIdentity {

// The first non-loopback IPv4 address among \a candidates, or the first inside \a cidr when
// one is given (an IPv6 range picks IPv6 addresses); with \a preferIpv6 the first global IPv6
// address, else an IPv4 one. Link-local IPv6 addresses are never picked (they need a scope that
// other hosts do not share). Null when none fits.
EUREKACLIENT_AUTOTEST_EXPORT QHostAddress pickAddress(const QList<QHostAddress> &candidates, const QString &cidr,
                                                      bool preferIpv6 = false);
// \a host as it goes into a URL: an IPv6 literal in brackets, anything else as it is.
EUREKACLIENT_AUTOTEST_EXPORT QString urlHost(const QString &host);

// Builds what this instance registers: fills the host and IP from the machine's interfaces,
// the instance id as Spring does (host:app:port), VIPs, page URLs and lease intervals.
// Returns a null InstanceInfo and sets \a error when the configuration cannot work.
EUREKACLIENT_AUTOTEST_EXPORT InstanceInfo build(const InstanceConfig &config, qint64 nowMs, QString *error);

} // namespace Eureka::InstanceIdentity
