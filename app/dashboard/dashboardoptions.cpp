// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "dashboardoptions.h"

#include "logoptions.h"
#include "manpage.h"

#include <QtWidgets/QApplication>

DashboardOptions::DashboardOptions()
    : demo(QStringLiteral("demo"),
           QApplication::translate("main", "Start the embedded registry with a demo fleet and connect to it."))
    , demoPort(QStringLiteral("demo-port"), QApplication::translate("main", "Port of the demo registry (default: any free port)."),
               QStringLiteral("port"), QStringLiteral("0"))
    , server(QStringLiteral("server"), QApplication::translate("main", "Open this Eureka server (repeatable; read-only, not saved)."),
             QStringLiteral("url"))
    , user(QStringLiteral("user"),
           QApplication::translate("main", "User for --server's basic auth. The password: --password-env, else the URL's, "
                                           "else the keychain's for a profile of the same name."),
           QStringLiteral("name"))
    , passwordEnv(QStringLiteral("password-env"),
                  QApplication::translate("main", "Environment variable holding the password for --server (never "
                                                  "on the command line)."),
                  QStringLiteral("variable"))
    , tray(QStringLiteral("tray"), QApplication::translate("main", "Start hidden in the system tray."))
    , screenshot(QStringLiteral("screenshot"), QApplication::translate("main", "Render the window to a PNG file and quit."),
                 QStringLiteral("file"))
    , view(QStringLiteral("view"), QApplication::translate("main", "View to show: instances, events, calls, zones or servers."),
           QStringLiteral("view"), QStringLiteral("instances"))
    , language(QStringLiteral("language"),
               QApplication::translate("main", "Language (en, zh_CN); default: the settings, else the system's."),
               QStringLiteral("code"))
{
}

QList<QCommandLineOption> DashboardOptions::list() const
{
    return {demo, demoPort, server, user, passwordEnv, tray, screenshot, view, language};
}

QString DashboardOptions::manPage(const QString &version) const
{
    ManPage page(QStringLiteral("eureka-dashboard"), 1, version,
                 QStringLiteral("dashboard and tray monitor for Netflix Eureka registries"));
    page.section(QStringLiteral("Synopsis"));
    page.paragraph(QStringLiteral("eureka-dashboard [options]"));
    page.section(QStringLiteral("Description"));
    page.paragraph(QStringLiteral(
        "eureka-dashboard shows what Eureka registries hold (Netflix's Eureka server and Spring Cloud's): "
        "applications, instances with their status, zone, lease and metadata, the changes as they happen, "
        "and the health of the cluster (self-preservation, lapsed leases). It calls services with the "
        "library's high-availability strategies and shows every attempt, and, in read-write profiles, takes "
        "an instance out of service, back up, or deletes its registration.\n\n"
        "Connection profiles (server URLs, zone, user; read-only or read-write) are kept in the settings, "
        "passwords in the desktop's keychain. Closing the window leaves the tray icon, which turns red when "
        "instances go down; quit from its menu.\n\n"
        "The first start offers to add a cluster or to open the demo registry (--demo): an embedded "
        "registry with a live fleet, for trying the dashboard without a Eureka server."));
    page.section(QStringLiteral("Options"));
    page.options(list());
    page.options(LogOptions::options());
    page.definitions({{QStringLiteral("-h, --help"), QStringLiteral("Show the options (works without a display).")},
                      {QStringLiteral("--help-all"),
                       QStringLiteral("Also Qt's own options, such as -platform and -style.")},
                      {QStringLiteral("-v, --version"), QStringLiteral("Show the version (works without a display).")}});
    page.section(QStringLiteral("Files"));
    page.definitions({{QStringLiteral("~/.config/QtEureka/eureka-dashboard.conf"),
                       QStringLiteral("Connection profiles, the language and the window's state.")}});
    page.section(QStringLiteral("Environment"));
    page.definitions({{QStringLiteral("QT_QPA_PLATFORM"),
                       QStringLiteral("offscreen runs it without a display (with --screenshot).")},
                      {QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("Qt's logging rules; the categories start with eureka.")}});
    page.section(QStringLiteral("Examples"));
    page.example(QStringLiteral("eureka-dashboard --demo\n"
                                "eureka-dashboard --server http://eureka-a:8761/eureka/ --server http://eureka-b:8761/eureka/\n"
                                "EUREKA_PASSWORD=... eureka-dashboard --server https://eureka.example.com/eureka/ --user ops "
                                "--password-env EUREKA_PASSWORD\n"
                                "eureka-dashboard --tray"));
    page.section(QStringLiteral("See also"));
    page.paragraph(QStringLiteral("eurekactl(1)"));
    return page.toRoff();
}
