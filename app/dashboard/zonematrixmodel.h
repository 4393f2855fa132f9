// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/registrychanges.h>

#include <QtCore/QAbstractTableModel>
#include <QtCore/QList>
#include <QtCore/QSet>
#include <QtCore/QStringList>

// Applications by zone: each cell "UP/total" and coloured by health, and a last column that
// flags an application whose UP instances all sit in one zone while the registry spans several
// (losing that zone loses the service). Applications and zones are kept sorted by name; updated
// per change (counts only, O(changes)), never reset.
class ZoneMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        AppNameRole = Qt::UserRole + 1,
        ZoneRole,        // empty outside the zone columns
        UpRole,          // UP instances in the cell
        TotalRole,       // instances in the cell
        SingleZoneRole,  // the application's UP instances are all in one zone of several
    };

    explicit ZoneMatrixModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void applyChanges(const Eureka::RegistryChanges &changes);
    void clear();

    QStringList zones() const { return m_zones; }
    // The zone of column \a column, or empty for the name and spread columns.
    QString zoneAt(int column) const;
    // Applications flagged by SingleZoneRole.
    QStringList singleZoneApplications() const;

private:
    struct Cell
    {
        int up = 0;
        int total = 0;
    };
    struct Row
    {
        QString name;
        QList<Cell> cells; // one per zone, in m_zones' order
        int total = 0;
    };

    int rowOf(const QString &name) const;
    int zoneIndex(const QString &zone); // inserts the zone's column when new
    // The cell of the instance's application (its row added when new) and zone, the row marked as touched.
    Cell &cellOf(const Eureka::InstanceInfo &info, QSet<QString> &touchedApps, int *row);
    void adjust(const Eureka::InstanceInfo &info, int delta, QSet<QString> &touchedApps);
    bool singleZone(const Row &row) const;
    int spreadColumn() const { return int(m_zones.size()) + 1; }

    QStringList m_zones;
    QList<Row> m_rows;
    // Per applyChanges(): the last row looked up, the last application marked, whether a cell emptied.
    int m_lastRow = -1;
    QString m_lastTouched;
    bool m_emptied = false;
};
