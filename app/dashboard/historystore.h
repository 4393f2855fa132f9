// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "historyevent.h"
#include "statustimeline.h"

#include <EurekaClient/registrychanges.h>

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QSet>
#include <QtCore/QString>

QT_BEGIN_NAMESPACE
class QSqlDatabase;
class QSqlQuery;
QT_END_NAMESPACE

// The status history of one cluster in an SQLite database (Qt SQL's QSQLITE driver): every
// transition of every instance, and the last state of each, so that what changed while the
// dashboard was closed is found at its next start. It writes transitions only: a fetch that
// changes nothing writes nothing.
//
// A database that cannot be used (corrupt, locked by another program, full, read-only) never
// stops the live view: the store says why once (errorString()) and goes on in an in-memory
// database, which holds this session's history until it ends.
//
// Not thread-safe, and bound to the thread that opened it (Qt SQL's rule): StatusHistory
// runs it on a thread of its own.
class HistoryStore
{
public:
    explicit HistoryStore(const QString &connectionName);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Opens (or creates) the database at \a path; "" opens an in-memory one. False: the
    // database cannot be used, errorString() says why, and the store works in memory.
    bool open(const QString &path);
    bool isPersistent() const { return m_persistent; }
    // The first problem met, "" when none.
    QString errorString() const { return m_error; }

    // Compares what changed with the last state it knew and records the transitions.
    // \a snapshot: \a changes.added is the whole registry (a session's first fetch), and the
    // instances it knew but the registry no longer has went away while nobody watched.
    // Returns how many events it wrote; \a written, when given, receives them.
    int record(const Eureka::RegistryChanges &changes, qint64 now, bool snapshot = false,
               QList<HistoryEvent> *written = nullptr);
    // Instances (application, instance id) not renewed for longer than their lease duration
    // (the dashboard notices it), in one transaction.
    void recordLeasesLapsed(const QList<QPair<QString, QString>> &instances, qint64 now);
    // Forgets events older than \a before, except each instance's last status, which later
    // timelines start from. Returns how many were deleted.
    int prune(qint64 before);

    // Newest first.
    QList<HistoryEvent> recentEvents(int limit);
    StatusTimeline timeline(const QString &app, const QString &instanceId, qint64 from, qint64 to);
    // The share of the span the application's instances spent UP, of the time they were
    // registered; -1 when none was.
    double availability(const QString &app, qint64 from, qint64 to);
    // Every event, oldest first, as CSV. False: \a error says why.
    bool exportCsv(const QString &path, QString *error);
    qsizetype eventCount();

private:
    struct State
    {
        quint8 status = 0;
        quint8 overridden = 0;
        bool present = false;
        quint32 metadata = 0; // a hash of the metadata
        qint64 row = 0;       // its row in the instances table; 0: none yet
    };
    static quint64 keyOf(const QString &app, const QString &instanceId);
    bool openDatabase(const QString &path);
    bool createSchema();
    bool loadState();
    void fail(const QString &what, const QSqlQuery &query);
    void fallBackToMemory();
    void observe(const Eureka::InstanceInfo &info, const Eureka::InstanceInfo *before, qint64 now,
                 QList<HistoryEvent> &events);
    void goneAway(const QString &app, const QString &instanceId, qint64 now, QList<HistoryEvent> &events);
    void flush(QList<HistoryEvent> &events, QList<HistoryEvent> *written, int &count, qsizetype atLeast);
    bool write(const QList<HistoryEvent> &events);
    bool writeOnce(const QList<HistoryEvent> &events);
    QSqlDatabase database() const;

    QString m_connection;
    QString m_path;
    bool m_persistent = false;
    QString m_error;
    QHash<quint64, State> m_state; // by keyOf(app, instance id)
};
