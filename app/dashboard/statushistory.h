// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "historyevent.h"
#include "statustimeline.h"

#include <EurekaClient/registrychanges.h>

#include <QtCore/QObject>
#include <QtCore/QThread>

#include <functional>
#include <memory>

class HistoryStore;

// A cluster's status history, kept by a HistoryStore on a thread of its own: writing the
// transitions of a delta that touches 100,000 instances, or reading a week of them, never
// runs on the GUI thread. Writes are queued in order; reads answer through a callback on
// this object's thread.
class StatusHistory : public QObject
{
    Q_OBJECT

public:
    // \a path: the database file ("" keeps the history in memory only). Events older than
    // \a retentionDays are forgotten (checked at start and every hour).
    StatusHistory(const QString &path, int retentionDays, QObject *parent = nullptr);
    ~StatusHistory() override;

    // Where a profile's history lives: one database per profile, under the application's data.
    static QString defaultPath(const QString &profileName);

    QString path() const { return m_path; }
    // Time of the events recorded from now on (ms since the epoch); tests set their own.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }
    // False once the database could not be used: the history then lives in memory only.
    bool isPersistent() const { return m_persistent; }
    QString errorString() const { return m_error; }

    void record(const Eureka::RegistryChanges &changes, bool snapshot);
    // While held, records wait here, in order, with the time they happened: the GUI thread is
    // feeding a large change to the views, and the history thread's writes competed with it
    // (on two cores, a turn of 19-21 ms in one bench_dashboard run of three at 100,000).
    void setHeld(bool held);
    // Instances (application, instance id) whose lease lapsed: one write however many.
    void recordLeasesLapsed(const QList<QPair<QString, QString>> &instances);

    void recentEvents(int limit, std::function<void(const QList<HistoryEvent> &)> done);
    // The instance's timeline over the last \a span ms, and its application's availability.
    void timeline(const QString &app, const QString &instanceId, qint64 span,
                  std::function<void(const StatusTimeline &, double availability)> done);
    void exportCsv(const QString &file, std::function<void(bool ok, const QString &error)> done);

Q_SIGNALS:
    // The database cannot be used (said once); the history goes on in memory.
    void problem(const QString &text);
    // A write finished: how many events, and what it cost the history thread.
    void recorded(int events, qint64 ns);

private:
    void onWorker(std::function<void()> work);
    void checkProblem();

    QString m_path;
    int m_retentionDays;
    QThread m_thread;
    QObject *m_worker;                   // lives on m_thread: what work is queued to
    std::unique_ptr<HistoryStore> m_store; // used on m_thread only
    std::function<qint64()> m_clock;
    bool m_held = false;
    struct Held
    {
        Eureka::RegistryChanges changes;
        bool snapshot;
        qint64 at;
    };
    QList<Held> m_backlog;
    void write(const Eureka::RegistryChanges &changes, bool snapshot, qint64 now);
    qint64 m_lastPrune = 0;              // read and written on m_thread
    bool m_persistent = true;
    QString m_error;
};
