// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekanamespace.h>

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtCore/QUrl>

#include <functional>

namespace Eureka {

class HttpTransport;
class TransportReply;

// Asks this instance how healthy it is, as Netflix's HealthCheckHandler: a callable of the
// application's, or an HTTP GET of the instance's own health check URL (2xx: UP, otherwise
// DOWN; a Spring Boot Actuator body {"status":"OUT_OF_SERVICE"} or {"status":"DOWN"} says so
// whatever the HTTP status; no answer within the timeout: DOWN).
class EUREKACLIENT_AUTOTEST_EXPORT HealthMonitor : public QObject
{
    Q_OBJECT

public:
    using Callable = std::function<InstanceStatus()>;
    struct Settings
    {
        Callable callable;                 // wins over the URL when set
        HttpTransport *transport = nullptr; // for the URL; not owned
        QUrl url;
        qint64 timeoutMs = 5000;
    };

    HealthMonitor(Settings settings, QObject *parent);
    ~HealthMonitor() override;

    // Starts a check unless one runs; checked() follows (at once for a callable).
    void check();
    bool isChecking() const { return m_reply != nullptr; }

Q_SIGNALS:
    // \a detail says why, for logs ("HTTP 503", "no answer: connection refused").
    void checked(Eureka::InstanceStatus status, const QString &detail);

private:
    void onReply();

    Settings m_settings;
    QPointer<TransportReply> m_reply;
    QTimer m_timeout;
};

} // namespace Eureka
