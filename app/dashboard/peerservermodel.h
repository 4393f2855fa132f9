// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "peercomparison.h"

#include <QtCore/QAbstractTableModel>

// One row per Eureka server of the cluster: what it holds, what it lacks against its peers,
// whether its peers see it registered, when it answered last and how it failed.
class PeerServerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Server, Instances, Up, Missing, Differing, RegisteredAs, LastFetch, Error, ColumnCount };

    explicit PeerServerModel(QObject *parent = nullptr);

    void setServers(const QList<PeerComparison::Server> &servers);
    PeerComparison::Server serverAt(int row) const { return m_servers.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PeerComparison::Server> m_servers;
};
