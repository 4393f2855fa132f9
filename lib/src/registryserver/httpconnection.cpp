// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "httpconnection.h"

#include "../logging_p.h"

#include <QtNetwork/QTcpSocket>

namespace Eureka {

void HttpConnection::abort()
{
    m_timer.stop();
    m_socket->abort();
    deleteLater();
}

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, Settings settings, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_settings(settings)
    , m_parser(settings.limits)
{
    m_socket->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            deleteLater();
    });
    armTimer();
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void HttpConnection::armTimer()
{
    // A request that has started must complete within requestTimeout; between requests the
    // connection may idle for idleTimeout.
    m_timer.start(m_parser.hasPartialRequest() ? m_settings.requestTimeoutMs : m_settings.idleTimeoutMs);
}

void HttpConnection::onReadyRead()
{
    if (m_closing) {
        m_socket->readAll();
        return;
    }
    m_parser.feed(m_socket->readAll());
    for (;;) {
        const HttpRequestParser::State state = m_parser.next();
        if (state == HttpRequestParser::State::NeedMore)
            break;
        if (state == HttpRequestParser::State::Error) {
            qCDebug(lcEurekaServer) << "bad request from" << m_socket->peerAddress() << m_parser.errorReason();
            HttpResponse response = HttpResponse::empty(m_parser.errorStatus(), "text/plain");
            response.body = m_parser.errorReason();
            send(response, false);
            return;
        }
        const HttpRequest request = m_parser.takeRequest();
        const HttpResponse response = m_handler(request);
        send(response, request.keepAlive, request.method == "HEAD");
        if (!request.keepAlive)
            return;
    }
    armTimer();
}

void HttpConnection::onTimeout()
{
    if (m_closing) {
        m_socket->abort();
        deleteLater();
        return;
    }
    if (m_parser.hasPartialRequest()) {
        HttpResponse response = HttpResponse::empty(408, "text/plain");
        response.body = "request not completed in time";
        send(response, false);
    } else {
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::send(const HttpResponse &response, bool keepAlive, bool headOnly)
{
    m_socket->write(response.serialize(keepAlive, headOnly));
    if (!keepAlive)
        closeAfterWrite();
}

void HttpConnection::closeAfterWrite()
{
    m_closing = true;
    if (!m_parser.hasPartialRequest() && m_socket->bytesAvailable() == 0) {
        // disconnectFromHost() waits for pending bytes before closing.
        m_socket->disconnectFromHost();
        return;
    }
    // The client may still be sending (a refused 10 MB header, say). Closing now would make
    // the kernel answer its bytes with a reset, which can destroy our response before the
    // client reads it; so keep reading and dropping its input for a moment, then close.
    m_timer.start(m_settings.lingerTimeoutMs);
}

} // namespace Eureka
