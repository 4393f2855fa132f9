// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "registryfetcher.h"

#include "../logging_p.h"
#include "../transport/clusterclient.h"
#include "../transport/eurekarequest.h"

#include <EurekaClient/codec.h>

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QSaveFile>

namespace Eureka {

RegistryFetcher::RegistryFetcher(ClusterClient *cluster, Settings settings, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_settings(std::move(settings))
    , m_backoff(m_settings.intervalMs, m_settings.backoffBound)
{
    if (!m_settings.clock)
        m_settings.clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { fetch(false); });
}

void RegistryFetcher::start()
{
    if (m_running)
        return;
    m_running = true;
    loadCache();
    fetch(true);
}

void RegistryFetcher::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_inFlight)
        m_inFlight->abort();
}

void RegistryFetcher::fetchNow(bool full)
{
    if (m_running && !m_inFlight)
        fetch(full);
}

void RegistryFetcher::schedule(qint64 delayMs)
{
    if (m_running)
        m_timer.start(std::chrono::milliseconds(delayMs));
}

void RegistryFetcher::fetch(bool full)
{
    m_timer.stop();
    const bool useDelta = !full && m_haveServerCopy && !m_settings.disableDelta && m_settings.vipAddress.isEmpty();
    EurekaRequest request = !m_settings.vipAddress.isEmpty()
        ? EurekaRequest::vip(m_settings.vipAddress, m_settings.format)
        : useDelta ? EurekaRequest::delta(m_settings.remoteRegions, m_settings.format)
                   : EurekaRequest::applications(m_settings.remoteRegions, m_settings.format);
    EurekaReply *reply = m_cluster->execute(request);
    m_inFlight = reply;
    connect(reply, &EurekaReply::finished, this, [this, reply, useDelta] {
        reply->deleteLater();
        m_inFlight = nullptr;
        if (!m_running)
            return;
        useDelta ? onDelta(reply) : onFull(reply);
    });
}

void RegistryFetcher::onFull(EurekaReply *reply)
{
    if (reply->error() != Error::NoError) {
        failed(reply->error(), reply->errorString());
        return;
    }
    CodecError error;
    const Applications apps = Codec::decodeApplications(reply->body(), m_settings.format, &error);
    if (error.isError()) {
        failed(Error::ProtocolError, tr("%1 sent a registry that cannot be read: %2")
                                         .arg(reply->endpoint().toDisplayString(), error.toString()));
        return;
    }
    m_lastServer = reply->endpoint().toDisplayString();
    commit(apps, m_apps.changesTo(apps), false);
}

void RegistryFetcher::onDelta(EurekaReply *reply)
{
    if (reply->error() == Error::NoError && (reply->httpStatus() == 403 || reply->httpStatus() == 404)) {
        qCInfo(lcEurekaRegistry) << "delta refused with HTTP" << reply->httpStatus() << "; fetching the full registry";
        fetch(true);
        return;
    }
    if (reply->error() != Error::NoError) {
        failed(reply->error(), reply->errorString());
        return;
    }
    CodecError error;
    const Applications delta = Codec::decodeApplications(reply->body(), m_settings.format, &error);
    if (error.isError()) {
        qCWarning(lcEurekaRegistry).noquote() << "unreadable delta:" << error.toString() << "; fetching the full registry";
        fetch(true);
        return;
    }
    Applications updated = m_apps;
    const RegistryChanges changes = updated.applyDelta(delta);
    if (updated.reconcileHashCode() != delta.appsHashCode()) {
        // Our copy drifted from the server's: only a full fetch can repair it.
        qCInfo(lcEurekaRegistry).noquote() << "reconcile hash" << updated.reconcileHashCode() << "differs from the server's"
                                           << delta.appsHashCode() << "; fetching the full registry";
        Q_EMIT fetched(true, false);
        fetch(true);
        return;
    }
    m_lastServer = reply->endpoint().toDisplayString();
    commit(updated, changes, true);
}

void RegistryFetcher::commit(const Applications &apps, const RegistryChanges &changes, bool delta)
{
    m_apps = apps;
    m_fetchedAt = m_settings.clock();
    m_fromCache = false;
    m_haveServerCopy = true;
    saveCache();
    schedule(m_backoff.succeeded());
    // The changes first: whoever hears "fetched" finds them applied and announced.
    if (!changes.isEmpty())
        Q_EMIT registryUpdated(changes);
    Q_EMIT fetched(delta, true);
}

void RegistryFetcher::failed(Error error, const QString &text)
{
    qCWarning(lcEurekaRegistry).noquote() << "registry fetch failed, keeping the last good registry:" << text;
    Q_EMIT errorOccurred(Operation::Discover, error, text);
    schedule(m_backoff.failed());
}

// The cache file is the JSON registry with a fetchedAt member first; the decoder ignores it.
void RegistryFetcher::saveCache() const
{
    if (m_settings.cacheFile.isEmpty())
        return;
    QSaveFile file(m_settings.cacheFile);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcEurekaRegistry) << "cannot write the registry cache" << m_settings.cacheFile << file.errorString();
        return;
    }
    const QByteArray json = Codec::encodeApplications(m_apps, WireFormat::Json);
    file.write("{\"fetchedAt\":" + QByteArray::number(m_fetchedAt) + ',');
    file.write(json.mid(1));
    if (!file.commit())
        qCWarning(lcEurekaRegistry) << "cannot write the registry cache" << m_settings.cacheFile << file.errorString();
}

void RegistryFetcher::loadCache()
{
    if (m_settings.cacheFile.isEmpty() || !QFile::exists(m_settings.cacheFile))
        return;
    QFile file(m_settings.cacheFile);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray data = file.readAll();
    CodecError error;
    const Applications apps = Codec::decodeApplications(data, WireFormat::Json, &error);
    if (error.isError()) {
        qCWarning(lcEurekaRegistry).noquote() << "ignoring an unreadable registry cache:" << error.toString();
        return;
    }
    static const QRegularExpression fetchedAt(QStringLiteral("^\\{\"fetchedAt\":(\\d+),"));
    const QRegularExpressionMatch match = fetchedAt.match(QString::fromLatin1(data.left(40)));
    m_fetchedAt = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    m_fromCache = true;
    const RegistryChanges changes = m_apps.changesTo(apps);
    m_apps = apps;
    qCInfo(lcEurekaRegistry).noquote() << "loaded" << apps.instanceCount() << "instances from the registry cache, fetched"
                                       << QDateTime::fromMSecsSinceEpoch(m_fetchedAt).toString(Qt::ISODate);
    Q_EMIT registryUpdated(changes);
}

} // namespace Eureka
