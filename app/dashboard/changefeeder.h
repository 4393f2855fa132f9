// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/registrychanges.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <chrono>
#include <deque>
#include <functional>

// Hands registry changes to the dashboard's models a slice at a time, so that no turn of the
// GUI thread's event loop runs longer than a frame, however large the change: the first fetch
// of 100,000 instances, or a delta that touches all of them. Slices are sized from what the
// previous ones cost, keep the order of the changes (removals, modifications, then additions
// of one fetch, and one fetch after the other), and between two turns the event loop paints
// and takes input. What has been applied is handed to the background pool to be freed there.
class ChangeFeeder : public QObject
{
    Q_OBJECT

public:
    // Applies one slice; \a initial: the slice belongs to the first fetch of the cluster.
    using Apply = std::function<void(const Eureka::RegistryChanges &slice, bool initial)>;

    explicit ChangeFeeder(Apply apply, QObject *parent = nullptr);
    ~ChangeFeeder() override;

    // How long one turn of the event loop may take in all (default 6 ms: with the paint and
    // the timers due in the same pass, under a 60 Hz frame). What the models' changes set off
    // after a slice (the view's layout, painting) runs later in the turn, so the feeder
    // measures the whole turn and leaves it room.
    void setBudget(std::chrono::milliseconds budget) { m_budgetNs = qint64(budget.count()) * 1000000; }
    // Where the feeder reads the time, in ns from any fixed start (default: a monotonic clock).
    // Tests give it a clock that only their slices advance, so that how slices are sized does
    // not depend on what else the machine is running.
    using Clock = std::function<qint64()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }

    void enqueue(const Eureka::RegistryChanges &changes, bool initial);
    bool isIdle() const { return m_batches.empty(); }
    // Applied and total changes of the fetches queued now.
    qsizetype applied() const { return m_applied; }
    qsizetype total() const { return m_total; }
    // How long the last turn's slices took, in ns (for benchmarks).
    qint64 lastStepNs() const { return m_lastStepNs; }

Q_SIGNALS:
    void progress(qsizetype applied, qsizetype total);
    // A whole fetch's changes are applied; \a changes is all of them.
    void batchApplied(const Eureka::RegistryChanges &changes, bool initial);
    void idle();

private:
    struct Batch
    {
        Eureka::RegistryChanges changes;
        bool initial = false;
        qsizetype removed = 0, modified = 0, added = 0; // how many of each are applied
        qsizetype done() const { return removed + modified + added; }
    };
    enum Kind { Removed, Modified, Added, KindCount };
    // \a whole: apply everything queued now, whatever the clock says (a small change, foreseen
    // to fit in the turn: a slow first slice must not leave its last change for the next turn).
    void step(bool whole = false);
    static Kind nextKind(const Batch &batch);
    static Eureka::RegistryChanges takeSlice(Batch &batch, Kind kind, qsizetype count);
    static void disposeLater(Eureka::RegistryChanges changes);

    Apply m_apply;
    std::deque<Batch> m_batches;
    QTimer m_next;
    qint64 m_budgetNs = 6000000;
    // What slices of one kind of change cost, learnt from the slices applied.
    struct SliceCost
    {
        double fixedNs = 0;
        double perChangeNs;
        double bestPerChangeNs = 0; // the lowest cost a change showed in slices of 16 or more; 0: none yet
        qsizetype lastCount = 1;
        qsizetype largestCount = 1;
        qint64 lastNs = -1;
        double estimate(qsizetype count) const;
        qsizetype countFor(qint64 leftNs, qint64 turnBudgetNs) const;
        void learn(qsizetype count, qint64 ns);
    };
    // Cautious first guesses, apart for the first fetch (rows added to an empty table) and for
    // later ones. Removals and later additions are guessed dear.
    SliceCost m_cost[2][KindCount] = {{{0, 500000}, {0, 20000}, {0, 100000}}, {{0, 500000}, {0, 20000}, {0, 20000}}};
    double m_overheadNs = 3000000; // what a turn spends besides our slices, measured likewise
    qint64 nowNs() const { return m_clock ? m_clock() : m_monotonic.nsecsElapsed(); }
    Clock m_clock;
    QElapsedTimer m_monotonic;
    qint64 m_lastStepStartNs = -1;
    qint64 m_lastWorkNs = -1;
    qint64 m_lastStepNs = 0;
    qsizetype m_applied = 0;
    qsizetype m_total = 0;
};
