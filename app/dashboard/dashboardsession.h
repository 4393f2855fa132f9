// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectionprofile.h"
#include "leasescan.h"
#include "traymonitor.h"

#include <EurekaClient/applications.h>
#include <EurekaClient/eurekanamespace.h>
#include <EurekaClient/leaseinfo.h>

#include <QtCore/QFutureWatcher>
#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QTimer>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Eureka {
class EurekaClient;
class EurekaReply;
class InstanceInfo;
class ServiceCaller;
}

class ApplicationListModel;
class ZoneMatrixModel;
class ChangeFeeder;
class ClusterHealth;
class EventLogModel;
class InstanceTableModel;
class PeerServers;
class StatusHistory;

// Everything the dashboard knows about one cluster: a discovery-only EurekaClient, a
// ServiceCaller for the call console, the models the views show, and the cluster's health.
// The models follow the client's change signals; lease times are refreshed from a full
// registry every leaseRefreshInterval (decoded off the GUI thread), because deltas never
// carry renewals.
class DashboardSession : public QObject
{
    Q_OBJECT

public:
    // \a network may be null: the session then owns one.
    DashboardSession(const ConnectionProfile &profile, const QString &password, QNetworkAccessManager *network,
                     QObject *parent = nullptr);
    ~DashboardSession() override;

    void start();
    void stop();

    ConnectionProfile profile() const { return m_profile; }
    bool isReadOnly() const { return m_profile.readOnly; }
    Eureka::EurekaClient *client() const { return m_client; }
    Eureka::ServiceCaller *caller() const { return m_caller; }
    InstanceTableModel *instances() const { return m_instances; }
    ApplicationListModel *applications() const { return m_applications; }
    ZoneMatrixModel *zoneMatrix() const { return m_zoneMatrix; }
    EventLogModel *events() const { return m_events; }
    // Every transition seen, on disk (one database per profile), read back at the next start.
    StatusHistory *history() const { return m_history; }
    // Each of the profile's servers side by side; null when the profile finds them through DNS.
    PeerServers *peers() const { return m_peers; }
    ClusterHealth *health() const { return m_health; }
    // Applies fetched changes to the models a frame-sized slice at a time.
    ChangeFeeder *feeder() const { return m_feeder; }
    TrayMonitor::ClusterSummary summary() const;
    QStringList zones() const;

    // Admin actions; null in a read-only profile. The caller deletes the reply.
    Eureka::EurekaReply *overrideStatus(const Eureka::InstanceInfo &instance, Eureka::InstanceStatus status);
    Eureka::EurekaReply *removeOverride(const Eureka::InstanceInfo &instance);
    Eureka::EurekaReply *deleteInstance(const Eureka::InstanceInfo &instance);

public Q_SLOTS:
    void refresh();
    void refreshLeases();

Q_SIGNALS:
    void summaryChanged();
    void zonesChanged();
    void instanceStatusChanged(const QString &app, const QString &instanceId, Eureka::InstanceStatus before,
                               Eureka::InstanceStatus after);

private:
    void onRegistryUpdated(const Eureka::RegistryChanges &changes);
    void applySlice(const Eureka::RegistryChanges &slice, bool initial);
    void applyLeaseSlice();
    void updateRenewals();
    void recordLapsedLeases();

    ConnectionProfile m_profile;
    QNetworkAccessManager *m_network;
    Eureka::EurekaClient *m_client;
    Eureka::ServiceCaller *m_caller;
    InstanceTableModel *m_instances;
    ApplicationListModel *m_applications;
    ZoneMatrixModel *m_zoneMatrix;
    EventLogModel *m_events;
    ClusterHealth *m_health;
    QTimer m_leaseTimer;
    QTimer m_clockTimer;
    QPointer<Eureka::EurekaReply> m_leaseFetch;
    // Lease timings by instance id, read from a full fetch on the background pool, applied to the
    // rows a slice per turn.
    // The decode leaves its result in m_leaseResult rather than in the future: a future's
    // result store would keep 100,000 leases until the next refresh and free them here.
    QFutureWatcher<void> m_leaseDecode;
    std::shared_ptr<LeaseScan> m_leaseResult;
    LeaseScan m_leaseScan; // being applied; its lapses are recorded once the rows have its leases
    int m_leaseRow = 0;
    QTimer m_leaseStep;
    // How long one turn may spend applying refreshed leases.
    std::chrono::milliseconds m_leaseSliceBudget{2};
    ChangeFeeder *m_feeder;
    StatusHistory *m_history;
    PeerServers *m_peers = nullptr;
    // Instance ids whose lapsed lease is recorded; read by the next scan on the pool.
    std::shared_ptr<const QSet<QString>> m_lapsed = std::make_shared<const QSet<QString>>();
    QStringList m_zones;
    bool m_seenFirstFetch = false;
};
