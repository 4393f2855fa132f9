// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
//
// ChangeFeeder: large changes reach the models in slices over several event-loop turns, in
// order, with progress; small ones at once.
#include "changefeeder.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>

#include <numeric>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;
using namespace std::chrono_literals;

namespace {

InstanceInfo instance(int n, InstanceStatus status = InstanceStatus::Up)
{
    InstanceInfo info;
    info.setApp(QStringLiteral("APP-%1").arg(n % 7));
    info.setInstanceId(QStringLiteral("i-%1").arg(n));
    info.setHostName(QStringLiteral("host-%1").arg(n));
    info.setStatus(status);
    return info;
}

RegistryChanges additions(int from, int count)
{
    RegistryChanges changes;
    for (int i = from; i < from + count; ++i)
        changes.added.append(instance(i));
    return changes;
}

// What the feeder handed over, in order, and in how many pieces.
struct Recorder
{
    QStringList ids;
    QList<qsizetype> slices;
    QList<bool> initial;
    int turns = 0;
    void operator()(const RegistryChanges &slice, bool first)
    {
        for (const InstanceInfo &info : slice.removed)
            ids << QStringLiteral("-") + info.instanceId();
        for (const InstanceChange &change : slice.modified)
            ids << QStringLiteral("~") + change.after.instanceId();
        for (const InstanceInfo &info : slice.added)
            ids << QStringLiteral("+") + info.instanceId();
        slices << slice.size();
        initial << first;
    }
};

} // namespace

class tst_ChangeFeeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallChangesAreAppliedAtOnce();
    void largeChangesAreSlicedAcrossTurns();
    void fetchesKeepTheirOrder();
    void slicesFollowEachKindsCost();
};

void tst_ChangeFeeder::smallChangesAreAppliedAtOnce()
{
    Recorder recorder;
    ChangeFeeder feeder([&](const RegistryChanges &s, bool i) { recorder(s, i); });
    QSignalSpy applied(&feeder, &ChangeFeeder::batchApplied);
    feeder.enqueue(additions(0, 3), false);
    // No turn of the event loop in between: a usual delta shows in the turn that fetched it
    // (additions after the first fetch may go one per slice, but all in this turn).
    QCOMPARE(recorder.ids, (QStringList{QStringLiteral("+i-0"), QStringLiteral("+i-1"), QStringLiteral("+i-2")}));
    QCOMPARE(applied.size(), 1);
    QVERIFY(feeder.isIdle());
}

void tst_ChangeFeeder::largeChangesAreSlicedAcrossTurns()
{
    Recorder recorder;
    // Each change costs a little, as a model's row would.
    ChangeFeeder feeder([&](const RegistryChanges &s, bool i) {
        recorder(s, i);
        QElapsedTimer spin;
        spin.start();
        while (spin.nsecsElapsed() < s.size() * 2000) { }
    });
    feeder.setBudget(2ms);
    QSignalSpy progress(&feeder, &ChangeFeeder::progress);
    QSignalSpy applied(&feeder, &ChangeFeeder::batchApplied);
    QSignalSpy idle(&feeder, &ChangeFeeder::idle);
    RegistryChanges big = additions(0, 5000);
    big.removed.append(instance(-1));
    big.modified.append({instance(-2), instance(-2, InstanceStatus::Down)});
    feeder.enqueue(big, true);
    QVERIFY(recorder.slices.isEmpty()); // too large for this turn: the event loop goes first
    QVERIFY(!feeder.isIdle());
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 10000);

    QVERIFY2(recorder.slices.size() > 5, "handed over in many slices");
    QCOMPARE(std::accumulate(recorder.slices.cbegin(), recorder.slices.cend(), qsizetype(0)), big.size());
    QVERIFY(!recorder.initial.contains(false));
    // Removals, then modifications, then additions, each in their own order.
    QCOMPARE(recorder.ids.at(0), QStringLiteral("-i--1"));
    QCOMPARE(recorder.ids.at(1), QStringLiteral("~i--2"));
    QCOMPARE(recorder.ids.at(2), QStringLiteral("+i-0"));
    QCOMPARE(recorder.ids.last(), QStringLiteral("+i-4999"));
    // Progress rose to the total, over more than one turn; one batch signal, with everything.
    QVERIFY(progress.size() > 1);
    qsizetype last = 0;
    for (const QList<QVariant> &args : progress) {
        QVERIFY(args.at(0).value<qsizetype>() >= last);
        last = args.at(0).value<qsizetype>();
        QCOMPARE(args.at(1).value<qsizetype>(), big.size());
    }
    QCOMPARE(last, big.size());
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.at(0).at(0).value<RegistryChanges>().size(), big.size());
    QCOMPARE(applied.at(0).at(1).toBool(), true);
}

void tst_ChangeFeeder::fetchesKeepTheirOrder()
{
    Recorder recorder;
    ChangeFeeder feeder([&](const RegistryChanges &s, bool i) { recorder(s, i); });
    feeder.setBudget(1ms);
    QSignalSpy idle(&feeder, &ChangeFeeder::idle);
    feeder.enqueue(additions(0, 20000), true);
    RegistryChanges second;
    second.removed.append(instance(3));
    feeder.enqueue(second, false); // queued behind the first, even though it is small
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 10000);
    QCOMPARE(recorder.ids.size(), 20001);
    QCOMPARE(recorder.ids.last(), QStringLiteral("-i-3"));
    QCOMPARE(recorder.initial.last(), false);
    QVERIFY(recorder.slices.size() > 2);
}

// Each kind of change is sized by its own cost, fixed costs per slice included: removals that
// cost a large part of a frame each start one or two at a time and never make a turn run far
// over its budget; additions that cost little each but a fixed 2.5 ms per slice (what a
// sorting proxy spends walking its rows) grow into large slices instead of being trapped in
// small ones.
void tst_ChangeFeeder::slicesFollowEachKindsCost()
{
    Recorder recorder;
    constexpr qint64 removalNs = 1500000, modificationNs = 2000, additionNs = 2000, additionSliceNs = 2500000;
    constexpr qint64 budgetNs = 6000000;
    qint64 longestApplyNs = 0;
    QList<QList<int>> kindsPerSlice; // removed/modified/added counts of each slice
    // The feeder's clock moves only by what the slices cost: the sizing under test does not
    // depend on what else the machine runs (a build beside the suite once made 49 slices).
    qint64 now = 0;
    ChangeFeeder feeder([&](const RegistryChanges &s, bool i) {
        recorder(s, i);
        kindsPerSlice.append({int(s.removed.size()), int(s.modified.size()), int(s.added.size())});
        const qint64 cost = s.removed.size() * removalNs + s.modified.size() * modificationNs
            + (s.added.isEmpty() ? 0 : additionSliceNs + s.added.size() * additionNs);
        now += cost;
        longestApplyNs = std::max(longestApplyNs, cost);
    });
    feeder.setClock([&now] { return now; });
    feeder.setBudget(6ms);
    QSignalSpy idle(&feeder, &ChangeFeeder::idle);
    RegistryChanges mixed = additions(0, 3000);
    for (int i = 0; i < 12; ++i)
        mixed.removed.append(instance(10000 + i));
    for (int i = 0; i < 300; ++i)
        mixed.modified.append({instance(20000 + i), instance(20000 + i, InstanceStatus::Down)});
    feeder.enqueue(mixed, false);
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 20000);

    QCOMPARE(recorder.ids.size(), mixed.size());
    int additionSlices = 0;
    for (const QList<int> &kinds : std::as_const(kindsPerSlice)) {
        QCOMPARE(int(kinds.at(0) > 0) + int(kinds.at(1) > 0) + int(kinds.at(2) > 0), 1); // one kind per slice
        additionSlices += kinds.at(2) > 0;
    }
    QVERIFY2(kindsPerSlice.at(0).at(0) <= 2, "a kind's first slice is small");
    // A slice is sized by what the last ones cost: it overshoots by an estimate's error at most.
    QVERIFY2(longestApplyNs < budgetNs + 2 * removalNs, QByteArray::number(longestApplyNs).constData());
    // 3,000 additions at 2.5 ms a slice: one at a time would be 3,000 slices and 7.5 s.
    QVERIFY2(additionSlices < 40, QByteArray::number(additionSlices).constData());
}

QTEST_GUILESS_MAIN(tst_ChangeFeeder)
#include "tst_changefeeder.moc"
