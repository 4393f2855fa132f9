// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "peercomparison.h"

#include <QtCore/QAbstractTableModel>

// The instances the servers disagree on: application, instance, then what each server says
// (its status, or that it lacks the instance). A new comparison is merged row by row.
class PeerDifferenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PeerDifferenceModel(const QStringList &serverUrls, QObject *parent = nullptr);

    void setDifferences(const QList<PeerComparison::Difference> &differences);
    PeerComparison::Difference differenceAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_hosts;
    QList<PeerComparison::Difference> m_rows; // by application, then instance id
};
