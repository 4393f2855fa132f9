// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekanamespace.h>

#include "sortfiltertableproxy.h"

#include <QtCore/QStringList>

#include <optional>

// Narrows the instance table to one application, zone and status, and to rows matching
// every word of a free-text search (names, hosts, IPs, metadata keys and values).
class InstanceFilterProxy : public SortFilterTableProxy
{
    Q_OBJECT

public:
    explicit InstanceFilterProxy(QObject *parent = nullptr);

    void setApplication(const QString &app);   // empty: all
    void setZone(const QString &zone);         // empty: all
    void setStatus(std::optional<Eureka::InstanceStatus> status);
    void setSearchText(const QString &text);

    QString application() const { return m_app; }

    // An InstanceTableModel says when it finished applying a batch: the rows it changed are
    // re-sorted and re-filtered then, together.
    void setSourceModel(QAbstractItemModel *source) override;

protected:
    bool filterAcceptsRow(int sourceRow) const override;
    bool filtersRows() const override;

private:
    QString m_app;
    QString m_zone;
    std::optional<Eureka::InstanceStatus> m_status;
    QStringList m_words;
};
