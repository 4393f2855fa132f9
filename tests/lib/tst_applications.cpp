// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "application_p.h"
#include "codec/codec_p.h"
#include "codec/decodepool.h"

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
    void largeDeltaMergesAsOneAtATime();
    void reSentInstancesShareWithTheHeldOnes();
    void ownMetadataValuesBesideSharedShapes();
    void deltasInternOnlyWhatRepeatsWithinThem();
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

// A delta with many instances of one application is merged through an index of that
// application; the result must be exactly what applying its entries one by one gives.
void tst_Applications::largeDeltaMergesAsOneAtATime()
{
    Applications held;
    for (int i = 0; i < 20; ++i)
        held.addInstance(makeInstance(QStringLiteral("A"), QStringLiteral("a%1").arg(i), InstanceStatus::Up));
    held.addInstance(makeInstance(QStringLiteral("B"), QStringLiteral("b0"), InstanceStatus::Up));

    QList<InstanceInfo> entries;
    const auto entry = [&](const QString &id, InstanceStatus status, ActionType action) {
        InstanceInfo info = makeInstance(QStringLiteral("A"), id, status);
        info.setActionType(action);
        entries.append(info);
    };
    for (int i = 0; i < 5; ++i)
        entry(QStringLiteral("a%1").arg(i * 3), InstanceStatus::Down, ActionType::Modified);
    entry(QStringLiteral("new1"), InstanceStatus::Starting, ActionType::Added);
    entry(QStringLiteral("a4"), InstanceStatus::Up, ActionType::Deleted);      // positions move after this
    entry(QStringLiteral("a6"), InstanceStatus::OutOfService, ActionType::Modified);
    entry(QStringLiteral("new1"), InstanceStatus::Up, ActionType::Modified);   // the one just added
    entry(QStringLiteral("new2"), InstanceStatus::Up, ActionType::Modified);   // unknown: added
    entry(QStringLiteral("a19"), InstanceStatus::Up, ActionType::Deleted);
    entry(QStringLiteral("missing"), InstanceStatus::Up, ActionType::Deleted); // nothing to delete
    entry(QStringLiteral("a1"), InstanceStatus::Up, ActionType::Modified);     // unchanged: no change
    QVERIFY(entries.size() >= 8);

    Applications delta;
    Application app(QStringLiteral("A"));
    for (const InstanceInfo &info : entries)
        ApplicationPrivate::append(app, info); // as decoders do: repeated ids kept
    delta.addApplication(app);
    Applications merged = held;
    const RegistryChanges all = merged.applyDelta(delta);

    Applications stepwise = held;
    RegistryChanges steps;
    for (const InstanceInfo &info : entries) {
        Applications one;
        one.addInstance(info);
        const RegistryChanges c = stepwise.applyDelta(one);
        steps.added += c.added;
        steps.modified += c.modified;
        steps.removed += c.removed;
    }
    QCOMPARE(merged.instanceCount(), stepwise.instanceCount());
    QCOMPARE(merged.reconcileHashCode(), stepwise.reconcileHashCode());
    QCOMPARE(merged.application(QStringLiteral("A")).instances(), stepwise.application(QStringLiteral("A")).instances());
    QCOMPARE(all.added.size(), steps.added.size());
    QCOMPARE(all.modified.size(), steps.modified.size());
    QCOMPARE(all.removed.size(), steps.removed.size());
    QCOMPARE(merged.instance(QStringLiteral("new1")).status(), InstanceStatus::Up);
    QCOMPARE(merged.instance(QStringLiteral("a6")).status(), InstanceStatus::OutOfService);
    QVERIFY(merged.instance(QStringLiteral("a4")).isNull());
    QCOMPARE(held.instanceCount(), 21); // the held copy is untouched
}

// An instance re-sent by a delta, equal to the held one but for its lease, uses the held one's
// strings and metadata shape rather than fresh copies: the client decodes its deltas with the
// pool that decoded the held registry, keeping what it interned.
void tst_Applications::reSentInstancesShareWithTheHeldOnes()
{
    // Two instances with the same metadata: values are interned the second time they come.
    const QByteArray json = R"({"applications":{"apps__hashcode":"UP_2_","application":[{"name":"A","instance":[
        {"instanceId":"i0","hostName":"h0","app":"A","status":"UP","metadata":{"zone":"z1","version":"1.0"}},
        {"instanceId":"i1","hostName":"h1","app":"A","status":"UP","actionType":"ADDED",
         "metadata":{"zone":"z1","version":"1.0"},"homePageUrl":"http://h1:80/",
         "leaseInfo":{"lastRenewalTimestamp":1000}}]}]}})";
    DecodePool pool;
    Applications held = CodecPrivate::decodeApplications(json, WireFormat::Json, nullptr, {&pool, {}});
    QByteArray resent = json;
    resent.replace("\"lastRenewalTimestamp\":1000", "\"lastRenewalTimestamp\":31000").replace("ADDED", "MODIFIED");
    DecodeOptions deltaOptions{&pool, {}};
    deltaOptions.keepInterned = true;
    const Applications delta = CodecPrivate::decodeApplications(resent, WireFormat::Json, nullptr, deltaOptions);
    const InstanceInfo before = held.instance(QStringLiteral("i1"));
    const RegistryChanges changes = held.applyDelta(delta);
    const InstanceInfo after = held.instance(QStringLiteral("i1"));
    QCOMPARE(after.leaseInfo().lastRenewalTimestamp, 31000);
    QCOMPARE(changes.size(), 0); // a re-send that only renewed is no change, but the copy follows
    QCOMPARE(after.metadata(), before.metadata());
    QVERIFY(after.metadata().constData() == before.metadata().constData()); // one shape
    QVERIFY(after.app().constData() == before.app().constData());
    QCOMPARE(after.homePageUrl(), before.homePageUrl());

    // Decoded afresh (the public codec), the values are the same and the strings are not.
    const Applications fresh = Codec::decodeApplications(resent, WireFormat::Json);
    QCOMPARE(fresh.instance(QStringLiteral("i1")).metadata(), before.metadata());
    QVERIFY(fresh.instance(QStringLiteral("i1")).app().constData() != before.app().constData());
}

// A value is interned when it comes twice in one document. Deltas re-send their instances, so
// counted across decodes every value of theirs would repeat: a client fed whole-registry deltas
// interned each instance's own values (a build, a port) with a shape for each instance, and held
// more after an hour of deltas than after its first fetch.
void tst_Applications::deltasInternOnlyWhatRepeatsWithinThem()
{
    const auto registry = [](const char *status) {
        QByteArray json = R"({"applications":{"application":[{"name":"A","instance":[)";
        for (int i = 0; i < 40; ++i) {
            if (i)
                json += ',';
            // Most instances share their build; the last ten have one each.
            json += QStringLiteral(R"({"instanceId":"i%1","hostName":"h%1","app":"A","status":"%2","actionType":"MODIFIED",)"
                                   R"("metadata":{"zone":"z1","build":"%3"}})")
                        .arg(i)
                        .arg(QLatin1String(status))
                        .arg(i < 30 ? QStringLiteral("b-shared") : QStringLiteral("b-own-%1").arg(i))
                        .toUtf8();
        }
        return json + "]}]}}";
    };
    DecodePool pool;
    Applications held = CodecPrivate::decodeApplications(registry("UP"), WireFormat::Json, nullptr, {&pool, {}});
    QCOMPARE(held.instanceCount(), 40);
    const size_t interned = pool.internedCount();
    const size_t shapes = pool.shapeCount();
    DecodeOptions deltaOptions{&pool, {}};
    deltaOptions.keepInterned = true;
    for (const char *status : {"DOWN", "UP", "DOWN"}) {
        const Applications delta = CodecPrivate::decodeApplications(registry(status), WireFormat::Json, nullptr, deltaOptions);
        QCOMPARE(held.applyDelta(delta).modified.size(), 40);
        QCOMPARE(pool.internedCount(), interned);
        QCOMPARE(pool.shapeCount(), shapes);
    }
    QCOMPARE(held.instance(QStringLiteral("i35")).metadataValue(QStringLiteral("build")), QStringLiteral("b-own-35"));
    QCOMPARE(held.instance(QStringLiteral("i35")).status(), InstanceStatus::Down);
    // Shared values stay shared with what the first fetch decoded.
    QVERIFY(held.instance(QStringLiteral("i3")).metadata().at(1).second.constData()
            == held.instance(QStringLiteral("i29")).metadata().at(1).second.constData());

    // A value that repeats within a delta is interned there as in a first fetch (from its
    // second coming).
    QByteArray twice = registry("UP");
    twice.replace("b-own-37", "b-new").replace("b-own-38", "b-new").replace("b-own-39", "b-new");
    const Applications delta = CodecPrivate::decodeApplications(twice, WireFormat::Json, nullptr, deltaOptions);
    QCOMPARE(pool.internedCount(), interned + 1);
    QVERIFY(delta.instance(QStringLiteral("i38")).metadata().at(1).second.constData()
            == delta.instance(QStringLiteral("i39")).metadata().at(1).second.constData());
}

// Metadata values only one instance has live in the instance's own bytes; the keys and common
// values are one shape shared by the fleet, and every accessor sees the same map.
void tst_Applications::ownMetadataValuesBesideSharedShapes()
{
    QByteArray json = R"({"applications":{"application":[{"name":"A","instance":[)";
    for (int i = 0; i < 200; ++i) {
        if (i)
            json += ',';
        json += QStringLiteral(R"({"instanceId":"i%1","hostName":"h%1","app":"A","status":"UP",)"
                               R"("metadata":{"zone":"z1","started":"%2","version":"1.0"}})")
                    .arg(i)
                    .arg(1700000000000LL + i * 7919)
                    .toUtf8();
    }
    json += "]}]}}";
    const Applications apps = Codec::decodeApplications(json, WireFormat::Json);
    QCOMPARE(apps.instanceCount(), 200);
    // i0's values came first: its own until i1 brought them again.
    const InstanceInfo first = apps.instance(QStringLiteral("i1"));
    const InstanceInfo last = apps.instance(QStringLiteral("i199"));
    QCOMPARE(apps.instance(QStringLiteral("i0")).metadataValue(QStringLiteral("zone")), QStringLiteral("z1"));
    QCOMPARE(last.metadataValue(QStringLiteral("started")), QString::number(1700000000000LL + 199 * 7919));
    QCOMPARE(last.metadataValue(QStringLiteral("zone")), QStringLiteral("z1"));
    QCOMPARE(last.metadata(), (MetadataEntries{{QStringLiteral("zone"), QStringLiteral("z1")},
                                               {QStringLiteral("started"), QString::number(1700000000000LL + 199 * 7919)},
                                               {QStringLiteral("version"), QStringLiteral("1.0")}}));
    QVERIFY(first != last);
    QCOMPARE(last.metadata().at(0).second.constData(), first.metadata().at(0).second.constData()); // shared "z1"

    // Through XML and back, and through JSON and back, the same instances (the XML decoder keeps
    // own values the same way; equality does not depend on which values are own).
    for (const WireFormat format : {WireFormat::Xml, WireFormat::Json}) {
        const Applications again = Codec::decodeApplications(Codec::encodeApplications(apps, format), format);
        QCOMPARE(again.instanceCount(), 200);
        QCOMPARE(again.instance(QStringLiteral("i199")), last);
        QCOMPARE(again.instance(QStringLiteral("i0")), apps.instance(QStringLiteral("i0")));
    }

    // A setter gives the instance a map of its own; the other instances keep theirs.
    InstanceInfo changed = last;
    changed.setMetadataValue(QStringLiteral("started"), QStringLiteral("1"));
    changed.setHostName(QStringLiteral("renamed"));
    QCOMPARE(changed.metadataValue(QStringLiteral("started")), QStringLiteral("1"));
    QCOMPARE(changed.metadataValue(QStringLiteral("version")), QStringLiteral("1.0"));
    QCOMPARE(changed.hostName(), QStringLiteral("renamed"));
    QCOMPARE(last.metadataValue(QStringLiteral("started")), QString::number(1700000000000LL + 199 * 7919));
    InstanceInfo renamed = last;
    renamed.setHostName(QStringLiteral("renamed"));
    QCOMPARE(renamed.metadata(), last.metadata()); // own values survive a packed-string setter
    renamed.setHostName(last.hostName());
    QCOMPARE(renamed, last);

    // Equal maps laid out differently (one built by hand, all values in the shape) are equal.
    InstanceInfo byHand = last;
    byHand.setMetadata(last.metadata());
    QCOMPARE(byHand, last);
    byHand.setMetadataValue(QStringLiteral("zone"), QStringLiteral("z2"));
    QVERIFY(byHand != last);
}

QTEST_GUILESS_MAIN(tst_Applications)
#include "tst_applications.moc"
