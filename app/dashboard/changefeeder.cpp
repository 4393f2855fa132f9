// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "changefeeder.h"

#include "dashboardlogging.h"
#include "freeonpool.h"

#include <QtCore/QElapsedTimer>

#include <algorithm>

using namespace Eureka;

namespace {
constexpr qsizetype MinSlice = 1;
constexpr qsizetype MaxSlice = 20000;
constexpr double MinPerChangeNs = 100;
// What slices may take in a turn however long the rest of it (the paint: 5-7 ms of a 100,000-row
// table on this VM's offscreen raster). At 1 ms, once the GUI thread stopped faulting in its
// arrays again on every slice, the first fetch of 100,000 rows took 2.4-3.3 s in 300-400 turns;
// at 2 ms, 1.3-1.7 s in 170-210 turns, with the longest turn no longer (bench_dashboard 100000).
constexpr qint64 MinSliceBudgetNs = 2000000;

const char *kindName(int kind)
{
    static const char *const names[] = {"removals", "modifications", "additions"};
    return names[kind];
}
} // namespace

ChangeFeeder::ChangeFeeder(Apply apply, QObject *parent)
    : QObject(parent)
    , m_apply(std::move(apply))
{
    m_monotonic.start();
    m_next.setObjectName(QStringLiteral("feeder-step")); // names the turns in profiles and the soak
    m_next.setSingleShot(true);
    m_next.setInterval(0); // the next turn, after whatever else is waiting (paints, input)
    connect(&m_next, &QTimer::timeout, this, [this] { step(); });
}

ChangeFeeder::~ChangeFeeder() = default;

void ChangeFeeder::enqueue(const RegistryChanges &changes, bool initial)
{
    if (changes.isEmpty())
        return;
    if (m_batches.empty())
        m_applied = m_total = 0;
    m_batches.push_back({changes, initial});
    m_total += changes.size();
    // Small changes (the usual delta) are applied at once, in this turn, as before.
    const SliceCost *cost = m_cost[initial];
    const double estimate = cost[Removed].estimate(changes.removed.size())
        + cost[Modified].estimate(changes.modified.size()) + cost[Added].estimate(changes.added.size());
    if (m_batches.size() == 1 && estimate <= double(m_budgetNs) - m_overheadNs)
        step(true);
    else if (!m_next.isActive())
        m_next.start();
}

ChangeFeeder::Kind ChangeFeeder::nextKind(const Batch &batch)
{
    if (batch.removed < batch.changes.removed.size())
        return Removed;
    if (batch.modified < batch.changes.modified.size())
        return Modified;
    return Added;
}

// One kind at a time: a removal costs far more than a modification (a sorting proxy moves its
// mapping for it), so each kind has its own cost estimate.
RegistryChanges ChangeFeeder::takeSlice(Batch &batch, Kind kind, qsizetype count)
{
    RegistryChanges slice;
    const RegistryChanges &all = batch.changes;
    const auto take = [count](const auto &list, qsizetype &done, auto &into) {
        const qsizetype n = std::min(count, list.size() - done);
        into = list.mid(done, n);
        done += n;
    };
    switch (kind) {
    case Removed: take(all.removed, batch.removed, slice.removed); break;
    case Modified: take(all.modified, batch.modified, slice.modified); break;
    case Added: take(all.added, batch.added, slice.added); break;
    }
    return slice;
}

double ChangeFeeder::SliceCost::estimate(qsizetype count) const
{
    return count == 0 ? 0.0 : fixedNs + double(count) * perChangeNs;
}

// At most twice the largest slice of the kind so far: the cost of a change varies with where it lands,
// so a cheap slice is no promise, and a kind's first guess may be wrong.
// At least as many changes as the fixed part is worth (within the whole turn's budget): once a
// table of tens of thousands of rows makes the fixed part larger than what a turn leaves after
// the paint, slices of one change would each pay it, and the first fetch of 100,000 instances
// took 100,000 turns (six minutes) instead of a few hundred.
qsizetype ChangeFeeder::SliceCost::countFor(qint64 leftNs, qint64 turnBudgetNs) const
{
    const auto fits = qsizetype((double(leftNs) - fixedNs) / perChangeNs);
    const auto worthIt = qsizetype(fixedNs / perChangeNs);
    const auto withinTurn = qsizetype((double(turnBudgetNs) - fixedNs) / perChangeNs);
    return std::clamp(std::max(fits, std::min(worthIt, withinTurn)), MinSlice, std::min(2 * largestCount, MaxSlice));
}

// A slice costs a fixed part (a sorting proxy walks its rows once per slice) and a part per
// change. Two slices of clearly different sizes tell them apart; otherwise what the model
// missed goes to the part per change.
void ChangeFeeder::SliceCost::learn(qsizetype count, qint64 ns)
{
    const double k = double(std::max<qsizetype>(1, count)), c = double(ns);
    // The fixed part is never more than a whole slice: a one-off stall must not pin the
    // estimate (and every later slice at one change) for good.
    double fixed = std::min(fixedNs, c), per = std::max(0.0, c - fixed) / k;
    const double k0 = double(lastCount);
    if (lastNs >= 0 && std::abs(k - k0) * 4 >= std::max(k, k0)) {
        const double slope = (c - double(lastNs)) / (k - k0);
        const double intercept = c - slope * k;
        if (slope > 0 && intercept >= 0) {
            per = slope;
            fixed = intercept;
        }
    }
    // The fixed part moves by halves both ways; the part per change rises at once when a
    // slice cost clearly more than foreseen.
    const double foreseen = estimate(count);
    fixedNs = 0.5 * (fixedNs + fixed);
    perChangeNs = std::max(MinPerChangeNs, c > 1.5 * foreseen ? per : 0.5 * (perChangeNs + per));
    // Slices of one or two changes cannot tell the parts apart: when a growing table's fixed part
    // outgrows the turn, it all lands on the part per change, the next slice is one change again,
    // and the first fetch of 100,000 instances crawled at a change a turn for ten minutes. What
    // large slices of this kind have shown bounds the part per change.
    if (count >= 16)
        bestPerChangeNs = bestPerChangeNs > 0 ? std::min(bestPerChangeNs, c / k) : c / k;
    if (bestPerChangeNs > 0)
        perChangeNs = std::min(perChangeNs, 8 * bestPerChangeNs);
    lastCount = std::max<qsizetype>(1, count);
    largestCount = std::max(largestCount, lastCount);
    lastNs = ns;
}

void ChangeFeeder::step(bool whole)
{
    // The last turn took this long in all, of which our slices took m_lastWorkNs.
    const qint64 turnStartNs = nowNs();
    if (m_lastWorkNs >= 0 && m_lastStepStartNs >= 0) {
        const double overhead = double(std::max<qint64>(0, turnStartNs - m_lastStepStartNs - m_lastWorkNs));
        m_overheadNs = 0.5 * m_overheadNs + 0.5 * overhead;
    }
    m_lastStepStartNs = turnStartNs;
    const qint64 budget = std::clamp(qint64(double(m_budgetNs) - m_overheadNs), std::min(MinSliceBudgetNs, m_budgetNs), m_budgetNs);
    bool appliedThisTurn = false;
    while (!m_batches.empty()) {
        const qint64 left = budget - (nowNs() - turnStartNs);
        if (left <= 0 && !whole)
            break;
        Batch &batch = m_batches.front();
        const Kind kind = nextKind(batch);
        SliceCost &cost = m_cost[batch.initial][kind];
        const qsizetype remaining = kind == Removed ? batch.changes.removed.size() - batch.removed
                                    : kind == Modified ? batch.changes.modified.size() - batch.modified
                                                       : batch.changes.added.size() - batch.added;
        const qsizetype count = whole ? remaining : cost.countFor(left, m_budgetNs);
        // The tail of a turn is left to the event loop: a slice pays a fixed cost (a sorting
        // proxy walks its rows once per slice), not worth paying for a handful of changes.
        if (!whole && appliedThisTurn && count < cost.largestCount / 2)
            break;
        const RegistryChanges slice = takeSlice(batch, kind, count);
        const qint64 sliceStartNs = nowNs();
        m_apply(slice, batch.initial);
        const qint64 sliceNs = nowNs() - sliceStartNs;
        qCDebug(lcFeeder, "slice of %lld %s: %lld ns (foreseen: fixed %.0f ns + %.0f ns each; %lld ns left)",
                qint64(slice.size()), kindName(kind), sliceNs, cost.fixedNs, cost.perChangeNs, left);
        cost.learn(slice.size(), sliceNs);
        appliedThisTurn = true;
        m_applied += slice.size();
        disposeLater(slice);
        if (batch.done() == batch.changes.size()) {
            Batch finished = std::move(m_batches.front());
            m_batches.pop_front();
            Q_EMIT batchApplied(finished.changes, finished.initial);
            disposeLater(std::move(finished.changes));
        }
    }
    m_lastStepNs = nowNs() - turnStartNs;
    Q_EMIT progress(m_applied, m_total);
    if (m_batches.empty()) {
        m_lastWorkNs = -1; // the next step starts a new run: no turn to learn from
        Q_EMIT idle();
    } else {
        m_lastWorkNs = nowNs() - turnStartNs;
        m_next.start();
    }
}

// The last copies of instances a large change replaced would otherwise be freed here, on the
// GUI thread: tens of milliseconds for 100,000 of them.
void ChangeFeeder::disposeLater(RegistryChanges changes)
{
    if (changes.size() >= 256)
        freeOnPool(std::move(changes));
}
