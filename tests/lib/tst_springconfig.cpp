// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/registryserver.h>
#include <EurekaClient/springconfig.h>

#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QUuid>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;
using namespace std::chrono_literals;

namespace {
const QByteArray yaml = R"(spring:
  application:
    name: order-service
server:
  port: 8080
eureka:
  client:
    service-url:
      defaultZone: http://eureka-a:8761/eureka/,http://eureka-b:8761/eureka/
    registry-fetch-interval-seconds: 10
    fetch-registry: true
  instance:
    prefer-ip-address: true
    instance-id: ${spring.application.name}:${server.port}
    lease-renewal-interval-in-seconds: 5
    lease-expiration-duration-in-seconds: 15
    health-check-url-path: /health
    status-page-url-path: /info
    metadata-map:
      version: 2.3.1
      management.port: 8081
)";

const QByteArray properties = R"(# the same in .properties form
spring.application.name=order-service
server.port=8080
eureka.client.serviceUrl.defaultZone=http://eureka-a:8761/eureka/,\
  http://eureka-b:8761/eureka/
eureka.client.registry_fetch_interval_seconds = 10
eureka.client.fetchRegistry: true
eureka.instance.preferIpAddress=true
eureka.instance.instance-id=${spring.application.name}:${server.port}
eureka.instance.lease-renewal-interval-in-seconds=5
eureka.instance.lease-expiration-duration-in-seconds=15
eureka.instance.health-check-url-path=/health
eureka.instance.status-page-url-path=/info
eureka.instance.metadata-map.version=2.3.1
eureka.instance.metadata-map.management.port=8081
)";

QProcessEnvironment env(std::initializer_list<std::pair<QString, QString>> values = {})
{
    QProcessEnvironment e;
    for (const auto &[k, v] : values)
        e.insert(k, v);
    return e;
}
} // namespace

class tst_SpringConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsYamlAndPropertiesAlike_data();
    void readsYamlAndPropertiesAlike();
    void environmentAndPlaceholders();
    void randomPlaceholders();
    void zones();
    void reportsUnknownKeys();
    void reportsBadValues_data();
    void reportsBadValues();
    void drivesARealClient();
};

void tst_SpringConfig::readsYamlAndPropertiesAlike_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("file");
    QTest::newRow("yaml") << yaml << "application.yml";
    QTest::newRow("properties") << properties << "application.properties";
}

void tst_SpringConfig::readsYamlAndPropertiesAlike()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, file);
    const SpringConfig config = SpringConfig::fromData(data, file, env());
    QVERIFY2(config.isValid(), qPrintable(config.errorString));
    QVERIFY2(config.warnings.isEmpty(), qPrintable(config.warnings.join(QLatin1Char('\n'))));
    QCOMPARE(config.instance.appName, QStringLiteral("order-service"));
    QCOMPARE(config.instance.port, 8080);
    QCOMPARE(config.client.serviceUrls, (QStringList{QStringLiteral("http://eureka-a:8761/eureka/"), QStringLiteral("http://eureka-b:8761/eureka/")}));
    QVERIFY(config.client.zoneServiceUrls.isEmpty());
    QCOMPARE(config.client.registryFetchInterval, 10s);
    QVERIFY(config.instance.preferIpAddress);
    QCOMPARE(config.instance.instanceId, QStringLiteral("order-service:8080"));
    QCOMPARE(config.instance.leaseRenewalInterval, 5s);
    QCOMPARE(config.instance.leaseDuration, 15s);
    QCOMPARE(config.instance.healthCheckUrlPath, QStringLiteral("/health"));
    QCOMPARE(config.instance.statusPageUrlPath, QStringLiteral("/info"));
    QCOMPARE(config.instance.metadata, (MetadataEntries{{QStringLiteral("version"), QStringLiteral("2.3.1")},
                                                        {QStringLiteral("management.port"), QStringLiteral("8081")}}));
}

void tst_SpringConfig::environmentAndPlaceholders()
{
    const QByteArray data = R"(spring.application.name=${APP_NAME:fallback-name}
eureka.client.service-url.defaultZone=http://${EUREKA_HOST:localhost}:8761/eureka/
server.port=8080
)";
    SpringConfig config = SpringConfig::fromData(data, QStringLiteral("application.properties"), env());
    QCOMPARE(config.instance.appName, QStringLiteral("fallback-name"));
    QCOMPARE(config.client.serviceUrls, QStringList{QStringLiteral("http://localhost:8761/eureka/")});
    config = SpringConfig::fromData(data, QStringLiteral("application.properties"),
                                    env({{QStringLiteral("APP_NAME"), QStringLiteral("from-env")},
                                         {QStringLiteral("EUREKA_HOST"), QStringLiteral("eureka.prod")},
                                         {QStringLiteral("SERVER_PORT"), QStringLiteral("9090")},
                                         {QStringLiteral("EUREKA_INSTANCE_PREFERIPADDRESS"), QStringLiteral("true")}}));
    QCOMPARE(config.instance.appName, QStringLiteral("from-env"));
    QCOMPARE(config.client.serviceUrls, QStringList{QStringLiteral("http://eureka.prod:8761/eureka/")});
    QCOMPARE(config.instance.port, 9090);        // SERVER_PORT overrides server.port
    QVERIFY(config.instance.preferIpAddress);    // a key the file does not have
    config = SpringConfig::fromData("eureka.client.service-url.defaultZone=${NOT_SET}\n",
                                    QStringLiteral("application.properties"), env());
    QVERIFY(!config.isValid());
    QVERIFY2(config.errorString.contains(QLatin1String("application.properties:1")), qPrintable(config.errorString));
    QVERIFY(config.errorString.contains(QLatin1String("${NOT_SET}")));
}

// Spring's RandomValuePropertySource, as Spring Cloud's documentation uses it for instance ids.
void tst_SpringConfig::randomPlaceholders()
{
    QByteArray data = R"(spring.application.name=order-service
eureka.instance.instance-id=${spring.application.name}:${random.value}
eureka.instance.metadata-map.int=${random.int}
eureka.instance.metadata-map.long=${random.long}
eureka.instance.metadata-map.uuid=${random.uuid}
eureka.instance.metadata-map.below-ten=${random.int(10)}
eureka.instance.metadata-map.wide=${random.long[4000000000,4000000002]}
)";
    for (int i = 0; i < 40; ++i)
        data += QStringLiteral("eureka.instance.metadata-map.d%1=${random.int[5,8]}\n").arg(i).toUtf8();
    const SpringConfig config = SpringConfig::fromData(data, QStringLiteral("application.properties"), env());
    QVERIFY2(config.isValid(), qPrintable(config.errorString));
    QVERIFY2(QRegularExpression(QStringLiteral("^order-service:[0-9a-f]{32}$")).match(config.instance.instanceId).hasMatch(),
             qPrintable(config.instance.instanceId));
    QHash<QString, QString> meta;
    for (const auto &[key, value] : config.instance.metadata)
        meta.insert(key, value);
    bool ok = false;
    meta.value(QStringLiteral("int")).toInt(&ok);
    QVERIFY(ok);
    meta.value(QStringLiteral("long")).toLongLong(&ok);
    QVERIFY(ok);
    QVERIFY(!QUuid::fromString(meta.value(QStringLiteral("uuid"))).isNull());
    const int belowTen = meta.value(QStringLiteral("below-ten")).toInt(&ok);
    QVERIFY(ok && belowTen >= 0 && belowTen < 10);
    const qint64 wide = meta.value(QStringLiteral("wide")).toLongLong(&ok);
    QVERIFY(ok && wide >= 4000000000LL && wide < 4000000002LL);
    // Each reference draws its own value: min inclusive, max exclusive.
    QSet<int> drawn;
    for (int i = 0; i < 40; ++i) {
        const int v = meta.value(QStringLiteral("d%1").arg(i)).toInt(&ok);
        QVERIFY(ok && v >= 5 && v < 8);
        drawn.insert(v);
    }
    QVERIFY(drawn.size() > 1);
    // And every load draws again.
    QVERIFY(SpringConfig::fromData(data, QStringLiteral("application.properties"), env()).instance.instanceId
            != config.instance.instanceId);
}

void tst_SpringConfig::zones()
{
    const QByteArray data = R"(eureka:
  client:
    region: eu-west-1
    availability-zones:
      eu-west-1: zone-b,zone-a
    service-url:
      zone-a: http://a1:8761/eureka/
      zone-b: http://b1:8761/eureka/,http://b2:8761/eureka/
)";
    const SpringConfig config = SpringConfig::fromData(data, QStringLiteral("application.yml"), env());
    QVERIFY2(config.isValid(), qPrintable(config.errorString));
    QCOMPARE(config.client.region, QStringLiteral("eu-west-1"));
    QCOMPARE(config.client.zone, QStringLiteral("zone-b")); // the first availability zone
    QCOMPARE(config.client.zoneServiceUrls.value(QStringLiteral("zone-b")).size(), 2);
    QCOMPARE(config.client.zoneServiceUrls.value(QStringLiteral("zone-a")), QStringList{QStringLiteral("http://a1:8761/eureka/")});
}

void tst_SpringConfig::reportsUnknownKeys()
{
    const QByteArray data = "eureka:\n  client:\n    registry-fetch-interval-seconds: 5\n    regsitry-fetch: true\nlogging:\n  level: INFO\n";
    const SpringConfig config = SpringConfig::fromData(data, QStringLiteral("application.yml"), env());
    QVERIFY(config.isValid());
    QCOMPARE(config.warnings.size(), 1); // logging.* belongs to someone else
    QVERIFY2(config.warnings.at(0).contains(QLatin1String("application.yml:4")), qPrintable(config.warnings.at(0)));
    QVERIFY(config.warnings.at(0).contains(QLatin1String("regsitry-fetch")));
}

void tst_SpringConfig::reportsBadValues_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a number")
        << QByteArray("eureka:\n  client:\n    registry-fetch-interval-seconds: soon\n") << "application.yml"
        << "application.yml:3: eureka.client.registry-fetch-interval-seconds: expected a whole number";
    QTest::newRow("port out of range") << QByteArray("\n\nserver.port=70000\n") << "application.properties"
                                       << "application.properties:3: server.port: expected a whole number from 0 to 65535";
    QTest::newRow("not a boolean") << QByteArray("eureka.instance.prefer-ip-address=yes please\n") << "application.properties"
                                   << "application.properties:1: eureka.instance.prefer-ip-address: expected true or false";
    QTest::newRow("bad status") << QByteArray("eureka.instance.initial-status=SIDEWAYS\n") << "application.properties"
                                << "expected UP, DOWN, STARTING or OUT_OF_SERVICE";
    QTest::newRow("broken yaml") << QByteArray("eureka:\n  client: [unclosed\n") << "application.yml" << "application.yml:";
    // Aliases that contain themselves, or repeat to an exponential tree ("billion laughs").
    QTest::newRow("alias inside its own anchor") << QByteArray("eureka:\n  client: &a [x, *a]\n") << "application.yml"
                                                 << "application.yml:2: the document expands to more than";
    QByteArray laughs = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 9; ++i)
        laughs += QStringLiteral("a%1: &a%1 [*a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2, *a%2]\n").arg(i).arg(i - 1).toUtf8();
    QTest::newRow("billion laughs") << laughs << "application.yml" << "the document expands to more than 100000 values";
    QTest::newRow("map as a key") << QByteArray("? {a: b}\n: c\n") << "application.yml" << "application.yml:1: a key must be plain text";
    QTest::newRow("too large") << QByteArray(5 * 1024 * 1024, '#') << "application.properties"
                               << "application.properties: larger than 4 MiB";
    // yaml-cpp 0.7's LoadAll never returns on these (its issue #1040); found by fuzz_spring_config.
    QFile found(QStringLiteral(EUREKA_SOURCE_DIR "/tests/fuzz/regressions/springconfig-stray-comma"));
    QVERIFY(found.open(QIODevice::ReadOnly));
    QTest::newRow("stray comma") << found.readAll().mid(1) // the fuzzer's first byte picks YAML
                                 << "application.yml" << "application.yml:1: not YAML: \",ureka:\"";
    QTest::newRow("stray comma in a later document")
        << QByteArray("eureka:\n  client:\n    enabled: true\n---\n# profile\n, oops\n") << "application.yml"
        << "application.yml:6: not YAML";
    QTest::newRow("random bound not positive") << QByteArray("eureka.instance.instance-id=x-${random.int(0)}\n")
                                               << "application.properties"
                                               << "application.properties:1: eureka.instance.instance-id: random.int(0): the bound must be positive";
    QTest::newRow("random range reversed") << QByteArray("eureka.instance.instance-id=${random.long[9,3]}\n")
                                           << "application.properties" << "the lower bound must be less than the upper bound";
    QTest::newRow("random range not numbers") << QByteArray("eureka.instance.instance-id=${random.int(ten)}\n")
                                              << "application.properties" << "random.int(ten): \"ten\" is not a range of numbers";
    QTest::newRow("broken properties") << QByteArray("just words\n") << "application.properties" << "application.properties:1: expected key=value";
}

void tst_SpringConfig::reportsBadValues()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const SpringConfig config = SpringConfig::fromData(data, file, env());
    QVERIFY(!config.isValid());
    QVERIFY2(config.errorString.startsWith(expected) || config.errorString.contains(expected), qPrintable(config.errorString));
}

void tst_SpringConfig::drivesARealClient()
{
    RegistryServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("application.yml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("spring.application.name: inventory\nserver.port: 6060\neureka:\n  client:\n    service-url:\n      defaultZone: ${EUREKA_URL}\n"
               "  instance:\n    hostname: 127.0.0.1\n    ip-address: 127.0.0.1\n    metadata-map:\n      zone: zone-c\n"
               "    instance-id: ${spring.application.name}:${random.value}\n");
    file.close();
    const SpringConfig config = SpringConfig::load(path, env({{QStringLiteral("EUREKA_URL"), server.serviceUrl().toString()}}));
    QVERIFY2(config.isValid(), qPrintable(config.errorString));
    EurekaClient client(config.client, config.instance);
    QSignalSpy registered(&client, &EurekaClient::registered);
    client.start();
    QVERIFY(registered.wait(5000));
    QVERIFY(config.instance.instanceId.startsWith(QLatin1String("inventory:")));
    const InstanceInfo held = server.applications().instance(config.instance.instanceId);
    QCOMPARE(held.zone(), QStringLiteral("zone-c"));
    QCOMPARE(SpringConfig::load(dir.filePath(QStringLiteral("missing.yml"))).isValid(), false);
}

QTEST_GUILESS_MAIN(tst_SpringConfig)
#include "tst_springconfig.moc"
