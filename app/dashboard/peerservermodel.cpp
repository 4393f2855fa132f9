// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "peerservermodel.h"

#include "statustext.h"

#include <QtCore/QDateTime>
#include <QtCore/QUrl>
#include <QtGui/QBrush>

PeerServerModel::PeerServerModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

// Rows are the profile's servers, in its order: a new comparison changes their cells.
void PeerServerModel::setServers(const QList<PeerComparison::Server> &servers)
{
    if (servers.size() < m_servers.size()) {
        beginRemoveRows({}, int(servers.size()), int(m_servers.size()) - 1);
        m_servers.resize(servers.size());
        endRemoveRows();
    }
    const int common = int(m_servers.size());
    for (int row = 0; row < common; ++row)
        m_servers[row] = servers.at(row);
    if (common > 0)
        Q_EMIT dataChanged(index(0, 0), index(common - 1, ColumnCount - 1));
    if (servers.size() > common) {
        beginInsertRows({}, common, int(servers.size()) - 1);
        m_servers = servers;
        endInsertRows();
    }
}

int PeerServerModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_servers.size()); }
int PeerServerModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PeerServerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PeerComparison::Server &s = m_servers.at(index.row());
    const bool answered = s.instances >= 0;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Server: return QUrl(s.url).toDisplayString(QUrl::RemoveUserInfo);
        case Instances: return answered ? QVariant(s.instances) : QVariant(QStringLiteral("—"));
        case Up: return answered ? QVariant(s.up) : QVariant();
        case Missing: return answered ? QVariant(s.missing) : QVariant();
        case Differing: return answered ? QVariant(s.differing) : QVariant();
        case RegisteredAs: {
            if (s.registeredAs.isEmpty())
                return tr("not registered: an unavailable replica to its peers");
            // Servers sharing a host with the services (a laptop, a demo) would list them all.
            constexpr int shown = 3;
            const QString names = s.registeredAs.mid(0, shown).join(QStringLiteral(", "));
            return s.registeredAs.size() <= shown ? names : tr("%1 and %n more", nullptr, int(s.registeredAs.size()) - shown).arg(names);
        }
        case LastFetch:
            return s.fetchedAt > 0 ? QDateTime::fromMSecsSinceEpoch(s.fetchedAt).toString(QStringLiteral("HH:mm:ss")) : QString();
        case Error: return s.error;
        }
    }
    if (role == Qt::ForegroundRole) {
        if ((index.column() == Missing && s.missing > 0) || (index.column() == Differing && s.differing > 0)
            || (index.column() == Error && !s.error.isEmpty()) || (index.column() == RegisteredAs && s.registeredAs.isEmpty()))
            return QBrush(StatusText::color(Eureka::InstanceStatus::Down));
    }
    if (role == Qt::ToolTipRole && index.column() == RegisteredAs) {
        return s.registeredAs.join(QStringLiteral(", ")) + QStringLiteral("\n\n") + tr("Eureka's status page lists a peer as available only when its registry holds an instance of the "
                  "servers' own application whose host name is the host in the peer's URL.");
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Instances && index.column() <= Differing)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PeerServerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Server: return tr("Server");
    case Instances: return tr("Instances");
    case Up: return tr("UP");
    case Missing: return tr("Lacks");
    case Differing: return tr("Other status");
    case RegisteredAs: return tr("Registered as");
    case LastFetch: return tr("Answered");
    case Error: return tr("Error");
    }
    return {};
}
