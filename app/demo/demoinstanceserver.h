// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QByteArray>
#include <QtNetwork/QTcpServer>

// What a demo instance serves on its loopback port, so that HA service calls have something
// real to call: GET / answers who it is, /actuator/health and /actuator/info answer as Spring
// Boot's do. One request per connection keeps it small.
class DemoInstanceServer : public QTcpServer
{
    Q_OBJECT

public:
    DemoInstanceServer(const QString &app, const QString &instanceId, const QString &zone, QObject *parent);
    void setHealthy(bool healthy) { m_healthy = healthy; }
    // The id is known only once the port is chosen.
    void setInstanceId(const QString &id) { m_instanceId = id; }

private:
    void serve();
    QByteArray answer(const QByteArray &path) const;

    QString m_app;
    QString m_instanceId;
    QString m_zone;
    bool m_healthy = true;
};
