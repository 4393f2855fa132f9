// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/instanceinfo.h>

#include <QtTest/QTest>

using namespace Eureka;

class tst_InstanceInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreNetflixs();
    void packedStringsSurviveAnyOrder_data();
    void packedStringsSurviveAnyOrder();
    void rareFieldsRoundTrip();
    void copiesDetach();
    void metadataKeepsInsertionOrder();
    void equalityCoversEveryField();
};

void tst_InstanceInfo::defaultsAreNetflixs()
{
    const InstanceInfo info;
    QVERIFY(info.isNull());
    QCOMPARE(info.port(), 7001);
    QVERIFY(info.isPortEnabled());
    QCOMPARE(info.securePort(), 7002);
    QVERIFY(!info.isSecurePortEnabled());
    QCOMPARE(info.countryId(), 1);
    QCOMPARE(info.status(), InstanceStatus::Up);
    QCOMPARE(info.overriddenStatus(), InstanceStatus::Unknown);
    QCOMPARE(info.leaseInfo().renewalIntervalInSecs, 30);
    QCOMPARE(info.leaseInfo().durationInSecs, 90);
    QCOMPARE(info.dataCenterInfo().name(), QStringLiteral("MyOwn"));
    QCOMPARE(info.actionType(), ActionType::None);
}

void tst_InstanceInfo::packedStringsSurviveAnyOrder_data()
{
    QTest::addColumn<QList<int>>("order");
    QTest::newRow("wire order") << QList<int>{0, 1, 2, 3, 4, 5};
    QTest::newRow("reverse") << QList<int>{5, 4, 3, 2, 1, 0};
    QTest::newRow("middle first, then overwrite") << QList<int>{2, 0, 4, 1, 5, 3, 2, 0};
}

// The six per-instance strings share one buffer; setting one must not disturb the others,
// whatever the order and whatever their lengths (non-ASCII included).
void tst_InstanceInfo::packedStringsSurviveAnyOrder()
{
    QFETCH(QList<int>, order);
    const QStringList values = {QStringLiteral("10.0.1.11:订单:8080"), QStringLiteral("host-ä"),
                                QStringLiteral("10.0.1.11"), QStringLiteral("http://h:8080/"),
                                QString(), QStringLiteral("http://h:8081/actuator/health")};
    using Setter = void (InstanceInfo::*)(const QString &);
    using Getter = QString (InstanceInfo::*)() const;
    const Setter setters[] = {&InstanceInfo::setInstanceId, &InstanceInfo::setHostName,
                              &InstanceInfo::setIpAddr, &InstanceInfo::setHomePageUrl,
                              &InstanceInfo::setStatusPageUrl, &InstanceInfo::setHealthCheckUrl};
    const Getter getters[] = {&InstanceInfo::instanceId, &InstanceInfo::hostName,
                              &InstanceInfo::ipAddr, &InstanceInfo::homePageUrl,
                              &InstanceInfo::statusPageUrl, &InstanceInfo::healthCheckUrl};
    InstanceInfo info;
    (info.*setters[4])(QStringLiteral("temporary value that goes away"));
    for (int field : order)
        (info.*setters[field])(values.at(field));
    for (int field = 0; field < 6; ++field)
        QCOMPARE((info.*getters[field])(), values.at(field));
}

void tst_InstanceInfo::rareFieldsRoundTrip()
{
    InstanceInfo info;
    info.setAppGroupName(QStringLiteral("GROUP"));
    info.setSid(QStringLiteral("na"));
    info.setAsgName(QStringLiteral("asg-1"));
    info.setSecureHealthCheckUrl(QStringLiteral("https://h/health"));
    info.setStatusText(QStringLiteral("DEGRADED"));
    info.setOverriddenStatusText(QStringLiteral("OUT_OF_SERVICE"));
    QCOMPARE(info.appGroupName(), QStringLiteral("GROUP"));
    QCOMPARE(info.sid(), QStringLiteral("na"));
    QCOMPARE(info.asgName(), QStringLiteral("asg-1"));
    QCOMPARE(info.secureHealthCheckUrl(), QStringLiteral("https://h/health"));
    QCOMPARE(info.statusText(), QStringLiteral("DEGRADED"));
    QCOMPARE(info.status(), InstanceStatus::Unknown);
    QCOMPARE(info.overriddenStatus(), InstanceStatus::OutOfService);
    QCOMPARE(info.overriddenStatusText(), QStringLiteral("OUT_OF_SERVICE"));
    info.setStatus(InstanceStatus::Down);
    QCOMPARE(info.statusText(), QStringLiteral("DOWN"));
}

void tst_InstanceInfo::copiesDetach()
{
    InstanceInfo a;
    a.setInstanceId(QStringLiteral("a"));
    a.setAsgName(QStringLiteral("asg"));
    a.setMetadataValue(QStringLiteral("k"), QStringLiteral("v"));
    InstanceInfo b = a;
    QCOMPARE(a, b);
    b.setInstanceId(QStringLiteral("b"));
    b.setAsgName(QStringLiteral("other"));
    b.setMetadataValue(QStringLiteral("k"), QStringLiteral("w"));
    QCOMPARE(a.instanceId(), QStringLiteral("a"));
    QCOMPARE(a.asgName(), QStringLiteral("asg"));
    QCOMPARE(a.metadataValue(QStringLiteral("k")), QStringLiteral("v"));
    QVERIFY(a != b);
}

void tst_InstanceInfo::metadataKeepsInsertionOrder()
{
    InstanceInfo info;
    info.setMetadataValue(QStringLiteral("zone"), QStringLiteral("a"));
    info.setMetadataValue(QStringLiteral("management.port"), QStringLiteral("8081"));
    info.setMetadataValue(QStringLiteral("zone"), QStringLiteral("b"));
    const MetadataEntries entries = info.metadata();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).first, QStringLiteral("zone"));
    QCOMPARE(entries.at(0).second, QStringLiteral("b"));
    QCOMPARE(info.metadataValue(QStringLiteral("missing"), QStringLiteral("dflt")), QStringLiteral("dflt"));
    QCOMPARE(info.zone(), QStringLiteral("b"));
}

void tst_InstanceInfo::equalityCoversEveryField()
{
    const InstanceInfo base;
    const std::function<void(InstanceInfo &)> changes[] = {
        [](InstanceInfo &i) { i.setInstanceId(QStringLiteral("x")); },
        [](InstanceInfo &i) { i.setApp(QStringLiteral("x")); },
        [](InstanceInfo &i) { i.setAppGroupName(QStringLiteral("x")); },
        [](InstanceInfo &i) { i.setIpAddr(QStringLiteral("x")); },
        [](InstanceInfo &i) { i.setSid(QStringLiteral("x")); },
        [](InstanceInfo &i) { i.setHostName(QStringLiteral("x")); },
        [](InstanceInfo &i) { i.setPort(1); },
        [](InstanceInfo &i) { i.setPortEnabled(false); },
        [](InstanceInfo &i) { i.setSecurePort(1); },
        [](InstanceInfo &i) { i.setSecurePortEnabled(true); },
        [](InstanceInfo &i) { i.setHomePageUrl(QStringLiteral("x")); },
        [](InstanceInfo &i) { i.setStatusPageUrl(QStringLiteral("x")); },
        [](InstanceInfo &i) { i.setHealthCheckUrl(QStringLiteral("x")); },
        [](InstanceInfo &i) { i.setSecureHealthCheckUrl(QStringLiteral("x")); },
        [](InstanceInfo &i) { i.setVipAddress(QStringLiteral("x")); },
        [](InstanceInfo &i) { i.setSecureVipAddress(QStringLiteral("x")); },
        [](InstanceInfo &i) { i.setCountryId(2); },
        [](InstanceInfo &i) { DataCenterInfo dc; dc.setName(QStringLiteral("Amazon")); i.setDataCenterInfo(dc); },
        [](InstanceInfo &i) { i.setStatus(InstanceStatus::Down); },
        [](InstanceInfo &i) { i.setStatusText(QStringLiteral("DEGRADED")); },
        [](InstanceInfo &i) { i.setOverriddenStatus(InstanceStatus::Up); },
        [](InstanceInfo &i) { LeaseInfo l; l.durationInSecs = 5; i.setLeaseInfo(l); },
        [](InstanceInfo &i) { i.setCoordinatingDiscoveryServer(true); },
        [](InstanceInfo &i) { i.setMetadataValue(QStringLiteral("k"), QStringLiteral("v")); },
        [](InstanceInfo &i) { i.setLastUpdatedTimestamp(1); },
        [](InstanceInfo &i) { i.setLastDirtyTimestamp(1); },
        [](InstanceInfo &i) { i.setActionType(ActionType::Added); },
        [](InstanceInfo &i) { i.setAsgName(QStringLiteral("x")); },
    };
    int index = 0;
    for (const auto &change : changes) {
        InstanceInfo changed = base;
        change(changed);
        QVERIFY2(changed != base, qPrintable(QStringLiteral("change %1 not seen by ==").arg(index)));
        ++index;
    }
}

QTEST_GUILESS_MAIN(tst_InstanceInfo)
#include "tst_instanceinfo.moc"
