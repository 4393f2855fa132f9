// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "httprequestparser.h"
#include "httpresponse.h"

#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <functional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace Eureka {

// One client connection: parses requests as bytes arrive, answers them in order, keeps the
// connection alive between requests, and drops clients that trickle a request too slowly
// (slowloris) or stay idle too long. Deletes itself when the socket closes.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    struct Settings
    {
        HttpRequestParser::Limits limits;
        int requestTimeoutMs = 10000;
        int idleTimeoutMs = 60000;
        int lingerTimeoutMs = 1000;
    };

    HttpConnection(QTcpSocket *socket, Handler handler, Settings settings, QObject *parent);
    // Drops the connection now, whatever it was doing (the server is closing).
    void abort();

private:
    void onReadyRead();
    void onTimeout();
    void send(const HttpResponse &response, bool keepAlive, bool headOnly = false);
    void closeAfterWrite();
    void armTimer();

    QTcpSocket *m_socket;
    Handler m_handler;
    Settings m_settings;
    HttpRequestParser m_parser;
    QTimer m_timer;
    bool m_closing = false;
};

} // namespace Eureka
