// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectionprofile.h"

#include <QtCore/QObject>

namespace Eureka {
class RegistryServer;
}
class DemoFleet;

// `eureka-dashboard --demo`: the embedded registry and the demo fleet, in-process, on
// loopback, with lively intervals; and the profile that connects to them. For demos only:
// it is not a Eureka server.
class DemoRegistry : public QObject
{
    Q_OBJECT

public:
    explicit DemoRegistry(QObject *parent = nullptr);
    ~DemoRegistry() override;

    // false (with errorString()) when the port cannot be opened.
    bool start(quint16 port = 0);
    QString errorString() const { return m_error; }
    ConnectionProfile profile() const;
    int fleetSize() const;

private:
    Eureka::RegistryServer *m_server = nullptr;
    DemoFleet *m_fleet = nullptr;
    QString m_error;
};
