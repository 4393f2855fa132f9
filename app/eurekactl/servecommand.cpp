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

int runServeCommand(const QCommandLineParser &parser)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QCommandLineOption port(QStringLiteral("port"));
    const QCommandLineOption address(QStringLiteral("address"));
    const QCommandLineOption context(QStringLiteral("context"));
    const QCommandLineOption user(QStringLiteral("user"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"));
    const QCommandLineOption demo(QStringLiteral("demo"));
    const QCommandLineOption eviction(QStringLiteral("eviction-interval"));
    const QCommandLineOption retention(QStringLiteral("delta-retention"));
    const QCommandLineOption renewal(QStringLiteral("demo-renewal"));
    const QCommandLineOption responseCache(QStringLiteral("response-cache-interval"));

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
