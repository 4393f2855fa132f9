// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "dashboardsession.h"

#include "applicationlistmodel.h"
#include "zonematrixmodel.h"
#include "backgroundpool.h"
#include "changefeeder.h"
#include "clusterhealth.h"
#include "dashboardlogging.h"
#include "eventlogmodel.h"
#include "freeonpool.h"
#include "instancetablemodel.h"
#include "peerservers.h"
#include "statushistory.h"

#include <EurekaClient/applications.h>
#include <EurekaClient/codec.h>
#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/eurekareply.h>
#include <EurekaClient/servicecaller.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>

using namespace Eureka;

DashboardSession::DashboardSession(const ConnectionProfile &profile, const QString &password,
                                   QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_client(profile.createClient(password, m_network, this))
    , m_caller(new ServiceCaller(m_client, this))
    , m_instances(new InstanceTableModel(this))
    , m_applications(new ApplicationListModel(this))
    , m_zoneMatrix(new ZoneMatrixModel(this))
    , m_events(new EventLogModel(this))
    , m_health(new ClusterHealth(this))
    , m_feeder(new ChangeFeeder([this](const RegistryChanges &slice, bool initial) { applySlice(slice, initial); }, this))
    , m_history(new StatusHistory(StatusHistory::defaultPath(profile.name), profile.historyDays, this))
{
    // The event log starts where the last session's ended (read before anything new is written).
    m_history->recentEvents(10000, [this](const QList<HistoryEvent> &events) { m_events->appendOlder(events); });
    if (!profile.serverUrls.isEmpty())
        m_peers = new PeerServers(profile, password, m_network, this);
    if (!profile.caCertificateFile.isEmpty()) {
        // Requests are made inside the library, so the private CA joins the process-wide set.
        QFile pem(profile.caCertificateFile);
        if (pem.open(QIODevice::ReadOnly)) {
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.addCaCertificates(QSslCertificate::fromData(pem.readAll(), QSsl::Pem));
            QSslConfiguration::setDefaultConfiguration(config);
        } else {
            m_health->recordError(tr("Cannot read the CA certificate %1: %2").arg(profile.caCertificateFile, pem.errorString()));
        }
    }

    connect(m_client, &EurekaClient::registryUpdated, this, &DashboardSession::onRegistryUpdated);
    connect(m_client, &EurekaClient::registryFetched, this, [this](bool delta, bool hashMatched) {
        m_health->recordFetch(m_client->lastFetchServer(), m_client->lastFetchTime(), delta, hashMatched);
        Q_EMIT summaryChanged();
    });
    connect(m_client, &EurekaClient::errorOccurred, this, [this](Operation operation, Error, const QString &text) {
        if (operation == Operation::Discover || operation == Operation::Resolve) {
            m_health->recordError(text);
            Q_EMIT summaryChanged();
        }
    });
    connect(m_feeder, &ChangeFeeder::idle, m_history, [this] { m_history->setHeld(false); });
    connect(m_feeder, &ChangeFeeder::progress, this, [this](qsizetype applied, qsizetype total) {
        m_health->setLoading(applied, total);
    });
    connect(m_feeder, &ChangeFeeder::batchApplied, this, [this](const RegistryChanges &all, bool initial) {
        if (initial)
            m_events->applyChanges(all, true); // one summary line for the first fetch
        updateRenewals();
        Q_EMIT summaryChanged();
    });

    // Named for profiles and the soak's report of the longest event.
    m_leaseTimer.setObjectName(QStringLiteral("lease-refresh"));
    m_leaseStep.setObjectName(QStringLiteral("lease-apply"));
    m_clockTimer.setObjectName(QStringLiteral("clock"));
    m_leaseTimer.setInterval(profile.leaseRefreshInterval);
    connect(&m_leaseTimer, &QTimer::timeout, this, &DashboardSession::refreshLeases);
    connect(&m_leaseDecode, &QFutureWatcher<void>::finished, this, [this] {
        m_leaseScan = std::exchange(*m_leaseResult, {});
        m_leaseRow = 0;
        m_leaseStep.start(); // a turn of its own, not after the watcher's

    });
    m_leaseStep.setSingleShot(true);
    m_leaseStep.setInterval(0);
    connect(&m_leaseStep, &QTimer::timeout, this, &DashboardSession::applyLeaseSlice);
    // "12 s ago" moves on; renewals are re-estimated as leases age.
    m_clockTimer.setInterval(std::chrono::seconds(1));
    connect(&m_clockTimer, &QTimer::timeout, this, [this] {
        m_instances->refreshTimes();
        updateRenewals();
    });
}

DashboardSession::~DashboardSession()
{
    m_leaseStep.stop();
    m_leaseDecode.waitForFinished(); // the worker holds nothing of ours, but must end before we do
}

void DashboardSession::start()
{
    m_client->start();
    m_leaseTimer.start();
    m_clockTimer.start();
}

void DashboardSession::stop()
{
    m_leaseTimer.stop();
    m_clockTimer.stop();
    m_client->stop();
}

void DashboardSession::refresh() { m_client->refreshRegistry(); }

void DashboardSession::refreshLeases()
{
    if (m_leaseFetch || m_leaseDecode.isRunning() || m_leaseStep.isActive())
        return;
    m_leaseFetch = m_client->fetchApplications();
    connect(m_leaseFetch, &EurekaReply::finished, this, [this, reply = m_leaseFetch.data()] {
        reply->deleteLater();
        if (reply->error() != Error::NoError)
            return; // the regular fetch reports server trouble; this one only refreshes times
        const QByteArray body = reply->body();
        // 100,000 instances take ~0.3 s to decode: not on the GUI thread, and not at its
        // priority either (renewal times can wait; a frame cannot).
        m_leaseResult = std::make_shared<LeaseScan>();
        m_leaseDecode.setFuture(QtConcurrent::run(
            backgroundPool(), [body, result = m_leaseResult, lapsedBefore = m_lapsed, now = m_history->now(),
                               maximum = m_events->maximumEvents()] {
                CodecError error;
                const Applications fresh = Codec::decodeApplications(body, WireFormat::Json, &error);
                if (!error.isError()) // else nothing is learnt, and the lapses recorded stay so
                    *result = LeaseScan::scan(fresh, *lapsedBefore, now, maximum);
            }));
    });
}

void DashboardSession::applyLeaseSlice()
{
    const int end = m_instances->updateLeases(m_leaseScan.leases, m_leaseRow, m_instances->rowCount(),
                                              QDeadlineTimer(m_leaseSliceBudget));
    m_leaseRow = end;
    if (end < m_instances->rowCount()) {
        m_leaseStep.start();
        return;
    }
    updateRenewals();
    recordLapsedLeases();
}

// Once per lease refresh (a minute), when the rows show the refreshed leases: the instances
// whose lease lapsed since the last refresh go into the history in one write and into the
// events view in one insertion (capped at its maximum). The scan found them on the pool; this
// turn only hands its lists on, and frees the large parts on the pool.
void DashboardSession::recordLapsedLeases()
{
    LeaseScan scan = std::exchange(m_leaseScan, {});
    if (!scan.lapsed)
        return; // the refresh's registry could not be read
    m_history->recordLeasesLapsed(scan.newlyLapsed);
    m_events->addEvents(scan.events);
    freeOnPool(std::exchange(m_lapsed, std::move(scan.lapsed)));
    freeOnPool(std::move(scan));
}

void DashboardSession::onRegistryUpdated(const RegistryChanges &changes)
{
    const bool initial = !m_seenFirstFetch;
    m_seenFirstFetch = true;
    if (changes.size() >= 1000) // written once the views have it, not while they are fed
        m_history->setHeld(true);
    m_history->record(changes, initial);
    m_instances->reserve(m_instances->rowCount() + changes.added.size());
    m_feeder->enqueue(changes, initial);
}

void DashboardSession::applySlice(const RegistryChanges &slice, bool initial)
{
    m_instances->applyChanges(slice);
    m_applications->applyChanges(slice);
    m_zoneMatrix->applyChanges(slice);
    if (!initial)
        m_events->applyChanges(slice, false);
    for (const InstanceChange &change : slice.modified) {
        if (change.statusChanged())
            Q_EMIT instanceStatusChanged(change.after.app(), change.after.instanceId(), change.before.status(),
                                         change.after.status());
    }
    QStringList zones = m_zones;
    for (const InstanceInfo &info : slice.added) {
        const QString zone = info.zone();
        if (!zone.isEmpty() && !zones.contains(zone))
            zones.append(zone);
    }
    if (zones != m_zones) {
        zones.sort();
        m_zones = zones;
        Q_EMIT zonesChanged();
    }
}

void DashboardSession::updateRenewals()
{
    ClusterHealth::Renewals renewals;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_instances->forEachLeaseTiming([&](const LeaseTiming &t) {
        renewals.add(t.lastRenewalTimestamp, t.renewalIntervalInSecs, t.durationInSecs, now);
    });
    renewals.finish();
    m_health->setRenewals(renewals);
}

QStringList DashboardSession::zones() const { return m_zones; }

TrayMonitor::ClusterSummary DashboardSession::summary() const
{
    TrayMonitor::ClusterSummary s;
    s.reachable = m_health->isReachable();
    s.total = m_applications->count({}, ApplicationListModel::Total);
    s.up = m_applications->count({}, ApplicationListModel::Up);
    s.down = m_applications->count({}, ApplicationListModel::Down);
    s.outOfService = m_applications->count({}, ApplicationListModel::OutOfService);
    s.other = m_applications->count({}, ApplicationListModel::Other);
    return s;
}

EurekaReply *DashboardSession::overrideStatus(const InstanceInfo &instance, InstanceStatus status)
{
    if (isReadOnly())
        return nullptr;
    qCInfo(lcDashboard).noquote() << "override" << instance.app() << instance.instanceId() << "to" << toWireString(status);
    return m_client->overrideStatus(instance.app(), instance.instanceId(), status);
}

EurekaReply *DashboardSession::removeOverride(const InstanceInfo &instance)
{
    if (isReadOnly())
        return nullptr;
    qCInfo(lcDashboard).noquote() << "remove override of" << instance.app() << instance.instanceId();
    return m_client->removeStatusOverride(instance.app(), instance.instanceId());
}

EurekaReply *DashboardSession::deleteInstance(const InstanceInfo &instance)
{
    if (isReadOnly())
        return nullptr;
    qCInfo(lcDashboard).noquote() << "delete" << instance.app() << instance.instanceId();
    return m_client->cancelInstance(instance.app(), instance.instanceId());
}
