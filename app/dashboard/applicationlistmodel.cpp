// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "applicationlistmodel.h"

#include "instanceversion.h"
#include "statustext.h"

#include <QtGui/QBrush>
#include <QtGui/QColor>

#include <algorithm>

using namespace Eureka;


ApplicationListModel::ApplicationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_rows.append(Row());
}

int ApplicationListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ApplicationListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ApplicationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case AppNameRole:
        return row.name;
    case VersionsRole: {
        QStringList versions = row.versions.keys();
        versions.sort();
        return versions;
    }
    case Qt::DecorationRole:
        // Instances of one application on different versions: a rollout in progress, or stuck.
        // A colour, which views draw as a swatch: no font glyph (a fresh Debian has no emoji
        // font) and no pixmap (the model also lives where there is no GUI).
        if (index.column() == Name && row.versions.size() > 1)
            return QColor(227, 140, 28);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name && row.versions.size() > 1) {
            QStringList versions;
            for (auto it = row.versions.cbegin(); it != row.versions.cend(); ++it)
                versions.append(tr("%1 on %n instance(s)", nullptr, it.value()).arg(it.key()));
            versions.sort();
            return tr("Instances report different versions: %1").arg(versions.join(QStringLiteral("; ")));
        }
        break;
    case Qt::DisplayRole:
        if (index.column() == Name)
            return index.row() == 0 ? tr("All applications") : row.name;
        return row.counts[index.column()];
    case Qt::ForegroundRole:
        // Counts of troubled instances stand out; zeros stay quiet.
        if (index.column() == Down && row.counts[Down] > 0)
            return QBrush(StatusText::color(InstanceStatus::Down));
        if (index.column() == OutOfService && row.counts[OutOfService] > 0)
            return QBrush(StatusText::color(InstanceStatus::OutOfService));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != Name)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        break;
    }
    return {};
}

QVariant ApplicationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Total: return tr("All instances");
        case OutOfService: return StatusText::name(InstanceStatus::OutOfService);
        case Other: return tr("STARTING, UNKNOWN and statuses this version does not know");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    // Short headers keep the application names readable in a narrow pane.
    switch (section) {
    case Name: return tr("Application");
    case Total: return tr("All");
    case Up: return StatusText::name(InstanceStatus::Up);
    case Down: return StatusText::name(InstanceStatus::Down);
    case OutOfService: return tr("OOS", "short for OUT_OF_SERVICE");
    case Other: return tr("Other");
    }
    return {};
}

ApplicationListModel::Column ApplicationListModel::bucket(InstanceStatus status)
{
    switch (status) {
    case InstanceStatus::Up: return Up;
    case InstanceStatus::Down: return Down;
    case InstanceStatus::OutOfService: return OutOfService;
    default: return Other;
    }
}

int ApplicationListModel::rowOf(const QString &name) const
{
    const auto it = std::lower_bound(m_rows.cbegin() + 1, m_rows.cend(), name,
                                     [](const Row &row, const QString &n) { return row.name < n; });
    return it != m_rows.cend() && it->name == name ? int(it - m_rows.cbegin()) : -1;
}

int ApplicationListModel::touch(const QString &app, Touched &touched)
{
    if (touched.lastRow >= 0 && app == touched.lastName)
        return touched.lastRow;
    int row = rowOf(app);
    if (row < 0) {
        const auto it = std::lower_bound(m_rows.cbegin() + 1, m_rows.cend(), app,
                                         [](const Row &r, const QString &n) { return r.name < n; });
        row = int(it - m_rows.cbegin());
        beginInsertRows({}, row, row);
        m_rows.insert(row, Row{app, {}});
        endInsertRows();
    }
    // Only this row is remembered, so rows moved by the insertion above cannot be stale.
    touched.apps.insert(app);
    touched.lastName = app;
    touched.lastRow = row;
    return row;
}

void ApplicationListModel::adjust(const InstanceInfo &info, int delta, Touched &touched)
{
    const int row = touch(info.app(), touched);
    const Column status = bucket(info.status());
    for (int r : {0, row}) {
        m_rows[r].counts[Total] += delta;
        m_rows[r].counts[status] += delta;
    }
    if (const QString version = InstanceVersion::of(info); !version.isEmpty())
        countVersion(row, version, delta);
}

void ApplicationListModel::countVersion(int row, const QString &version, int delta)
{
    QHash<QString, int> &versions = m_rows[row].versions;
    if ((versions[version] += delta) <= 0)
        versions.remove(version);
}

// Most modifications stay in their application and keep their version (a status flip, a
// renewal the server re-sent): only the status counts move. As two adjustments, a change cost
// two version lookups in the row's hash, a third of the dashboard's work on a delta that flips
// every instance (a profile of the soak's GUI thread).
void ApplicationListModel::adjustModified(const InstanceChange &change, Touched &touched)
{
    const QString app = change.after.app();
    if (change.before.app() != app) {
        adjust(change.before, -1, touched);
        adjust(change.after, +1, touched);
        return;
    }
    const int row = touch(app, touched);
    const Column before = bucket(change.before.status()), after = bucket(change.after.status());
    if (before != after) {
        for (int r : {0, row}) {
            m_rows[r].counts[before] -= 1;
            m_rows[r].counts[after] += 1;
        }
    }
    const QString versionBefore = InstanceVersion::of(change.before), versionAfter = InstanceVersion::of(change.after);
    if (versionBefore != versionAfter) {
        if (!versionBefore.isEmpty())
            countVersion(row, versionBefore, -1);
        if (!versionAfter.isEmpty())
            countVersion(row, versionAfter, +1);
    }
}

void ApplicationListModel::applyChanges(const RegistryChanges &changes)
{
    Touched touched; // its set: the first fetch of 100,000 instances touches thousands of apps
    for (const InstanceInfo &info : changes.added)
        adjust(info, +1, touched);
    for (const InstanceChange &change : changes.modified)
        adjustModified(change, touched);
    for (const InstanceInfo &info : changes.removed)
        adjust(info, -1, touched);
    if (touched.apps.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, Total), index(0, ColumnCount - 1));
    for (const QString &app : std::as_const(touched.apps)) {
        const int row = rowOf(app);
        if (row < 0)
            continue;
        if (m_rows.at(row).counts[Total] <= 0) { // its last instance left
            beginRemoveRows({}, row, row);
            m_rows.remove(row);
            endRemoveRows();
        } else {
            Q_EMIT dataChanged(index(row, Total), index(row, ColumnCount - 1));
        }
    }
}

void ApplicationListModel::clear()
{
    if (m_rows.size() > 1) {
        beginRemoveRows({}, 1, int(m_rows.size()) - 1);
        m_rows.resize(1);
        endRemoveRows();
    }
    m_rows[0].counts = {};
    Q_EMIT dataChanged(index(0, Total), index(0, ColumnCount - 1));
}

QStringList ApplicationListModel::versionDrift() const
{
    QStringList apps;
    for (qsizetype r = 1; r < m_rows.size(); ++r) {
        if (m_rows.at(r).versions.size() > 1)
            apps.append(m_rows.at(r).name);
    }
    return apps;
}

QStringList ApplicationListModel::applicationNames() const
{
    QStringList names;
    for (qsizetype i = 1; i < m_rows.size(); ++i)
        names.append(m_rows.at(i).name);
    return names;
}

int ApplicationListModel::count(const QString &app, Column column) const
{
    const int row = app.isEmpty() ? 0 : rowOf(app);
    return row < 0 ? 0 : m_rows.at(row).counts[column];
}
