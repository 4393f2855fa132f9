// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "instancetablemodel.h"

#include "instanceversion.h"

#include "durationtext.h"
#include "statustext.h"

#include <EurekaClient/applications.h>

#include <QtCore/QDateTime>

#include <algorithm>

using namespace Eureka;

InstanceTableModel::InstanceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void InstanceTableModel::setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

int InstanceTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_slotOfRow.size()); }
int InstanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_metadataColumns.size());
}

void InstanceTableModel::setMetadataColumns(const QStringList &keys)
{
    for (int i = int(m_metadataColumns.size()) - 1; i >= 0; --i) {
        if (keys.contains(m_metadataColumns.at(i)))
            continue;
        beginRemoveColumns({}, ColumnCount + i, ColumnCount + i);
        m_metadataColumns.removeAt(i);
        endRemoveColumns();
    }
    for (const QString &key : keys) {
        if (key.isEmpty() || m_metadataColumns.contains(key))
            continue;
        const int column = columnCount();
        beginInsertColumns({}, column, column);
        m_metadataColumns.append(key);
        endInsertColumns();
    }
}


QString InstanceTableModel::ago(qint64 timestamp) const
{
    return timestamp > 0 ? DurationText::ago(m_clock() - timestamp) : QString();
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Slot &slot = slotAt(index.row());
    const InstanceInfo &info = slot.info;
    switch (role) {
    case StatusRole:
        return int(info.status());
    case InstanceRole:
        return QVariant::fromValue(info);
    case SearchTextRole: {
        QStringList parts{info.app(), info.instanceId(), info.hostName(), info.ipAddr(), info.vipAddress(),
                          info.zone(), info.statusText()};
        for (const auto &[key, value] : info.metadata())
            parts << key << value;
        return parts.join(QLatin1Char('\n')).toLower();
    }
    case SortRole:
        switch (index.column()) {
        case Port:
            return info.port();
        case LastRenewal:
            return -slot.lease.lastRenewalTimestamp; // most recent first when ascending
        case Uptime:
            return -slot.lease.serviceUpTimestamp;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == LastRenewal || index.column() == Uptime) {
            const LeaseInfo &lease = slot.lease;
            const qint64 t = index.column() == LastRenewal ? lease.lastRenewalTimestamp : lease.serviceUpTimestamp;
            return t > 0 ? QDateTime::fromMSecsSinceEpoch(t).toString(Qt::ISODate) : QVariant();
        }
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case App: return info.app();
        case InstanceId: return info.instanceId();
        case Host: return info.hostName();
        case Ip: return info.ipAddr();
        case Port: return info.isSecurePortEnabled() && !info.isPortEnabled() ? info.securePort() : info.port();
        case Zone: return info.zone();
        case Status: return StatusText::name(info.status(), info.statusText());
        case Overridden:
            return info.overriddenStatus() == InstanceStatus::Unknown ? QString()
                                                                      : StatusText::name(info.overriddenStatus(), info.overriddenStatusText());
        case LastRenewal: return ago(slot.lease.lastRenewalTimestamp);
        case Uptime: {
            const qint64 up = slot.lease.serviceUpTimestamp;
            return up > 0 && info.status() == InstanceStatus::Up ? DurationText::span(m_clock() - up) : QString();
        }
        case Version: return InstanceVersion::of(info);
        default: return info.metadataValue(m_metadataColumns.value(index.column() - ColumnCount));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Port)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section >= ColumnCount) {
        const QString key = m_metadataColumns.at(section - ColumnCount);
        if (role == KeyRole)
            return QStringLiteral("metadata.") + key;
        if (role == Qt::ToolTipRole)
            return tr("Metadata: %1").arg(key);
        return role == Qt::DisplayRole ? QVariant(key) : QVariant();
    }
    static const char *const keys[ColumnCount] = {"app", "instanceId", "hostName", "ipAddr", "port", "zone",
                                                  "status", "overriddenStatus", "lastRenewal", "uptime", "version"};
    if (role == KeyRole)
        return QString::fromLatin1(keys[section]);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case App: return tr("Application");
    case InstanceId: return tr("Instance ID");
    case Host: return tr("Host");
    case Ip: return tr("IP");
    case Port: return tr("Port");
    case Zone: return tr("Zone");
    case Status: return tr("Status");
    case Overridden: return tr("Override");
    case LastRenewal: return tr("Last renewal");
    case Uptime: return tr("Uptime");
    case Version: return tr("Version");
    }
    return {};
}

void InstanceTableModel::applyChanges(const RegistryChanges &changes)
{
    QList<int> gone;
    for (const InstanceInfo &info : changes.removed) {
        const int row = rowOf(info.instanceId());
        if (row >= 0)
            gone.append(row);
    }
    removeRows(gone);

    for (const InstanceChange &change : changes.modified) {
        const int row = rowOf(change.after.instanceId());
        if (row < 0)
            continue;
        Slot &slot = slotAt(row);
        // The application column (the view's usual sort key) only when the application
        // changed: a sorting proxy moves every row whose sort column is in the changed
        // range, and a whole-registry status flip would move 100,000 rows for nothing.
        const int first = slot.info.app() == change.after.app() ? InstanceId : App;
        slot.info = change.after;
        setLease(m_slotOfRow.at(row), newerLease(slot.lease, change.after.leaseInfo()));
        Q_EMIT dataChanged(index(row, first), index(row, columnCount() - 1));
    }

    QList<InstanceInfo> fresh;
    for (const InstanceInfo &info : changes.added) {
        const int row = rowOf(info.instanceId());
        if (row >= 0) { // already shown (a re-registration): update in place
            Slot &slot = slotAt(row);
            slot.info = info;
            setLease(m_slotOfRow.at(row), info.leaseInfo());
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        } else {
            fresh.append(info);
        }
    }
    if (!fresh.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const InstanceInfo &info : std::as_const(fresh)) {
            int slot;
            if (m_freeSlots.isEmpty()) {
                slot = int(m_slots.size());
                m_slots.emplace_back();
                m_timings.emplace_back();
                m_rowOfSlot.append(-1);
            } else {
                slot = m_freeSlots.takeLast();
            }
            m_slots[slot] = {info, info.instanceId(), {}};
            setLease(slot, info.leaseInfo());
            m_rowOfSlot[slot] = int(m_slotOfRow.size());
            m_slotOfRow.append(slot);
            m_slotById.insert(m_slots[slot].id, slot);
        }
        endInsertRows();
    }
    Q_EMIT changesApplied();
}

void InstanceTableModel::removeRows(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    Q_EMIT rowsAboutToBeRemovedTogether(rows);
    // Contiguous runs go in one signal; the index is rebuilt once, from the first row removed.
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) - 1)
            ++j;
        const int first = rows.at(j), last = rows.at(i);
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r) {
            const int slot = m_slotOfRow.at(r);
            m_slotById.remove(m_slots[slot].id);
            m_slots[slot] = {};
            m_rowOfSlot[slot] = -1;
            m_freeSlots.append(slot);
        }
        m_slotOfRow.remove(first, last - first + 1);
        endRemoveRows();
        i = j + 1;
    }
    for (int r = rows.last(); r < m_slotOfRow.size(); ++r)
        m_rowOfSlot[m_slotOfRow.at(r)] = r;
}

int InstanceTableModel::updateLeases(const QHash<QString, LeaseInfo> &leases, int firstRow, int count,
                                     QDeadlineTimer deadline)
{
    int first = -1, last = -1;
    int end = std::min(rowCount(), int(std::min<qint64>(INT_MAX, qint64(firstRow) + count)));
    for (int row = std::max(0, firstRow); row < end; ++row) {
        // The same number of rows costs 2 ms or 10 when another thread has just flushed the
        // caches: the caller's time, not a row count, bounds a turn.
        if ((row & 255) == 255 && deadline.hasExpired()) {
            end = row;
            break;
        }
        Slot &slot = slotAt(row);
        const auto it = leases.constFind(slot.id);
        if (it == leases.constEnd())
            continue;
        const LeaseInfo fresh = newerLease(slot.lease, *it);
        if (fresh == slot.lease)
            continue; // an older cached copy must not move renewals back
        setLease(m_slotOfRow.at(row), fresh);
        if (first < 0)
            first = row;
        last = row;
    }
    if (first >= 0) {
        Q_EMIT dataChanged(index(first, LastRenewal), index(last, Uptime));
        Q_EMIT changesApplied();
    }
    return end;
}

void InstanceTableModel::setLease(int slot, const LeaseInfo &lease)
{
    m_slots[size_t(slot)].lease = lease;
    m_timings[size_t(slot)] = {lease.lastRenewalTimestamp, lease.renewalIntervalInSecs, lease.durationInSecs};
}

InstanceInfo InstanceTableModel::instanceAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const Slot &slot = slotAt(row);
    InstanceInfo info = slot.info;
    if (info.leaseInfo() != slot.lease)
        info.setLeaseInfo(slot.lease);
    return info;
}

// Deltas and full fetches may carry an older copy of a lease than one already seen (a cached
// answer, a lagging replica): renewal times only move forward within one registration.
LeaseInfo InstanceTableModel::newerLease(const LeaseInfo &held, const LeaseInfo &incoming)
{
    if (incoming.registrationTimestamp == held.registrationTimestamp
        && incoming.lastRenewalTimestamp < held.lastRenewalTimestamp)
        return held;
    return incoming;
}

void InstanceTableModel::reserve(qsizetype rows)
{
    if (rows <= m_slotOfRow.capacity())
        return;
    // Geometrically, and with room to spare: a caller reserving one more row per delta would
    // otherwise copy every slot each time, and the first registration after the first fetch
    // would rehash 100,000 ids in one turn (20 ms).
    rows = std::max(rows + rows / 4, m_slotOfRow.capacity() + m_slotOfRow.capacity() / 2);
    m_slotById.reserve(rows);
    m_timings.reserve(size_t(rows));
    m_slotOfRow.reserve(rows);
    m_rowOfSlot.reserve(rows);
}

void InstanceTableModel::clear()
{
    if (m_slotOfRow.isEmpty())
        return;
    // Switching to another cluster replaces everything: the one place a reset is right.
    beginResetModel();
    m_slots = {};
    m_timings = {};
    m_slotById.clear();
    m_slotOfRow.clear();
    m_rowOfSlot.clear();
    m_freeSlots.clear();
    endResetModel();
}
