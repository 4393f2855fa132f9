// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/registrychanges.h>

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QSet>

#include <array>

// Applications with their instance counts by status. Row 0 sums every application ("All
// applications"); the others are kept sorted by name. Updated per change, never reset.
class ApplicationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Total, Up, Down, OutOfService, Other, ColumnCount };
    enum Role {
        AppNameRole = Qt::UserRole + 1, // empty for the "all" row
        VersionsRole,                   // QStringList: the versions its instances report, sorted
    };

    explicit ApplicationListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void applyChanges(const Eureka::RegistryChanges &changes);
    void clear();

    QStringList applicationNames() const;
    // Counts for \a app (empty: all), by column (Total..Other).
    int count(const QString &app, Column column) const;
    // Applications whose instances report more than one version (a deploy in progress, or stuck).
    QStringList versionDrift() const;

private:
    struct Row
    {
        QString name;
        std::array<int, ColumnCount> counts{};
        QHash<QString, int> versions; // version -> instances reporting it
    };
    // The applications one change touched, and the row of the last one: a change lists the
    // instances of an application together, so most lookups are that row again.
    struct Touched
    {
        QSet<QString> apps;
        QString lastName;
        int lastRow = -1;
    };
    static Column bucket(Eureka::InstanceStatus status);
    int rowOf(const QString &name) const; // -1 when absent
    // The row of \a app (added when new), marked as touched.
    int touch(const QString &app, Touched &touched);
    void adjust(const Eureka::InstanceInfo &info, int delta, Touched &touched);
    void adjustModified(const Eureka::InstanceChange &change, Touched &touched);
    void countVersion(int row, const QString &version, int delta);

    QList<Row> m_rows; // m_rows[0] is the total
};
