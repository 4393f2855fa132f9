// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/registryserver.h>

#include "../logging_p.h"
#include "httpconnection.h"
#include "registryrouter.h"
#include "registrystore.h"

#include <QtCore/QDateTime>
#include <QtCore/QLocale>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

namespace Eureka {

namespace {
// "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110 5.6.7), in English whatever the locale.
QByteArray httpDate(qint64 msecsSinceEpoch)
{
    return QLocale::c()
        .toString(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}
} // namespace

class RegistryServerPrivate
{
public:
    RegistryServerPrivate(RegistryServer *q, const RegistryServer::Options &options)
        : options(options)
        , clock(options.clock ? options.clock : [] { return QDateTime::currentMSecsSinceEpoch(); })
        , store(clock, options.deltaRetention.count())
        , router(store, routerSettings(options))
        , q_ptr(q)
    {
    }

    static RegistryRouter::Settings routerSettings(const RegistryServer::Options &options)
    {
        RegistryRouter::Settings settings;
        settings.contextPath = options.contextPath.toUtf8();
        settings.cacheUpdateIntervalMs = options.responseCacheUpdateInterval.count();
        settings.readOnlyCacheMs = options.readOnlyResponseCache.count();
        if (!options.username.isEmpty() || !options.password.isEmpty()) {
            settings.basicAuthorization =
                "Basic " + (options.username + QLatin1Char(':') + options.password).toUtf8().toBase64();
        }
        return settings;
    }

    void accept();
    HttpResponse handle(const HttpRequest &request);
    void evict();

    RegistryServer::Options options;
    std::function<qint64()> clock;
    RegistryStore store;
    RegistryRouter router;
    QTcpServer server;
    QTimer evictionTimer;
    QString errorString;
    int connections = 0;
    RegistryServer *q_ptr;
    Q_DECLARE_PUBLIC(RegistryServer)
};

void RegistryServerPrivate::accept()
{
    while (QTcpSocket *socket = server.nextPendingConnection()) {
        if (connections >= options.maxConnections) {
            qCWarning(lcEurekaServer) << "connection limit" << options.maxConnections << "reached; refusing"
                                      << socket->peerAddress();
            socket->abort();
            socket->deleteLater();
            continue;
        }
        HttpConnection::Settings settings;
        settings.limits.maxHeaderBytes = options.maxHeaderBytes;
        settings.limits.maxBodyBytes = options.maxBodyBytes;
        settings.requestTimeoutMs = int(options.requestTimeout.count());
        settings.idleTimeoutMs = int(options.idleTimeout.count());
        settings.lingerTimeoutMs = int(options.lingerTimeout.count());
        auto *connection = new HttpConnection(
            socket, [this](const HttpRequest &request) { return handle(request); }, settings, q_ptr);
        ++connections;
        QObject::connect(connection, &QObject::destroyed, q_ptr, [this] { --connections; });
    }
}

HttpResponse RegistryServerPrivate::handle(const HttpRequest &request)
{
    Q_Q(RegistryServer);
    const quint64 before = store.generation();
    HttpResponse response = router.handle(request);
    // Every real server sends one (RFC 9110 6.6.1), and clients check their clock against it.
    response.headers.append({QByteArrayLiteral("Date"), httpDate(clock())});
    if (store.generation() != before)
        Q_EMIT q->registryChanged();
    return response;
}

void RegistryServerPrivate::evict()
{
    Q_Q(RegistryServer);
    const QList<InstanceInfo> evicted = store.evictExpired();
    if (evicted.isEmpty())
        return;
    for (const InstanceInfo &info : evicted)
        qCInfo(lcEurekaServer) << "evicted" << info.app() << info.instanceId() << "(lease expired)";
    Q_EMIT q->instancesEvicted(evicted);
    Q_EMIT q->registryChanged();
}

RegistryServer::RegistryServer(QObject *parent)
    : RegistryServer(Options(), parent)
{
}

RegistryServer::RegistryServer(const Options &options, QObject *parent)
    : QObject(parent)
    , d_ptr(new RegistryServerPrivate(this, options))
{
    Q_D(RegistryServer);
    d->server.setMaxPendingConnections(qMax(30, options.maxConnections / 4));
    connect(&d->server, &QTcpServer::newConnection, this, [d] { d->accept(); });
    d->evictionTimer.setInterval(options.evictionInterval);
    connect(&d->evictionTimer, &QTimer::timeout, this, [d] { d->evict(); });
}

RegistryServer::~RegistryServer() = default;

bool RegistryServer::listen()
{
    Q_D(RegistryServer);
    if (!d->server.listen(d->options.address, d->options.port)) {
        d->errorString = tr("cannot listen on %1:%2: %3")
                             .arg(d->options.address.toString())
                             .arg(d->options.port)
                             .arg(d->server.errorString());
        return false;
    }
    d->evictionTimer.start();
    qCInfo(lcEurekaServer).noquote() << "embedded registry listening on" << serviceUrl().toString();
    return true;
}

void RegistryServer::close()
{
    Q_D(RegistryServer);
    d->server.close();
    d->evictionTimer.stop();
    // As documented: kept-alive connections would otherwise go on answering after close().
    for (HttpConnection *connection : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly))
        connection->abort();
}

bool RegistryServer::isListening() const { return d_func()->server.isListening(); }
QHostAddress RegistryServer::address() const { return d_func()->server.serverAddress(); }
quint16 RegistryServer::port() const { return d_func()->server.serverPort(); }
QString RegistryServer::errorString() const { return d_func()->errorString; }
RegistryServer::Options RegistryServer::options() const { return d_func()->options; }

QUrl RegistryServer::serviceUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address().toString());
    url.setPort(port());
    QString path = d_func()->options.contextPath;
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path);
    return url;
}

Applications RegistryServer::applications() const { return d_func()->store.applications(); }

void RegistryServer::registerInstance(const InstanceInfo &info)
{
    Q_D(RegistryServer);
    d->store.registerInstance(info);
    Q_EMIT registryChanged();
}

int RegistryServer::evictExpiredLeases()
{
    Q_D(RegistryServer);
    const qsizetype before = d->store.size();
    d->evict();
    return int(before - d->store.size());
}

} // namespace Eureka
