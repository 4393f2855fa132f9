// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "demoregistry.h"

#include "demofleet.h"

#include <EurekaClient/registryserver.h>

using namespace std::chrono_literals;

DemoRegistry::DemoRegistry(QObject *parent)
    : QObject(parent)
{
}

DemoRegistry::~DemoRegistry() = default;

bool DemoRegistry::start(quint16 port)
{
    Eureka::RegistryServer::Options options;
    options.port = port;
    options.responseCacheUpdateInterval = 5s; // renewals show within seconds in the demo
    options.evictionInterval = 10s;
    m_server = new Eureka::RegistryServer(options, this);
    if (!m_server->listen()) {
        m_error = m_server->errorString();
        return false;
    }
    DemoFleet::Options fleet;
    fleet.registryUrl = m_server->serviceUrl();
    fleet.renewalInterval = 5s;
    fleet.flapInterval = 15s;
    m_fleet = new DemoFleet(fleet, this);
    if (!m_fleet->start()) {
        m_error = tr("The demo fleet cannot open its loopback ports.");
        return false;
    }
    return true;
}

ConnectionProfile DemoRegistry::profile() const
{
    ConnectionProfile p;
    p.name = tr("Demo (embedded registry)");
    p.serverUrls = {m_server->serviceUrl().toString()};
    p.zone = QStringLiteral("zone-a");
    p.readOnly = false; // a demo registry is there to be played with
    p.watchInTray = true;
    p.fetchInterval = 3s;
    p.leaseRefreshInterval = 5s;
    return p;
}

int DemoRegistry::fleetSize() const { return m_fleet ? int(m_fleet->size()) : 0; }
