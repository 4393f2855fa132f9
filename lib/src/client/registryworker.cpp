// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "registryworker.h"

#include "../codec/codec_p.h"
#include "../logging_p.h"
#include "../recordslabs_p.h"

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QSaveFile>
#include <QtCore/QSet>

#include <limits>

namespace Eureka {

namespace {
RegistryWorker::DecodeHook &defaultHook()
{
    static RegistryWorker::DecodeHook hook;
    return hook;
}
} // namespace

RegistryWorker::RegistryWorker(Settings settings)
    : m_settings(std::move(settings))
    , m_releaseTimer(new QTimer(this)) // a child: it moves to the registry thread with us
{
    if (!m_settings.beforeDecode)
        m_settings.beforeDecode = defaultHook();
    m_pool.setKeepBytes(std::numeric_limits<size_t>::max());
    m_releaseTimer->setSingleShot(true);
    m_releaseTimer->setInterval(m_settings.releaseBuffersAfterMs);
    // The interned strings and shapes stay: they are the held registry's own, so keeping them
    // costs only their tables, and the next delta shares them.
    connect(m_releaseTimer, &QTimer::timeout, this, [this] { m_pool.releaseBuffers(true); });
}

void RegistryWorker::setDefaultBeforeDecode(DecodeHook hook) { defaultHook() = std::move(hook); }

bool RegistryWorker::cancelled(const RegistryJob &job) const
{
    return job.generation != m_generation.load(std::memory_order_relaxed)
        || (job.kind == RegistryJob::Delta && job.id < m_supersedeBefore.load(std::memory_order_relaxed));
}

void RegistryWorker::process(const RegistryJob &job)
{
    auto shared = std::make_shared<RegistryResult>();
    RegistryResult &result = *shared;
    result.id = job.id;
    result.generation = job.generation;
    result.kind = job.kind;
    result.server = job.server;
    result.fetchedAt = job.fetchedAt;
    if (cancelled(job)) {
        Q_EMIT processed(shared); // Dropped
        return;
    }
    if (m_settings.beforeDecode)
        m_settings.beforeDecode([this, &job] { return cancelled(job); });
    switch (job.kind) {
    case RegistryJob::Full: decodeFull(job, result); break;
    case RegistryJob::Delta: decodeDelta(job, result); break;
    case RegistryJob::Cache: loadCache(result); break;
    }
    if (result.outcome == RegistryResult::Applied) {
        m_current = result.apps;
        result.changedApplications = applicationsIn(result.changes);
        for (qsizetype i = 0; i < result.changes.modified.size(); ++i) {
            if (result.changes.modified.at(i).statusChanged())
                result.statusChanges.append(i);
        }
        if (job.kind != RegistryJob::Cache)
            saveCache(job.fetchedAt);
    }
    // Counted from the last decode that needed large buffers: small deltas in between do not
    // keep them alive, and a run of whole-registry deltas (the server's three minutes after a
    // deploy wave) reuses them instead of mapping and unmapping 100 MB every fetch.
    if (!m_releaseTimer->isActive() || m_pool.lastDocumentBytes() > DecodePool::DefaultKeepBytes)
        m_releaseTimer->start();
    Q_EMIT processed(shared);
}

void RegistryWorker::resync(const Applications &apps) { m_current = apps; }

bool RegistryWorker::decode(const RegistryJob &job, RegistryResult &result, Applications *out)
{
    CodecError error;
    // The fetcher asks for gzip: the codec inflates, within the limit the transport applies to
    // what it receives.
    DecodeOptions options{&m_pool, [this, &job] { return cancelled(job); }, job.maxBytes};
    // What a delta re-sends is decoded into the strings and metadata shapes of the registry it
    // applies to; a full fetch starts afresh, so values no longer used are let go.
    options.keepInterned = job.kind == RegistryJob::Delta;
    options.slabRecords = slabsFor(job);
    // The transport leaves room past an answer's end, so a plain JSON body is read in place.
    options.readablePastEnd = job.body.capacity() - job.body.size();
    *out = CodecPrivate::decodeApplications(job.body, job.format, &error, options);
    if (cancelled(job)) {
        result.outcome = RegistryResult::Dropped;
        return false;
    }
    if (error.isError()) {
        result.outcome = RegistryResult::Unreadable;
        result.error = error.toString();
        return false;
    }
    return true;
}

// A full registry's records are replaced together, in time; so are those of a delta that
// re-sends most of the registry (the server's three minutes after a mass registration, or a
// server restart that every client re-registers with). A smaller delta's records outlive one
// another unevenly, and would keep whole slabs alive for a few records each; so no delta takes
// slabs while those mapped are mostly empty already.
bool RegistryWorker::slabsFor(const RegistryJob &job) const
{
    if (!m_settings.recordSlabs)
        return false;
    if (job.kind != RegistryJob::Delta)
        return true;
    if (m_lastFullBytes == 0 || 2 * job.body.size() < m_lastFullBytes)
        return false;
    const bool sparse = RecordSlabs::sparse();
    qCDebug(lcEurekaRegistry) << "a delta of" << job.body.size() << "bytes (the last full fetch:" << m_lastFullBytes
                              << ") decodes into" << (sparse ? "the heap: the record slabs are mostly empty" : "record slabs");
    return !sparse;
}

void RegistryWorker::decodeFull(const RegistryJob &job, RegistryResult &result)
{
    Applications apps;
    if (!decode(job, result, &apps))
        return;
    m_lastFullBytes = job.body.size();
    result.changes = m_current.changesTo(apps);
    result.apps = apps;
    result.outcome = RegistryResult::Applied;
}

void RegistryWorker::decodeDelta(const RegistryJob &job, RegistryResult &result)
{
    Applications delta;
    if (!decode(job, result, &delta))
        return;
    Applications updated = m_current;
    RegistryChanges changes = updated.applyDelta(delta);
    if (updated.reconcileHashCode() != delta.appsHashCode()) {
        result.outcome = RegistryResult::HashMismatch;
        result.error = QStringLiteral("reconcile hash %1 differs from the server's %2")
                           .arg(updated.reconcileHashCode(), delta.appsHashCode());
        return;
    }
    result.apps = std::move(updated);
    result.changes = std::move(changes);
    result.outcome = RegistryResult::Applied;
}

QStringList RegistryWorker::applicationsIn(const RegistryChanges &changes)
{
    QSet<QString> apps;
    for (const InstanceInfo &info : changes.added)
        apps.insert(info.app());
    for (const InstanceInfo &info : changes.removed)
        apps.insert(info.app());
    for (const InstanceChange &change : changes.modified)
        apps.insert(change.after.app());
    return QStringList(apps.cbegin(), apps.cend());
}

// The cache file is the JSON registry with a fetchedAt member first; the decoder ignores it.
void RegistryWorker::saveCache(qint64 fetchedAt) const
{
    if (m_settings.cacheFile.isEmpty())
        return;
    QSaveFile file(m_settings.cacheFile);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcEurekaRegistry) << "cannot write the registry cache" << m_settings.cacheFile << file.errorString();
        return;
    }
    const QByteArray json = Codec::encodeApplications(m_current, WireFormat::Json);
    file.write("{\"fetchedAt\":" + QByteArray::number(fetchedAt) + ',');
    file.write(json.mid(1));
    if (!file.commit())
        qCWarning(lcEurekaRegistry) << "cannot write the registry cache" << m_settings.cacheFile << file.errorString();
}

void RegistryWorker::loadCache(RegistryResult &result)
{
    result.outcome = RegistryResult::NoCache;
    if (m_settings.cacheFile.isEmpty() || !QFile::exists(m_settings.cacheFile))
        return;
    QFile file(m_settings.cacheFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray data = file.readAll();
    CodecError error;
    DecodeOptions options{&m_pool, {}, 0};
    options.slabRecords = m_settings.recordSlabs;
    const Applications apps = CodecPrivate::decodeApplications(data, WireFormat::Json, &error, options);
    if (error.isError()) {
        qCWarning(lcEurekaRegistry).noquote() << "ignoring an unreadable registry cache:" << error.toString();
        return;
    }
    static const QRegularExpression fetchedAt(QStringLiteral("^\\{\"fetchedAt\":(\\d+),"));
    const QRegularExpressionMatch match = fetchedAt.match(QString::fromLatin1(data.left(40)));
    result.fetchedAt = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    result.changes = m_current.changesTo(apps);
    result.apps = apps;
    result.outcome = RegistryResult::Applied;
    qCInfo(lcEurekaRegistry).noquote() << "loaded" << apps.instanceCount() << "instances from the registry cache, fetched"
                                       << QDateTime::fromMSecsSinceEpoch(result.fetchedAt).toString(Qt::ISODate);
}

} // namespace Eureka
