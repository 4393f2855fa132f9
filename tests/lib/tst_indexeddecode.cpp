// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// The JSON decoder's indexed path (a walk over simdjson's structural index for registries
// written as the real server writes them) against On-Demand, which reads everything: the same
// registry or the same error for every document, and the indexed path taken where it should be.
#include <EurekaClient/codec.h>

#include "../../lib/src/codec/codec_p.h"
#include "fixtures.h"

#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRandomGenerator>
#include <QtTest/QTest>

using namespace Eureka;
using EurekaTest::fixture;

namespace {

// Whether a decode gave up the indexed path: it says so at debug level.
QStringList g_gaveUp;
QtMessageHandler g_previousHandler = nullptr;
void collectGiveUps(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("decoding on On-Demand")))
        g_gaveUp << message;
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}

struct Decoded
{
    Applications apps;
    CodecError error;
};

Decoded decode(const QByteArray &json, bool onDemandOnly, qsizetype stretchBytes = 0)
{
    DecodePool pool;
    DecodeOptions options{&pool, {}};
    options.onDemandOnly = onDemandOnly;
    options.indexedStretchBytes = stretchBytes;
    Decoded out;
    out.apps = CodecPrivate::decodeApplications(json, WireFormat::Json, &out.error, options);
    return out;
}

// A registry of uneven applications whose instances repeat some values (zones, versions, ports,
// data centers) and not others (ids, start times), encoded as the server writes it.
QByteArray fleet(int applications)
{
    QRandomGenerator rng(42);
    Applications apps;
    static const char *const zones[] = {"zone-a", "zone-b", "zone-c"};
    for (int a = 0; a < applications; ++a) {
        Application app(QStringLiteral("SERVICE-%1").arg(a));
        const int instances = 1 + int(rng.bounded(40));
        for (int i = 0; i < instances; ++i) {
            InstanceInfo info;
            const QString host = QStringLiteral("service-%1-%2").arg(a).arg(rng.bounded(1000000));
            info.setInstanceId(host + QStringLiteral(":service-%1:8080").arg(a));
            info.setHostName(host);
            info.setApp(app.name());
            info.setIpAddr(QStringLiteral("10.%1.%2.%3").arg(a).arg(i / 250).arg(i % 250));
            info.setStatus(i % 9 == 0 ? InstanceStatus::Down : InstanceStatus::Up);
            info.setPort(i % 5 == 0 ? 9090 : 8080);
            info.setSecurePortEnabled(i % 7 == 0);
            info.setVipAddress(QStringLiteral("service-%1").arg(a));
            info.setSecureVipAddress(QStringLiteral("service-%1").arg(a));
            info.setHomePageUrl(QStringLiteral("http://%1:8080/").arg(info.ipAddr()));
            info.setMetadataValue(QStringLiteral("zone"), QLatin1String(zones[rng.bounded(3)]));
            info.setMetadataValue(QStringLiteral("started"), QString::number(1795582000000 + rng.bounded(100000)));
            info.setMetadataValue(QStringLiteral("version"), QStringLiteral("1.%1").arg(i % 2));
            if (i % 4 == 0)
                info.setMetadataValue(QStringLiteral("team"), QStringLiteral("team-%1").arg(a % 3));
            LeaseInfo lease;
            lease.registrationTimestamp = 1795582000000 + i;
            lease.lastRenewalTimestamp = 1795583000000 + i;
            info.setLeaseInfo(lease);
            info.setLastUpdatedTimestamp(1795582000000 + i);
            info.setLastDirtyTimestamp(1795581000000 + i);
            if (a % 3 == 1)
                info.setAsgName(QStringLiteral("asg-%1").arg(a));
            if (a % 5 == 2) {
                DataCenterInfo amazon;
                amazon.setName(QStringLiteral("Amazon"));
                amazon.setMetadataValue(QStringLiteral("instance-id"), QStringLiteral("i-%1").arg(rng.bounded(1u << 30), 0, 16));
                amazon.setMetadataValue(QStringLiteral("availability-zone"), QLatin1String(zones[i % 3]));
                info.setDataCenterInfo(amazon);
            }
            app.addInstance(info);
        }
        apps.addApplication(app);
    }
    return Codec::encodeApplications(apps, WireFormat::Json);
}

} // namespace

class tst_IndexedDecode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init() { g_gaveUp.clear(); }
    void agreesWithOnDemand_data();
    void agreesWithOnDemand();
    void stretchEndingInAStringGivesUp();
    void cancelsLikeOnDemand();
};

void tst_IndexedDecode::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("eureka.client.codec.debug=true"));
    g_previousHandler = qInstallMessageHandler(collectGiveUps);
}

void tst_IndexedDecode::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
}

void tst_IndexedDecode::agreesWithOnDemand_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("indexed"); // whether the indexed path reads it (else On-Demand does)
    QTest::addColumn<bool>("valid");

    // What the real server sends: each read by the indexed path.
    for (const char *file : {"responses/apps.json", "responses/apps-after-changes.json", "responses/apps-delta.json",
                             "responses/vip-order-service.json", "responses/svip-order-service.json"})
        QTest::newRow(file) << fixture(QLatin1String(file)) << true << true;
    // Other documents, read as bare registries (with no applications) on On-Demand.
    for (const char *file : {"responses/app-order-service.json", "responses/app-instance.json",
                             "responses/instance-by-id.json", "responses/register-malformed.txt"})
        QTest::newRow(file) << fixture(QLatin1String(file)) << false << true;
    QTest::newRow("a fleet of 60 applications") << fleet(60) << true << true;
    QTest::newRow("no applications") << QByteArray(R"({"applications":{"versions__delta":"1","apps__hashcode":"","application":[]}})")
                                     << true << true;

    const QByteArray apps = fixture(QStringLiteral("responses/apps.json"));
    const auto variant = [&](const char *name, const QByteArray &from, const QByteArray &to, bool indexed, bool valid) {
        QVERIFY2(apps.contains(from), name);
        QByteArray json = apps;
        QTest::newRow(name) << json.replace(from, to) << indexed << valid;
    };
    // Read by the indexed path too.
    variant("an unknown member with nested values", R"("countryId":1,)",
            R"("countryId":1,"extra":{"a":[1,{"b":[]},"x"],"c":null},)", true, true);
    variant("an unknown member of an application", R"({"name":"MYAPP",)", R"({"name":"MYAPP","x":[[]],)", true, true);
    variant("an unknown member of the registry", R"("versions__delta":"1",)", R"("versions__delta":"1","x":{},)",
            true, true);
    variant("versions as a number", R"("versions__delta":"1")", R"("versions__delta":7)", true, true);
    variant("a bare port", R"("port":{"$":8080,"@enabled":"true"})", R"("port":8081)", true, true);
    variant("a port enabled by a boolean", R"("securePort":{"$":8443,"@enabled":"false"})",
            R"("securePort":{"@enabled":true,"$":"8443"})", true, true);
    variant("a status the server does not know", R"("status":"UP")", R"("status":"WARMING")", true, true);
    variant("the lower-case override", R"("overriddenStatus":"UNKNOWN")", R"("overriddenstatus":"DOWN")", true, true);
    variant("timestamps as numbers", R"("lastUpdatedTimestamp":"1795533842072")",
            R"("lastUpdatedTimestamp":1795533842072)", true, true);
    variant("a data center's name that is not a string", R"("name":"MyOwn")", R"("name":7)", true, true);
    // Found by fuzz_json_decoder: a bare word has no type to ask for.
    variant("a data center's class that is a bare word", R"("@class":"com.netflix)", R"("@class":em".netflix)", false,
            false);
    variant("no instance id", R"("instanceId":"h1:myapp:8080",)", "", true, true);
    QTest::newRow("one application and one instance, each an object")
        << QByteArray(R"({"applications":{"versions__delta":"1","apps__hashcode":"UP_1_","application":{"name":"A",)"
                      R"("instance":{"instanceId":"i1","hostName":"h1","app":"A","status":"UP"}}}})")
        << true << true;
    // Written otherwise: On-Demand reads them.
    variant("blanks after colons", R"("countryId":1)", R"("countryId": 1)", true, true);
    variant("a spaced lease", R"("leaseInfo":{"renewalIntervalInSecs":30,)",
            R"("leaseInfo":{ "renewalIntervalInSecs" :	30 ,)", true, true);
    variant("a lease in quotes", R"("evictionTimestamp":0,)", R"("evictionTimestamp":"0",)", true, true);
    variant("an escape in a host name", R"("hostName":"h1")", R"("hostName":"h\u0031")", false, true);
    variant("an escaped quote in metadata", R"("build":"1234")", R"("build":"12\"34")", false, true);
    variant("a number in metadata", R"("build":"1234")", R"("build":1234)", false, true);
    variant("null metadata", R"("metadata":{"@class":"java.util.Collections$EmptyMap"})", R"("metadata":null)", false,
            true);
    variant("an Amazon data center", R"({"@class":"com.netflix.appinfo.InstanceInfo$DefaultDataCenterInfo","name":"MyOwn"})",
            R"({"@class":"com.netflix.appinfo.AmazonInfo","name":"Amazon","metadata":{"@class":"java.util.HashMap",)"
            R"("instance-id":"i-1","availability-zone":"us-east-1c"}})",
            true, true);
    variant("an Amazon data center with a number in its metadata", R"("name":"MyOwn"})",
            R"("name":"Amazon","metadata":{"instance-id":"i-1","vpc":7}})", false, true);
    variant("an action the server does not send", R"("actionType":"ADDED")", R"("actionType":"added")", false, true);
    variant("a lease with a member more", R"("serviceUpTimestamp":0})", R"("serviceUpTimestamp":0,"x":1})", false,
            true);
    variant("a lease in another order", R"("renewalIntervalInSecs":30,"durationInSecs":90,)",
            R"("durationInSecs":90,"renewalIntervalInSecs":30,)", false, true);
    variant("a lease closed by a bracket", R"("serviceUpTimestamp":0})", R"("serviceUpTimestamp":0])", false, false);
    variant("a lease interval out of range", R"("durationInSecs":90,)", R"("durationInSecs":9000000000,)", false,
            false);
    const qsizetype wrapper = qsizetype(qstrlen(R"({"applications":)"));
    QTest::newRow("a bare registry") << apps.mid(wrapper, apps.size() - wrapper - 1) << false << true;
    // Malformed: both fail alike.
    variant("a comma missing", R"("countryId":1,)", R"("countryId":1 )", false, false);
    variant("a comma too many", R"("actionType":"ADDED"})", R"("actionType":"ADDED",})", false, false);
    variant("a colon missing", R"("countryId":1)", R"("countryId" 1)", false, false);
    variant("a port of letters", R"("$":8080)", R"("$":80a0)", false, false);
    variant("a country out of range", R"("countryId":1)", R"("countryId":4294967296)", false, false);
    variant("invalid UTF-8", R"("hostName":"h1")", "\"hostName\":\"h\xff\"", false, false);
    variant("an unclosed string", R"("hostName":"h1")", R"("hostName":"h1)", false, false);
    for (const char *found : {"json-indexed-bare-word-class"}) {
        QFile file(QStringLiteral(EUREKA_SOURCE_DIR "/tests/fuzz/regressions/") + QLatin1String(found));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow(found) << file.readAll() << false << false;
    }
    QTest::newRow("content after the registry") << apps + "{}" << false << false;
    QTest::newRow("a registry and more") << QByteArray(apps).insert(apps.size() - 1, R"(,"x":1)") << false << true;
    QTest::newRow("cut short") << apps.left(apps.size() / 2) << false << false;
}

void tst_IndexedDecode::agreesWithOnDemand()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, indexed);
    QFETCH(bool, valid);

    const Decoded onDemand = decode(json, true);
    QVERIFY(g_gaveUp.isEmpty()); // On-Demand alone never tries the indexed path
    QCOMPARE(!onDemand.error.isError(), valid);
    const QByteArray expected = Codec::encodeApplications(onDemand.apps, WireFormat::Json);
    // The document indexed as one stretch (these are all under 256 KiB), then in stretches of
    // about 100 bytes: a stretch for nearly every instance.
    for (const qsizetype stretch : {qsizetype(0), qsizetype(100)}) {
        g_gaveUp.clear();
        const Decoded either = decode(json, false, stretch);
        QVERIFY2(g_gaveUp.isEmpty() == indexed, qPrintable(g_gaveUp.join(u'\n')));
        QCOMPARE(either.error.toString(), onDemand.error.toString());
        QVERIFY(either.apps == onDemand.apps);
        // Everything, in order: what the server would send back.
        QCOMPARE(Codec::encodeApplications(either.apps, WireFormat::Json), expected);
    }
}

// A stretch ends after the comma of the next "},{\"" past its size, which a string may hold
// ("x},{" as a value): the stretch then ends inside a string, stage 1 says so, and On-Demand
// reads the document.
void tst_IndexedDecode::stretchEndingInAStringGivesUp()
{
    QByteArray json = fixture(QStringLiteral("responses/apps.json"));
    QVERIFY(json.contains(R"("build":"1234")"));
    json.replace(R"("build":"1234")", R"("build":"x},{")");
    const Decoded onDemand = decode(json, true);
    QVERIFY(!onDemand.error.isError());
    QCOMPARE(onDemand.apps.application(QStringLiteral("ORDER-SERVICE")).instances().first().metadataValue(QStringLiteral("build")),
             QStringLiteral("x},{"));
    const Decoded either = decode(json, false, 100);
    QCOMPARE(g_gaveUp.size(), 2);
    QVERIFY2(g_gaveUp.first().startsWith(QLatin1String("decoding on On-Demand: stage 1 turned down the bytes")),
             qPrintable(g_gaveUp.first()));
    QVERIFY(!either.error.isError());
    QVERIFY(either.apps == onDemand.apps);
}

void tst_IndexedDecode::cancelsLikeOnDemand()
{
    const QByteArray json = fleet(60); // over 256 instances: the decode asks whether to go on
    DecodePool pool;
    int asked = 0;
    DecodeOptions options{&pool, [&asked] { return ++asked > 0; }};
    CodecError error;
    const Applications apps = CodecPrivate::decodeApplications(json, WireFormat::Json, &error, options);
    QVERIFY(apps.isEmpty());
    QCOMPARE(error.message, QStringLiteral("decode cancelled"));
    QCOMPARE(asked, 1); // answered on the indexed path, not decoded again on On-Demand
    QVERIFY(g_gaveUp.isEmpty());
}

QTEST_GUILESS_MAIN(tst_IndexedDecode)
#include "tst_indexeddecode.moc"
