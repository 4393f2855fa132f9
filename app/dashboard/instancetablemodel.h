// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/instanceinfo.h>
#include <EurekaClient/leaseinfo.h>
#include <EurekaClient/registrychanges.h>

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QList>

#include <functional>

namespace Eureka {
class Applications;
}

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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Eureka::InstanceInfo instanceAt(int row) const { return m_rows.value(row); }
    int rowOf(const QString &instanceId) const
    {
        const int slot = m_slotById.value(instanceId, -1);
        return slot < 0 ? -1 : m_rowOfSlot.at(slot);
    }
    QList<Eureka::InstanceInfo> instances() const { return m_rows; }

    // Applies what a fetch changed: O(changes) for additions and modifications.
    void applyChanges(const Eureka::RegistryChanges &changes);
    // Takes lease timings (last renewal, uptime) from a fresh full registry, by instance id,
    // for up to \a count rows from \a firstRow; returns the row after the last one looked at.
    // Deltas do not carry renewals, so the dashboard refreshes them from time to time, a
    // slice of rows per event-loop turn.
    int updateLeases(const QHash<QString, Eureka::LeaseInfo> &leases, int firstRow, int count);
    // Room for this many rows, so that a large fetch applied in slices does not rehash the
    // id index (a pause of several ms at 65,536 rows) in the middle of a turn.
    void reserve(qsizetype rows);
    // Drops every row (switching clusters).
    void clear();
    // Tells views that "12 s ago" texts moved on.
    void refreshTimes();

private:
    QString statusText(const Eureka::InstanceInfo &info) const;
    QString ago(qint64 timestamp) const;
    void removeRows(QList<int> rows);

    QList<Eureka::InstanceInfo> m_rows;
    // Each row's id, decoded once: re-indexing after a removal (O(rows after it)) then shares
    // these strings instead of decoding and allocating an id per row (100 ms at 100,000 rows).
    QList<QString> m_ids;
    // Rows are found by id through a slot that an instance keeps while it is shown: removing a
    // row then renumbers the rows after it in two integer arrays (a fraction of a millisecond
    // at 100,000 rows) instead of re-hashing every id after it (~50 ms).
    QHash<QString, int> m_slotById;
    QList<int> m_slotOfRow;
    QList<int> m_rowOfSlot; // -1: free
    QList<int> m_freeSlots;
    std::function<qint64()> m_clock;
};
