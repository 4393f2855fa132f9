// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "eurekarequest.h"

#include <EurekaClient/clusterresolver.h>
#include <EurekaClient/eurekaclientconfig.h>
#include <EurekaClient/eurekareply.h>

#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <EurekaClient/httptransport.h>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QRandomGenerator;
QT_END_NAMESPACE

namespace Eureka {

class ClusterReply;

// Sends Eureka requests to a cluster of servers with the high-availability rules of Netflix's
// transport stack (RetryableEurekaHttpClient, RedirectingEurekaHttpClient,
// SessionedEurekaHttpClient), folded into one attempt loop:
// - a server that answered is pinned and used until it fails or the session ends;
// - a server that fails (connection error, timeout, 5xx) is quarantined and the next one is
//   tried, up to numberOfRetries servers; the quarantine is cleared when it holds
//   quarantineRefreshPercentage of the servers;
// - a 302 is followed to the server root of its Location and that server is pinned;
// - sessions last sessionDuration ± 50 %, then the pin is dropped so clients spread again.
// Registration and queries each get their own ClusterClient, as Netflix keeps two stacks.
class EUREKACLIENT_AUTOTEST_EXPORT ClusterClient : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int numberOfRetries = 3;
        double quarantineRefreshPercentage = 0.66;
        qint64 sessionDurationMs = 20 * 60 * 1000;
        int maxRedirects = 10;
        int requestTimeoutMs = 5000;
        qint64 maxResponseBytes = 0;            // 0: no limit
        QString username; // used when a server URL carries no credentials
        QString password;
        std::function<qint64()> clock;          // ms; default: monotonic
        QRandomGenerator *random = nullptr;     // default: the global generator

        static Settings from(const ClientConfig &config);
    };

    ClusterClient(ClusterResolver *resolver, HttpTransport *transport, Settings settings,
                  QObject *parent);
    ~ClusterClient() override;

    // The reply is a child of this client; the caller deletes it.
    EurekaReply *execute(const EurekaRequest &request);

    std::optional<EurekaEndpoint> pinnedEndpoint() const { return m_pinned; }
    QSet<EurekaEndpoint> quarantine() const { return m_quarantine; }
    void setTransport(HttpTransport *transport) { m_transport = transport; }

private:
    friend class ClusterReply;
    void nextAttempt(ClusterReply *reply);
    void send(ClusterReply *reply, const EurekaEndpoint &endpoint);
    void onAttemptFinished(ClusterReply *reply);
    std::optional<EurekaEndpoint> pickEndpoint(ClusterReply *reply);
    void rotateSessionIfDue();
    qint64 now() const;

    ClusterResolver *m_resolver;
    HttpTransport *m_transport;
    Settings m_settings;
    std::optional<EurekaEndpoint> m_pinned;
    QSet<EurekaEndpoint> m_quarantine;
    qint64 m_sessionEnd = 0;
};

} // namespace Eureka
