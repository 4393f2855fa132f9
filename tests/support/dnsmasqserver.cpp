// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "dnsmasqserver.h"

#include <QtCore/QStandardPaths>

#include <unistd.h>

namespace EurekaTest {

DnsmasqServer::DnsmasqServer(const QString &address, const QStringList &txtRecords)
    : m_address(address)
    , m_records(txtRecords)
{
}

DnsmasqServer::~DnsmasqServer() { kill(); }

QString DnsmasqServer::start()
{
    const QString dnsmasq = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (dnsmasq.isEmpty())
        return QStringLiteral("dnsmasq is not installed (Debian: dnsmasq-base; .ci/run installs it)");
    if (geteuid() != 0)
        return QStringLiteral("binding a DNS server on 127.0.0.x:53 needs root");
    QStringList args = {QStringLiteral("--no-daemon"), QStringLiteral("--keep-in-foreground"), QStringLiteral("--no-resolv"),
                        QStringLiteral("--no-hosts"), QStringLiteral("--bind-interfaces"),
                        QStringLiteral("--listen-address=") + m_address, QStringLiteral("--port=53"),
                        QStringLiteral("--user=root"), QStringLiteral("--pid-file")};
    for (const QString &record : std::as_const(m_records))
        args.append(QStringLiteral("--txt-record=") + record);
    m_process.start(dnsmasq, args);
    if (!m_process.waitForStarted())
        return QStringLiteral("dnsmasq could not start");
    // It exits at once when it cannot bind; otherwise it is serving.
    if (m_process.waitForFinished(300))
        return QStringLiteral("dnsmasq could not start: ") + QString::fromUtf8(m_process.readAllStandardError());
    return {};
}

void DnsmasqServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(3000);
}

} // namespace EurekaTest
