// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "statushistory.h"

#include "dashboardlogging.h"
#include "historystore.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QStandardPaths>
#include <QtCore/QUrl>

using namespace Eureka;

namespace {
constexpr qint64 Day = 24 * 3600 * 1000;
constexpr qint64 PruneEvery = 3600 * 1000;
} // namespace

StatusHistory::StatusHistory(const QString &path, int retentionDays, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_retentionDays(std::max(1, retentionDays))
    , m_worker(new QObject)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_thread.setObjectName(QStringLiteral("status-history"));
    m_worker->moveToThread(&m_thread);
    // Idle priority: on a two-core machine, writing a whole-registry delta at normal priority
    // took the GUI thread's core for tens of milliseconds at a time (bench_dashboard).
    m_thread.start(QThread::IdlePriority);
    const QString connection = QStringLiteral("history-%1").arg(quintptr(this), 0, 16);
    const qint64 start = m_clock();
    onWorker([this, connection, start] {
        m_store = std::make_unique<HistoryStore>(connection);
        if (!m_store->open(m_path))
            checkProblem();
        m_store->prune(start - m_retentionDays * Day);
        m_lastPrune = start;
    });
}

StatusHistory::~StatusHistory()
{
    // What is queued is written; then the store closes on its own thread.
    onWorker([this] {
        m_store.reset();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
    delete m_worker;
}

QString StatusHistory::defaultPath(const QString &profileName)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/history/") + QString::fromLatin1(QUrl::toPercentEncoding(profileName, " ")) + QStringLiteral(".sqlite");
}

void StatusHistory::onWorker(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

// On the history thread: a new problem is told to this object's thread, once.
void StatusHistory::checkProblem()
{
    if (m_store->isPersistent() || m_store->errorString().isEmpty())
        return;
    const QString text = m_store->errorString();
    QMetaObject::invokeMethod(this, [this, text] {
        if (!m_persistent)
            return;
        m_persistent = false;
        m_error = text;
        qCWarning(lcDashboard).noquote() << "status history: cannot use" << m_path << "-" << text << "- keeping it in memory";
        Q_EMIT problem(text);
    }, Qt::QueuedConnection);
}

void StatusHistory::record(const RegistryChanges &changes, bool snapshot)
{
    if (changes.isEmpty() && !snapshot)
        return;
    if (m_held)
        m_backlog.append({changes, snapshot, m_clock()});
    else
        write(changes, snapshot, m_clock());
}

void StatusHistory::setHeld(bool held)
{
    m_held = held;
    if (held)
        return;
    for (const Held &h : std::exchange(m_backlog, {}))
        write(h.changes, h.snapshot, h.at);
}

void StatusHistory::write(const RegistryChanges &changes, bool snapshot, qint64 now)
{
    onWorker([this, changes, snapshot, now] {
        QElapsedTimer clock;
        clock.start();
        const int count = m_store->record(changes, now, snapshot);
        if (now - m_lastPrune >= PruneEvery) {
            m_store->prune(now - m_retentionDays * Day);
            m_lastPrune = now;
        }
        const qint64 ns = clock.nsecsElapsed();
        checkProblem();
        QMetaObject::invokeMethod(this, [this, count, ns] { Q_EMIT recorded(count, ns); }, Qt::QueuedConnection);
    });
}

void StatusHistory::recordLeasesLapsed(const QList<QPair<QString, QString>> &instances)
{
    if (instances.isEmpty())
        return;
    const qint64 now = m_clock();
    onWorker([this, instances, now] {
        m_store->recordLeasesLapsed(instances, now);
        checkProblem();
        QMetaObject::invokeMethod(this, [this, count = instances.size()] { Q_EMIT recorded(count, 0); },
                                  Qt::QueuedConnection);
    });
}

void StatusHistory::recentEvents(int limit, std::function<void(const QList<HistoryEvent> &)> done)
{
    onWorker([this, limit, done = std::move(done)] {
        const QList<HistoryEvent> events = m_store->recentEvents(limit);
        QMetaObject::invokeMethod(this, [events, done] { done(events); }, Qt::QueuedConnection);
    });
}

void StatusHistory::timeline(const QString &app, const QString &instanceId, qint64 span,
                             std::function<void(const StatusTimeline &, double)> done)
{
    const qint64 to = m_clock();
    onWorker([this, app, instanceId, span, to, done = std::move(done)] {
        const StatusTimeline timeline = m_store->timeline(app, instanceId, to - span, to);
        const double availability = m_store->availability(app, to - span, to);
        QMetaObject::invokeMethod(this, [timeline, availability, done] { done(timeline, availability); },
                                  Qt::QueuedConnection);
    });
}

void StatusHistory::exportCsv(const QString &file, std::function<void(bool, const QString &)> done)
{
    onWorker([this, file, done = std::move(done)] {
        QString error;
        const bool ok = m_store->exportCsv(file, &error);
        QMetaObject::invokeMethod(this, [ok, error, done] { done(ok, error); }, Qt::QueuedConnection);
    });
}
