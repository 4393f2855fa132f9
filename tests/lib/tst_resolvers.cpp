// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "client/instanceidentity.h"
#include "resolver/configclusterresolver.h"
#include "resolver/dnstxtclusterresolver.h"
#include "resolver/dnstxtlookup.h"

#include "dnsmasqserver.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;

namespace {
// Answers TXT lookups from a table, from the event loop, as QDnsLookup would.
class FakeDnsTxtLookup : public DnsTxtLookup
{
public:
    QHash<QString, QStringList> records;
    QStringList asked;
    void lookup(const QString &name, Callback callback) override
    {
        asked.append(name);
        const bool found = records.contains(name);
        const QStringList values = records.value(name);
        QTimer::singleShot(0, this, [=] { callback(found, values, found ? QString() : QStringLiteral("NXDOMAIN")); });
    }
};

QStringList hosts(const QList<EurekaEndpoint> &endpoints)
{
    QStringList out;
    for (const EurekaEndpoint &e : endpoints)
        out.append(e.zone() + QLatin1Char('|') + e.serviceUrl().toString());
    return out;
}
} // namespace

class tst_Resolvers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completesUrls_data();
    void completesUrls();
    void staticListKeepsItsOrder();
    void zonesOwnFirstAndShuffled();
    void pickAddressHonoursCidr();
    void dnsTwoLevelLookup();
    void dnsKeepsLastGoodList();
    void dnsAgainstRealDnsmasq();
};

void tst_Resolvers::completesUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("configured credentials added") << "http://a:8761/eureka/" << "http://u:p@a:8761/eureka/";
    QTest::newRow("trailing slash added") << "http://a:8761/eureka" << "http://u:p@a:8761/eureka/";
    QTest::newRow("host only: protocol, auth, context") << "a:8761" << "https://u:p@a:8761/ctx/";
    QTest::newRow("own credentials win") << "http://x:y@a/" << "http://x:y@a/ctx/";
    QTest::newRow("no host") << "http://" << "";
}

void tst_Resolvers::completesUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    ClientConfig config;
    config.protocol = QStringLiteral("https");
    config.username = QStringLiteral("u");
    config.password = QStringLiteral("p");
    config.contextPath = QStringLiteral("/ctx");
    QCOMPARE(ConfigClusterResolver::completeUrl(text, config).toString(), expected);
}

void tst_Resolvers::staticListKeepsItsOrder()
{
    ClientConfig config;
    config.serviceUrls = {QStringLiteral("http://c/eureka/,http://a/eureka/"), QStringLiteral("http://b/eureka/"), QStringLiteral("http://")};
    QRandomGenerator random(1);
    ConfigClusterResolver resolver(config, &random, nullptr);
    QCOMPARE(hosts(resolver.endpoints()),
             (QStringList{QStringLiteral("defaultZone|http://c/eureka/"), QStringLiteral("defaultZone|http://a/eureka/"),
                          QStringLiteral("defaultZone|http://b/eureka/")}));
}

void tst_Resolvers::zonesOwnFirstAndShuffled()
{
    ClientConfig config;
    config.zone = QStringLiteral("zone-b");
    config.zoneServiceUrls = {{QStringLiteral("zone-a"), {QStringLiteral("http://a1/eureka/"), QStringLiteral("http://a2/eureka/")}},
                              {QStringLiteral("zone-b"), {QStringLiteral("http://b1/eureka/"), QStringLiteral("http://b2/eureka/"), QStringLiteral("http://b3/eureka/")}}};
    QSet<QString> firstSeen;
    for (quint32 seed = 1; seed <= 40; ++seed) {
        QRandomGenerator random(seed);
        const QList<EurekaEndpoint> order = ConfigClusterResolver(config, &random, nullptr).endpoints();
        QCOMPARE(order.size(), 5);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(order.at(i).zone(), QStringLiteral("zone-b"));
        firstSeen.insert(order.at(0).serviceUrl().host());
    }
    QCOMPARE(firstSeen.size(), 3); // every own-zone server gets to be first
    config.preferSameZone = false;
    QRandomGenerator random(7);
    const auto mixed = ConfigClusterResolver(config, &random, nullptr).endpoints();
    QCOMPARE(mixed.size(), 5);
}

void tst_Resolvers::pickAddressHonoursCidr()
{
    const QList<QHostAddress> addresses = {QHostAddress(QStringLiteral("127.0.0.1")), QHostAddress(QStringLiteral("::1")),
                                           QHostAddress(QStringLiteral("172.17.0.2")), QHostAddress(QStringLiteral("10.1.2.3"))};
    QCOMPARE(InstanceIdentity::pickAddress(addresses, QString()).toString(), QStringLiteral("172.17.0.2"));
    QCOMPARE(InstanceIdentity::pickAddress(addresses, QStringLiteral("10.0.0.0/8")).toString(), QStringLiteral("10.1.2.3"));
    QVERIFY(InstanceIdentity::pickAddress(addresses, QStringLiteral("192.168.0.0/16")).isNull());

    InstanceConfig config;
    config.appName = QStringLiteral("order-service");
    config.ipAddress = QStringLiteral("10.1.2.3");
    config.preferIpAddress = true;
    config.port = 8080;
    QString error;
    const InstanceInfo info = InstanceIdentity::build(config, 5, &error);
    QCOMPARE(info.instanceId(), QStringLiteral("10.1.2.3:order-service:8080")); // Spring's default
    QCOMPARE(info.app(), QStringLiteral("ORDER-SERVICE"));
    QCOMPARE(info.hostName(), QStringLiteral("10.1.2.3"));
    QCOMPARE(info.vipAddress(), QStringLiteral("order-service"));
    QCOMPARE(info.homePageUrl(), QStringLiteral("http://10.1.2.3:8080/"));
    QCOMPARE(info.lastDirtyTimestamp(), 5);
}

void tst_Resolvers::dnsTwoLevelLookup()
{
    ClientConfig config;
    config.dnsDomain = QStringLiteral("example.com");
    config.region = QStringLiteral("us-east-1");
    config.zone = QStringLiteral("us-east-1c");
    auto *dns = new FakeDnsTxtLookup;
    // Zone names, and a zone domain as Netflix writes them.
    dns->records.insert(QStringLiteral("txt.us-east-1.example.com"), {QStringLiteral("us-east-1c"), QStringLiteral("us-east-1d.example.com")});
    dns->records.insert(QStringLiteral("txt.us-east-1c.example.com"), {QStringLiteral("e1.example.com"), QStringLiteral("e2.example.com")});
    dns->records.insert(QStringLiteral("txt.us-east-1d.example.com"), {QStringLiteral("e3.example.com.")});
    QRandomGenerator random(3);
    DnsTxtClusterResolver resolver(config, dns, &random, nullptr);
    QSignalSpy changed(&resolver, &ClusterResolver::endpointsChanged);
    resolver.refresh();
    QVERIFY(changed.wait(2000));
    const QList<EurekaEndpoint> endpoints = resolver.endpoints();
    QCOMPARE(endpoints.size(), 3);
    QCOMPARE(endpoints.at(0).zone(), QStringLiteral("us-east-1c"));
    QCOMPARE(endpoints.at(1).zone(), QStringLiteral("us-east-1c"));
    QCOMPARE(endpoints.at(2).serviceUrl().toString(), QStringLiteral("http://e3.example.com:8761/eureka/"));
    QCOMPARE(endpoints.at(2).zone(), QStringLiteral("us-east-1d"));
}

void tst_Resolvers::dnsKeepsLastGoodList()
{
    ClientConfig config;
    config.dnsDomain = QStringLiteral("example.com");
    config.resolverRefreshInterval = std::chrono::milliseconds(30);
    auto *dns = new FakeDnsTxtLookup;
    dns->records.insert(QStringLiteral("txt.us-east-1.example.com"), {QStringLiteral("zone-a")});
    dns->records.insert(QStringLiteral("txt.zone-a.example.com"), {QStringLiteral("e1")});
    QRandomGenerator random(3);
    DnsTxtClusterResolver resolver(config, dns, &random, nullptr);
    QSignalSpy changed(&resolver, &ClusterResolver::endpointsChanged);
    QSignalSpy errors(&resolver, &ClusterResolver::errorOccurred);
    resolver.refresh();
    QVERIFY(changed.wait(2000));
    dns->records.clear(); // DNS breaks
    QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 2, 2000); // refreshed by its timer, failing
    QCOMPARE(errors.at(0).at(0).value<Error>(), Error::DnsError);
    QCOMPARE(resolver.endpoints().size(), 1); // the last good list stays
    dns->records.insert(QStringLiteral("txt.us-east-1.example.com"), {QStringLiteral("zone-a")});
    dns->records.insert(QStringLiteral("txt.zone-a.example.com"), {QStringLiteral("e1"), QStringLiteral("e2")});
    QTRY_COMPARE_WITH_TIMEOUT(resolver.endpoints().size(), 2, 2000);
}

// QDnsLookup on Qt 6.4 only asks port 53, so this runs dnsmasq on a loopback address (which
// needs root) with the records, and resolves through it for real.
void tst_Resolvers::dnsAgainstRealDnsmasq()
{
    const QString address = QStringLiteral("127.0.0.53");
    EurekaTest::DnsmasqServer server(address, {QStringLiteral("txt.us-east-1.eureka.test,zone-a zone-b"),
                                               QStringLiteral("txt.zone-a.eureka.test,eureka-a1.eureka.test eureka-a2.eureka.test"),
                                               QStringLiteral("txt.zone-b.eureka.test,eureka-b1.eureka.test")});
    if (const QString why = server.start(); !why.isEmpty())
        QSKIP(qPrintable(why));

    ClientConfig config;
    config.dnsDomain = QStringLiteral("eureka.test");
    config.zone = QStringLiteral("zone-b");
    QRandomGenerator random(5);
    DnsTxtClusterResolver resolver(config, new QtDnsTxtLookup(nullptr, QHostAddress(address)), &random, nullptr);
    QSignalSpy changed(&resolver, &ClusterResolver::endpointsChanged);
    QSignalSpy errors(&resolver, &ClusterResolver::errorOccurred);
    resolver.refresh();
    QVERIFY2(changed.wait(5000), errors.isEmpty() ? "no answer" : qPrintable(errors.at(0).at(1).toString()));
    const QList<EurekaEndpoint> endpoints = resolver.endpoints();
    QCOMPARE(endpoints.size(), 3);
    QCOMPARE(endpoints.at(0).serviceUrl().toString(), QStringLiteral("http://eureka-b1.eureka.test:8761/eureka/"));
    QCOMPARE(endpoints.at(1).zone(), QStringLiteral("zone-a"));
}

QTEST_GUILESS_MAIN(tst_Resolvers)
#include "tst_resolvers.moc"
