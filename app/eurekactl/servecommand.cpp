// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "servecommand.h"

#include "demofleet.h"

#include <EurekaClient/registryserver.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

#include <csignal>

using namespace Eureka;

namespace {
void quitOnSignal(int) { QCoreApplication::quit(); }

bool positiveMs(const QCommandLineParser &parser, const QCommandLineOption &option,
                std::chrono::milliseconds *out, QTextStream &err)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value <= 0) {
        err << "eurekactl serve: --" << option.names().constFirst()
            << " needs a positive number of milliseconds, not \"" << parser.value(option) << "\"" << Qt::endl;
        return false;
    }
    *out = std::chrono::milliseconds(value);
    return true;
}
} // namespace

int runServeCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs an embedded Eureka-compatible registry for demos, development and tests.\n"
        "It is a single in-memory node: production uses a real Eureka server cluster."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port; 0 picks a free one and prints it."),
                                  QStringLiteral("port"), QStringLiteral("8761"));
    const QCommandLineOption address(QStringLiteral("address"),
                                     QStringLiteral("Address to bind (loopback unless you say otherwise)."),
                                     QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption context(QStringLiteral("context"),
                                     QStringLiteral("Context path: /eureka (Spring Cloud) or /eureka/v2 (Netflix)."),
                                     QStringLiteral("path"), QStringLiteral("/eureka"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Require HTTP basic auth with this user."),
                                  QStringLiteral("name"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"),
                                         QStringLiteral("Name of the environment variable holding the basic auth password."),
                                         QStringLiteral("variable"), QStringLiteral("EUREKA_PASSWORD"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Fill the registry with a live demo fleet."));
    const QCommandLineOption eviction(QStringLiteral("eviction-interval"),
                                      QStringLiteral("Milliseconds between eviction passes (default 60000)."),
                                      QStringLiteral("ms"));
    const QCommandLineOption retention(QStringLiteral("delta-retention"),
                                       QStringLiteral("Milliseconds a change stays in apps/delta (default 180000)."),
                                       QStringLiteral("ms"));
    const QCommandLineOption renewal(QStringLiteral("demo-renewal"),
                                     QStringLiteral("Milliseconds between the demo fleet's heartbeats (default 30000)."),
                                     QStringLiteral("ms"));
    const QCommandLineOption responseCache(
        QStringLiteral("response-cache-interval"),
        QStringLiteral("Serve GET answers from a copy refreshed every this many milliseconds, as Netflix's read-only "
                       "response cache does (30000 there); changes then reach readers up to that much later. "
                       "Off by default: every change is visible at once."),
        QStringLiteral("ms"));
    parser.addOptions({port, address, context, user, passwordEnv, demo, eviction, retention, renewal, responseCache});
    parser.process(arguments);

    RegistryServer::Options options;
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        err << "eurekactl serve: --port must be 0 to 65535, not \"" << parser.value(port) << "\"" << Qt::endl;
        return 2;
    }
    options.port = quint16(portValue);
    if (!options.address.setAddress(parser.value(address))) {
        err << "eurekactl serve: --address is not an IP address: " << parser.value(address) << Qt::endl;
        return 2;
    }
    options.contextPath = parser.value(context);
    if (parser.isSet(user)) {
        options.username = parser.value(user);
        options.password = qEnvironmentVariable(parser.value(passwordEnv).toLocal8Bit().constData());
        if (options.password.isEmpty()) {
            err << "eurekactl serve: --user needs a password in $" << parser.value(passwordEnv) << Qt::endl;
            return 2;
        }
    }
    DemoFleet::Options fleetOptions;
    if (!positiveMs(parser, eviction, &options.evictionInterval, err)
        || !positiveMs(parser, retention, &options.deltaRetention, err)
        || !positiveMs(parser, renewal, &fleetOptions.renewalInterval, err)
        || !positiveMs(parser, responseCache, &options.readOnlyResponseCache, err))
        return 2;

    RegistryServer server(options);
    if (!server.listen()) {
        err << "eurekactl serve: " << server.errorString() << Qt::endl;
        return 1;
    }
    out << "Eureka registry (embedded, for demos and tests) at " << server.serviceUrl().toString() << Qt::endl;
    out << "port " << server.port() << Qt::endl;
    if (options.readOnlyResponseCache.count() > 0)
        out << "read-only response cache: answers refreshed every " << options.readOnlyResponseCache.count() << " ms"
            << Qt::endl;

    DemoFleet *fleet = nullptr;
    if (parser.isSet(demo)) {
        fleetOptions.registryUrl = server.serviceUrl();
        if (!options.username.isEmpty())
            fleetOptions.authorization = "Basic " + (options.username + QLatin1Char(':') + options.password).toUtf8().toBase64();
        fleet = new DemoFleet(fleetOptions, &server);
        if (!fleet->start())
            return 1;
        out << "demo fleet of " << fleet->size() << " instances registering" << Qt::endl;
    }
    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);
    return QCoreApplication::exec();
}
