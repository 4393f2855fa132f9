// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QProcess>
#include <QtCore/QStringList>

namespace EurekaTest {

// A real DNS server (dnsmasq) on a loopback address, answering TXT records. QDnsLookup on
// Qt 6.4 only asks port 53, which needs root: start() says why it could not run, for QSKIP.
class DnsmasqServer
{
public:
    // \a txtRecords: "name,value value" as dnsmasq's --txt-record takes them.
    DnsmasqServer(const QString &address, const QStringList &txtRecords);
    ~DnsmasqServer();

    // Empty when running; otherwise why not (not installed, not root, failed to start).
    QString start();
    void kill();
    QString address() const { return m_address; }

private:
    QString m_address;
    QStringList m_records;
    QProcess m_process;
};

} // namespace EurekaTest
