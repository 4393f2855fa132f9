// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/codec.h>
#include <EurekaClient/registryserver.h>

#include "manpagereader.h"
#include "scriptedserver.h"

#include "fixtures.h"
#include "httpprobe.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QRegularExpression>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;
using EurekaTest::HttpProbe;

class tst_Eurekactl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serveDemo();
    void serveRejectsBadOptions_data();
    void serveRejectsBadOptions();
    void showAndConvert();
    void showReportsWhereADocumentIsBroken();
    void adminCommandsAgainstTheRegistry();
    void registerDrainsOnInterrupt();
    void probeMeasuresPropagation();
    void callPrintsTheAnswerAndTheAttempts();
    void watchPrintsChanges();
    void badConnectionOptions();
    void logOptions();
    void helpListsOnlyWhatApplies();
    void manPageComesFromTheCommandTable();
};

namespace {
const QString eurekactl = QStringLiteral(EUREKACTL_PATH);
const QString fixtures = QStringLiteral(EUREKA_FIXTURES_DIR "/netflix-eureka/");

// Waits with a spy, not waitForFinished(), so that a registry in this process keeps serving.
int run(const QStringList &args, QByteArray *out, QByteArray *err)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(eurekactl, args);
    if (!finished.wait(30000))
        return -1;
    *out = process.readAllStandardOutput();
    *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
} // namespace

void tst_Eurekactl::serveDemo()
{
    QProcess server;
    server.start(eurekactl, {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("--demo"), QStringLiteral("--demo-renewal"), QStringLiteral("200")});
    QVERIFY(server.waitForStarted());
    QByteArray out;
    QRegularExpressionMatch match;
    static const QRegularExpression portLine(QStringLiteral("^port (\\d+)$"), QRegularExpression::MultilineOption);
    QTRY_VERIFY_WITH_TIMEOUT((out += server.readAllStandardOutput(), match = portLine.match(QString::fromUtf8(out))).hasMatch(), 10000);
    const int port = match.captured(1).toInt();
    QVERIFY(port > 0);
    QVERIFY(out.contains("for demos and tests"));

    HttpProbe http(QUrl(QStringLiteral("http://127.0.0.1:%1/eureka/").arg(port)));
    Applications apps;
    // The fleet registers itself over HTTP, then one gateway instance is taken out of service.
    QTRY_VERIFY_WITH_TIMEOUT((apps = Codec::decodeApplications(http.get(QStringLiteral("apps")).body, WireFormat::Json),
                              apps.instanceCount() >= 20 && apps.instanceCount(InstanceStatus::OutOfService) == 1),
                             10000);
    QVERIFY(apps.size() >= 12);
    QCOMPARE(apps.reconcileHashCode(), apps.appsHashCode());
    const QList<QString> zones = {QStringLiteral("zone-a"), QStringLiteral("zone-b"), QStringLiteral("zone-c")};
    for (const Application &app : apps.applications()) {
        for (const InstanceInfo &info : app.instances()) {
            QVERIFY(zones.contains(info.zone()));
            QVERIFY(!info.metadataValue(QStringLiteral("version")).isEmpty());
        }
    }

    // Each demo instance answers HTTP on its own loopback port.
    const InstanceInfo some = apps.application(QStringLiteral("ORDER-SERVICE")).instances().constFirst();
    HttpProbe instance(QUrl(some.homePageUrl()));
    const EurekaTest::ProbeResponse hello = instance.get(QStringLiteral("hello"));
    QCOMPARE(hello.status, 200);
    QVERIFY(hello.body.contains(some.app().toUtf8()));
    QVERIFY(QUrl(some.homePageUrl()).host() == QLatin1String("127.0.0.1"));

    server.terminate();
    QVERIFY(server.waitForFinished(10000));
}

void tst_Eurekactl::serveRejectsBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << "--port must be 0 to 65535";
    QTest::newRow("address") << QStringList{QStringLiteral("--address"), QStringLiteral("localhost-ish")} << "--address is not an IP address";
    QTest::newRow("interval") << QStringList{QStringLiteral("--eviction-interval"), QStringLiteral("-5")} << "needs a positive number";
    QTest::newRow("response cache") << QStringList{QStringLiteral("--response-cache-interval"), QStringLiteral("soon")}
                                    << "--response-cache-interval needs a positive number of milliseconds";
    QTest::newRow("user without password") << QStringList{QStringLiteral("--user"), QStringLiteral("u"), QStringLiteral("--password-env"), QStringLiteral("EUREKA_TEST_UNSET_VARIABLE")}
                                           << "needs a password";
}

void tst_Eurekactl::serveRejectsBadOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QByteArray out, err;
    QCOMPARE(run(QStringList{QStringLiteral("serve")} + args, &out, &err), 2);
    QVERIFY2(err.contains(message.toUtf8()), err.constData());
}

void tst_Eurekactl::showAndConvert()
{
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("show"), fixtures + QStringLiteral("responses/apps.xml")}, &out, &err), 0);
    QVERIFY(out.contains("10.0.1.21:user-service:9090"));
    QVERIFY(out.contains("matches the server's"));
    QCOMPARE(run({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("json"),
                  fixtures + QStringLiteral("responses/apps.xml")}, &out, &err), 0);
    // XML in, JSON out: the same bytes the real server sends as JSON.
    QCOMPARE(out.trimmed(), EurekaTest::fixture(QStringLiteral("responses/apps.json")).trimmed());
}

void tst_Eurekactl::showReportsWhereADocumentIsBroken()
{
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("show"), fixtures + QStringLiteral("requests/register-malformed.json")}, &out, &err), 1);
    QVERIFY2(err.contains("malformed JSON") && err.contains("byte 13"), err.constData());
    QCOMPARE(run({QStringLiteral("show"), QStringLiteral("/nonexistent/file.json")}, &out, &err), 1);
    QVERIFY(err.contains("cannot read"));
}

namespace {
InstanceInfo seed(RegistryServer &server, const QString &app, quint16 port, const QString &zone = QStringLiteral("zone-a"))
{
    InstanceInfo info;
    info.setApp(app);
    info.setHostName(QStringLiteral("127.0.0.1"));
    info.setIpAddr(QStringLiteral("127.0.0.1"));
    info.setPort(port);
    info.setInstanceId(QStringLiteral("127.0.0.1:%1:%2").arg(app.toLower()).arg(port));
    info.setMetadataValue(QStringLiteral("zone"), zone);
    server.registerInstance(info);
    return info;
}
} // namespace

void tst_Eurekactl::adminCommandsAgainstTheRegistry()
{
    RegistryServer server;
    QVERIFY(server.listen());
    const InstanceInfo a = seed(server, QStringLiteral("ORDERS"), 8081);
    seed(server, QStringLiteral("ORDERS"), 8082);
    const QString url = server.serviceUrl().toString();
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("apps"), QStringLiteral("--server"), url}, &out, &err), 0);
    QVERIFY(out.contains(a.instanceId().toUtf8()));
    QCOMPARE(run({QStringLiteral("apps"), QStringLiteral("--json"), QStringLiteral("--server"), url}, &out, &err), 0);
    QCOMPARE(Codec::decodeApplications(out, WireFormat::Json).instanceCount(), 2);
    QCOMPARE(run({QStringLiteral("instances"), QStringLiteral("orders"), QStringLiteral("--server"), url}, &out, &err), 0);
    QCOMPARE(run({QStringLiteral("instances"), QStringLiteral("NOPE"), QStringLiteral("--server"), url}, &out, &err), 3);

    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("ORDERS"), a.instanceId(), QStringLiteral("OUT_OF_SERVICE"), QStringLiteral("--server"), url}, &out, &err), 0);
    QCOMPARE(server.applications().instance(a.instanceId()).status(), InstanceStatus::OutOfService);
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("--clear"), QStringLiteral("ORDERS"), a.instanceId(), QStringLiteral("--server"), url}, &out, &err), 0);
    QCOMPARE(server.applications().instance(a.instanceId()).overriddenStatus(), InstanceStatus::Unknown);
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("ORDERS"), a.instanceId(), QStringLiteral("SIDEWAYS"), QStringLiteral("--server"), url}, &out, &err), 2);
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("ORDERS"), QStringLiteral("nobody"), QStringLiteral("UP"), QStringLiteral("--server"), url}, &out, &err), 3);
    QCOMPARE(run({QStringLiteral("delete"), QStringLiteral("ORDERS"), a.instanceId(), QStringLiteral("--server"), url}, &out, &err), 0);
    QVERIFY(server.applications().instance(a.instanceId()).isNull());
    QCOMPARE(run({QStringLiteral("delete"), QStringLiteral("ORDERS"), a.instanceId(), QStringLiteral("--server"), url}, &out, &err), 3);
    QVERIFY(err.contains("no instance"));
}

void tst_Eurekactl::registerDrainsOnInterrupt()
{
    RegistryServer server;
    QVERIFY(server.listen());
    QProcess process;
    process.start(eurekactl, {QStringLiteral("register"), QStringLiteral("batch-job"), QStringLiteral("--port"), QStringLiteral("7777"),
                              QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--ip"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("--metadata"), QStringLiteral("zone=zone-b"), QStringLiteral("--server"), server.serviceUrl().toString()});
    QTRY_VERIFY_WITH_TIMEOUT(!server.applications().instance(QStringLiteral("127.0.0.1:batch-job:7777")).isNull(), 10000);
    QCOMPARE(server.applications().instance(QStringLiteral("127.0.0.1:batch-job:7777")).zone(), QStringLiteral("zone-b"));
    // What the registry held at each change: the drain must show DOWN before the cancel, and
    // nothing may come after the cancel.
    const QString id = QStringLiteral("127.0.0.1:batch-job:7777");
    QStringList states;
    connect(&server, &RegistryServer::registryChanged, this, [&] {
        const InstanceInfo info = server.applications().instance(id);
        const QString state = info.isNull() ? QStringLiteral("gone") : toWireString(info.status());
        if (states.isEmpty() || states.constLast() != state)
            states.append(state);
    });
    QSignalSpy finished(&process, &QProcess::finished);
    process.terminate(); // SIGTERM: drain, cancel, then exit
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(server.applications().isEmpty());
    QVERIFY2(states.size() >= 2, qPrintable(states.join(QLatin1Char(' '))));
    QCOMPARE(states.mid(states.size() - 2), (QStringList{QStringLiteral("DOWN"), QStringLiteral("gone")}));
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(out.contains("SIGTERM: draining 127.0.0.1:batch-job:7777"), out.constData());
    QVERIFY2(out.contains(" shows DOWN (done)"), out.constData());
    QVERIFY2(out.contains("every server shows DOWN; cancelling"), out.constData());
    QVERIFY2(out.endsWith("cancelled\n"), out.constData());
}

// The probe against the embedded registry, answering from the live registry and then from
// Netflix's read-only response cache (500 ms): the cache shows in the figures.
void tst_Eurekactl::probeMeasuresPropagation()
{
    auto appsMs = [](const QByteArray &out) {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral(R"(/eureka/ apps: (\d+) ms)")).match(QString::fromUtf8(out));
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    };
    for (const int cacheMs : {0, 500}) {
        RegistryServer::Options options;
        options.readOnlyResponseCache = std::chrono::milliseconds(cacheMs);
        RegistryServer server(options);
        QVERIFY(server.listen());
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("probe"), QStringLiteral("--server"), server.serviceUrl().toString(), QStringLiteral("--poll-ms"),
                      QStringLiteral("20"), QStringLiteral("--interval"), QStringLiteral("100")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains("registered EUREKA-PROBE/eureka-probe-"), out.constData());
        QVERIFY2(out.contains("apps/delta: "), out.constData());
        QVERIFY2(out.contains("local registry (a client fetching every 100 ms): "), out.constData());
        QVERIFY2(out.contains("cleaned up"), out.constData());
        QVERIFY(server.applications().application(QStringLiteral("EUREKA-PROBE")).isEmpty()); // cancelled
        const qint64 apps = appsMs(out);
        QVERIFY2(apps >= 0, out.constData());
        if (cacheMs > 0) // the baseline read filled the cache just before the change
            QVERIFY2(apps >= 300, out.constData());
    }

    // Flipping a given instance: an override, removed again.
    RegistryServer server;
    QVERIFY(server.listen());
    const InstanceInfo a = seed(server, QStringLiteral("ORDERS"), 8081);
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("probe"), QStringLiteral("ORDERS"), a.instanceId(), QStringLiteral("--server"), server.serviceUrl().toString(),
                  QStringLiteral("--poll-ms"), QStringLiteral("20"), QStringLiteral("--interval"), QStringLiteral("100")},
                 &out, &err),
             0);
    QVERIFY2(out.contains("set OUT_OF_SERVICE on ORDERS/" + a.instanceId().toUtf8()), out.constData());
    QCOMPARE(server.applications().instance(a.instanceId()).overriddenStatus(), InstanceStatus::Unknown);
    QVERIFY2(out.contains("cleaned up"), out.constData());
}

void tst_Eurekactl::callPrintsTheAnswerAndTheAttempts()
{
    RegistryServer server;
    QVERIFY(server.listen());
    EurekaTest::ScriptedServer good([](const HttpRequest &r) {
        return EurekaTest::ScriptedServer::response(200, "hello " + r.path);
    });
    seed(server, QStringLiteral("GREETER"), quint16(EurekaTest::ScriptedServer::refusingUrl().port()), QStringLiteral("zone-a"));
    seed(server, QStringLiteral("GREETER"), good.serverPort(), QStringLiteral("zone-b"));
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("call"), QStringLiteral("GREETER"), QStringLiteral("/hi"), QStringLiteral("--zone"), QStringLiteral("zone-a"),
                  QStringLiteral("--server"), server.serviceUrl().toString()}, &out, &err), 0);
    QCOMPARE(out.trimmed(), QByteArray("hello /hi"));
    // The dead instance of the caller's zone was tried first, then the good one.
    QVERIFY2(err.contains("attempt 1:") && err.contains("failed") && err.contains("attempt 2:") && err.contains("succeeded"), err.constData());
    QCOMPARE(run({QStringLiteral("call"), QStringLiteral("NOBODY"), QStringLiteral("/"), QStringLiteral("--server"), server.serviceUrl().toString()}, &out, &err), 3);
    QCOMPARE(run({QStringLiteral("call"), QStringLiteral("GREETER"), QStringLiteral("/"), QStringLiteral("--strategy"), QStringLiteral("sideways")}, &out, &err), 2);
}

void tst_Eurekactl::watchPrintsChanges()
{
    RegistryServer server;
    QVERIFY(server.listen());
    const InstanceInfo a = seed(server, QStringLiteral("WATCHED"), 9001);
    QProcess process;
    process.start(eurekactl, {QStringLiteral("watch"), QStringLiteral("--interval"), QStringLiteral("50"), QStringLiteral("--count"), QStringLiteral("2"),
                              QStringLiteral("--server"), server.serviceUrl().toString()});
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("watching 1 instances"), 10000);
    seed(server, QStringLiteral("WATCHED"), 9002);
    EurekaTest::HttpProbe http(server.serviceUrl());
    http.send("PUT", QStringLiteral("apps/WATCHED/%1/status?value=OUT_OF_SERVICE").arg(a.instanceId()));
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(10000));
    out += process.readAllStandardOutput();
    QVERIFY2(out.contains("ADDED WATCHED 127.0.0.1:watched:9002 UP"), out.constData());
    QVERIFY2(out.contains("STATUS WATCHED 127.0.0.1:watched:9001 UP -> OUT_OF_SERVICE"), out.constData());
}

void tst_Eurekactl::badConnectionOptions()
{
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("apps"), QStringLiteral("--timeout"), QStringLiteral("soon")}, &out, &err), 2);
    QCOMPARE(run({QStringLiteral("apps"), QStringLiteral("--password-file"), QStringLiteral("/nonexistent")}, &out, &err), 2);
    QVERIFY(err.contains("password file"));
    QCOMPARE(run({QStringLiteral("apps"), QStringLiteral("--config"), QStringLiteral("/nonexistent/application.yml")}, &out, &err), 2);
    // Nothing listens there: a clear failure, exit 1.
    QCOMPARE(run({QStringLiteral("apps"), QStringLiteral("--timeout"), QStringLiteral("500"), QStringLiteral("--server"),
                  EurekaTest::ScriptedServer::refusingUrl().toString()}, &out, &err), 1);
    QVERIFY2(err.contains("Connection refused"), err.constData());
}

void tst_Eurekactl::logOptions()
{
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("apps"), QStringLiteral("--log-level"), QStringLiteral("loud")}, &out, &err), 2);
    QVERIFY(err.contains("--log-level"));
    QCOMPARE(run({QStringLiteral("apps"), QStringLiteral("--log-file")}, &out, &err), 2);
    // The library's messages go to the file, with the password masked; the terminal keeps the error.
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("eureka.log"));
    QUrl refusing = EurekaTest::ScriptedServer::refusingUrl();
    refusing.setUserInfo(QStringLiteral("ops:Planted-Secret"));
    QCOMPARE(run({QStringLiteral("apps"), QStringLiteral("--log-level=debug"), QStringLiteral("--log-file"), log,
                  QStringLiteral("--timeout"), QStringLiteral("500"), QStringLiteral("--server"), refusing.toString()},
                 &out, &err), 1);
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("eureka.client.transport"), text.constData());
    QVERIFY(!text.contains("Planted-Secret"));
    QVERIFY(!err.contains("Planted-Secret"));
    QVERIFY(!err.contains("eureka.client.transport"));
    QVERIFY(err.contains("Connection refused"));
}

void tst_Eurekactl::helpListsOnlyWhatApplies()
{
    QByteArray out, err;
    const QStringList commands = {QStringLiteral("serve"), QStringLiteral("apps"), QStringLiteral("instances"),
                                  QStringLiteral("watch"), QStringLiteral("register"), QStringLiteral("status"),
                                  QStringLiteral("delete"), QStringLiteral("call"), QStringLiteral("probe"),
                                  QStringLiteral("doctor"), QStringLiteral("show"), QStringLiteral("convert")};
    QCOMPARE(run({QStringLiteral("--help")}, &out, &err), 0);
    for (const QString &command : commands)
        QVERIFY2(out.contains("\n  " + command.toUtf8() + ' '), qPrintable(command));
    // The overview is not one command's parser: no "Arguments: command, file" and no --to.
    QVERIFY(!out.contains("Arguments:"));
    QVERIFY(!out.contains("--to"));

    QCOMPARE(run({QStringLiteral("call"), QStringLiteral("--help")}, &out, &err), 0);
    QVERIFY(out.startsWith("Usage: eurekactl call [options] APP PATH"));
    QVERIFY(out.contains("--strategy <name>") && out.contains("--server <url>") && out.contains("--log-level"));
    QVERIFY(!out.contains("--json") && !out.contains("--to") && !out.contains("--port"));
    QCOMPARE(run({QStringLiteral("convert"), QStringLiteral("--help")}, &out, &err), 0);
    QVERIFY(out.contains("--to <format>"));
    QVERIFY(!out.contains("--server")); // it reads a file, not a server
    QCOMPARE(run({QStringLiteral("help"), QStringLiteral("probe")}, &out, &err), 0);
    QVERIFY(out.contains("--poll-ms <ms>"));

    // Another command's option is an error, not silently ignored.
    QCOMPARE(run({QStringLiteral("apps"), QStringLiteral("--strategy"), QStringLiteral("other")}, &out, &err), 2);
    QVERIFY2(err.contains("Unknown option 'strategy'") && err.contains("eurekactl apps --help"), err.constData());
    QCOMPARE(run({QStringLiteral("frobnicate")}, &out, &err), 2);
    QVERIFY(err.contains("unknown command \"frobnicate\""));
    QCOMPARE(run({QStringLiteral("--version")}, &out, &err), 0);
    QCOMPARE(out.trimmed(), QByteArray("eurekactl " EUREKACLIENT_VERSION_STRING));
}

// The installed man page is generated at build time by eurekactl itself: it is what the program
// prints now, groff reads it without a warning, and every option of every command's --help is in it.
void tst_Eurekactl::manPageComesFromTheCommandTable()
{
    QByteArray generated, err;
    QCOMPARE(run({QStringLiteral("--generate"), QStringLiteral("man")}, &generated, &err), 0);
    QFile built(QFileInfo(eurekactl).absolutePath() + QStringLiteral("/eurekactl.1"));
    QVERIFY(built.open(QIODevice::ReadOnly));
    QCOMPARE(built.readAll(), generated);

    const EurekaTest::RenderedManPage page = EurekaTest::renderManPage(built.fileName());
    QVERIFY2(page.ran, "man (Debian package man-db) did not run");
    QCOMPARE(page.warnings, QByteArray());
    const QByteArray rendered = page.text;
    QVERIFY(rendered.contains("eurekactl - command-line tool for Netflix Eureka registries"));

    static const QRegularExpression optionName(QStringLiteral("--[a-z][a-z-]+"));
    for (const char *command : {"serve", "apps", "instances", "watch", "register", "status", "delete", "call", "probe",
                                "doctor", "show", "convert"}) {
        QByteArray help;
        QCOMPARE(run({QString::fromLatin1(command), QStringLiteral("--help")}, &help, &err), 0);
        QVERIFY2(rendered.contains(QByteArray("eurekactl ") + command), command);
        for (const QRegularExpressionMatch &m : optionName.globalMatch(QString::fromUtf8(help)))
            QVERIFY2(rendered.contains(m.captured().toUtf8()), qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(command), m.captured())));
    }
}

QTEST_GUILESS_MAIN(tst_Eurekactl)

#include "tst_eurekactl.moc"
