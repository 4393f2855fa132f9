// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/instanceinfo.h>
#include <EurekaClient/leaseinfo.h>
#include <EurekaClient/registrychanges.h>

#include <QtCore/QAbstractTableModel>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QHash>
#include <QtCore/QList>

#include <deque>
#include <functional>
#include <vector>

namespace Eureka {
class Applications;
}

// When a row's lease was last renewed and what it promised: all the renewal estimate reads.
struct LeaseTiming
{
    qint64 lastRenewalTimestamp = 0;
    qint32 renewalIntervalInSecs = 0;
    qint32 durationInSecs = 0;

    // Not renewed for longer than its lease duration (or never seen renewed), as of \a now (ms):
    // what the server would evict, and what the renewal estimate counts as lapsed.
    bool lapsedAt(qint64 now) const
    {
        return lastRenewalTimestamp <= 0 || now - lastRenewalTimestamp > qint64(durationInSecs > 0 ? durationInSecs : 1) * 1000;
    }
};

// What the instance table keeps of one shown instance, in a slot that stays the instance's
// while it is shown.
struct InstanceTableSlot
{
    Eureka::InstanceInfo info;
    // Decoded once: lookups and re-indexing share this string.
    QString id;
    // Apart from the instance: refreshing a renewal time writes 40 bytes here instead of
    // copying the instance out of the registry it shares with the client.
    Eureka::LeaseInfo lease;
};

// Every instance of a registry, one row each. Kept in step with the client's change
// signals row by row (insert, dataChanged, remove), never reset, so that selection and
// scroll position survive live updates.
class InstanceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { App, InstanceId, Host, Ip, Port, Zone, Status, Overridden, LastRenewal, Uptime, Version, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // a raw value that sorts right (numbers, timestamps)
        StatusRole,                  // Eureka::InstanceStatus as int
        SearchTextRole,              // names, hosts, IPs and metadata, lower case
        InstanceRole,                // the whole Eureka::InstanceInfo
        KeyRole,                     // header: a stable machine name for exports ("instanceId")
    };

    explicit InstanceTableModel(QObject *parent = nullptr);

    // Milliseconds since the epoch; tests and benchmarks move time themselves.
    void setClock(std::function<qint64()> clock);
    // Metadata keys shown as columns after the fixed ones ("git.commit", "team"), in order;
    // columns are inserted and removed one by one, so views keep their other columns' widths.
    void setMetadataColumns(const QStringList &keys);
    QStringList metadataColumns() const { return m_metadataColumns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row's instance, with the freshest lease the model knows.
    Eureka::InstanceInfo instanceAt(int row) const;
    int rowOf(const QString &instanceId) const
    {
        const int slot = m_slotById.value(instanceId, -1);
        return slot < 0 ? -1 : m_rowOfSlot.at(slot);
    }
    // Every row's renewal timing, in no particular order: what the health strip's renewal
    // estimate reads each second. From a compact array beside the slots (16 bytes a row, 1.6 MB
    // at 100,000 rows): walking the slots themselves, 7 per deque block, took 3-15 ms a second
    // of the GUI thread, cache misses mostly, once the registry thread's decodes had gone
    // through the caches.
    template<typename Visit>
    void forEachLeaseTiming(Visit visit) const
    {
        for (size_t slot = 0; slot < m_timings.size(); ++slot) {
            if (m_rowOfSlot[qsizetype(slot)] >= 0)
                visit(m_timings[slot]);
        }
    }

    LeaseTiming leaseTimingAt(int row) const { return m_timings[size_t(m_slotOfRow.at(row))]; }

    // Applies what a fetch changed: O(changes) for additions and modifications.
    void applyChanges(const Eureka::RegistryChanges &changes);
    // Takes lease timings (last renewal, uptime) from a fresh full registry, by instance id,
    // for up to \a count rows from \a firstRow and until \a deadline; returns the row after the
    // last one looked at.
    // Deltas do not carry renewals, so the dashboard refreshes them from time to time, a
    // slice of rows per event-loop turn.
    int updateLeases(const QHash<QString, Eureka::LeaseInfo> &leases, int firstRow, int count,
                     QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));
    // Room for this many rows, so that a large fetch applied in slices does not rehash the
    // id index (a pause of several ms at 65,536 rows) in the middle of a turn.
    void reserve(qsizetype rows);
    // Drops every row (switching clusters).
    void clear();
    // Says that texts computed from the clock ("12 s ago", uptimes) moved on. The values behind
    // them (timestamps) did not, so no row changes: a dataChanged over every row each second
    // would have a sorting proxy walk all 100,000 of them (8 ms a second); views repaint the
    // rows they show instead.
    void refreshTimes() { Q_EMIT timeTextsMoved(); }

Q_SIGNALS:
    void timeTextsMoved();
    // Emitted after applyChanges() and updateLeases(): a sorting proxy re-sorts what they
    // changed once, not once per row.
    void changesApplied();
    // Before rows scattered over the table are removed one run at a time (descending row
    // numbers): a sorting proxy can take them all out of its view at once.
    void rowsAboutToBeRemovedTogether(const QList<int> &rows);

public:

private:
    QString statusText(const Eureka::InstanceInfo &info) const;
    QString ago(qint64 timestamp) const;
    void removeRows(QList<int> rows);
    static Eureka::LeaseInfo newerLease(const Eureka::LeaseInfo &held, const Eureka::LeaseInfo &incoming);
    void setLease(int slot, const Eureka::LeaseInfo &lease);
    using Slot = InstanceTableSlot;
    QStringList m_metadataColumns;
    const Slot &slotAt(int row) const { return m_slots[size_t(m_slotOfRow.at(row))]; }
    Slot &slotAt(int row) { return m_slots[size_t(m_slotOfRow.at(row))]; }

    // Rows are an order over slots: removing a row moves one integer array and renumbers the
    // rows after it (a fraction of a millisecond at 100,000 rows) instead of moving the
    // instances, their ids and leases, or re-hashing every id after it. A deque, because it
    // grows without moving what it holds (a contiguous array of 100,000 slots would copy
    // 7 MB in one turn each time it grew).
    std::deque<Slot> m_slots;
    std::vector<LeaseTiming> m_timings; // by slot
    QHash<QString, int> m_slotById;
    QList<int> m_slotOfRow;
    QList<int> m_rowOfSlot; // -1: free
    QList<int> m_freeSlots;
    std::function<qint64()> m_clock;
};
