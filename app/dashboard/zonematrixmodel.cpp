// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "zonematrixmodel.h"

#include <QtGui/QBrush>
#include <QtGui/QColor>

#include <algorithm>

using namespace Eureka;

namespace {
// Translucent, so that they read on light and dark palettes alike.
QColor healthColour(int up, int total)
{
    if (up == total)
        return QColor(46, 160, 67, 70); // all UP
    if (up == 0)
        return QColor(218, 54, 51, 90); // none UP
    return QColor(227, 140, 28, 80);    // some down
}
} // namespace

ZoneMatrixModel::ZoneMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ZoneMatrixModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int ZoneMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_zones.size()) + 2;
}

QString ZoneMatrixModel::zoneAt(int column) const
{
    return column >= 1 && column <= m_zones.size() ? m_zones.at(column - 1) : QString();
}

bool ZoneMatrixModel::singleZone(const Row &row) const
{
    if (m_zones.size() < 2)
        return false;
    int zonesWithUp = 0;
    for (const Cell &cell : row.cells)
        zonesWithUp += cell.up > 0 ? 1 : 0;
    return zonesWithUp == 1;
}

QStringList ZoneMatrixModel::singleZoneApplications() const
{
    QStringList apps;
    for (const Row &row : m_rows) {
        if (singleZone(row))
            apps.append(row.name);
    }
    return apps;
}

QVariant ZoneMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == AppNameRole)
        return row.name;
    if (role == ZoneRole)
        return zoneAt(column);
    if (role == SingleZoneRole)
        return singleZone(row);
    if (column == 0)
        return role == Qt::DisplayRole ? QVariant(row.name) : QVariant();

    if (column == spreadColumn()) {
        int zonesWithUp = 0;
        QString where;
        for (qsizetype z = 0; z < row.cells.size(); ++z) {
            if (row.cells.at(z).up > 0) {
                ++zonesWithUp;
                where = m_zones.at(z);
            }
        }
        switch (role) {
        case Qt::DisplayRole:
            return tr("UP in %1 of %2").arg(zonesWithUp).arg(m_zones.size());
        case Qt::ForegroundRole:
            if (singleZone(row) || zonesWithUp == 0)
                return QBrush(QColor(200, 80, 20));
            break;
        case Qt::ToolTipRole:
            if (singleZone(row))
                return tr("Every UP instance of %1 is in %2: losing that zone loses the service").arg(row.name, where);
            if (zonesWithUp == 0)
                return tr("No UP instance of %1 in any zone").arg(row.name);
            break;
        }
        return {};
    }

    const Cell cell = row.cells.value(column - 1);
    switch (role) {
    case UpRole:
        return cell.up;
    case TotalRole:
        return cell.total;
    case Qt::DisplayRole:
        return cell.total == 0 ? QString() : QStringLiteral("%1/%2").arg(cell.up).arg(cell.total);
    case Qt::BackgroundRole:
        return cell.total == 0 ? QVariant() : QVariant(QBrush(healthColour(cell.up, cell.total)));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        if (cell.total > 0)
            return tr("%1 in %2: %3 of %4 instance(s) UP; click to list them")
                .arg(row.name, zoneAt(column))
                .arg(cell.up)
                .arg(cell.total);
        break;
    }
    return {};
}

QVariant ZoneMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Application");
    if (section == spreadColumn())
        return tr("Spread");
    return zoneAt(section);
}

int ZoneMatrixModel::rowOf(const QString &name) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), name,
                                     [](const Row &row, const QString &n) { return row.name < n; });
    return it != m_rows.cend() && it->name == name ? int(it - m_rows.cbegin()) : -1;
}

int ZoneMatrixModel::zoneIndex(const QString &zone)
{
    const auto it = std::lower_bound(m_zones.cbegin(), m_zones.cend(), zone);
    const int z = int(it - m_zones.cbegin());
    if (it != m_zones.cend() && *it == zone)
        return z;
    beginInsertColumns({}, z + 1, z + 1);
    m_zones.insert(z, zone);
    for (Row &row : m_rows)
        row.cells.insert(z, Cell());
    endInsertColumns();
    return z;
}

ZoneMatrixModel::Cell &ZoneMatrixModel::cellOf(const InstanceInfo &info, QSet<QString> &touchedApps, int *rowOut)
{
    const int z = zoneIndex(info.zone());
    // A fetch lists an application's instances together: most lookups are the previous row.
    const QString app = info.app();
    int row = m_lastRow >= 0 && m_lastRow < m_rows.size() && m_rows.at(m_lastRow).name == app ? m_lastRow : rowOf(app);
    if (row < 0) {
        const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), app,
                                         [](const Row &r, const QString &n) { return r.name < n; });
        row = int(it - m_rows.cbegin());
        beginInsertRows({}, row, row);
        m_rows.insert(row, Row{app, QList<Cell>(m_zones.size()), 0});
        endInsertRows();
    }
    m_lastRow = row;
    if (m_lastTouched != app) {
        touchedApps.insert(app);
        m_lastTouched = app;
    }
    *rowOut = row;
    return m_rows[row].cells[z];
}

void ZoneMatrixModel::adjust(const InstanceInfo &info, int delta, QSet<QString> &touchedApps)
{
    int row;
    Cell &cell = cellOf(info, touchedApps, &row);
    cell.total += delta;
    if (info.status() == InstanceStatus::Up)
        cell.up += delta;
    m_rows[row].total += delta;
    m_emptied = m_emptied || cell.total <= 0;
}

void ZoneMatrixModel::applyChanges(const RegistryChanges &changes)
{
    QSet<QString> apps;
    const qsizetype zonesBefore = m_zones.size();
    m_emptied = false;
    m_lastTouched.clear();
    for (const InstanceInfo &info : changes.added)
        adjust(info, +1, apps);
    for (const InstanceChange &change : changes.modified) {
        // In the same application and zone (nearly every change) only the UP count can move:
        // one lookup, not two.
        if (change.before.app() == change.after.app() && change.before.zone() == change.after.zone()) {
            const bool wasUp = change.before.status() == InstanceStatus::Up;
            if (wasUp != (change.after.status() == InstanceStatus::Up)) {
                int row;
                cellOf(change.after, apps, &row).up += wasUp ? -1 : +1;
            }
            continue;
        }
        adjust(change.before, -1, apps);
        adjust(change.after, +1, apps);
    }
    for (const InstanceInfo &info : changes.removed)
        adjust(info, -1, apps);
    if (apps.isEmpty())
        return;
    // Rows whose last instance left go; the others repaint (a zone's change can flip the spread).
    for (const QString &app : std::as_const(apps)) {
        const int row = rowOf(app);
        if (row < 0)
            continue;
        if (m_rows.at(row).total <= 0) {
            m_lastRow = -1;
            beginRemoveRows({}, row, row);
            m_rows.remove(row);
            endRemoveRows();
        } else {
            Q_EMIT dataChanged(index(row, 1), index(row, spreadColumn()));
        }
    }
    // Zones nobody is in any more go too.
    for (int z = int(m_zones.size()) - 1; m_emptied && z >= 0; --z) {
        const bool empty = std::all_of(m_rows.cbegin(), m_rows.cend(), [z](const Row &row) { return row.cells.at(z).total <= 0; });
        if (!empty)
            continue;
        beginRemoveColumns({}, z + 1, z + 1);
        m_zones.remove(z);
        for (Row &row : m_rows)
            row.cells.remove(z);
        endRemoveColumns();
    }
    // "UP in 1 of 3" counts the zones: every row's spread changes with them.
    if (m_zones.size() != zonesBefore && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, spreadColumn()), index(int(m_rows.size()) - 1, spreadColumn()));
}

void ZoneMatrixModel::clear()
{
    if (m_rows.isEmpty() && m_zones.isEmpty())
        return;
    m_lastRow = -1;
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    if (!m_zones.isEmpty()) {
        beginRemoveColumns({}, 1, int(m_zones.size()));
        m_zones.clear();
        endRemoveColumns();
    }
}
