// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "registryserver/httprequest.h"

#include <QtCore/QList>
#include <QtNetwork/QTcpServer>

#include <functional>

namespace EurekaTest {

// A loopback HTTP server whose answers a test scripts: a fixed status, a redirect, a body,
// or no answer at all (a hung server). It records every request it receives.
class ScriptedServer : public QTcpServer
{
    Q_OBJECT

public:
    // Returns the raw response to send, or an empty array to never answer.
    using Handler = std::function<QByteArray(const Eureka::HttpRequest &)>;

    explicit ScriptedServer(Handler handler, QObject *parent = nullptr);
    static QByteArray response(int status, const QByteArray &body = {},
                               const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    QUrl serviceUrl() const; // http://127.0.0.1:port/eureka/
    QList<Eureka::HttpRequest> requests() const { return m_requests; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Closes each connection right after answering (with a short Content-Length: a truncated body).
    void setCloseAfterAnswer(bool close) { m_closeAfterAnswer = close; }

    // Stops listening and drops open connections, as a crashed server would.
    void shutDown();

    // A loopback URL on which nothing listens: connections are refused.
    static QUrl refusingUrl();

private:
    void onConnection();
    Handler m_handler;
    bool m_closeAfterAnswer = false;
    QList<Eureka::HttpRequest> m_requests;
};

} // namespace EurekaTest
