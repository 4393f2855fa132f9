// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "demoinstanceserver.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QTcpSocket>

DemoInstanceServer::DemoInstanceServer(const QString &app, const QString &instanceId,
                                       const QString &zone, QObject *parent)
    : QTcpServer(parent)
    , m_app(app)
    , m_instanceId(instanceId)
    , m_zone(zone)
{
    connect(this, &QTcpServer::newConnection, this, &DemoInstanceServer::serve);
}

void DemoInstanceServer::serve()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            const QByteArray head = socket->peek(8192);
            if (!head.contains("\r\n\r\n")) {
                if (head.size() >= 8192)
                    socket->abort();
                return;
            }
            socket->readAll();
            const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
            const QByteArray path = requestLine.size() > 1 ? requestLine.at(1) : QByteArray("/");
            socket->write(answer(path));
            socket->disconnectFromHost();
        });
    }
}

QByteArray DemoInstanceServer::answer(const QByteArray &path) const
{
    QJsonObject body;
    int status = 200;
    if (path.startsWith("/actuator/health")) {
        body.insert(QStringLiteral("status"), m_healthy ? QStringLiteral("UP") : QStringLiteral("DOWN"));
        status = m_healthy ? 200 : 503;
    } else if (path.startsWith("/actuator/info")) {
        body.insert(QStringLiteral("app"), m_app);
        body.insert(QStringLiteral("instanceId"), m_instanceId);
    } else {
        body.insert(QStringLiteral("app"), m_app);
        body.insert(QStringLiteral("instanceId"), m_instanceId);
        body.insert(QStringLiteral("zone"), m_zone);
        body.insert(QStringLiteral("path"), QString::fromUtf8(path));
    }
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Service Unavailable")
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size())
        + "\r\nConnection: close\r\n\r\n" + json;
}
