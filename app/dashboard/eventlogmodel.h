// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "historyevent.h"

#include <EurekaClient/registrychanges.h>

#include <QtCore/QAbstractTableModel>
#include <QtCore/QList>

#include <deque>
#include <functional>

// Every change the client saw, newest first: registrations, removals and status changes
// (old -> new). Bounded, so a dashboard left open for weeks does not grow without end.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, App, Instance, Change, ColumnCount };
    using Event = HistoryEvent;
    using Kind = HistoryEvent::Kind;

    explicit EventLogModel(QObject *parent = nullptr);

    void setClock(std::function<qint64()> clock);
    void setMaximumEvents(int maximum);
    int maximumEvents() const { return m_maximum; }
    // The first fetch of a cluster is not news: it is recorded as one summary line.
    void applyChanges(const Eureka::RegistryChanges &changes, bool initialFetch = false);
    void clear();
    // Events from the status history, newest first, shown after (older than) those held.
    void appendOlder(const QList<HistoryEvent> &events);
    // Events the dashboard noticed itself (leases that lapsed), on top, in one insertion.
    void addEvents(const QList<Event> &events) { prepend(events); }

    Event eventAt(int row) const { return row >= 0 && size_t(row) < m_events.size() ? m_events[size_t(row)] : Event(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString describe(const Event &event) const;
    void prepend(const QList<Event> &events);

    // Newest first. A deque: a batch goes on top without moving the 10,000 held (as a QList, a
    // delta's slice reallocated and copied a megabyte, and faulted in new pages for it).
    std::deque<Event> m_events;
    int m_maximum = 10000;
    std::function<qint64()> m_clock;
};
