// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
//
// The embedded registry holding N instances (default 100,000): renewals per second over
// keep-alive loopback connections, and the time to serve a full `apps` and a delta.
//   bench_registryserver [instances] [connections]
#include "registrygenerator.h"

#include <EurekaClient/registryserver.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpSocket>

#include <cstdio>

using namespace Eureka;

namespace {

// Counts complete HTTP responses on a socket; good enough for our own server's answers,
// which always carry Content-Length.
class ResponseCounter
{
public:
    explicit ResponseCounter(QTcpSocket *socket)
        : m_socket(socket)
    {
    }
    int take()
    {
        m_buffer += m_socket->readAll();
        int complete = 0;
        for (;;) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n", m_offset);
            if (headEnd < 0)
                break;
            const qsizetype lengthAt = m_buffer.indexOf("Content-Length: ", m_offset);
            qsizetype length = 0;
            if (lengthAt >= 0 && lengthAt < headEnd)
                length = m_buffer.mid(lengthAt + 16, m_buffer.indexOf("\r\n", lengthAt) - lengthAt - 16).toLongLong();
            if (m_buffer.size() < headEnd + 4 + length)
                break;
            m_lastBodySize = length;
            if (m_buffer.mid(m_offset, 12) == "HTTP/1.1 200" || m_buffer.mid(m_offset, 12) == "HTTP/1.1 204")
                ++m_ok;
            m_offset = headEnd + 4 + length;
            ++complete;
        }
        if (m_offset > (1 << 20)) {
            m_buffer.remove(0, m_offset);
            m_offset = 0;
        }
        return complete;
    }
    qsizetype lastBodySize() const { return m_lastBodySize; }
    int okCount() const { return m_ok; }

private:
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    qsizetype m_lastBodySize = 0;
    int m_ok = 0;
};

QTcpSocket *connectTo(quint16 port)
{
    auto *socket = new QTcpSocket;
    socket->connectToHost(QHostAddress::LocalHost, port);
    QEventLoop loop;
    QObject::connect(socket, &QTcpSocket::connected, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    return socket;
}

// Sends \a request on a fresh keep-alive socket and waits for the whole response.
double timeRequest(quint16 port, const QByteArray &request, qsizetype *bodySize)
{
    QTcpSocket *socket = connectTo(port);
    ResponseCounter counter(socket);
    QEventLoop loop;
    QObject::connect(socket, &QTcpSocket::readyRead, &loop, [&] {
        if (counter.take() > 0)
            loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    socket->write(request);
    loop.exec();
    const double ms = timer.nsecsElapsed() / 1e6;
    *bodySize = counter.lastBodySize();
    delete socket;
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int size = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int connections = args.size() > 2 ? args.at(2).toInt() : 4;

    // The clock is ours so that the delta below holds only the changes made after seeding.
    qint64 now = 1795533870000;
    RegistryServer::Options options;
    options.clock = [&now] { return now; };
    RegistryServer server(options);
    if (!server.listen()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorString()));
        return 1;
    }
    const quint16 port = server.port();

    QElapsedTimer timer;
    timer.start();
    const Applications generated = RegistryGenerator::registry(size);
    QList<std::pair<QString, QString>> ids;
    for (const Application &a : generated.applications()) {
        for (const InstanceInfo &info : a.instances()) {
            server.registerInstance(info);
            ids.append({info.app(), info.instanceId()});
        }
    }
    std::printf("registry of %d instances seeded in %.0f ms\n", size, timer.nsecsElapsed() / 1e6);

    // Renewals: each connection pipelines batches of PUTs, as many clients' heartbeats would.
    const int renewals = size;
    const int batch = 256;
    QList<QTcpSocket *> sockets;
    QList<ResponseCounter *> counters;
    for (int i = 0; i < connections; ++i) {
        sockets.append(connectTo(port));
        counters.append(new ResponseCounter(sockets.last()));
    }
    int sent = 0;
    int answered = 0;
    QEventLoop loop;
    auto sendBatch = [&](QTcpSocket *socket) {
        QByteArray out;
        for (int k = 0; k < batch && sent < renewals; ++k, ++sent) {
            const auto &[app, id] = ids.at(sent % ids.size());
            out += "PUT /eureka/apps/" + app.toUtf8() + '/' + id.toUtf8()
                + "?status=UP&lastDirtyTimestamp=1 HTTP/1.1\r\nHost: b\r\nContent-Length: 0\r\n\r\n";
        }
        socket->write(out);
    };
    for (int i = 0; i < connections; ++i) {
        QTcpSocket *socket = sockets.at(i);
        ResponseCounter *counter = counters.at(i);
        QObject::connect(socket, &QTcpSocket::readyRead, &loop, [&, socket, counter] {
            answered += counter->take();
            if (socket->bytesToWrite() == 0 && sent < renewals)
                sendBatch(socket);
            if (answered >= renewals)
                loop.quit();
        });
    }
    timer.restart();
    for (QTcpSocket *socket : sockets)
        sendBatch(socket);
    loop.exec();
    const double renewSeconds = timer.nsecsElapsed() / 1e9;
    int ok = 0;
    for (ResponseCounter *counter : counters)
        ok += counter->okCount();
    std::printf("renewals: %d (%d answered 200) over %d keep-alive connections in %.3f s = %.0f renewals/s\n",
                answered, ok, connections, renewSeconds, answered / renewSeconds);
    qDeleteAll(counters);
    qDeleteAll(sockets);

    qsizetype bytes = 0;
    const QByteArray getJson = "GET /eureka/apps HTTP/1.1\r\nHost: b\r\nAccept: application/json\r\n\r\n";
    const QByteArray getGzip = "GET /eureka/apps HTTP/1.1\r\nHost: b\r\nAccept: application/json\r\nAccept-Encoding: gzip\r\n\r\n";
    const QByteArray getXml = "GET /eureka/apps HTTP/1.1\r\nHost: b\r\nAccept: application/xml\r\n\r\n";
    const double cold = timeRequest(port, getJson, &bytes);
    std::printf("GET apps JSON, after a change (encode):  %8.1f ms  %6.1f MB\n", cold, bytes / 1e6);
    const double warm = timeRequest(port, getJson, &bytes);
    std::printf("GET apps JSON, unchanged (cached):       %8.1f ms\n", warm);
    const double gzipCold = timeRequest(port, getGzip, &bytes);
    std::printf("GET apps JSON gzip, first (compress):    %8.1f ms  %6.1f MB\n", gzipCold, bytes / 1e6);
    const double gzipWarm = timeRequest(port, getGzip, &bytes);
    std::printf("GET apps JSON gzip, cached:              %8.1f ms\n", gzipWarm);
    const double xml = timeRequest(port, getXml, &bytes);
    std::printf("GET apps XML, first (encode):            %8.1f ms  %6.1f MB\n", xml, bytes / 1e6);

    // Past the 3-minute retention of the seeding, ten changes, then the delta a client fetches.
    now += 4 * 60 * 1000;
    for (int i = 0; i < 10; ++i) {
        InstanceInfo info = generated.applications().at(i).instances().constFirst();
        info.setStatus(InstanceStatus::Down);
        server.registerInstance(info);
    }
    const double delta = timeRequest(port, "GET /eureka/apps/delta HTTP/1.1\r\nHost: b\r\nAccept: application/json\r\n\r\n", &bytes);
    std::printf("GET apps/delta (10 changes), JSON:       %8.1f ms  %6.1f KB\n", delta, bytes / 1e3);
    return 0;
}
