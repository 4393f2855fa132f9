// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "eventlogmodel.h"

#include "statustext.h"

#include <QtCore/QDateTime>
#include <QtGui/QBrush>

using namespace Eureka;

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

void EventLogModel::setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
void EventLogModel::setMaximumEvents(int maximum) { m_maximum = std::max(1, maximum); }

void EventLogModel::applyChanges(const RegistryChanges &changes, bool initialFetch)
{
    const qint64 now = m_clock();
    QList<Event> events;
    if (initialFetch) {
        Event summary{now, Kind::Registered, QString(), QString()};
        summary.instanceId = QString::number(changes.added.size());
        events.append(summary);
        prepend(events);
        return;
    }
    for (const InstanceInfo &info : changes.removed)
        events.append({now, Kind::Removed, info.app(), info.instanceId(), info.status(), info.status()});
    for (const InstanceChange &change : changes.modified) {
        const Kind kind = change.statusChanged() ? Kind::StatusChanged : Kind::Updated;
        events.append({now, kind, change.after.app(), change.after.instanceId(), change.before.status(),
                       change.after.status()});
    }
    for (const InstanceInfo &info : changes.added)
        events.append({now, Kind::Registered, info.app(), info.instanceId(), info.status(), info.status()});
    prepend(events);
}

void EventLogModel::prepend(const QList<Event> &events)
{
    if (events.isEmpty())
        return;
    // The newest of a batch larger than the log keeps, pushed oldest first: the last ends on top.
    const int count = int(std::min<qsizetype>(events.size(), m_maximum));
    beginInsertRows({}, 0, count - 1);
    for (qsizetype i = events.size() - count; i < events.size(); ++i)
        m_events.push_front(events.at(i));
    endInsertRows();
    if (m_events.size() > size_t(m_maximum)) {
        beginRemoveRows({}, m_maximum, int(m_events.size()) - 1);
        m_events.resize(size_t(m_maximum));
        endRemoveRows();
    }
}

void EventLogModel::appendOlder(const QList<HistoryEvent> &events)
{
    const int room = m_maximum - int(m_events.size());
    const int count = int(std::min<qsizetype>(events.size(), room));
    if (count <= 0)
        return;
    beginInsertRows({}, int(m_events.size()), int(m_events.size()) + count - 1);
    m_events.insert(m_events.end(), events.cbegin(), events.cbegin() + count);
    endInsertRows();
}

void EventLogModel::clear()
{
    if (m_events.empty())
        return;
    beginRemoveRows({}, 0, int(m_events.size()) - 1);
    m_events.clear();
    endRemoveRows();
}

int EventLogModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_events.size()); }
int EventLogModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString EventLogModel::describe(const Event &event) const
{
    switch (event.kind) {
    case Kind::Registered:
        return event.app.isEmpty() ? tr("first fetch: %n instance(s)", nullptr, event.instanceId.toInt())
                                   : tr("registered (%1)").arg(StatusText::name(event.after));
    case Kind::Removed:
        return tr("removed");
    case Kind::StatusChanged:
        return tr("%1 → %2").arg(StatusText::name(event.before), StatusText::name(event.after));
    case Kind::Updated:
        return tr("updated (metadata or lease)");
    case Kind::OverrideSet:
        return tr("override set: %1").arg(event.detail);
    case Kind::OverrideCleared:
        return tr("override cleared");
    case Kind::MetadataChanged:
        return event.detail.isEmpty() ? tr("metadata changed") : tr("metadata: %1").arg(QString(event.detail).replace(QLatin1Char('\n'), QLatin1String("; ")));
    case Kind::LeaseLapsed:
        return tr("lease lapsed (not renewed in time)");
    }
    return {};
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_events[size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            if (role == Qt::ToolTipRole)
                return QDateTime::fromMSecsSinceEpoch(event.at).toString(Qt::ISODateWithMs);
            // Events from earlier days (the history of past sessions) say which day.
            if (QDateTime::fromMSecsSinceEpoch(event.at).date() != QDateTime::fromMSecsSinceEpoch(m_clock()).date())
                return QDateTime::fromMSecsSinceEpoch(event.at).toString(QStringLiteral("MM-dd HH:mm:ss"));
            return QDateTime::fromMSecsSinceEpoch(event.at).toString(QStringLiteral("HH:mm:ss"));
        case App: return event.app;
        case Instance: return event.app.isEmpty() ? QString() : event.instanceId;
        case Change: return describe(event);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Change && event.kind == Kind::StatusChanged)
        return QBrush(StatusText::color(event.after));
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case App: return tr("Application");
    case Instance: return tr("Instance");
    case Change: return tr("Change");
    }
    return {};
}
