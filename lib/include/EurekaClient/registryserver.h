// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/applications.h>

#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtNetwork/QHostAddress>

#include <chrono>
#include <functional>
#include <memory>

namespace Eureka {

class RegistryServerPrivate;

/**
 * An embedded, Eureka-compatible registry: a single in-memory node that answers the Eureka
 * 1.x REST API the way Netflix's server does (register, renew, cancel, status overrides,
 * metadata, apps, apps/delta, apps/{APP}, instances/{ID}, vips, svips; JSON and XML; gzip;
 * optional basic auth), with lease expiry and the recently-changed queue behind deltas.
 *
 * It is for demos, development and tests. It does not replicate and keeps nothing on disk:
 * production uses a real Eureka server cluster.
 *
 * \code
 * Eureka::RegistryServer server;               // 127.0.0.1, a free port, context /eureka
 * if (!server.listen())
 *     qFatal("%s", qPrintable(server.errorString()));
 * qInfo() << "registry at" << server.serviceUrl(); // http://127.0.0.1:41234/eureka/
 * \endcode
 */
class EUREKACLIENT_EXPORT RegistryServer : public QObject
{
    Q_OBJECT

public:
    /** How the registry listens, behaves and protects itself. */
    struct Options
    {
        /// Loopback by default: binding anything else is a deliberate choice.
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        /// 0 picks a free port; port() tells which.
        quint16 port = 0;
        /// "/eureka" as Spring Cloud serves it; "/eureka/v2" as Netflix's war does.
        QString contextPath = QStringLiteral("/eureka");
        /// How often expired leases are evicted (Netflix: 60 s).
        std::chrono::milliseconds evictionInterval{60000};
        /// How long changes stay in apps/delta (Netflix: 3 minutes).
        std::chrono::milliseconds deltaRetention{180000};
        /// A cached full registry is re-encoded after this long even without changes, so that
        /// lease renewal times reach readers (Netflix's read-only cache: 30 s).
        std::chrono::milliseconds responseCacheUpdateInterval{30000};
        /// Netflix's read-only response cache (its default, on, every 30 s): when above 0, the
        /// registry's GET answers (apps, apps/delta, apps/{APP}, vips, svips) come from a copy
        /// refreshed this often, so a change reaches readers up to this much later, as in
        /// production. 0 (the default here): every change is visible at once.
        std::chrono::milliseconds readOnlyResponseCache{0};
        /// A request must arrive completely within this time (defends against slowloris).
        std::chrono::milliseconds requestTimeout{10000};
        /// Idle keep-alive connections are closed after this time.
        std::chrono::milliseconds idleTimeout{60000};
        /// After refusing a request, how long to drain the client's input before closing (so
        /// that the refusal reaches a client that is still sending).
        std::chrono::milliseconds lingerTimeout{1000};
        qsizetype maxHeaderBytes = 16 * 1024; ///< larger request heads are refused (431)
        qsizetype maxBodyBytes = 1024 * 1024; ///< larger bodies are refused (413)
        int maxConnections = 1024;            ///< connections beyond this are closed at once
        ///@{
        /// HTTP basic auth; both empty: no authentication.
        QString username;
        QString password;
        ///@}
        /// Milliseconds since the epoch; tests inject their own clock.
        std::function<qint64()> clock;
    };

    /** A registry with the default Options: 127.0.0.1, a free port, /eureka. */
    explicit RegistryServer(QObject *parent = nullptr);
    /** A registry with \a options; nothing listens before listen(). */
    explicit RegistryServer(const Options &options, QObject *parent = nullptr);
    ~RegistryServer() override;

    /** Starts listening; false with errorString() when the address cannot be bound. */
    bool listen();
    /** Stops listening and closes every connection; the registry's contents stay. */
    void close();
    /** True between listen() and close(). */
    bool isListening() const;
    /** The address listened on. */
    QHostAddress address() const;
    /** The port listened on (the one picked, when Options::port was 0). */
    quint16 port() const;
    /** The URL clients use, e.g. http://127.0.0.1:8761/eureka/ (no credentials in it). */
    QUrl serviceUrl() const;
    /** Why listen() failed. */
    QString errorString() const;
    /** The options the registry was created with. */
    Options options() const;

    /** A snapshot of the registry. */
    Applications applications() const;
    /** Registers an instance without HTTP (seeding demos and tests). */
    void registerInstance(const InstanceInfo &info);
    /** Runs an eviction pass now; returns how many leases had expired. */
    int evictExpiredLeases();

Q_SIGNALS:
    /** Something clients can see changed (register, cancel, status, metadata, eviction). */
    void registryChanged();
    /** An eviction pass removed \a instances, whose leases had expired. */
    void instancesEvicted(const QList<Eureka::InstanceInfo> &instances);

private:
    Q_DECLARE_PRIVATE(RegistryServer)
    std::unique_ptr<RegistryServerPrivate> const d_ptr;
};

} // namespace Eureka
