// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// `eurekactl doctor` run as users run it, against real servers on loopback: embedded registries
// (healthy, Netflix's context path, basic auth, a skewed clock), a scripted server answering an
// HTML page, a dead port, a Spring application.yml with a zone missing from its zones map, and
// DNS TXT records served by a real dnsmasq.
#include "dnsmasqserver.h"
#include "scriptedserver.h"

#include "clientsetup.h"

#include <EurekaClient/registryserver.h>

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;
using EurekaTest::ScriptedServer;

namespace {

const QString eurekactl = QStringLiteral(EUREKACTL_PATH);

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    // The JSON findings, as "LEVEL check" strings, and each one whole.
    QStringList lines;
    QJsonArray findings;

    bool has(const QString &levelAndCheck) const { return lines.contains(levelAndCheck); }
    QString message(const QString &check) const
    {
        for (const QJsonValue &f : findings) {
            if (f[QStringLiteral("check")].toString() == check)
                return f[QStringLiteral("message")].toString() + QStringLiteral(" | fix: ") + f[QStringLiteral("fix")].toString();
        }
        return {};
    }
};

// Runs the doctor twice: as text (what people read) and as JSON (what the assertions read).
// A spy, not waitForFinished(): registries in this process must keep answering.
Run doctor(QStringList args)
{
    Run run;
    auto exec = [](const QStringList &arguments, QByteArray *out, QByteArray *err) {
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(eurekactl, QStringList{QStringLiteral("doctor"), QStringLiteral("--timeout"), QStringLiteral("3000")} + arguments);
        if (!finished.wait(30000))
            return -1;
        *out = process.readAllStandardOutput();
        *err = process.readAllStandardError();
        return process.exitCode();
    };
    run.exitCode = exec(args, &run.out, &run.err);
    QByteArray json, jsonErr;
    const int jsonExit = exec(args << QStringLiteral("--json"), &json, &jsonErr);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    run.findings = root[QStringLiteral("findings")].toArray();
    for (const QJsonValue &f : std::as_const(run.findings))
        run.lines.append(f[QStringLiteral("level")].toString() + QLatin1Char(' ') + f[QStringLiteral("check")].toString());
    if (jsonExit != run.exitCode || root[QStringLiteral("exitCode")].toInt() != run.exitCode)
        run.exitCode = -2; // text and JSON must agree
    return run;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

} // namespace

class tst_Doctor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthyCluster();
    void htmlPageIsNotAEurekaServer();
    void wrongContextPath();
    void wrongPassword();
    void skewedClock();
    void deadServer();
    void serversThatDisagree();
    void zoneMissingFromTheZonesMap();
    void dnsTxtRecords();

private:
    QTemporaryDir m_dir;
};

void tst_Doctor::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_Doctor::healthyCluster()
{
    RegistryServer registry;
    QVERIFY(registry.listen());
    registry.registerInstance(EurekaTest::loopbackInstanceInfo(QStringLiteral("ORDER-SERVICE"), QStringLiteral("o1")));
    const Run run = doctor({QStringLiteral("--server"), registry.serviceUrl().toString(), QStringLiteral("--app"),
                            QStringLiteral("order-service"), QStringLiteral("--instance-id"), QStringLiteral("o1")});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QCOMPARE(run.lines, (QStringList{QStringLiteral("OK servers"), QStringLiteral("OK server"), QStringLiteral("OK clock"),
                                     QStringLiteral("OK hash"), QStringLiteral("OK instance")}));
    QVERIFY(run.out.contains("a Eureka server: 1 application(s), 1 instance(s)"));
    QVERIFY(run.out.contains("ORDER-SERVICE/o1 is registered and UP"));
    QVERIFY(run.out.contains("apps__hashcode UP_1_ matches its registry"));
    QVERIFY(run.out.trimmed().endsWith("5 OK, 0 WARN, 0 FAIL"));

    // The instance it was asked about is missing: a failure, with what to do.
    const Run missing = doctor({QStringLiteral("--server"), registry.serviceUrl().toString(), QStringLiteral("--app"),
                                QStringLiteral("ORDER-SERVICE"), QStringLiteral("--instance-id"), QStringLiteral("o2")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.has(QStringLiteral("FAIL instance")));
    QVERIFY(missing.message(QStringLiteral("instance")).contains(QStringLiteral("register-with-eureka")));
}

void tst_Doctor::htmlPageIsNotAEurekaServer()
{
    // What a URL pointing at a web application (or the server's own status page) answers.
    ScriptedServer web([](const HttpRequest &) {
        return ScriptedServer::response(200, "<!DOCTYPE html>\n<html><head><title>Order admin</title></head><body></body></html>",
                                        {{"Content-Type", "text/html;charset=UTF-8"}});
    });
    const Run run = doctor({QStringLiteral("--server"), web.serviceUrl().toString()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.has(QStringLiteral("FAIL server")), run.out.constData());
    const QString message = run.message(QStringLiteral("server"));
    QVERIFY2(message.contains(QStringLiteral("not a Eureka server")) && message.contains(QStringLiteral("HTML page (\"Order admin\")")),
             qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("/eureka/v2/"))); // the fix names both context paths
    // It also tried the other context paths before giving up.
    QVERIFY(web.requests().size() >= 2 * 2); // text and JSON runs
}

void tst_Doctor::wrongContextPath()
{
    RegistryServer::Options options;
    options.contextPath = QStringLiteral("/eureka/v2"); // Netflix's war
    RegistryServer netflix(options);
    QVERIFY(netflix.listen());
    const QString springStyle = QStringLiteral("http://127.0.0.1:%1/eureka/").arg(netflix.port());
    const Run run = doctor({QStringLiteral("--server"), springStyle});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.has(QStringLiteral("FAIL context-path")), run.out.constData());
    const QString right = QStringLiteral("http://127.0.0.1:%1/eureka/v2/").arg(netflix.port());
    QVERIFY(run.message(QStringLiteral("context-path")).contains(QStringLiteral("Use %1 as the service URL").arg(right)));
    // The other checks go on against the right path.
    QVERIFY(run.has(QStringLiteral("OK server")) && run.has(QStringLiteral("OK clock")));
}

void tst_Doctor::wrongPassword()
{
    RegistryServer::Options options;
    options.username = QStringLiteral("ops");
    options.password = QStringLiteral("right-horse-battery");
    RegistryServer registry(options);
    QVERIFY(registry.listen());
    const QString wrong = writeFile(m_dir, QStringLiteral("wrong"), "staple\n");
    const QString right = writeFile(m_dir, QStringLiteral("right"), "right-horse-battery\n");

    const Run refused = doctor({QStringLiteral("--server"), registry.serviceUrl().toString(), QStringLiteral("--user"),
                                QStringLiteral("ops"), QStringLiteral("--password-file"), wrong});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.has(QStringLiteral("FAIL credentials")), refused.out.constData());
    QVERIFY(refused.message(QStringLiteral("credentials")).contains(QStringLiteral("refused the credentials (HTTP 401)")));
    QVERIFY(!refused.out.contains("staple"));

    const Run none = doctor({QStringLiteral("--server"), registry.serviceUrl().toString()});
    QVERIFY(none.message(QStringLiteral("credentials")).contains(QStringLiteral("none were given")));

    // Credentials in the URL, as Spring's defaultZone carries them: accepted, never printed.
    QUrl withUser = registry.serviceUrl();
    withUser.setUserName(QStringLiteral("ops"));
    withUser.setPassword(QStringLiteral("right-horse-battery"));
    const Run accepted = doctor({QStringLiteral("--server"), withUser.toString()});
    QVERIFY2(accepted.exitCode == 0, accepted.out.constData());
    QVERIFY(accepted.has(QStringLiteral("OK credentials")));
    QVERIFY(!accepted.out.contains("right-horse-battery"));
    const Run fromFile = doctor({QStringLiteral("--server"), registry.serviceUrl().toString(), QStringLiteral("--user"),
                                 QStringLiteral("ops"), QStringLiteral("--password-file"), right});
    QCOMPARE(fromFile.exitCode, 0);
}

void tst_Doctor::skewedClock()
{
    RegistryServer::Options options;
    options.clock = [] { return QDateTime::currentMSecsSinceEpoch() + 10 * 60 * 1000; }; // 10 minutes fast
    RegistryServer registry(options);
    QVERIFY(registry.listen());
    const Run run = doctor({QStringLiteral("--server"), registry.serviceUrl().toString()});
    QCOMPARE(run.exitCode, 1); // a warning, not a failure
    QVERIFY2(run.has(QStringLiteral("WARN clock")), run.out.constData());
    const QString message = run.message(QStringLiteral("clock"));
    QVERIFY2(message.contains(QStringLiteral("ahead of this machine's")) && message.contains(QStringLiteral("lastDirtyTimestamp")),
             qPrintable(message));
    const double skew = message.section(QLatin1Char(' '), 1, 1).toDouble();
    QVERIFY2(skew >= 598 && skew <= 602, qPrintable(message));
    // A wider tolerance accepts it.
    const Run tolerant = doctor({QStringLiteral("--server"), registry.serviceUrl().toString(), QStringLiteral("--clock-tolerance"),
                                 QStringLiteral("700000")});
    QCOMPARE(tolerant.exitCode, 0);
}

void tst_Doctor::deadServer()
{
    RegistryServer alive;
    QVERIFY(alive.listen());
    const Run run = doctor({QStringLiteral("--server"), alive.serviceUrl().toString(), QStringLiteral("--server"),
                            ScriptedServer::refusingUrl().toString()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.has(QStringLiteral("OK server")));
    QVERIFY(run.has(QStringLiteral("FAIL server")));
    QVERIFY(run.out.contains("unreachable"));
}

void tst_Doctor::serversThatDisagree()
{
    RegistryServer a, b;
    QVERIFY(a.listen() && b.listen());
    a.registerInstance(EurekaTest::loopbackInstanceInfo(QStringLiteral("ORDER-SERVICE"), QStringLiteral("o1")));
    b.registerInstance(EurekaTest::loopbackInstanceInfo(QStringLiteral("ORDER-SERVICE"), QStringLiteral("o1")));
    const QStringList both = {QStringLiteral("--server"), a.serviceUrl().toString(), QStringLiteral("--server"),
                              b.serviceUrl().toString()};
    const Run agreeing = doctor(both);
    QCOMPARE(agreeing.exitCode, 0);
    QVERIFY(agreeing.has(QStringLiteral("OK agreement")));

    a.registerInstance(EurekaTest::loopbackInstanceInfo(QStringLiteral("ORDER-SERVICE"), QStringLiteral("o2"))); // not replicated to b
    const Run split = doctor(both);
    QCOMPARE(split.exitCode, 1);
    QVERIFY2(split.has(QStringLiteral("WARN agreement")), split.out.constData());
    QVERIFY(split.message(QStringLiteral("agreement")).contains(QStringLiteral("lacks ORDER-SERVICE/o2")));
}

void tst_Doctor::zoneMissingFromTheZonesMap()
{
    RegistryServer a, b;
    QVERIFY(a.listen() && b.listen());
    const auto yaml = [&](const char *zone) {
        return QStringLiteral("spring:\n  application:\n    name: order-service\n"
                              "eureka:\n  instance:\n    metadata-map:\n      zone: %1\n"
                              "  client:\n    region: eu-west-1\n    service-url:\n      zone-a: %2\n      zone-b: %3\n")
            .arg(QString::fromLatin1(zone), a.serviceUrl().toString(), b.serviceUrl().toString())
            .toUtf8();
    };
    const Run missing = doctor({QStringLiteral("--config"), writeFile(m_dir, QStringLiteral("missing.yml"), yaml("zone-c"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.has(QStringLiteral("WARN zone")), missing.out.constData());
    const QString message = missing.message(QStringLiteral("zone"));
    QVERIFY2(message.contains(QStringLiteral("own zone zone-c is not in the zones map (zone-a, zone-b)"))
                 && message.contains(QStringLiteral("eureka.client.service-url.zone-c")),
             qPrintable(message));

    const Run present = doctor({QStringLiteral("--config"), writeFile(m_dir, QStringLiteral("present.yml"), yaml("zone-b"))});
    QCOMPARE(present.exitCode, 0);
    QVERIFY(present.has(QStringLiteral("OK zone")));
    QVERIFY(present.out.contains("2 server(s) from the zones map"));
}

// QDnsLookup on Qt 6.4 asks port 53 only: a real dnsmasq on a loopback address (needs root).
void tst_Doctor::dnsTxtRecords()
{
    RegistryServer registry;
    QVERIFY(registry.listen());
    const QString address = QStringLiteral("127.0.0.57");
    EurekaTest::DnsmasqServer dns(address, {QStringLiteral("txt.us-east-1.doctor.test,zone-a"),
                                            QStringLiteral("txt.zone-a.doctor.test,127.0.0.1:%1").arg(registry.port())});
    if (const QString why = dns.start(); !why.isEmpty())
        QSKIP(qPrintable(why));
    const Run found = doctor({QStringLiteral("--dns-domain"), QStringLiteral("doctor.test"), QStringLiteral("--dns-server"), address});
    QVERIFY2(found.exitCode == 0, found.out.constData());
    QVERIFY(found.has(QStringLiteral("OK dns")));
    QVERIFY2(found.out.contains("TXT records list 1 server(s) in zone(s) zone-a"), found.out.constData());
    QVERIFY(found.has(QStringLiteral("OK server")));

    const Run nothing = doctor({QStringLiteral("--dns-domain"), QStringLiteral("nowhere.test"), QStringLiteral("--dns-server"), address});
    QCOMPARE(nothing.exitCode, 2);
    QVERIFY2(nothing.has(QStringLiteral("FAIL dns")), nothing.out.constData());
    QVERIFY(nothing.message(QStringLiteral("dns")).contains(QStringLiteral("txt.us-east-1.nowhere.test")));
}

QTEST_GUILESS_MAIN(tst_Doctor)
#include "tst_doctor.moc"
