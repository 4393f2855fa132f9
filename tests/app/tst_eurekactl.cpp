// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/codec.h>

#include "fixtures.h"
#include "httpprobe.h"

#include <QtCore/QProcess>
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
};

namespace {
const QString eurekactl = QStringLiteral(EUREKACTL_PATH);
const QString fixtures = QStringLiteral(EUREKA_FIXTURES_DIR "/netflix-eureka/");

int run(const QStringList &args, QByteArray *out, QByteArray *err)
{
    QProcess process;
    process.start(eurekactl, args);
    if (!process.waitForFinished(30000))
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

QTEST_GUILESS_MAIN(tst_Eurekactl)
#include "tst_eurekactl.moc"
