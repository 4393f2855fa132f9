// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekanamespace.h>

#include "sortfiltertableproxy.h"

#include <QtCore/QStringList>

#include <functional>

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
    // Words found anywhere (names, hosts, IPs, metadata); a "key=value" word keeps the rows whose
    // metadata has that key with that value.
    void setSearchText(const QString &text);
    // Only rows whose lease lapsed (not renewed for longer than its duration). That changes as
    // time passes, not only with the data: refreshLapsed() filters again as of the clock's now.
    void setLapsedOnly(bool lapsedOnly);
    // Only what needs a look: DOWN, OUT_OF_SERVICE, or a lease not renewed in time (k9s's ctrl-z).
    void setProblemsOnly(bool problemsOnly);
    void refreshLapsed();
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    bool lapsedOnly() const { return m_lapsedOnly; }
    bool problemsOnly() const { return m_problemsOnly; }

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
    QList<std::pair<QString, QString>> m_metadata; // "key=value" words of the search
    bool m_lapsedOnly = false;
    bool m_problemsOnly = false;
    qint64 m_now = 0; // the clock when the lapsed filter was last applied
    std::function<qint64()> m_clock;
};
