// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "peerdifferencemodel.h"

#include "statustext.h"

#include <QtCore/QUrl>
#include <QtGui/QBrush>

namespace {
bool keyLess(const PeerComparison::Difference &a, const PeerComparison::Difference &b)
{
    return std::tie(a.app, a.instanceId) < std::tie(b.app, b.instanceId);
}
} // namespace

PeerDifferenceModel::PeerDifferenceModel(const QStringList &serverUrls, QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const QString &url : serverUrls)
        m_hosts.append(PeerComparison::serverLabel(url));
}

// Both lists are sorted by key: one pass removes the rows that went, updates the ones that
// stay, and inserts the new ones, so selections and scroll positions survive a refresh.
void PeerDifferenceModel::setDifferences(const QList<PeerComparison::Difference> &next)
{
    int row = 0;
    qsizetype i = 0;
    while (row < m_rows.size() || i < next.size()) {
        if (i >= next.size() || (row < m_rows.size() && keyLess(m_rows.at(row), next.at(i)))) {
            int last = row;
            while (last + 1 < m_rows.size() && (i >= next.size() || keyLess(m_rows.at(last + 1), next.at(i))))
                ++last;
            beginRemoveRows({}, row, last);
            m_rows.remove(row, last - row + 1);
            endRemoveRows();
        } else if (row >= m_rows.size() || keyLess(next.at(i), m_rows.at(row))) {
            qsizetype end = i + 1;
            while (end < next.size() && (row >= m_rows.size() || keyLess(next.at(end), m_rows.at(row))))
                ++end;
            beginInsertRows({}, row, row + int(end - i) - 1);
            m_rows.insert(row, end - i, {});
            for (qsizetype k = i; k < end; ++k)
                m_rows[row + int(k - i)] = next.at(k);
            endInsertRows();
            row += int(end - i);
            i = end;
        } else {
            if (!(m_rows.at(row) == next.at(i))) {
                m_rows[row] = next.at(i);
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
            ++row;
            ++i;
        }
    }
}

int PeerDifferenceModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int PeerDifferenceModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 2 + int(m_hosts.size()); }

QVariant PeerDifferenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PeerComparison::Difference &d = m_rows.at(index.row());
    if (index.column() < 2)
        return role == Qt::DisplayRole ? (index.column() == 0 ? d.app : d.instanceId) : QVariant();
    const auto &status = d.statuses.value(index.column() - 2);
    if (role == Qt::DisplayRole)
        return status ? StatusText::name(*status) : tr("missing");
    if (role == Qt::ForegroundRole)
        return QBrush(status ? StatusText::color(*status) : StatusText::color(Eureka::InstanceStatus::Down));
    return {};
}

QVariant PeerDifferenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Application");
    if (section == 1)
        return tr("Instance");
    return m_hosts.value(section - 2);
}
