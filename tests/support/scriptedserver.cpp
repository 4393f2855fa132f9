// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "scriptedserver.h"

#include "registryserver/httprequestparser.h"

#include <QtNetwork/QTcpSocket>

#include <memory>

namespace EurekaTest {

using namespace Eureka;

ScriptedServer::ScriptedServer(Handler handler, QObject *parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler))
{
    listen(QHostAddress::LocalHost, 0);
    connect(this, &QTcpServer::newConnection, this, &ScriptedServer::onConnection);
}

QByteArray ScriptedServer::response(int status, const QByteArray &body,
                                    const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n" + body;
}

QUrl ScriptedServer::serviceUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/eureka/").arg(serverPort()));
}

QUrl ScriptedServer::refusingUrl()
{
    // Bind a port, then let it go: nothing listens there afterwards.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1/eureka/").arg(port));
}

void ScriptedServer::shutDown()
{
    close();
    const auto sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

void ScriptedServer::onConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        socket->setParent(this);
        auto parser = std::make_shared<HttpRequestParser>(HttpRequestParser::Limits{});
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, parser] {
            parser->feed(socket->readAll());
            while (parser->next() == HttpRequestParser::State::RequestReady) {
                const HttpRequest request = parser->takeRequest();
                m_requests.append(request);
                const QByteArray answer = m_handler(request);
                if (!answer.isEmpty())
                    socket->write(answer);
                if (!answer.isEmpty() && m_closeAfterAnswer) {
                    socket->disconnectFromHost();
                    return;
                }
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

} // namespace EurekaTest
