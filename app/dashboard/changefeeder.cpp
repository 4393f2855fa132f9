// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "changefeeder.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QThreadPool>

#include <algorithm>

using namespace Eureka;

namespace {
constexpr qsizetype MinSlice = 16;
constexpr qsizetype MaxSlice = 20000;
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
    if (m_batches.size() == 1 && double(changes.size()) * m_nsPerChange <= double(m_budgetNs) - m_overheadNs)
        step();
    else if (!m_next.isActive())
        m_next.start();
}

RegistryChanges ChangeFeeder::takeSlice(Batch &batch, qsizetype count)
{
    RegistryChanges slice;
    const RegistryChanges &all = batch.changes;
    const auto take = [&count](const auto &list, qsizetype &done, auto &into) {
        const qsizetype n = std::min(count, list.size() - done);
        if (n <= 0)
            return;
        into = list.mid(done, n);
        done += n;
        count -= n;
    };
    take(all.removed, batch.removed, slice.removed);
    take(all.modified, batch.modified, slice.modified);
    take(all.added, batch.added, slice.added);
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
        const auto count = std::clamp(qsizetype(double(left) / m_nsPerChange), MinSlice, MaxSlice);
        const RegistryChanges slice = takeSlice(batch, count);
        QElapsedTimer cost;
        cost.start();
        m_apply(slice, batch.initial);
        // A moving average: slices of the same fetch cost about the same per change.
        const double measured = double(cost.nsecsElapsed()) / double(std::max<qsizetype>(1, slice.size()));
        m_nsPerChange = std::max(100.0, 0.5 * m_nsPerChange + 0.5 * measured);
        m_applied += slice.size();
        disposeLater(slice);
        if (batch.done() == batch.changes.size()) {
            Batch finished = std::move(m_batches.front());
            m_batches.pop_front();
            Q_EMIT batchApplied(finished.changes, finished.initial);
            disposeLater(std::move(finished.changes));
        }
    }
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
    if (changes.size() < 256)
        return;
    QThreadPool::globalInstance()->start([changes = std::move(changes)]() mutable { changes = RegistryChanges(); });
}
