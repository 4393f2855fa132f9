// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
//
// Record slabs: the records of a large decode lie in slabs of their own, which go back to the
// system when their last record is freed, on whichever thread that happens. What is read from
// a slab record must equal what the heap decode reads.
#include <EurekaClient/applications.h>
#include <EurekaClient/codec.h>

#include "instanceinfo_p.h"
#include "codec/decodepool.h"
#include "recordslabs_p.h"

#include <QtCore/QThread>
#include <QtTest/QTest>

#include <cstring>
#include <functional>
#include <memory>
#include <vector>

using namespace Eureka;

namespace {

// A registry of \a count instances in 13 applications of uneven size, each instance with a
// metadata value of its own, so that records differ in size.
Applications registry(int count)
{
    Applications apps;
    for (int i = 0; i < count; ++i) {
        InstanceInfo info;
        const QString app = QStringLiteral("SLAB-APP-%1").arg(i % 13 < 6 ? 0 : i % 13);
        info.setApp(app);
        info.setInstanceId(QStringLiteral("host-%1.slab.example.com:%2:8080").arg(i).arg(app.toLower()));
        info.setHostName(QStringLiteral("host-%1.slab.example.com").arg(i));
        info.setIpAddr(QStringLiteral("10.1.%1.%2").arg(i / 250).arg(i % 250));
        info.setVipAddress(app.toLower());
        info.setStatusPageUrl(QStringLiteral("http://10.1.%1.%2:8081/actuator/info").arg(i / 250).arg(i % 250));
        info.setHealthCheckUrl(QStringLiteral("http://10.1.%1.%2:8081/actuator/health").arg(i / 250).arg(i % 250));
        info.setMetadataValue(QStringLiteral("zone"), QStringLiteral("zone-%1").arg(i % 3));
        info.setMetadataValue(QStringLiteral("started"), QString::number(1795533870313LL + i * 7919LL));
        info.setMetadataValue(QStringLiteral("note"), QString(i % 40, QLatin1Char('n')));
        apps.addInstance(info);
    }
    apps.setAppsHashCode(apps.reconcileHashCode());
    return apps;
}

bool inSlab(const InstanceInfo &info) { return InstanceInfoPrivate::constData(info)->inSlab(); }

int countInSlabs(const Applications &apps)
{
    int n = 0;
    for (const Application &app : apps.applications()) {
        for (const InstanceInfo &info : app.instances())
            n += inSlab(info);
    }
    return n;
}

void bothFormats()
{
    QTest::addColumn<WireFormat>("format");
    QTest::newRow("json") << WireFormat::Json;
    QTest::newRow("xml") << WireFormat::Xml;
}

// Runs \a fn on a thread of its own and waits for it.
void onAnotherThread(std::function<void()> fn)
{
    QThread *thread = QThread::create(std::move(fn));
    thread->start();
    thread->wait();
    delete thread;
}

} // namespace

class tst_RecordSlabs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void largeRegistriesTakeSlabs_data();
    void largeRegistriesTakeSlabs();
    void smallDocumentsStayInTheHeap();
    void aFailedDecodeGivesItsSlabsBack_data();
    void aFailedDecodeGivesItsSlabsBack();
    void slabsGoWithTheirLastRecord();
    void recordsDroppedDuringTheDecode();
    void aSlabStaysWhileItFills();
    void groupedSlabsGoBackOneByOne();
    void largeDecodesMapGroups();
    void changesLeaveTheirSlabs();
    void sparseSlabs();
};

void tst_RecordSlabs::largeRegistriesTakeSlabs_data() { bothFormats(); }

void tst_RecordSlabs::largeRegistriesTakeSlabs()
{
    QFETCH(WireFormat, format);
    const int before = RecordSlabs::mappedCount();
    const Applications original = registry(2500);
    const QByteArray bytes = Codec::encodeApplications(original, format);
    QVERIFY(bytes.size() >= (1 << 20));
    CodecError error;
    Applications decoded = Codec::decodeApplications(bytes, format, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(decoded, original);
    QCOMPARE(countInSlabs(decoded), 2500);
    QVERIFY(RecordSlabs::mappedCount() > before);
    // Re-encoded from the slabs, byte for byte.
    QCOMPARE(Codec::encodeApplications(decoded, format), bytes);
    decoded = Applications();
    QCOMPARE(RecordSlabs::mappedCount(), before);
}

void tst_RecordSlabs::smallDocumentsStayInTheHeap()
{
    const int before = RecordSlabs::mappedCount();
    const Applications decoded = Codec::decodeApplications(Codec::encodeApplications(registry(40), WireFormat::Json),
                                                           WireFormat::Json);
    QCOMPARE(decoded.instanceCount(), 40);
    QCOMPARE(countInSlabs(decoded), 0);
    QCOMPARE(RecordSlabs::mappedCount(), before);
}

void tst_RecordSlabs::aFailedDecodeGivesItsSlabsBack_data() { bothFormats(); }

// Cut short near its end: whatever records the decode made before it failed are dropped, and
// their slabs go with them.
void tst_RecordSlabs::aFailedDecodeGivesItsSlabsBack()
{
    QFETCH(WireFormat, format);
    const int before = RecordSlabs::mappedCount();
    const QByteArray bytes = Codec::encodeApplications(registry(2500), format);
    CodecError error;
    const Applications decoded = Codec::decodeApplications(bytes.chopped(200), format, &error);
    QVERIFY(error.isError());
    QCOMPARE(decoded.instanceCount(), 0);
    QCOMPARE(RecordSlabs::mappedCount(), before);
}

// Instances copied out of the registry keep their slabs mapped, wherever they go; the slabs go
// when the last copy does, on the thread that drops it.
void tst_RecordSlabs::slabsGoWithTheirLastRecord()
{
    const int before = RecordSlabs::mappedCount();
    const Applications original = registry(2500);
    Applications decoded = Codec::decodeApplications(Codec::encodeApplications(original, WireFormat::Json),
                                                     WireFormat::Json);
    QList<InstanceInfo> kept;
    for (const Application &app : decoded.applications())
        kept.append(app.instances().constFirst());
    QVERIFY(inSlab(kept.constFirst()));
    decoded = Applications();
    const int held = RecordSlabs::mappedCount() - before;
    QVERIFY(held > 0);
    QVERIFY(held <= kept.size());

    // The thread takes the last copies over, reads them, and drops them.
    bool readable = true;
    onAnotherThread([&readable, &original, onThread = std::move(kept)]() mutable {
        for (const InstanceInfo &info : std::as_const(onThread)) {
            const InstanceInfo expected = original.instance(info.instanceId());
            readable = readable && info == expected && info.metadata() == expected.metadata();
        }
        onThread.clear();
    });
    QVERIFY(readable);
    QCOMPARE(RecordSlabs::mappedCount(), before);
}

// A record freed while its slab still takes new ones (a duplicate id dropped mid-decode) must
// not unmap the slab under the records that follow.
void tst_RecordSlabs::aSlabStaysWhileItFills()
{
    if (!RecordSlabs::available())
        QSKIP("no record slabs on this platform");
    const int before = RecordSlabs::mappedCount();
    auto slabs = std::make_unique<RecordSlabs>();
    void *first = slabs->allocate(200);
    QVERIFY(first);
    QCOMPARE(RecordSlabs::mappedCount(), before + 1);
    RecordSlabs::release(first, 200);
    auto *second = static_cast<char *>(slabs->allocate(300));
    QVERIFY(second);
    std::memset(second, 0x5a, 300); // faults if the slab went with the first record
    QCOMPARE(RecordSlabs::mappedCount(), before + 1);
    // Past the end of the slab, the next one is mapped; the first goes with its last record.
    const int perSlab = int(RecordSlabs::SlabBytes / 304);
    std::vector<void *> rest;
    for (int i = 0; i < perSlab; ++i)
        rest.push_back(slabs->allocate(300));
    QCOMPARE(RecordSlabs::mappedCount(), before + 2);
    slabs.reset();
    QCOMPARE(RecordSlabs::mappedCount(), before + 2);
    RecordSlabs::release(second, 300);
    for (void *record : rest)
        RecordSlabs::release(record, 300);
    QCOMPARE(RecordSlabs::mappedCount(), before);
    // Too large for a slab: the caller takes the heap.
    RecordSlabs big;
    QCOMPARE(big.allocate(RecordSlabs::SlabBytes), nullptr);
}

// Slabs mapped sixteen at a time (one huge page where the system has them) still go back one by
// one, and what the decode did not take of its last group goes back when it is done: resident
// is only what slabs hold records.
void tst_RecordSlabs::groupedSlabsGoBackOneByOne()
{
    if (!RecordSlabs::available())
        QSKIP("no record slabs on this platform");
    const int before = RecordSlabs::mappedCount();
    const int groupsBefore = RecordSlabs::groupCount();
    const qint64 residentBefore = RecordSlabs::residentGroupBytes();
    auto slabs = std::make_unique<RecordSlabs>();
    slabs->setGrouped(true);
    constexpr size_t recordBytes = 1000;
    const int perSlab = int((RecordSlabs::SlabBytes - 64) / recordBytes);
    std::vector<std::vector<void *>> bySlab(4);
    for (int slab = 0; slab < 4; ++slab) {
        for (int i = 0; i < (slab < 3 ? perSlab : 1); ++i) {
            void *record = slabs->allocate(recordBytes);
            QVERIFY(record);
            std::memset(record, 0x5a, recordBytes);
            bySlab[size_t(slab)].push_back(record);
        }
    }
    QCOMPARE(RecordSlabs::mappedCount(), before + 4);
    QCOMPARE(RecordSlabs::groupCount(), groupsBefore + 1);
    slabs.reset();
    const qint64 resident = RecordSlabs::residentGroupBytes() - residentBefore;
    QVERIFY2(resident > 0 && resident <= qint64(4 * RecordSlabs::SlabBytes), QByteArray::number(resident));
    for (void *record : bySlab[1])
        RecordSlabs::release(record, recordBytes);
    QCOMPARE(RecordSlabs::mappedCount(), before + 3);
    const qint64 afterOne = RecordSlabs::residentGroupBytes() - residentBefore;
    QVERIFY2(afterOne <= qint64(3 * RecordSlabs::SlabBytes), QByteArray::number(afterOne));
    QCOMPARE(RecordSlabs::groupCount(), groupsBefore + 1);
    // The records left are intact.
    for (const size_t slab : {size_t(0), size_t(2), size_t(3)}) {
        for (void *record : bySlab[slab])
            QCOMPARE(static_cast<const char *>(record)[recordBytes - 1], char(0x5a));
    }
    for (const size_t slab : {size_t(0), size_t(2), size_t(3)}) {
        for (void *record : bySlab[slab])
            RecordSlabs::release(record, recordBytes);
    }
    QCOMPARE(RecordSlabs::mappedCount(), before);
    QCOMPARE(RecordSlabs::groupCount(), groupsBefore);
}

// A document of GroupWorthyBytes or more maps its slabs in groups; the records read the same,
// and the groups go with them.
void tst_RecordSlabs::largeDecodesMapGroups()
{
    if (!RecordSlabs::available())
        QSKIP("no record slabs on this platform");
    const int before = RecordSlabs::mappedCount();
    const int groupsBefore = RecordSlabs::groupCount();
    const Applications original = registry(11000);
    const QByteArray bytes = Codec::encodeApplications(original, WireFormat::Json);
    QVERIFY2(bytes.size() >= GroupWorthyBytes, QByteArray::number(bytes.size()));
    CodecError error;
    Applications decoded = Codec::decodeApplications(bytes, WireFormat::Json, &error);
    QVERIFY2(!error.isError(), qPrintable(error.toString()));
    QCOMPARE(countInSlabs(decoded), 11000);
    QVERIFY(RecordSlabs::groupCount() > groupsBefore);
    QCOMPARE(decoded, original);
    QVERIFY(RecordSlabs::residentGroupBytes() <= qint64(RecordSlabs::mappedCount() - before) * qint64(RecordSlabs::SlabBytes));
    // Freed on another thread, as the client's registry thread frees a registry it replaced.
    onAnotherThread([&decoded] { decoded = Applications(); });
    QCOMPARE(RecordSlabs::mappedCount(), before);
    QCOMPARE(RecordSlabs::groupCount(), groupsBefore);
}

// An application that lists an id twice keeps the last of them: the first record is freed
// while the decode still places records in its slab, which must not go with it.
void tst_RecordSlabs::recordsDroppedDuringTheDecode()
{
    const int before = RecordSlabs::mappedCount();
    Applications original = registry(2500);
    QByteArray json = Codec::encodeApplications(original, WireFormat::Json);
    // The application's first instance again, after the last one, with another status.
    const Application first = original.applications().constFirst();
    InstanceInfo again = first.instances().constFirst();
    again.setStatus(InstanceStatus::Down);
    const QByteArray wrapped = Codec::encodeInstance(again, WireFormat::Json, Codec::InstanceShape::Registry);
    QVERIFY(wrapped.startsWith("{\"instance\":") && wrapped.endsWith('}'));
    const QByteArray instance = wrapped.mid(12).chopped(1);
    const qsizetype listEnd = json.indexOf("]}", json.indexOf(first.instances().constLast().instanceId().toUtf8()));
    QVERIFY(listEnd > 0);
    json.insert(listEnd, "," + instance);

    Applications decoded = Codec::decodeApplications(json, WireFormat::Json);
    QCOMPARE(decoded.instanceCount(), 2500);
    QCOMPARE(decoded.instance(again.instanceId()).status(), InstanceStatus::Down);
    QCOMPARE(countInSlabs(decoded), 2500);
    original.removeInstance(again.app(), again.instanceId());
    original.addInstance(again);
    for (const Application &app : decoded.applications()) {
        for (const InstanceInfo &info : app.instances())
            QCOMPARE(info, original.instance(info.instanceId()));
    }
    decoded = Applications();
    QCOMPARE(RecordSlabs::mappedCount(), before);
}

// A delta that re-sends the whole registry, one instance changed: merged, the re-sent copies
// stay in the delta's slabs and the change is copied to the heap, where the dashboard's row can
// keep it without keeping a slab.
void tst_RecordSlabs::changesLeaveTheirSlabs()
{
    const int before = RecordSlabs::mappedCount();
    Applications held = Codec::decodeApplications(Codec::encodeApplications(registry(2500), WireFormat::Json),
                                                  WireFormat::Json);
    Applications resent = held;
    const QString changedId = held.applications().constFirst().instances().constFirst().instanceId();
    for (const Application &app : held.applications()) {
        for (InstanceInfo info : app.instances()) {
            info.setActionType(ActionType::Modified);
            if (info.instanceId() == changedId)
                info.setStatus(InstanceStatus::Down);
            resent.addInstance(info);
        }
    }
    const Applications delta = Codec::decodeApplications(Codec::encodeApplications(resent, WireFormat::Json),
                                                         WireFormat::Json);
    QCOMPARE(countInSlabs(delta), 2500);
    const RegistryChanges changes = held.applyDelta(delta);
    QCOMPARE(changes.modified.size(), 1);
    QVERIFY(!inSlab(changes.modified.constFirst().after));
    QCOMPARE(changes.modified.constFirst().after.status(), InstanceStatus::Down);
    QVERIFY(!inSlab(held.instance(changedId)));
    QCOMPARE(held.instance(changedId).status(), InstanceStatus::Down);
    QCOMPARE(countInSlabs(held), 2499);
    held = Applications();
    QVERIFY(RecordSlabs::mappedCount() > before); // the delta's own copy still holds them
}

void tst_RecordSlabs::sparseSlabs()
{
    QVERIFY(!RecordSlabs::sparse());
    Applications decoded = Codec::decodeApplications(Codec::encodeApplications(registry(2500), WireFormat::Json),
                                                     WireFormat::Json);
    QVERIFY(!RecordSlabs::sparse());
    // Every third record kept: the slabs stay, two thirds empty.
    QList<InstanceInfo> kept;
    int i = 0;
    for (const Application &app : decoded.applications()) {
        for (const InstanceInfo &info : app.instances()) {
            if (i++ % 3 == 0)
                kept.append(info);
        }
    }
    decoded = Applications();
    QVERIFY(RecordSlabs::sparse());
    kept.clear();
    QVERIFY(!RecordSlabs::sparse());
}

QTEST_GUILESS_MAIN(tst_RecordSlabs)
#include "tst_recordslabs.moc"
