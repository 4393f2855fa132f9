// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// The status history: what HistoryStore writes (transitions only), what it finds at the next
// start, the timelines and availability it reads back, retention, a database it cannot use,
// and StatusHistory doing all of it on its own thread.
#include "clientsetup.h"
#include "historystore.h"
#include "statushistory.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;
using Kind = HistoryEvent::Kind;

namespace {
constexpr qint64 T0 = 1795533870000; // a fixed clock: history is about time
constexpr qint64 Minute = 60 * 1000;

InstanceInfo instance(const QString &app, const QString &id, InstanceStatus status = InstanceStatus::Up)
{
    InstanceInfo info = EurekaTest::loopbackInstanceInfo(app, id);
    info.setStatus(status);
    return info;
}

InstanceInfo withStatus(InstanceInfo info, InstanceStatus status)
{
    info.setStatus(status);
    return info;
}

RegistryChanges snapshot(const QList<InstanceInfo> &all)
{
    RegistryChanges changes;
    changes.added = all;
    return changes;
}

RegistryChanges modified(const InstanceInfo &before, const InstanceInfo &after)
{
    RegistryChanges changes;
    changes.modified.append({before, after});
    return changes;
}

// What the store wrote for \a changes.
QList<HistoryEvent> record(HistoryStore &store, const RegistryChanges &changes, qint64 now, bool snapshot = false)
{
    QList<HistoryEvent> written;
    const int count = store.record(changes, now, snapshot, &written);
    if (count != written.size())
        qFatal("record() counted %d events, wrote %d", count, int(written.size()));
    return written;
}

QList<Kind> kindsOf(const QList<HistoryEvent> &events)
{
    QList<Kind> kinds;
    for (const HistoryEvent &e : events)
        kinds.append(e.kind);
    return kinds;
}
} // namespace

class tst_StatusHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTransitionsOnly();
    void overridesAndMetadata();
    void largeChangesInBlocks();
    void findsWhatChangedWhileClosed();
    void timelineBandsAndFlaps();
    void availabilityOfAnApplication();
    void retentionKeepsTheLastStatus();
    void corruptFileFallsBackToMemory();
    void unusablePathFallsBackToMemory();
    void worksOnItsOwnThread();
    void exportsCsv();
};

void tst_StatusHistory::writesTransitionsOnly()
{
    HistoryStore store(QStringLiteral("t1"));
    QVERIFY(store.open({}));
    const InstanceInfo a = instance(QStringLiteral("ORDERS"), QStringLiteral("a")), b = instance(QStringLiteral("ORDERS"), QStringLiteral("b"));
    QCOMPARE(kindsOf(record(store, snapshot({a, b}), T0, true)), (QList<Kind>{Kind::Registered, Kind::Registered}));
    // The same instances again, unchanged: nothing to write.
    QCOMPARE(record(store, modified(a, a), T0 + Minute).size(), 0);
    const QList<HistoryEvent> down = record(store, modified(a, withStatus(a, InstanceStatus::Down)), T0 + 2 * Minute);
    QCOMPARE(kindsOf(down), QList<Kind>{Kind::StatusChanged});
    QCOMPARE(down.at(0).before, InstanceStatus::Up);
    QCOMPARE(down.at(0).after, InstanceStatus::Down);
    QCOMPARE(down.at(0).at, T0 + 2 * Minute);
    RegistryChanges gone;
    gone.removed.append(b);
    QCOMPARE(kindsOf(record(store, gone, T0 + 3 * Minute)), QList<Kind>{Kind::Removed});
    QCOMPARE(store.eventCount(), 4);
    const QList<HistoryEvent> recent = store.recentEvents(2);
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.at(0).kind, Kind::Removed); // newest first
    QCOMPARE(recent.at(1).kind, Kind::StatusChanged);
}

void tst_StatusHistory::overridesAndMetadata()
{
    HistoryStore store(QStringLiteral("t2"));
    QVERIFY(store.open({}));
    InstanceInfo a = instance(QStringLiteral("ORDERS"), QStringLiteral("a"));
    a.setMetadata({{QStringLiteral("version"), QStringLiteral("2.3.1")}});
    record(store, snapshot({a}), T0, true);
    InstanceInfo out = withStatus(a, InstanceStatus::OutOfService);
    out.setOverriddenStatus(InstanceStatus::OutOfService);
    QCOMPARE(kindsOf(record(store, modified(a, out), T0 + 1)), (QList<Kind>{Kind::StatusChanged, Kind::OverrideSet}));
    InstanceInfo cleared = withStatus(out, InstanceStatus::Unknown);
    cleared.setOverriddenStatus(InstanceStatus::Unknown);
    QCOMPARE(kindsOf(record(store, modified(out, cleared), T0 + 2)), (QList<Kind>{Kind::StatusChanged, Kind::OverrideCleared}));
    InstanceInfo upgraded = cleared;
    upgraded.setMetadata({{QStringLiteral("version"), QStringLiteral("2.4.0")}, {QStringLiteral("canary"), QStringLiteral("true")}});
    const QList<HistoryEvent> meta = record(store, modified(cleared, upgraded), T0 + 3);
    QCOMPARE(kindsOf(meta), QList<Kind>{Kind::MetadataChanged});
    QCOMPARE(meta.at(0).detail, QStringLiteral("version: 2.3.1 → 2.4.0\ncanary: + true"));
}

// A fetch of thousands of instances is written in blocks; all of it arrives, once.
void tst_StatusHistory::largeChangesInBlocks()
{
    HistoryStore store(QStringLiteral("t9"));
    QVERIFY(store.open({}));
    RegistryChanges all, flipped;
    for (int i = 0; i < 5000; ++i) {
        const InstanceInfo info = instance(QStringLiteral("APP-%1").arg(i % 7), QStringLiteral("i-%1").arg(i));
        all.added.append(info);
        flipped.modified.append({info, withStatus(info, InstanceStatus::Down)});
    }
    QCOMPARE(store.record(all, T0, true), 5000);
    QCOMPARE(store.record(flipped, T0 + Minute), 5000);
    QCOMPARE(store.eventCount(), 10000);
    QCOMPARE(store.record(flipped, T0 + 2 * Minute), 0);
    QCOMPARE(store.availability(QStringLiteral("APP-3"), T0, T0 + 2 * Minute), 0.5);
}

// The dashboard was closed for a while: at the next start the registry's first answer is
// compared with the last state on disk.
void tst_StatusHistory::findsWhatChangedWhileClosed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history/cluster.sqlite")); // the folder is made
    const InstanceInfo a = instance(QStringLiteral("ORDERS"), QStringLiteral("a")), b = instance(QStringLiteral("ORDERS"), QStringLiteral("b")),
                       c = instance(QStringLiteral("USERS"), QStringLiteral("c"));
    {
        HistoryStore store(QStringLiteral("t3"));
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QVERIFY(store.isPersistent());
        record(store, snapshot({a, b}), T0, true);
    }
    HistoryStore store(QStringLiteral("t3"));
    QVERIFY(store.open(path));
    const QList<HistoryEvent> events = record(store, snapshot({withStatus(a, InstanceStatus::Down), c}), T0 + 60 * Minute, true);
    QCOMPARE(kindsOf(events), (QList<Kind>{Kind::StatusChanged, Kind::Registered, Kind::Removed}));
    QCOMPARE(events.at(0).instanceId, QStringLiteral("a"));
    QCOMPARE(events.at(1).instanceId, QStringLiteral("c"));
    QCOMPARE(events.at(2).instanceId, QStringLiteral("b"));
    QCOMPARE(store.eventCount(), 5);
    // A second start with nothing changed writes nothing.
    QCOMPARE(record(store, snapshot({withStatus(a, InstanceStatus::Down), c}), T0 + 61 * Minute, true).size(), 0);
}

void tst_StatusHistory::timelineBandsAndFlaps()
{
    HistoryStore store(QStringLiteral("t4"));
    QVERIFY(store.open({}));
    const InstanceInfo a = instance(QStringLiteral("ORDERS"), QStringLiteral("a"));
    const InstanceInfo down = withStatus(a, InstanceStatus::Down);
    record(store, snapshot({a}), T0, true);
    record(store, modified(a, down), T0 + 10 * Minute);
    record(store, modified(down, a), T0 + 15 * Minute);
    RegistryChanges gone;
    gone.removed.append(a);
    record(store, gone, T0 + 50 * Minute);

    // The hour after T0 - 30 min: nothing for 30 min, UP 10, DOWN 5, UP 35, then gone.
    const StatusTimeline t = store.timeline(QStringLiteral("ORDERS"), QStringLiteral("a"), T0 - 30 * Minute, T0 + 30 * Minute + 30 * Minute);
    QCOMPARE(t.bands.size(), 3);
    QCOMPARE(t.bands.at(0).from, T0);
    QCOMPARE(t.bands.at(0).to, T0 + 10 * Minute);
    QCOMPARE(t.bands.at(0).status, InstanceStatus::Up);
    QCOMPARE(t.bands.at(1).status, InstanceStatus::Down);
    QCOMPARE(t.bands.at(1).to - t.bands.at(1).from, 5 * Minute);
    QCOMPARE(t.bands.at(2).to, T0 + 50 * Minute);
    QCOMPARE(t.flaps, 2);
    QCOMPARE(t.upShare(), 45.0 / 50.0);
    // A span starting after the change: one band, no flap, status carried in from before.
    const StatusTimeline late = store.timeline(QStringLiteral("ORDERS"), QStringLiteral("a"), T0 + 20 * Minute, T0 + 40 * Minute);
    QCOMPARE(late.bands.size(), 1);
    QCOMPARE(late.bands.at(0).from, T0 + 20 * Minute);
    QCOMPARE(late.flaps, 0);
    QCOMPARE(store.timeline(QStringLiteral("ORDERS"), QStringLiteral("nobody"), T0, T0 + Minute).upShare(), -1.0);
}

void tst_StatusHistory::availabilityOfAnApplication()
{
    HistoryStore store(QStringLiteral("t5"));
    QVERIFY(store.open({}));
    const InstanceInfo a = instance(QStringLiteral("ORDERS"), QStringLiteral("a")), b = instance(QStringLiteral("ORDERS"), QStringLiteral("b"));
    record(store, snapshot({a, b, instance(QStringLiteral("USERS"), QStringLiteral("u"), InstanceStatus::Down)}), T0, true);
    record(store, modified(b, withStatus(b, InstanceStatus::Down)), T0 + 30 * Minute);
    // a: UP 60 min; b: UP 30, DOWN 30. USERS does not count.
    QCOMPARE(store.availability(QStringLiteral("ORDERS"), T0, T0 + 60 * Minute), 90.0 / 120.0);
    QCOMPARE(store.availability(QStringLiteral("USERS"), T0, T0 + 60 * Minute), 0.0);
    QCOMPARE(store.availability(QStringLiteral("NONE"), T0, T0 + 60 * Minute), -1.0);
}

void tst_StatusHistory::retentionKeepsTheLastStatus()
{
    HistoryStore store(QStringLiteral("t6"));
    QVERIFY(store.open({}));
    const InstanceInfo a = instance(QStringLiteral("ORDERS"), QStringLiteral("a")), b = instance(QStringLiteral("ORDERS"), QStringLiteral("b"));
    record(store, snapshot({a, b}), T0, true);
    record(store, modified(a, withStatus(a, InstanceStatus::Down)), T0 + Minute);
    record(store, modified(b, withStatus(b, InstanceStatus::Down)), T0 + 100 * Minute);
    // Before T0 + 50 min: a's registration goes, its last status stays; b's registration is
    // its last status before the cut, but a later one exists, so it goes too.
    QCOMPARE(store.prune(T0 + 50 * Minute), 2);
    QCOMPARE(store.eventCount(), 2);
    const StatusTimeline t = store.timeline(QStringLiteral("ORDERS"), QStringLiteral("a"), T0 + 60 * Minute, T0 + 120 * Minute);
    QCOMPARE(t.bands.size(), 1);
    QCOMPARE(t.bands.at(0).status, InstanceStatus::Down); // still known, from the kept event
}

void tst_StatusHistory::corruptFileFallsBackToMemory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("this is not an SQLite database\n").repeated(200));
    file.close();

    HistoryStore store(QStringLiteral("t7"));
    QVERIFY(!store.open(path));
    QVERIFY(!store.isPersistent());
    QVERIFY2(store.errorString().contains(QStringLiteral("not a database")), qPrintable(store.errorString()));
    // The session's history still works, in memory; the file is left as it was.
    const InstanceInfo a = instance(QStringLiteral("ORDERS"), QStringLiteral("a"));
    QCOMPARE(record(store, snapshot({a}), T0, true).size(), 1);
    record(store, modified(a, withStatus(a, InstanceStatus::Down)), T0 + Minute);
    QCOMPARE(store.timeline(QStringLiteral("ORDERS"), QStringLiteral("a"), T0, T0 + 2 * Minute).flaps, 1);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("this is not an SQLite database"));
}

void tst_StatusHistory::unusablePathFallsBackToMemory()
{
    QTemporaryDir dir; // a folder where the file should be: cannot be opened as a database
    HistoryStore store(QStringLiteral("t8"));
    QVERIFY(!store.open(dir.path()));
    QVERIFY(!store.errorString().isEmpty());
    QCOMPARE(record(store, snapshot({instance(QStringLiteral("ORDERS"), QStringLiteral("a"))}), T0, true).size(), 1);
    QCOMPARE(store.eventCount(), 1);
}

void tst_StatusHistory::worksOnItsOwnThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cluster.sqlite"));
    qint64 now = T0;
    const InstanceInfo a = instance(QStringLiteral("ORDERS"), QStringLiteral("a"));
    {
        StatusHistory history(path, 30);
        history.setClock([&now] { return now; });
        QSignalSpy recorded(&history, &StatusHistory::recorded);
        history.record(snapshot({a}), true);
        now += 10 * Minute;
        history.record(modified(a, withStatus(a, InstanceStatus::Down)), false);
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 2, 5000);
        QCOMPARE(recorded.at(0).at(0).toInt(), 1);
        QCOMPARE(recorded.at(1).at(0).toInt(), 1);
        now += 10 * Minute;
        bool answered = false;
        history.timeline(QStringLiteral("ORDERS"), QStringLiteral("a"), 60 * Minute,
                         [&](const StatusTimeline &timeline, double availability) {
                             QCOMPARE(timeline.bands.size(), 2);
                             QCOMPARE(timeline.flaps, 1);
                             QCOMPARE(availability, 0.5);
                             answered = true;
                         });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
        QVERIFY(history.isPersistent());
        // Destroyed with a write still queued: it is written before the store closes.
        history.record(modified(withStatus(a, InstanceStatus::Down), a), false);
    }
    StatusHistory again(path, 30);
    QList<HistoryEvent> events;
    again.recentEvents(10, [&events](const QList<HistoryEvent> &e) { events = e; });
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 3, 5000);
    QCOMPARE(events.at(0).after, InstanceStatus::Up);

    // A broken file: said once, on this thread, and the history goes on in memory.
    const QString broken = dir.filePath(QStringLiteral("broken.sqlite"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    StatusHistory degraded(broken, 30);
    QSignalSpy problem(&degraded, &StatusHistory::problem);
    QSignalSpy recorded(&degraded, &StatusHistory::recorded);
    degraded.record(snapshot({a}), true);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 5000);
    QCOMPARE(problem.size(), 1);
    QVERIFY(!degraded.isPersistent());
    QVERIFY(!degraded.errorString().isEmpty());
    degraded.record(modified(a, withStatus(a, InstanceStatus::Down)), false);
    QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 2, 5000);
    QCOMPARE(problem.size(), 1);
}

void tst_StatusHistory::exportsCsv()
{
    QTemporaryDir dir;
    qint64 now = T0;
    StatusHistory history(QString(), 30);
    history.setClock([&now] { return now; });
    InstanceInfo a = instance(QStringLiteral("ORDERS"), QStringLiteral("a"));
    a.setMetadata({{QStringLiteral("note"), QStringLiteral("a, \"quoted\" value")}});
    history.record(snapshot({a}), true);
    InstanceInfo b = withStatus(a, InstanceStatus::Down);
    b.setMetadata({});
    now += Minute;
    history.record(modified(a, b), false);
    bool done = false, ok = false;
    const QString file = dir.filePath(QStringLiteral("history.csv"));
    history.exportCsv(file, [&](bool success, const QString &) { done = true, ok = success; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY(ok);
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.at(0), QByteArray("time,application,instance,change,before,after,detail"));
    QCOMPARE(lines.at(1), QByteArray("2026-11-24T15:24:30.000Z,ORDERS,a,registered,UP,UP,"));
    QCOMPARE(lines.at(2), QByteArray("2026-11-24T15:25:30.000Z,ORDERS,a,status,UP,DOWN,"));
    QCOMPARE(lines.at(3), QByteArray("2026-11-24T15:25:30.000Z,ORDERS,a,metadata,DOWN,DOWN,\"note: − a, \"\"quoted\"\" value\""));
}

QTEST_GUILESS_MAIN(tst_StatusHistory)
#include "tst_statushistory.moc"
