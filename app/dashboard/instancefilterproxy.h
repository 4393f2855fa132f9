// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekanamespace.h>

#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QStringList>

#include <optional>

// Narrows the instance table to one application, zone and status, and to rows matching
// every word of a free-text search (names, hosts, IPs, metadata keys and values).
class InstanceFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InstanceFilterProxy(QObject *parent = nullptr);

    void setApplication(const QString &app);   // empty: all
    void setZone(const QString &zone);         // empty: all
    void setStatus(std::optional<Eureka::InstanceStatus> status);
    void setSearchText(const QString &text);

    QString application() const { return m_app; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_app;
    QString m_zone;
    std::optional<Eureka::InstanceStatus> m_status;
    QStringList m_words;
};
