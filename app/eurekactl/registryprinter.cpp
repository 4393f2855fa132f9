// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "registryprinter.h"

using namespace Eureka;

RegistryPrinter::RegistryPrinter(QTextStream &out)
    : m_out(out)
{
}

void RegistryPrinter::print(const Applications &apps)
{
    const auto list = apps.applications();
    m_out << qSetFieldWidth(20) << Qt::left << QStringLiteral("APPLICATION") << qSetFieldWidth(34)
          << QStringLiteral("INSTANCE") << qSetFieldWidth(16) << QStringLiteral("STATUS")
          << qSetFieldWidth(10) << QStringLiteral("ZONE") << qSetFieldWidth(0)
          << QStringLiteral("URL") << Qt::endl;
    for (const Application &app : list) {
        const auto instances = app.instances();
        for (const InstanceInfo &info : instances) {
            const bool secure = info.isSecurePortEnabled();
            const QString url = QStringLiteral("%1://%2:%3")
                                    .arg(secure ? QStringLiteral("https") : QStringLiteral("http"),
                                         info.hostName())
                                    .arg(secure ? info.securePort() : info.port());
            m_out << qSetFieldWidth(20) << app.name() << qSetFieldWidth(34) << info.instanceId()
                  << qSetFieldWidth(16) << info.statusText() << qSetFieldWidth(10) << info.zone()
                  << qSetFieldWidth(0) << url << Qt::endl;
        }
    }
    m_out << Qt::endl
          << list.size() << " applications, " << apps.instanceCount() << " instances; "
          << "reconcile hash " << apps.reconcileHashCode();
    if (!apps.appsHashCode().isEmpty()) {
        m_out << (apps.appsHashCode() == apps.reconcileHashCode() ? " (matches the server's)"
                                                                   : " (server says ")
              << (apps.appsHashCode() == apps.reconcileHashCode() ? QString()
                                                                   : apps.appsHashCode() + QLatin1Char(')'));
    }
    m_out << Qt::endl;
}
