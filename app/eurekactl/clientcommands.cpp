// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "clientcommands.h"

#include "connectionoptions.h"
#include "consolestreams.h"
#include "registryprinter.h"

#include <EurekaClient/codec.h>
#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/propagationprobe.h>
#include <EurekaClient/servicecaller.h>
#include <EurekaClient/shutdownsignals.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QTextStream>

#include <csignal>

using namespace Eureka;

namespace ClientCommands {

namespace {

enum Exit { Ok = 0, Failed = 1, Usage = 2, NotFound = 3, ClientError = 4 };

void quitOnSignal(int) { QCoreApplication::quit(); }

using Console::err;
using Console::out;

// Runs the event loop until \a reply finishes.
void waitFor(EurekaReply *reply)
{
    QObject::connect(reply, &EurekaReply::finished, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
}

int fail(const QString &text, int code = Failed)
{
    err() << "eurekactl: " << text << Qt::endl;
    return code;
}

bool fetch(EurekaClient &client, Applications *apps, QString *error)
{
    std::unique_ptr<EurekaReply> reply(client.fetchApplications());
    waitFor(reply.get());
    if (reply->error() != Error::NoError) {
        *error = reply->errorString();
        return false;
    }
    CodecError codecError;
    *apps = Codec::decodeApplications(reply->body(), WireFormat::Json, &codecError);
    if (codecError.isError()) {
        *error = codecError.toString();
        return false;
    }
    return true;
}

int apps(const QCommandLineParser &parser, const SpringConfig &config, bool instancesOfOne)
{
    const QStringList args = parser.positionalArguments();
    if (instancesOfOne && args.size() != 2)
        return fail(QStringLiteral("usage: eurekactl instances APP"), Usage);
    EurekaClient client(config.client, config.instance);
    Applications all;
    QString error;
    if (!fetch(client, &all, &error))
        return fail(error);
    Applications shown = all;
    if (instancesOfOne) {
        const Application app = all.application(args.at(1));
        if (app.isEmpty())
            return fail(QStringLiteral("no application %1").arg(args.at(1)), NotFound);
        shown = Applications();
        shown.addApplication(app);
    }
    if (!instancesOfOne && parser.isSet(QStringLiteral("names"))) {
        for (const Application &app : shown.applications())
            out() << app.name() << '\n';
        out().flush();
        return Ok;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QFile stdoutFile;
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(Codec::encodeApplications(shown, WireFormat::Json) + '\n');
        return Ok;
    }
    RegistryPrinter(out()).print(shown);
    return Ok;
}

int statusOrDelete(const QCommandLineParser &parser, const SpringConfig &config)
{
    const QStringList args = parser.positionalArguments();
    const bool del = args.value(0) == QLatin1String("delete");
    const bool clear = !del && parser.isSet(QStringLiteral("clear"));
    if (del ? args.size() != 3 : (clear ? args.size() != 3 : args.size() != 4))
        return fail(del ? QStringLiteral("usage: eurekactl delete APP ID")
                        : QStringLiteral("usage: eurekactl status APP ID UP|DOWN|OUT_OF_SERVICE|STARTING, or status --clear APP ID"),
                    Usage);
    const QString app = args.at(1).toUpper();
    const QString id = args.at(2);
    EurekaClient client(config.client, config.instance);
    std::unique_ptr<EurekaReply> reply;
    if (del) {
        reply.reset(client.cancelInstance(app, id));
    } else if (clear) {
        reply.reset(client.removeStatusOverride(app, id));
    } else {
        const InstanceStatus status = instanceStatusFromString(args.at(3));
        if (status == InstanceStatus::Unknown)
            return fail(QStringLiteral("status must be UP, DOWN, OUT_OF_SERVICE or STARTING, not %1").arg(args.at(3)), Usage);
        reply.reset(client.overrideStatus(app, id, status));
    }
    waitFor(reply.get());
    if (reply->httpStatus() == 404)
        return fail(QStringLiteral("no instance %1 of %2").arg(id, app), NotFound);
    if (reply->error() != Error::NoError)
        return fail(reply->errorString());
    out() << (del ? "deleted " : clear ? "override cleared for " : "status set for ") << app << ' ' << id
          << " (HTTP " << reply->httpStatus() << ')' << Qt::endl;
    return Ok;
}

int watch(const QCommandLineParser &parser, SpringConfig config)
{
    config.client.shouldRegister = false;
    bool ok = true;
    const int interval = parser.value(QStringLiteral("interval")).toInt(&ok);
    if (!ok || interval <= 0)
        return fail(QStringLiteral("--interval needs a positive number of milliseconds"), Usage);
    const int limit = parser.value(QStringLiteral("count")).toInt();
    config.client.registryFetchInterval = std::chrono::milliseconds(interval);
    EurekaClient client(config.client, config.instance);
    int printed = 0;
    bool first = true;
    auto line = [&](const char *what, const InstanceInfo &info, const QString &detail) {
        out() << QDateTime::currentDateTime().toString(Qt::ISODate) << ' ' << what << ' ' << info.app() << ' '
              << info.instanceId() << ' ' << detail << Qt::endl;
        if (limit > 0 && ++printed >= limit)
            QCoreApplication::quit();
    };
    QObject::connect(&client, &EurekaClient::registryUpdated, [&](const RegistryChanges &changes) {
        if (first) { // the first fetch is the registry as it is, not a change
            first = false;
            out() << "watching " << client.applications().instanceCount() << " instances" << Qt::endl;
            return;
        }
        for (const InstanceInfo &info : changes.added)
            line("ADDED", info, info.statusText());
        for (const InstanceInfo &info : changes.removed)
            line("REMOVED", info, info.statusText());
        for (const InstanceChange &change : changes.modified)
            line(change.statusChanged() ? "STATUS" : "MODIFIED", change.after,
                 change.before.statusText() + QStringLiteral(" -> ") + change.after.statusText());
    });
    QObject::connect(&client, &EurekaClient::registryFetched, [&](bool, bool) {
        if (first) {
            first = false;
            out() << "watching " << client.applications().instanceCount() << " instances" << Qt::endl;
        }
    });
    QObject::connect(&client, &EurekaClient::errorOccurred,
                     [](Operation, Error, const QString &text) { err() << "eurekactl: " << text << Qt::endl; });
    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);
    client.start();
    QCoreApplication::exec();
    return Ok;
}

int registerInstance(const QCommandLineParser &parser, SpringConfig config)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 2)
        return fail(QStringLiteral("usage: eurekactl register [APP] --port PORT [--host H] [--ip IP] [--metadata k=v]"), Usage);
    if (args.size() == 2)
        config.instance.appName = args.at(1);
    if (config.instance.appName.isEmpty())
        return fail(QStringLiteral("register needs an application name"), Usage);
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        config.instance.port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || config.instance.port <= 0 || config.instance.port > 65535)
            return fail(QStringLiteral("--port must be 1 to 65535"), Usage);
    }
    if (parser.isSet(QStringLiteral("host")))
        config.instance.hostName = parser.value(QStringLiteral("host"));
    if (parser.isSet(QStringLiteral("ip")))
        config.instance.ipAddress = parser.value(QStringLiteral("ip"));
    for (const QString &pair : parser.values(QStringLiteral("metadata"))) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(QStringLiteral("--metadata takes key=value, not %1").arg(pair), Usage);
        config.instance.metadata.append({pair.left(eq), pair.mid(eq + 1)});
    }
    config.client.shouldDiscover = false;
    EurekaClient client(config.client, config.instance);
    bool registeredOnce = false;
    QObject::connect(&client, &EurekaClient::registered, [&] {
        if (!registeredOnce)
            out() << "registered " << client.instanceInfo().app() << ' ' << client.instanceInfo().instanceId() << Qt::endl;
        registeredOnce = true;
    });
    QObject::connect(&client, &EurekaClient::errorOccurred,
                     [](Operation, Error, const QString &text) { err() << "eurekactl: " << text << Qt::endl; });
    // Ctrl-C or kill: drain (DOWN, wait until every server shows it, then cancel), printing the
    // steps; a second signal cancels at once.
    ShutdownSignals shutdown;
    int signalsSeen = 0;
    QObject::connect(&shutdown, &ShutdownSignals::received, &client, [&](int number) {
        if (++signalsSeen > 1 || !client.isRegistered()) {
            out() << "cancelling now" << Qt::endl;
            client.stop();
            return;
        }
        out() << (number == SIGTERM ? "SIGTERM" : "SIGINT") << ": draining " << client.instanceInfo().instanceId()
              << " (DOWN, waiting up to " << config.client.drainTimeout.count()
              << " ms for every server to show it; again to cancel now)" << Qt::endl;
        client.drain();
    });
    QHash<QString, InstanceStatus> shown;
    QObject::connect(&client, &EurekaClient::drainProgress, &client,
                     [&](const QString &server, InstanceStatus seen, bool confirmed) {
                         if (shown.value(server, InstanceStatus::Unknown) == seen && shown.contains(server))
                             return;
                         shown.insert(server, seen);
                         out() << "  " << server << " shows " << toWireString(seen) << (confirmed ? " (done)" : "")
                               << Qt::endl;
                     });
    QObject::connect(&client, &EurekaClient::drained, &client, [](bool confirmed) {
        out() << (confirmed ? "every server shows DOWN; cancelling" : "not confirmed everywhere in time; cancelling anyway")
              << Qt::endl;
    });
    QObject::connect(&client, &EurekaClient::stopped, qApp, &QCoreApplication::quit);
    client.start();
    QCoreApplication::exec(); // heartbeats until drained and cancelled
    out() << "cancelled" << Qt::endl;
    return registeredOnce ? Ok : Failed;
}

int call(const QCommandLineParser &parser, SpringConfig config)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return fail(QStringLiteral("usage: eurekactl call APP PATH [--strategy random|stick|other] [--method M] [--data BODY]"), Usage);
    CallOptions options;
    const QString strategy = parser.value(QStringLiteral("strategy")).toLower();
    if (strategy == QLatin1String("random"))
        options.strategy = HaStrategy::Random;
    else if (strategy == QLatin1String("stick"))
        options.strategy = HaStrategy::Stick;
    else if (strategy == QLatin1String("other"))
        options.strategy = HaStrategy::Other;
    else
        return fail(QStringLiteral("--strategy must be random, stick or other"), Usage);
    options.method = parser.value(QStringLiteral("method")).toUpper().toUtf8();
    options.body = parser.value(QStringLiteral("data")).toUtf8();
    options.preferSameZone = !config.client.zone.isEmpty();
    config.client.shouldRegister = false;
    EurekaClient client(config.client, config.instance);
    QString fetchError;
    QObject::connect(&client, &EurekaClient::registryFetched, qApp, &QCoreApplication::quit);
    QObject::connect(&client, &EurekaClient::errorOccurred, qApp, [&](Operation op, Error, const QString &text) {
        if (op == Operation::Discover) {
            fetchError = text;
            QCoreApplication::quit();
        }
    });
    client.start();
    QCoreApplication::exec();
    if (client.lastFetchTime() == 0)
        return fail(fetchError);
    ServiceCaller caller(&client);
    std::unique_ptr<ServiceReply> reply(caller.call(args.at(1), args.at(2), options));
    QObject::connect(reply.get(), &ServiceReply::finished, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    // The trace goes to stderr so that stdout stays the answer, for pipes.
    for (const CallTrace &t : reply->traces()) {
        err() << "attempt " << t.attempt << ": " << t.instanceId << " (" << t.zone << ") " << t.url << " -> "
              << (t.httpStatus ? QString::number(t.httpStatus) : t.errorString) << ' ' << t.elapsedMs << " ms "
              << QVariant::fromValue(t.outcome).toString().toLower() << Qt::endl;
    }
    if (reply->error() == Error::NoError || reply->error() == Error::HttpError) {
        QFile stdoutFile;
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(reply->body());
        if (!reply->body().endsWith('\n'))
            stdoutFile.write("\n");
    }
    if (reply->error() == Error::HttpError)
        return ClientError;
    if (reply->error() == Error::NoServerAvailable)
        return fail(reply->errorString(), NotFound);
    if (reply->error() != Error::NoError)
        return fail(reply->errorString());
    return Ok;
}

// Measures how long a change takes to reach readers, prints a table, cleans up.
int probe(const QCommandLineParser &parser, SpringConfig config)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 && args.size() != 3)
        return fail(QStringLiteral("usage: eurekactl probe [APP INSTANCE-ID] [--poll-ms MS] [--timeout-ms MS] [--interval MS]"), Usage);
    PropagationProbe::Options options;
    if (args.size() == 3) {
        options.app = args.at(1);
        options.instanceId = args.at(2);
    }
    bool ok = true;
    auto ms = [&](const char *name, std::chrono::milliseconds *target) {
        if (!parser.isSet(QString::fromLatin1(name)))
            return;
        const qint64 value = parser.value(QString::fromLatin1(name)).toLongLong(&ok);
        ok = ok && value > 0;
        if (ok)
            *target = std::chrono::milliseconds(value);
    };
    ms("poll-ms", &options.pollInterval);
    ms("timeout-ms", &options.timeout);
    if (ok && parser.isSet(QStringLiteral("interval"))) // the local client's fetch interval
        ms("interval", &config.client.registryFetchInterval);
    if (!ok)
        return fail(QStringLiteral("--poll-ms, --timeout-ms and --interval take a positive number of milliseconds"), Usage);
    PropagationProbe probe(config.client, options);
    QObject::connect(&probe, &PropagationProbe::changeMade, &probe, [](const QString &what) { out() << what << Qt::endl; });
    QObject::connect(&probe, &PropagationProbe::observed, &probe, [](const QString &server, const QString &where, qint64 at) {
        out() << "  " << (server.isEmpty() ? QString() : server + QLatin1Char(' ')) << where << ": " << at << " ms" << Qt::endl;
    });
    QObject::connect(&probe, &PropagationProbe::finished, qApp, &QCoreApplication::quit);
    out() << "reading every server once, then changing the registry" << Qt::endl;
    probe.start();
    QCoreApplication::exec();
    const PropagationProbe::Result result = probe.result();
    auto cell = [](qint64 at) { return at < 0 ? QStringLiteral("not seen") : QStringLiteral("%1 ms").arg(at); };
    int width = 6;
    for (const auto &server : result.servers)
        width = std::max(width, int(server.server.size()));
    out() << Qt::endl << QStringLiteral("%1  %2  %3").arg(QStringLiteral("server"), -width).arg(QStringLiteral("apps"), -10).arg(QStringLiteral("apps/delta")) << Qt::endl;
    for (const auto &server : result.servers) {
        out() << QStringLiteral("%1  %2  %3").arg(server.server, -width).arg(cell(server.appsMs), -10).arg(cell(server.deltaMs))
              << (server.error.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(server.error)) << Qt::endl;
    }
    out() << "local registry (a client fetching every " << config.client.registryFetchInterval.count() << " ms): "
          << cell(result.localRegistryMs) << Qt::endl;
    out() << (result.cleanedUp ? "cleaned up" : "NOT cleaned up: undo the change by hand") << Qt::endl;
    if (result.servers.isEmpty() || !result.cleanedUp)
        return Failed;
    return result.completed ? Ok : Failed;
}

} // namespace

int run(const QString &command, const QCommandLineParser &parser)
{
    SpringConfig config;
    QString error;
    if (!ConnectionOptions().read(parser, &config, &error))
        return fail(error, Usage);
    if (command == QLatin1String("apps"))
        return apps(parser, config, false);
    if (command == QLatin1String("instances"))
        return apps(parser, config, true);
    if (command == QLatin1String("status") || command == QLatin1String("delete"))
        return statusOrDelete(parser, config);
    if (command == QLatin1String("watch"))
        return watch(parser, config);
    if (command == QLatin1String("register"))
        return registerInstance(parser, config);
    if (command == QLatin1String("call"))
        return call(parser, config);
    if (command == QLatin1String("probe"))
        return probe(parser, config);
    return fail(QStringLiteral("unknown command %1").arg(command), Usage);
}

} // namespace ClientCommands
