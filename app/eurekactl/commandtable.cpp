// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "commandtable.h"

#include "connectionoptions.h"
#include "logoptions.h"
#include "optiontext.h"

#include <QtCore/QHash>

namespace CommandTable {

namespace {

QCommandLineOption flag(const char *name, const char *description)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description));
}

QCommandLineOption valued(const char *name, const char *description, const char *valueName,
                          const char *defaultValue = nullptr)
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(description), QString::fromLatin1(valueName),
                              defaultValue ? QString::fromLatin1(defaultValue) : QString());
}

QList<CommandSpec> buildTable()
{
    QList<CommandSpec> table;
    auto add = [&table](const char *name, const char *arguments, QStringList kinds, const char *summary,
                        const char *description, QList<QCommandLineOption> options, bool connects,
                        const char *example) {
        table.append({QString::fromLatin1(name), QString::fromLatin1(arguments), std::move(kinds),
                      QString::fromUtf8(summary), QString::fromUtf8(description), std::move(options), connects,
                      QString::fromUtf8(example)});
    };
    add("serve", "", {}, "run the embedded registry",
        "Runs an embedded Eureka-compatible registry for demos, development and tests: a single "
        "in-memory node answering the Eureka 1.x REST API as Netflix's server does. It does not "
        "replicate and keeps nothing on disk: production uses a real Eureka server cluster.",
        {valued("port", "TCP port; 0 picks a free one and prints it.", "port", "8761"),
         valued("address", "Address to bind (loopback unless you say otherwise).", "address", "127.0.0.1"),
         valued("context", "Context path: /eureka (Spring Cloud) or /eureka/v2 (Netflix).", "path", "/eureka"),
         valued("user", "Require HTTP basic auth with this user.", "name"),
         valued("password-env", "Name of the environment variable holding the basic auth password.", "variable",
                "EUREKA_PASSWORD"),
         flag("demo", "Fill the registry with a live demo fleet."),
         valued("eviction-interval", "Milliseconds between eviction passes (default 60000).", "ms"),
         valued("delta-retention", "Milliseconds a change stays in apps/delta (default 180000).", "ms"),
         valued("demo-renewal", "Milliseconds between the demo fleet's heartbeats (default 30000).", "ms"),
         valued("response-cache-interval",
                "Serve GET answers from a copy refreshed every this many milliseconds, as Netflix's read-only "
                "response cache does (30000 there); changes then reach readers up to that much later. Off by "
                "default: every change is visible at once.",
                "ms")},
        false, "eurekactl serve --demo\neurekactl serve --port 0 --context /eureka/v2");
    add("apps", "", {}, "list applications and instances",
        "Fetches the registry once and prints every application and instance, or the registry as "
        "Eureka JSON, or only the application names.",
        {flag("json", "Print the registry as Eureka JSON."),
         flag("names", "Print only the application names, one a line (for scripts and completion).")},
        true, "eurekactl apps --server http://eureka-a:8761/eureka/");
    add("instances", "APP", {QStringLiteral("app")}, "list one application's instances",
        "Fetches the registry once and prints the instances of APP.",
        {flag("json", "Print the application's registry as Eureka JSON.")}, true, "eurekactl instances ORDER-SERVICE");
    add("watch", "", {}, "print registry changes as they happen",
        "Keeps a local registry as a client does (full fetch, then deltas) and prints one line per "
        "change: ADDED, REMOVED, STATUS old -> new, or MODIFIED. Ctrl-C stops it.",
        {valued("interval", "Milliseconds between fetches.", "ms", "5000"),
         valued("count", "Exit after this many changes; 0: never.", "n", "0")},
        true, "eurekactl watch --interval 1000");
    add("register", "[APP]", {QStringLiteral("app")}, "register an instance and heartbeat; drain on Ctrl-C or SIGTERM",
        "Registers an instance of APP and heartbeats until Ctrl-C or SIGTERM; then drains: the "
        "instance goes DOWN, every server is asked until it shows DOWN, and only then is the "
        "registration cancelled. A second signal cancels at once.",
        {valued("port", "The instance's port.", "port"), valued("host", "Host name to register.", "host"),
         valued("ip", "IP address to register.", "ip"),
         valued("metadata", "A metadata entry (repeatable).", "key=value")},
        true, "eurekactl register batch-job --port 7070 --metadata zone=zone-a");
    add("status", "APP ID STATUS", {QStringLiteral("app"), QString(), QStringLiteral("status")},
        "set (or --clear) an instance's status override",
        "Sets an operator's status override on instance ID of APP: UP, DOWN, OUT_OF_SERVICE or "
        "STARTING (PUT apps/APP/ID/status). With --clear, removes the override instead (then no "
        "STATUS argument).",
        {flag("clear", "Remove the override instead of setting one.")}, true,
        "eurekactl status ORDER-SERVICE 10.0.1.11:order-service:8080 OUT_OF_SERVICE\n"
        "eurekactl status --clear ORDER-SERVICE 10.0.1.11:order-service:8080");
    add("delete", "APP ID", {QStringLiteral("app"), QString()}, "delete an instance's registration",
        "Cancels the registration of instance ID of APP (DELETE apps/APP/ID).", {}, true,
        "eurekactl delete ORDER-SERVICE 10.0.1.11:order-service:8080");
    add("call", "APP PATH", {QStringLiteral("app"), QString()}, "call a service with failover",
        "Calls PATH on an UP instance of APP, moving on to another instance after a connection "
        "error, a timeout or a 5xx. The answer goes to standard output, one line per attempt to "
        "standard error.",
        {valued("strategy", "random, stick or other.", "name", "random"), valued("method", "HTTP method.", "method", "GET"),
         valued("data", "Request body.", "body")},
        true, "eurekactl call ORDER-SERVICE /actuator/health --strategy other");
    add("probe", "[APP ID]", {QStringLiteral("app"), QString()}, "time how long a change takes to reach readers",
        "Reads every server once, starts a client as callers have one, then registers a short-lived "
        "EUREKA-PROBE instance (STARTING, so nobody calls it) or sets an OUT_OF_SERVICE override on "
        "instance ID of APP, and times per server when the change shows in GET apps and GET "
        "apps/delta, and when it reaches the client's local registry; then it undoes the change. "
        "It reads the whole registry from every server every --poll-ms: a diagnostic, not a monitor.",
        {valued("poll-ms", "Milliseconds between reads of each server (default 500).", "ms"),
         valued("timeout-ms", "Give up after this many milliseconds (default 120000).", "ms"),
         valued("interval", "Milliseconds between the local client's fetches.", "ms")},
        true, "eurekactl probe\neurekactl probe ORDER-SERVICE 10.0.1.11:order-service:8080");
    add("doctor", "", {}, "check a client configuration against its servers",
        "Checks a client configuration (the connection options, or a Spring application.yml or "
        ".properties with --config) against the servers it names, and explains each finding with "
        "a fix: every server reachable and a Eureka server (not an HTML page or another service); "
        "the context path (/eureka/ or /eureka/v2/); the credentials; the DNS TXT records; the own "
        "zone in the zones map; each server's clock (its Date header); each server's reconcile "
        "hash against its content, and the servers against each other; the own instance on every "
        "server, with --instance-id (or eureka.instance.instance-id). Exit code 0 when everything "
        "is OK, 1 with warnings, 2 with a failure.",
        {flag("json", "Print the findings as JSON."),
         valued("instance-id", "Check that this instance is registered on every server.", "id"),
         valued("app", "The application of --instance-id (default: spring.application.name of --config).", "app"),
         valued("clock-tolerance", "Clock difference to accept, in milliseconds.", "ms", "5000")},
        true, "eurekactl doctor --config application.yml\neurekactl doctor --server http://eureka-a:8761/eureka/ --json");
    add("show", "FILE", {QStringLiteral("file")}, "print the applications and instances of an apps document",
        "Reads a saved registry document (JSON or XML; - for standard input), prints it as a table "
        "and checks its reconcile hash.",
        {}, false, "eurekactl show apps.json");
    add("convert", "FILE", {QStringLiteral("file")}, "re-encode an apps document (JSON <-> XML)",
        "Reads a registry document (JSON or XML; - for standard input) and writes it in the other "
        "format, exactly as Netflix's server writes it.",
        {valued("to", "Output format: json or xml.", "format", "json")}, false, "eurekactl convert --to xml apps.json");
    return table;
}

QString usage(const CommandSpec &command)
{
    QString text = QStringLiteral("eurekactl ") + command.name;
    if (!command.options.isEmpty() || command.connects)
        text += QStringLiteral(" [options]");
    if (!command.arguments.isEmpty())
        text += QLatin1Char(' ') + command.arguments;
    return text;
}

} // namespace

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> table = buildTable();
    return table;
}

const CommandSpec *find(const QString &name)
{
    for (const CommandSpec &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QList<QCommandLineOption> connectionOptions()
{
    return ConnectionOptions().list();
}

QList<QCommandLineOption> globalOptions()
{
    return LogOptions::options();
}

QString valueCompletion(const QString &optionName)
{
    static const QHash<QString, QString> values = {
        {QStringLiteral("config"), QStringLiteral("file")},
        {QStringLiteral("password-file"), QStringLiteral("file")},
        {QStringLiteral("log-file"), QStringLiteral("file")},
        {QStringLiteral("log-level"), QStringLiteral("debug info warning critical off")},
        {QStringLiteral("strategy"), QStringLiteral("random stick other")},
        {QStringLiteral("to"), QStringLiteral("json xml")},
        {QStringLiteral("context"), QStringLiteral("/eureka /eureka/v2")},
    };
    return values.value(optionName);
}

QList<std::pair<QString, QString>> exitCodes()
{
    return {{QStringLiteral("0"), QStringLiteral("Done.")},
            {QStringLiteral("1"), QStringLiteral("The servers or the called service failed.")},
            {QStringLiteral("2"), QStringLiteral("Bad usage: an unknown command or option, or a bad value.")},
            {QStringLiteral("3"), QStringLiteral("No such application or instance.")},
            {QStringLiteral("4"), QStringLiteral("The called service answered 4xx.")}};
}

QString overviewHelp()
{
    QString text = QStringLiteral("Usage: eurekactl COMMAND [options] [arguments]\n\n"
                                  "Tools for Netflix Eureka registries: query and administer them, call the services "
                                  "registered there, and run an embedded registry for demos and tests.\n\nCommands:\n");
    qsizetype width = 0;
    for (const CommandSpec &command : commands())
        width = std::max(width, command.name.size() + 1 + command.arguments.size());
    for (const CommandSpec &command : commands()) {
        const QString head = command.arguments.isEmpty() ? command.name : command.name + QLatin1Char(' ') + command.arguments;
        text += QStringLiteral("  %1  %2\n").arg(head, -int(width)).arg(command.summary);
    }
    text += QStringLiteral("\n\"eurekactl COMMAND --help\" shows what a command takes.\n\nOptions of every command:\n");
    text += OptionText::helpLines(globalOptions() + QList<QCommandLineOption>{
        {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show help (of a command, after its name).")},
        {{QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Show the version.")}});
    return text;
}

QString commandHelp(const CommandSpec &command)
{
    QString text = QStringLiteral("Usage: %1\n\n%2\n").arg(usage(command), command.description);
    if (!command.options.isEmpty())
        text += QStringLiteral("\nOptions:\n") + OptionText::helpLines(command.options);
    if (command.connects) {
        text += QStringLiteral("\nConnection options (default server http://127.0.0.1:8761/eureka/):\n")
              + OptionText::helpLines(connectionOptions());
    }
    text += QStringLiteral("\nOptions of every command:\n")
          + OptionText::helpLines(globalOptions() + QList<QCommandLineOption>{
              {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")}});
    if (!command.example.isEmpty())
        text += QStringLiteral("\nExample:\n  ") + QString(command.example).replace(QLatin1Char('\n'), QStringLiteral("\n  "))
              + QLatin1Char('\n');
    return text;
}

} // namespace CommandTable
