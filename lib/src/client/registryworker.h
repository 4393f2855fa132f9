// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "../codec/decodepool.h"

#include <EurekaClient/applications.h>
#include <EurekaClient/eurekanamespace.h>

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QStringList>
#include <QtCore/QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace Eureka {

// One piece of registry work handed to the worker thread: a fetched body to decode and merge,
// or the registry cache file to load.
struct RegistryJob
{
    enum Kind { Full, Delta, Cache };
    Kind kind = Full;
    quint64 id = 0;
    quint64 generation = 0;
    QByteArray body;
    WireFormat format = WireFormat::Json;
    QString server;
    qint64 fetchedAt = 0; // when the body arrived; what the cache file records
    qint64 maxBytes = 0;  // the most a gzip body may inflate to
};

struct RegistryResult
{
    enum Outcome {
        Applied,      // apps is the new registry, changes what it changed
        Unreadable,   // the body could not be decoded; error says why
        HashMismatch, // a delta that does not reproduce the server's apps__hashcode
        Dropped,      // cancelled by stop(), or superseded by a later full fetch
        NoCache,      // no usable cache file
    };
    quint64 id = 0;
    quint64 generation = 0;
    RegistryJob::Kind kind = RegistryJob::Full;
    Outcome outcome = Dropped;
    Applications apps;
    RegistryChanges changes;
    // Computed here so the owner thread does not walk a large change list to find them:
    // the applications the changes touch, and which of changes.modified changed status.
    QStringList changedApplications;
    QList<qsizetype> statusChanges;
    QString error;
    QString server;
    qint64 fetchedAt = 0;
};

// Lives on the client's registry thread and does everything there that grows with the
// registry: decoding, merging, the reconcile hash check, change lists, the cache file, and
// freeing registries the owner thread no longer needs. It holds the registry as of the last
// job it applied; the owner publishes results in the order they were made, so both agree
// once the owner has caught up. Jobs run one at a time, in the order they were queued.
class EUREKACLIENT_AUTOTEST_EXPORT RegistryWorker : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString cacheFile;
        // The decoder's buffers sized for a large registry are kept this long after the last
        // decode that needed them, for the next one (the following fetch, a full fetch after a
        // hash mismatch), then given back.
        int releaseBuffersAfterMs = 2000;
        // Large decodes' records in slabs (ClientConfig::registryRecordSlabs).
        bool recordSlabs = true;
        // Test seam: runs on the worker thread before each decode; a slow decode for tests.
        // It is given a function that says whether the job was cancelled meanwhile.
        std::function<void(const std::function<bool()> &cancelled)> beforeDecode;
    };

    explicit RegistryWorker(Settings settings);

    // Tests: the beforeDecode of every worker created from now on (until set back to empty).
    using DecodeHook = std::function<void(const std::function<bool()> &cancelled)>;
    static void setDefaultBeforeDecode(DecodeHook hook);

    // Thread-safe: called by the owner thread while the worker may be busy.
    // Every job of another generation is cancelled (at its next check) and dropped.
    void setGeneration(quint64 generation) { m_generation.store(generation); }
    // Every delta job with an id below \a id is dropped: a full fetch is on its way.
    void supersedeDeltasBefore(quint64 id) { m_supersedeBefore.store(id); }

    // Worker thread (queued calls):
    void process(const Eureka::RegistryJob &job);
    // Makes \a apps the registry that later deltas apply to (after a stop, the owner's copy).
    void resync(const Eureka::Applications &apps);

Q_SIGNALS:
    // Shared so that the owner can move the registry and the changes out of it.
    void processed(std::shared_ptr<Eureka::RegistryResult> result);

private:
    bool cancelled(const RegistryJob &job) const;
    // Decodes the job's body into \a out; false (and the outcome set) when cancelled or unreadable.
    bool decode(const RegistryJob &job, RegistryResult &result, Applications *out);
    bool slabsFor(const RegistryJob &job) const;
    void decodeFull(const RegistryJob &job, RegistryResult &result);
    void decodeDelta(const RegistryJob &job, RegistryResult &result);
    void loadCache(RegistryResult &result);
    void saveCache(qint64 fetchedAt) const;
    static QStringList applicationsIn(const RegistryChanges &changes);

    Settings m_settings;
    QTimer *m_releaseTimer;
    Applications m_current;
    DecodePool m_pool;
    qsizetype m_lastFullBytes = 0; // the body of the last full fetch, as it came
    std::atomic<quint64> m_generation{0};
    std::atomic<quint64> m_supersedeBefore{0};
};

} // namespace Eureka

Q_DECLARE_METATYPE(Eureka::RegistryJob)
Q_DECLARE_METATYPE(std::shared_ptr<Eureka::RegistryResult>)
