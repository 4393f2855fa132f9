// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>

namespace EurekaTest {

struct ProbeResponse
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray header(QByteArrayView name) const;
};

// Sends real HTTP requests over loopback and waits for the answer by spinning the event loop
// (QSignalSpy::wait), so that a server living in the same thread keeps serving.
class HttpProbe
{
public:
    explicit HttpProbe(const QUrl &base);
    ProbeResponse send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                       const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    ProbeResponse get(const QString &path, const QByteArray &accept = "application/json")
    {
        return send("GET", path, {}, {{"Accept", accept}});
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

// Writes \a bytes on a fresh connection to 127.0.0.1:\a port and returns everything the
// server sends until it closes or \a timeoutMs passes. *closed tells whether it closed.
QByteArray rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs, bool *closed = nullptr);

} // namespace EurekaTest
