// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/springconfig.h>

#include <QtCore/QCommandLineOption>
#include <QtCore/QCommandLineParser>

// The options every eurekactl command that talks to Eureka servers shares, matching the
// library's configuration: --server, --zone, --dns-domain, --dns-server, --region, --user, --password-file,
// --config application.yml (command-line options win over the file), --timeout.
class ConnectionOptions
{
public:
    void addTo(QCommandLineParser &parser);
    // The options themselves, for help, the man page and completions.
    QList<QCommandLineOption> list() const;
    // The configuration, or false with \a error for the user.
    bool read(const QCommandLineParser &parser, Eureka::SpringConfig *config, QString *error) const;

private:
    QCommandLineOption m_server{QStringLiteral("server"), QStringLiteral("Eureka service URL (repeat or comma-separate for several)."), QStringLiteral("url")};
    QCommandLineOption m_zone{QStringLiteral("zone"), QStringLiteral("This client's zone."), QStringLiteral("zone")};
    QCommandLineOption m_dns{QStringLiteral("dns-domain"), QStringLiteral("Find servers in DNS TXT records of this domain."), QStringLiteral("domain")};
    QCommandLineOption m_dnsServer{QStringLiteral("dns-server"), QStringLiteral("DNS server (an IP address) for --dns-domain; default: the system's."), QStringLiteral("address")};
    QCommandLineOption m_region{QStringLiteral("region"), QStringLiteral("Region for DNS discovery."), QStringLiteral("region")};
    QCommandLineOption m_user{QStringLiteral("user"), QStringLiteral("Basic auth user."), QStringLiteral("name")};
    QCommandLineOption m_passwordFile{QStringLiteral("password-file"), QStringLiteral("File holding the basic auth password."), QStringLiteral("file")};
    QCommandLineOption m_config{QStringLiteral("config"), QStringLiteral("Spring application.yml or .properties to read first."), QStringLiteral("file")};
    QCommandLineOption m_timeout{QStringLiteral("timeout"), QStringLiteral("Request timeout in milliseconds (default 5000)."), QStringLiteral("ms")};
};
