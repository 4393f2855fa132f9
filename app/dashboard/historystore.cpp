// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "historystore.h"

#include "dashboardlogging.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>

using namespace Eureka;

namespace {
using Kind = HistoryEvent::Kind;

// Events that say what the status was: a timeline is built from these alone.
const char StatusKinds[] = "(0, 1, 5)";

quint32 metadataHash(const MetadataEntries &metadata)
{
    size_t seed = 0;
    for (const auto &[key, value] : metadata)
        seed = qHashMulti(seed, key, value);
    return quint32(seed ^ (quint64(seed) >> 32));
}

QString metadataDifference(const MetadataEntries &before, const MetadataEntries &after)
{
    const auto valueIn = [](const MetadataEntries &entries, const QString &key) -> const QString * {
        for (const auto &entry : entries) {
            if (entry.first == key)
                return &entry.second;
        }
        return nullptr;
    };
    QStringList lines;
    for (const auto &[key, value] : after) {
        const QString *old = valueIn(before, key);
        if (!old)
            lines.append(QStringLiteral("%1: + %2").arg(key, value));
        else if (*old != value)
            lines.append(QStringLiteral("%1: %2 → %3").arg(key, *old, value));
    }
    for (const auto &[key, value] : before) {
        if (!valueIn(after, key))
            lines.append(QStringLiteral("%1: − %2").arg(key, value));
    }
    return lines.join(QLatin1Char('\n'));
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return text;
}
} // namespace

QString HistoryEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Registered: return QStringLiteral("registered");
    case Kind::StatusChanged: return QStringLiteral("status");
    case Kind::OverrideSet: return QStringLiteral("override set");
    case Kind::OverrideCleared: return QStringLiteral("override cleared");
    case Kind::MetadataChanged: return QStringLiteral("metadata");
    case Kind::Removed: return QStringLiteral("removed");
    case Kind::LeaseLapsed: return QStringLiteral("lease lapsed");
    case Kind::Updated: return QStringLiteral("updated");
    }
    return {};
}

HistoryStore::HistoryStore(const QString &connectionName)
    : m_connection(connectionName)
{
}

HistoryStore::~HistoryStore()
{
    database().close();
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase HistoryStore::database() const { return QSqlDatabase::database(m_connection, false); }

quint64 HistoryStore::keyOf(const QString &app, const QString &instanceId)
{
    return quint64(qHashMulti(0, app, instanceId));
}

bool HistoryStore::open(const QString &path)
{
    m_path = path;
    if (openDatabase(path) && createSchema() && loadState()) {
        m_persistent = !path.isEmpty();
        return true;
    }
    fallBackToMemory();
    return false;
}

bool HistoryStore::openDatabase(const QString &path)
{
    if (QSqlDatabase::contains(m_connection)) {
        database().close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid()) {
        m_error = QCoreApplication::translate("HistoryStore", "Qt's SQLite driver (QSQLITE) is not installed");
        return false;
    }
    if (!path.isEmpty())
        QDir().mkpath(QFileInfo(path).absolutePath());
    db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    // Another dashboard writing the same history waits at most this long, then we go on in memory.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=250"));
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    return true;
}

bool HistoryStore::createSchema()
{
    QSqlQuery q(database());
    // WAL: writes do not block readers, and a write is a sequential append.
    for (const char *statement : {
             "PRAGMA journal_mode=WAL",
             "PRAGMA synchronous=NORMAL",
             // Each instance once, with its last state; events refer to it by number (names
             // repeated in every event made the file 7 times larger).
             "CREATE TABLE IF NOT EXISTS instances (id INTEGER PRIMARY KEY, app TEXT NOT NULL, instance TEXT NOT NULL,"
             " status INTEGER, overridden INTEGER, metadata INTEGER, present INTEGER, UNIQUE (app, instance))",
             "CREATE TABLE IF NOT EXISTS events (at INTEGER NOT NULL, instance INTEGER NOT NULL REFERENCES instances (id),"
             " kind INTEGER NOT NULL, before INTEGER, after INTEGER, detail TEXT)",
             "CREATE INDEX IF NOT EXISTS events_by_instance ON events (instance, at)",
             "CREATE INDEX IF NOT EXISTS events_by_time ON events (at)",
         }) {
        if (!q.exec(QString::fromLatin1(statement))) {
            fail(QStringLiteral("schema"), q);
            return false;
        }
    }
    return true;
}

bool HistoryStore::loadState()
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT app, instance, status, overridden, metadata, present, id FROM instances"))) {
        fail(QStringLiteral("state"), q);
        return false;
    }
    m_state.clear();
    while (q.next()) {
        State s;
        s.status = quint8(q.value(2).toUInt());
        s.overridden = quint8(q.value(3).toUInt());
        s.metadata = quint32(q.value(4).toLongLong());
        s.present = q.value(5).toBool();
        s.row = q.value(6).toLongLong();
        m_state.insert(keyOf(q.value(0).toString(), q.value(1).toString()), s);
    }
    return true;
}

void HistoryStore::fail(const QString &what, const QSqlQuery &query)
{
    if (m_error.isEmpty())
        m_error = query.lastError().text();
    qCWarning(lcDashboard).noquote() << "history database" << m_path << what << "failed:" << query.lastError().text();
}

void HistoryStore::fallBackToMemory()
{
    if (m_error.isEmpty())
        m_error = QCoreApplication::translate("HistoryStore", "cannot be used");
    m_persistent = false;
    QHash<quint64, State> state = m_state; // what was known stays known, in rows yet to be written
    for (State &s : state)
        s.row = 0;
    if (openDatabase({}))
        createSchema();
    m_state = state;
}

// Written a block at a time: a change of 100,000 instances as one list of events allocated
// tens of megabytes, and the page faults of the history thread stalled the GUI thread's.
namespace {
constexpr qsizetype Block = 2048;
}

void HistoryStore::flush(QList<HistoryEvent> &events, QList<HistoryEvent> *written, int &count, qsizetype atLeast)
{
    if (events.size() < atLeast || events.isEmpty())
        return;
    write(events);
    count += int(events.size());
    if (written)
        written->append(events);
    events.clear(); // keeps its capacity for the next block
}

int HistoryStore::record(const RegistryChanges &changes, qint64 now, bool snapshot, QList<HistoryEvent> *written)
{
    QList<HistoryEvent> events;
    events.reserve(Block + 8);
    int count = 0;
    for (const InstanceInfo &info : changes.removed) {
        goneAway(info.app(), info.instanceId(), now, events);
        flush(events, written, count, Block);
    }
    for (const InstanceChange &change : changes.modified) {
        observe(change.after, &change.before, now, events);
        flush(events, written, count, Block);
    }
    QSet<quint64> seen;
    if (snapshot)
        seen.reserve(changes.added.size());
    m_state.reserve(m_state.size() + changes.added.size()); // no rehash in the middle
    for (const InstanceInfo &info : changes.added) {
        observe(info, nullptr, now, events);
        flush(events, written, count, Block);
        if (snapshot)
            seen.insert(keyOf(info.app(), info.instanceId()));
    }
    if (snapshot) {
        // Names are kept in the database only: read those of instances no longer there.
        QSqlQuery q(database());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT app, instance FROM instances WHERE present = 1"))) {
            QList<std::pair<QString, QString>> gone;
            while (q.next()) {
                const QString app = q.value(0).toString(), id = q.value(1).toString();
                if (!seen.contains(keyOf(app, id)))
                    gone.append({app, id});
            }
            q.finish();
            for (const auto &[app, id] : std::as_const(gone))
                goneAway(app, id, now, events);
        } else {
            fail(QStringLiteral("reading the last state"), q);
        }
    }
    flush(events, written, count, 1);
    return count;
}

void HistoryStore::observe(const InstanceInfo &info, const InstanceInfo *before, qint64 now, QList<HistoryEvent> &events)
{
    const QString app = info.app(), id = info.instanceId();
    State next;
    next.status = quint8(info.status());
    next.overridden = quint8(info.overriddenStatus());
    next.metadata = metadataHash(info.metadata());
    next.present = true;
    State &known = m_state[keyOf(app, id)];
    next.row = known.row;
    const auto event = [&](Kind kind, InstanceStatus from, InstanceStatus to, const QString &detail = {}) {
        events.append({now, kind, app, id, from, to, detail});
    };
    const auto status = InstanceStatus(next.status), overridden = InstanceStatus(next.overridden);
    if (!known.present) {
        event(Kind::Registered, status, status);
        if (overridden != InstanceStatus::Unknown)
            event(Kind::OverrideSet, status, status, toWireString(overridden));
    } else {
        if (known.status != next.status)
            event(Kind::StatusChanged, InstanceStatus(known.status), status);
        if (known.overridden != next.overridden) {
            if (overridden == InstanceStatus::Unknown)
                event(Kind::OverrideCleared, status, status, toWireString(InstanceStatus(known.overridden)));
            else
                event(Kind::OverrideSet, status, status, toWireString(overridden));
        }
        if (known.metadata != next.metadata)
            event(Kind::MetadataChanged, status, status, before ? metadataDifference(before->metadata(), info.metadata()) : QString());
    }
    known = next;
}

void HistoryStore::goneAway(const QString &app, const QString &instanceId, qint64 now, QList<HistoryEvent> &events)
{
    const auto it = m_state.find(keyOf(app, instanceId));
    if (it == m_state.end() || !it->present)
        return;
    it->present = false;
    events.append({now, Kind::Removed, app, instanceId, InstanceStatus(it->status), InstanceStatus(it->status), {}});
}

void HistoryStore::recordLeasesLapsed(const QList<QPair<QString, QString>> &instances, qint64 now)
{
    QList<HistoryEvent> events;
    events.reserve(instances.size());
    for (const auto &[app, instanceId] : instances) {
        const auto it = m_state.constFind(keyOf(app, instanceId));
        const auto status = it == m_state.cend() ? InstanceStatus::Unknown : InstanceStatus(it->status);
        events.append({now, Kind::LeaseLapsed, app, instanceId, status, status, {}});
    }
    write(events);
}

bool HistoryStore::write(const QList<HistoryEvent> &events)
{
    if (events.isEmpty() || writeOnce(events))
        return true;
    // Full, read-only, locked, or corrupted since it was opened: this session goes on in memory.
    fallBackToMemory();
    return writeOnce(events);
}

bool HistoryStore::writeOnce(const QList<HistoryEvent> &events)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        m_error = m_error.isEmpty() ? db.lastError().text() : m_error;
        return false;
    }
    QSqlQuery insert(db), added(db), updated(db);
    insert.prepare(QStringLiteral("INSERT INTO events (at, instance, kind, before, after, detail) VALUES (?, ?, ?, ?, ?, ?)"));
    added.prepare(QStringLiteral("INSERT INTO instances (status, overridden, metadata, present, app, instance) VALUES (?, ?, ?, ?, ?, ?)"));
    updated.prepare(QStringLiteral("UPDATE instances SET status = ?, overridden = ?, metadata = ?, present = ? WHERE id = ?"));
    const auto failed = [&](const char *what, const QSqlQuery &query) {
        fail(QString::fromLatin1(what), query);
        db.rollback();
        return false;
    };
    const HistoryEvent *previous = nullptr;
    qint64 row = 0;
    for (const HistoryEvent &e : events) {
        // An instance's events are adjacent: its row is written once, before them.
        if (!previous || previous->app != e.app || previous->instanceId != e.instanceId) {
            State &s = m_state[keyOf(e.app, e.instanceId)];
            QSqlQuery &write = s.row > 0 ? updated : added;
            write.bindValue(0, int(s.status));
            write.bindValue(1, int(s.overridden));
            write.bindValue(2, qint64(s.metadata));
            write.bindValue(3, int(s.present));
            if (s.row > 0) {
                write.bindValue(4, s.row);
            } else {
                write.bindValue(4, e.app);
                write.bindValue(5, e.instanceId);
            }
            if (!write.exec())
                return failed("writing the last state", write);
            if (s.row <= 0)
                s.row = write.lastInsertId().toLongLong();
            row = s.row;
            previous = &e;
        }
        insert.bindValue(0, e.at);
        insert.bindValue(1, row);
        insert.bindValue(2, int(e.kind));
        insert.bindValue(3, int(e.before));
        insert.bindValue(4, int(e.after));
        insert.bindValue(5, e.detail.isEmpty() ? QVariant() : QVariant(e.detail));
        if (!insert.exec())
            return failed("writing events", insert);
    }
    if (!db.commit()) {
        m_error = m_error.isEmpty() ? db.lastError().text() : m_error;
        db.rollback();
        return false;
    }
    return true;
}

int HistoryStore::prune(qint64 before)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM events WHERE at < ? AND rowid NOT IN"
                             " (SELECT max(rowid) FROM events WHERE kind IN %1 GROUP BY instance)")
                  .arg(QLatin1String(StatusKinds)));
    q.addBindValue(before);
    if (!q.exec()) {
        fail(QStringLiteral("pruning"), q);
        return 0;
    }
    return q.numRowsAffected();
}

QList<HistoryEvent> HistoryStore::recentEvents(int limit)
{
    QList<HistoryEvent> events;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.at, e.kind, i.app, i.instance, e.before, e.after, e.detail FROM events e"
                             " JOIN instances i ON i.id = e.instance ORDER BY e.at DESC, e.rowid DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(QStringLiteral("reading events"), q);
        return events;
    }
    while (q.next()) {
        events.append({q.value(0).toLongLong(), Kind(q.value(1).toInt()), q.value(2).toString(), q.value(3).toString(),
                       InstanceStatus(q.value(4).toInt()), InstanceStatus(q.value(5).toInt()), q.value(6).toString()});
    }
    return events;
}

namespace {
// Walks one instance's status events (oldest first) and cuts them to [from, to].
class TimelineBuilder
{
public:
    TimelineBuilder(qint64 from, qint64 to) { m_timeline.from = from, m_timeline.to = to; }

    void add(qint64 at, Kind kind, InstanceStatus status)
    {
        if (at > m_timeline.to)
            return;
        if (kind == Kind::StatusChanged && m_present && at >= m_timeline.from && status != m_status)
            ++m_timeline.flaps;
        close(at);
        m_present = kind != Kind::Removed;
        m_status = status;
        m_since = at;
    }

    StatusTimeline finish()
    {
        close(m_timeline.to);
        // A change at the very end of the span (just now) still shows as the last band.
        const bool endsChanged = m_timeline.bands.isEmpty() || m_timeline.bands.last().status != m_status;
        if (m_present && m_since == m_timeline.to && m_since >= m_timeline.from && endsChanged)
            m_timeline.bands.append({m_since, m_since, m_status});
        m_present = false;
        return std::move(m_timeline);
    }

private:
    void close(qint64 at)
    {
        if (!m_present)
            return;
        const qint64 from = std::max(m_since, m_timeline.from), to = std::min(at, m_timeline.to);
        if (to <= from)
            return;
        QList<StatusTimeline::Band> &bands = m_timeline.bands;
        if (!bands.isEmpty() && bands.last().to == from && bands.last().status == m_status)
            bands.last().to = to;
        else
            bands.append({from, to, m_status});
    }

    StatusTimeline m_timeline;
    bool m_present = false;
    InstanceStatus m_status = InstanceStatus::Unknown;
    qint64 m_since = 0;
};
} // namespace

StatusTimeline HistoryStore::timeline(const QString &app, const QString &instanceId, qint64 from, qint64 to)
{
    TimelineBuilder builder(from, to);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, kind, after FROM events WHERE instance ="
                             " (SELECT id FROM instances WHERE app = ? AND instance = ?) AND kind IN %1 AND at <= ? ORDER BY at, rowid")
                  .arg(QLatin1String(StatusKinds)));
    q.addBindValue(app);
    q.addBindValue(instanceId);
    q.addBindValue(to);
    if (!q.exec())
        fail(QStringLiteral("reading a timeline"), q);
    while (q.next())
        builder.add(q.value(0).toLongLong(), Kind(q.value(1).toInt()), InstanceStatus(q.value(2).toInt()));
    return builder.finish();
}

void StatusTimeline::addUpTime(qint64 &up, qint64 &registered) const
{
    for (const Band &band : bands) {
        registered += band.to - band.from;
        if (band.status == Eureka::InstanceStatus::Up)
            up += band.to - band.from;
    }
}

double StatusTimeline::upShare() const
{
    qint64 up = 0, registered = 0;
    addUpTime(up, registered);
    return registered > 0 ? double(up) / double(registered) : -1.0;
}

double HistoryStore::availability(const QString &app, qint64 from, qint64 to)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.instance, e.at, e.kind, e.after FROM events e JOIN instances i ON i.id = e.instance"
                             " WHERE i.app = ? AND e.kind IN %1 AND e.at <= ? ORDER BY e.instance, e.at, e.rowid")
                  .arg(QLatin1String(StatusKinds)));
    q.addBindValue(app);
    q.addBindValue(to);
    if (!q.exec())
        fail(QStringLiteral("reading availability"), q);
    qint64 up = 0, registered = 0;
    qint64 instance = 0;
    std::optional<TimelineBuilder> builder;
    const auto finish = [&] {
        if (builder)
            builder->finish().addUpTime(up, registered);
    };
    while (q.next()) {
        if (!builder || q.value(0).toLongLong() != instance) {
            finish();
            instance = q.value(0).toLongLong();
            builder.emplace(from, to);
        }
        builder->add(q.value(1).toLongLong(), Kind(q.value(2).toInt()), InstanceStatus(q.value(3).toInt()));
    }
    finish();
    return registered > 0 ? double(up) / double(registered) : -1.0;
}

qsizetype HistoryStore::eventCount()
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT count(*) FROM events")) && q.next() ? q.value(0).toLongLong() : 0;
}

bool HistoryStore::exportCsv(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write("time,application,instance,change,before,after,detail\n");
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT e.at, i.app, i.instance, e.kind, e.before, e.after, e.detail FROM events e"
                               " JOIN instances i ON i.id = e.instance ORDER BY e.at, e.rowid"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const QStringList fields{
            QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs),
            csvField(q.value(1).toString()),
            csvField(q.value(2).toString()),
            HistoryEvent::kindName(Kind(q.value(3).toInt())),
            toWireString(InstanceStatus(q.value(4).toInt())),
            toWireString(InstanceStatus(q.value(5).toInt())),
            csvField(q.value(6).toString()),
        };
        file.write(fields.join(QLatin1Char(',')).toUtf8() + '\n');
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
