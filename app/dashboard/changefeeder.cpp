// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "changefeeder.h"

#include "freeonpool.h"

#include <QtCore/QElapsedTimer>

#include <algorithm>

using namespace Eureka;

namespace {
constexpr qsizetype MinSlice = 1;
constexpr qsizetype MaxSlice = 20000;
constexpr double ExpensiveNs = 50000; // above the first guess for modifications and additions
constexpr qint64 MaxSliceNs = 2000000;
} // namespace

ChangeFeeder::ChangeFeeder(Apply apply, QObject *parent)
    : QObject(parent)
    , m_apply(std::move(apply))
{
    m_next.setSingleShot(true);
    m_next.setInterval(0); // the next turn, after whatever else is waiting (paints, input)
    connect(&m_next, &QTimer::timeout, this, &ChangeFeeder::step);
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
    const double *nsPer = m_nsPerChange[initial];
    const double estimate = double(changes.removed.size()) * nsPer[Removed] + double(changes.modified.size()) * nsPer[Modified]
        + double(changes.added.size()) * nsPer[Added];
    if (m_batches.size() == 1 && estimate <= double(m_budgetNs) - m_overheadNs)
        step();
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

void ChangeFeeder::step()
{
    // The last turn took this long in all, of which our slices took m_lastWorkNs.
    if (m_lastWorkNs >= 0 && m_sinceLastStep.isValid()) {
        const double overhead = double(std::max<qint64>(0, m_sinceLastStep.nsecsElapsed() - m_lastWorkNs));
        m_overheadNs = 0.5 * m_overheadNs + 0.5 * overhead;
    }
    m_sinceLastStep.start();
    const qint64 budget = std::clamp(qint64(double(m_budgetNs) - m_overheadNs), qint64(1000000), m_budgetNs);
    QElapsedTimer turn;
    turn.start();
    while (!m_batches.empty()) {
        const qint64 left = budget - turn.nsecsElapsed();
        if (left <= 0)
            break;
        Batch &batch = m_batches.front();
        const Kind kind = nextKind(batch);
        double &nsPerChange = m_nsPerChange[batch.initial][kind];
        // Changes that cost a large part of a frame each (a removal from a sorted proxy over
        // 100,000 rows: 0.3-0.8 ms, varying) go one at a time, cheaper ones in slices of at most
        // MaxSliceNs: the clock is read often enough that a wrong estimate costs little.
        const auto count = nsPerChange >= ExpensiveNs
            ? qsizetype(1)
            : std::clamp(qsizetype(double(std::min(left, MaxSliceNs)) / nsPerChange), MinSlice, MaxSlice);
        const RegistryChanges slice = takeSlice(batch, kind, count);
        QElapsedTimer cost;
        cost.start();
        m_apply(slice, batch.initial);
        // Up at once, down gently: one slice over the budget costs a frame, a slice too
        // small only a little time.
        const double measured = double(cost.nsecsElapsed()) / double(std::max<qsizetype>(1, slice.size()));
        nsPerChange = std::max(100.0, measured > nsPerChange ? measured : 0.75 * nsPerChange + 0.25 * measured);
        m_applied += slice.size();
        disposeLater(slice);
        if (batch.done() == batch.changes.size()) {
            Batch finished = std::move(m_batches.front());
            m_batches.pop_front();
            Q_EMIT batchApplied(finished.changes, finished.initial);
            disposeLater(std::move(finished.changes));
        }
    }
    m_lastStepNs = turn.nsecsElapsed();
    Q_EMIT progress(m_applied, m_total);
    if (m_batches.empty()) {
        m_lastWorkNs = -1; // the next step starts a new run: no turn to learn from
        Q_EMIT idle();
    } else {
        m_lastWorkNs = turn.nsecsElapsed();
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
