// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/codec.h>

#include "fixtures.h"

#include <QtCore/QFile>
#include <QtTest/QTest>

using namespace Eureka;
using EurekaTest::fixture;

namespace {
InstanceInfo makeInstance(const QString &app, const QString &id, InstanceStatus status,
                          const QString &zone = QString())
{
    InstanceInfo info;
    info.setApp(app);
    info.setInstanceId(id);
    info.setHostName(id);
    info.setStatus(status);
    if (!zone.isEmpty())
        info.setMetadataValue(QStringLiteral("zone"), zone);
    return info;
}

Applications load(const char *file)
{
    const QString name = QString::fromLatin1(file);
    return Codec::decodeApplications(fixture(name), name.endsWith(QLatin1String(".xml"))
                                                        ? WireFormat::Xml
                                                        : WireFormat::Json);
}
} // namespace

class tst_Applications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusNames_data();
    void statusNames();
    void reconcileHashMatchesServer_data();
    void reconcileHashMatchesServer();
    void hashCountsAreIncremental();
    void appliesTheCapturedDelta_data();
    void appliesTheCapturedDelta();
    void deltaThatChangesNothingIsNoChange();
    void deltaReportsStatusChanges();
    void deltaIgnoresEntriesWithoutAction();
    void deletingLastInstanceRemovesApplication();
    void lookups();
    void zoneHelpers();
    void changesBetweenSnapshots();
    void copiesAreIndependent();
    void anonymousInstancesCountOnce();
};

void tst_Applications::statusNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<InstanceStatus>("status");
    QTest::addColumn<QString>("wire");
    QTest::newRow("UP") << "UP" << InstanceStatus::Up << "UP";
    QTest::newRow("down (any case, text kept)") << "down" << InstanceStatus::Down << "down";
    QTest::newRow("STARTING") << "STARTING" << InstanceStatus::Starting << "STARTING";
    QTest::newRow("OUT_OF_SERVICE") << "OUT_OF_SERVICE" << InstanceStatus::OutOfService << "OUT_OF_SERVICE";
    QTest::newRow("UNKNOWN") << "UNKNOWN" << InstanceStatus::Unknown << "UNKNOWN";
    QTest::newRow("unknown text keeps its text") << "DEGRADED" << InstanceStatus::Unknown << "DEGRADED";
    QTest::newRow("empty reads as UNKNOWN") << "" << InstanceStatus::Unknown << "UNKNOWN";
}

void tst_Applications::statusNames()
{
    QFETCH(QString, text);
    QFETCH(InstanceStatus, status);
    QFETCH(QString, wire);
    QCOMPARE(instanceStatusFromString(text), status);
    InstanceInfo info;
    info.setStatusText(text);
    QCOMPARE(info.status(), status);
    QCOMPARE(info.statusText(), wire);
}

void tst_Applications::reconcileHashMatchesServer_data()
{
    QTest::addColumn<QString>("file");
    for (const char *f : {"responses/apps.json", "responses/apps.xml", "responses/apps-after-changes.json",
                          "responses/apps-after-changes.xml", "responses/vip-order-service.json"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void tst_Applications::reconcileHashMatchesServer()
{
    QFETCH(QString, file);
    const Applications apps = load(file.toLatin1().constData());
    QVERIFY(!apps.isEmpty());
    QCOMPARE(apps.reconcileHashCode(), apps.appsHashCode());
}

void tst_Applications::hashCountsAreIncremental()
{
    Applications apps;
    QCOMPARE(apps.reconcileHashCode(), QString());
    apps.addInstance(makeInstance(QStringLiteral("A"), QStringLiteral("a1"), InstanceStatus::Up));
    apps.addInstance(makeInstance(QStringLiteral("A"), QStringLiteral("a2"), InstanceStatus::Up));
    apps.addInstance(makeInstance(QStringLiteral("B"), QStringLiteral("b1"), InstanceStatus::OutOfService));
    QCOMPARE(apps.reconcileHashCode(), QStringLiteral("OUT_OF_SERVICE_1_UP_2_"));
    // Replacing an instance moves it between counts instead of adding one.
    apps.addInstance(makeInstance(QStringLiteral("A"), QStringLiteral("a2"), InstanceStatus::Down));
    QCOMPARE(apps.reconcileHashCode(), QStringLiteral("DOWN_1_OUT_OF_SERVICE_1_UP_1_"));
    QCOMPARE(apps.instanceCount(), 3);
    apps.removeInstance(QStringLiteral("a"), QStringLiteral("a1")); // names are case-insensitive
    QCOMPARE(apps.reconcileHashCode(), QStringLiteral("DOWN_1_OUT_OF_SERVICE_1_"));
    QCOMPARE(apps.instanceCount(InstanceStatus::Up), 0);
    // Replacing a whole application recounts it.
    Application b(QStringLiteral("B"));
    b.addInstance(makeInstance(QStringLiteral("B"), QStringLiteral("b9"), InstanceStatus::Starting));
    apps.addApplication(b);
    QCOMPARE(apps.reconcileHashCode(), QStringLiteral("DOWN_1_STARTING_1_"));
}

void tst_Applications::appliesTheCapturedDelta_data()
{
    QTest::addColumn<QString>("ext");
    QTest::newRow("json") << "json";
    QTest::newRow("xml") << "xml";
}

// The real server's delta, applied to the real server's earlier registry, must give the
// real server's later registry and its hash.
void tst_Applications::appliesTheCapturedDelta()
{
    QFETCH(QString, ext);
    Applications apps = load(qPrintable("responses/apps." + ext));
    const Applications delta = load(qPrintable("responses/apps-delta." + ext));
    const Applications after = load(qPrintable("responses/apps-after-changes." + ext));

    const RegistryChanges changes = apps.applyDelta(delta);
    QCOMPARE(apps.appsHashCode(), delta.appsHashCode());
    QCOMPARE(apps.reconcileHashCode(), apps.appsHashCode());
    QCOMPARE(apps.reconcileHashCode(), after.appsHashCode());

    QCOMPARE(changes.added.size(), 1);
    QCOMPARE(changes.added.at(0).instanceId(), QStringLiteral("10.0.3.41:inventory:6060"));
    QCOMPARE(changes.added.at(0).status(), InstanceStatus::Starting);
    QCOMPARE(changes.removed.size(), 1);
    QCOMPARE(changes.removed.at(0).instanceId(), QStringLiteral("10.0.2.22:user-service:9090"));
    // Entries re-sent unchanged are not changes; the leases that moved on are.
    for (const InstanceChange &change : changes.modified)
        QVERIFY(change.before.leaseInfo() != change.after.leaseInfo());

    for (const Application &app : after.applications()) {
        const Application mine = apps.application(app.name());
        QCOMPARE(mine.size(), app.size());
        for (const InstanceInfo &info : app.instances())
            QCOMPARE(mine.instance(info.instanceId()).status(), info.status());
    }
    QVERIFY(apps.hasApplication(QStringLiteral("INVENTORY")));
}

void tst_Applications::deltaThatChangesNothingIsNoChange()
{
    Applications apps = load("responses/apps-after-changes.json");
    Applications delta = load("responses/apps-delta.json");
    apps.applyDelta(delta);
    const RegistryChanges again = apps.applyDelta(delta);
    QVERIFY(again.isEmpty());
}

void tst_Applications::deltaReportsStatusChanges()
{
    Applications apps;
    apps.addInstance(makeInstance(QStringLiteral("A"), QStringLiteral("a1"), InstanceStatus::Up));
    Applications delta;
    InstanceInfo down = makeInstance(QStringLiteral("A"), QStringLiteral("a1"), InstanceStatus::Down);
    down.setActionType(ActionType::Modified);
    delta.addInstance(down);
    delta.setAppsHashCode(QStringLiteral("DOWN_1_"));
    const RegistryChanges changes = apps.applyDelta(delta);
    QCOMPARE(changes.modified.size(), 1);
    QCOMPARE(changes.statusChanges().size(), 1);
    QCOMPARE(changes.statusChanges().at(0).before.status(), InstanceStatus::Up);
    QCOMPARE(changes.statusChanges().at(0).after.status(), InstanceStatus::Down);
    QCOMPARE(apps.reconcileHashCode(), delta.appsHashCode());
}

void tst_Applications::deltaIgnoresEntriesWithoutAction()
{
    Applications apps;
    Applications delta;
    delta.addInstance(makeInstance(QStringLiteral("A"), QStringLiteral("a1"), InstanceStatus::Up));
    QVERIFY(apps.applyDelta(delta).isEmpty());
    QVERIFY(apps.isEmpty());
}

void tst_Applications::deletingLastInstanceRemovesApplication()
{
    Applications apps;
    apps.addInstance(makeInstance(QStringLiteral("A"), QStringLiteral("a1"), InstanceStatus::Up));
    apps.addInstance(makeInstance(QStringLiteral("B"), QStringLiteral("b1"), InstanceStatus::Up));
    apps.addInstance(makeInstance(QStringLiteral("C"), QStringLiteral("c1"), InstanceStatus::Up));
    Applications delta;
    InstanceInfo gone = makeInstance(QStringLiteral("A"), QStringLiteral("a1"), InstanceStatus::Up);
    gone.setActionType(ActionType::Deleted);
    delta.addInstance(gone);
    const RegistryChanges changes = apps.applyDelta(delta);
    QCOMPARE(changes.removed.size(), 1);
    QVERIFY(!apps.hasApplication(QStringLiteral("A")));
    // The name index still finds the applications after the removed one.
    QCOMPARE(apps.application(QStringLiteral("C")).size(), 1);
    QCOMPARE(apps.application(QStringLiteral("b")).size(), 1);
    QCOMPARE(apps.size(), 2);
}

void tst_Applications::lookups()
{
    const Applications apps = load("responses/apps.json");
    QCOMPARE(apps.application(QStringLiteral("order-service")).size(), 2);
    QVERIFY(apps.application(QStringLiteral("NO-SUCH-APP")).isEmpty());
    QCOMPARE(apps.instance(QStringLiteral("10.0.1.31:payment-gateway:7070")).app(), QStringLiteral("PAYMENT-GATEWAY"));
    QVERIFY(apps.instance(QStringLiteral("nobody")).isNull());

    // The same answers the real server gives for vips/ and svips/.
    const Applications vip = load("responses/vip-order-service.json");
    const auto byVip = apps.instancesByVipAddress(QStringLiteral("order-service"));
    QCOMPARE(byVip.size(), vip.instanceCount());
    QCOMPARE(apps.instancesBySecureVipAddress(QStringLiteral("order-service-secure")).size(), 2);
    QCOMPARE(apps.instancesByVipAddress(QStringLiteral("order-service-secure")).size(), 0);

    InstanceInfo multi = makeInstance(QStringLiteral("M"), QStringLiteral("m1"), InstanceStatus::Up);
    multi.setVipAddress(QStringLiteral("alpha, beta"));
    Applications withMulti;
    withMulti.addInstance(multi);
    QCOMPARE(withMulti.instancesByVipAddress(QStringLiteral("beta")).size(), 1);
    QCOMPARE(withMulti.instancesByVipAddress(QStringLiteral("bet")).size(), 0);
}

void tst_Applications::zoneHelpers()
{
    const Applications apps = load("responses/apps.json");
    const auto inA = apps.upInstancesInZone(QStringLiteral("ORDER-SERVICE"), QStringLiteral("zone-a"));
    QCOMPARE(inA.size(), 1);
    QCOMPARE(inA.at(0).instanceId(), QStringLiteral("10.0.1.11:order-service:8080"));
    const auto notInA = apps.upInstancesNotInZone(QStringLiteral("ORDER-SERVICE"), QStringLiteral("zone-a"));
    QCOMPARE(notInA.size(), 1);
    QCOMPARE(notInA.at(0).zone(), QStringLiteral("zone-b"));
    // Only UP instances count: USER-SERVICE has one OUT_OF_SERVICE and one DOWN.
    QVERIFY(apps.upInstancesInZone(QStringLiteral("USER-SERVICE"), QStringLiteral("zone-a")).isEmpty());
    QVERIFY(apps.upInstancesNotInZone(QStringLiteral("USER-SERVICE"), QStringLiteral("zone-a")).isEmpty());
    // No zone metadata: python-eureka-client calls that zone "default".
    QCOMPARE(apps.instance(QStringLiteral("h1:myapp:8080")).zone(), QStringLiteral("default"));
}

void tst_Applications::changesBetweenSnapshots()
{
    const Applications before = load("responses/apps.json");
    const Applications after = load("responses/apps-after-changes.json");
    const RegistryChanges changes = before.changesTo(after);
    QCOMPARE(changes.added.size(), 1);
    QCOMPARE(changes.removed.size(), 1);
    QCOMPARE(changes.removed.at(0).instanceId(), QStringLiteral("10.0.2.22:user-service:9090"));
    QVERIFY(before.changesTo(before).isEmpty());
}

void tst_Applications::copiesAreIndependent()
{
    Applications a = load("responses/apps.json");
    const Applications snapshot = a;
    a.removeInstance(QStringLiteral("MYAPP"), QStringLiteral("h1:myapp:8080"));
    QCOMPARE(snapshot.instanceCount(), 7);
    QCOMPARE(a.instanceCount(), 6);
    QVERIFY(snapshot.hasApplication(QStringLiteral("MYAPP")));
    QCOMPARE(snapshot.reconcileHashCode(), snapshot.appsHashCode());
}

// Found by fuzz_delta_merge: instances with no id, host or app look "null", and replacing
// one used to count it twice. The counts must always equal a recount.
void tst_Applications::anonymousInstancesCountOnce()
{
    QFile file(QStringLiteral(EUREKA_SOURCE_DIR "/tests/fuzz/regressions/delta-count-anonymous-instance"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray input = file.readAll();
    const qsizetype split = input.indexOf('\0');
    Applications apps = Codec::decodeApplications(input.left(split), WireFormat::Json);
    const Applications delta = Codec::decodeApplications(input.mid(split + 1), WireFormat::Json);
    QCOMPARE(apps.instanceCount(), 1);
    apps.applyDelta(delta);
    qsizetype recount = 0;
    for (const Application &app : apps.applications())
        recount += app.size();
    QCOMPARE(apps.instanceCount(), recount);

    Applications direct;
    InstanceInfo anonymous;
    direct.addInstance(anonymous);
    direct.addInstance(anonymous);
    QCOMPARE(direct.instanceCount(), 1);
    direct.removeInstance(QString(), QString());
    QCOMPARE(direct.instanceCount(), 0);
    QVERIFY(direct.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Applications)
#include "tst_applications.moc"
