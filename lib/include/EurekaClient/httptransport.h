// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekanamespace.h>

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <memory>
#include <utility>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Eureka {

/** One HTTP request the library wants sent (to a Eureka server or a called service). */
struct EUREKACLIENT_EXPORT TransportRequest
{
    QByteArray method = "GET"; ///< the HTTP method
    /** Never carries user info: credentials come as an Authorization header. */
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< request headers, Authorization included when the server needs it
    QByteArray body; ///< the request body; empty for none
    /** Eureka requests handle redirects themselves (false); service calls let the transport follow them. */
    bool followRedirects = false;
    /** An answer whose body (after decompression) grows past this fails with status 0; 0: no limit. */
    qint64 maxResponseBytes = 0;
};

class TransportReplyPrivate;

/**
 * The answer to a TransportRequest, finishing once from the event loop. A transport
 * implementation derives from it, and calls finish() when the exchange is over: with the HTTP
 * status, headers and body, or with status 0 and an error text when no HTTP answer came.
 * The library deletes replies (deleteLater) and may call abort() at any time (timeouts, hedging,
 * stop()); after abort() a reply still finishes, with status 0.
 */
class EUREKACLIENT_EXPORT TransportReply : public QObject
{
    Q_OBJECT

public:
    ~TransportReply() override;

    /** True once finish() was called. */
    bool isFinished() const;
    /** 0 when no HTTP answer came (connection refused, TLS failure, aborted...). */
    int httpStatus() const;
    /** The body of the answer (as the transport received it). */
    QByteArray body() const;
    /** The headers of the answer, in the order they came. */
    QList<std::pair<QByteArray, QByteArray>> headers() const;
    /** The first value of header \a name, compared without case. */
    QByteArray header(const QByteArray &name) const;
    /** Why no HTTP answer came; empty when one did. */
    QString errorString() const;

    /** Stops the exchange; finished() still comes (from the event loop), with status 0. */
    virtual void abort() = 0;

Q_SIGNALS:
    /** The exchange is over; emitted once, from the event loop. */
    void finished();

protected:
    /** For transport implementations. */
    explicit TransportReply(QObject *parent = nullptr);
    /** Ends the reply and emits finished(); only the first call counts. */
    void finish(int httpStatus, const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                const QString &errorString = {});

private:
    std::unique_ptr<TransportReplyPrivate> d;
};

/**
 * Every HTTP request of the library goes through one of these: registration, heartbeats,
 * discovery, admin operations and service calls. The default, NetworkAccessTransport, uses the
 * client's QNetworkAccessManager (hand in your own manager for proxies or a private CA); implement
 * this interface to use any other HTTP stack (python-eureka-client's replaceable HttpClient).
 */
class EUREKACLIENT_EXPORT HttpTransport
{
public:
    virtual ~HttpTransport();
    /** Starts \a request; the reply is the caller's (it deletes it). Must not block. */
    virtual TransportReply *send(const TransportRequest &request) = 0;
};

class NetworkAccessTransportPrivate;

/** The default transport: a QNetworkAccessManager, optionally with pinned self-signed certificates. */
class EUREKACLIENT_EXPORT NetworkAccessTransport : public HttpTransport
{
public:
    /** Sends through \a manager (not owned); without one, requests fail until setNetworkAccessManager(). */
    explicit NetworkAccessTransport(QNetworkAccessManager *manager = nullptr);
    ~NetworkAccessTransport() override;

    /** Sends through \a manager from now on (not owned). */
    void setNetworkAccessManager(QNetworkAccessManager *manager);
    /** The manager requests go through. */
    QNetworkAccessManager *networkAccessManager() const;

    /**
     * Accepts the certificate of \a host whose SHA-256 digest is \a sha256 (raw bytes or hex,
     * colons allowed) even though no CA vouches for it: a self-signed certificate, pinned.
     * Any other certificate error, host or certificate is still refused.
     */
    void pinCertificate(const QString &host, const QByteArray &sha256);

    TransportReply *send(const TransportRequest &request) override;

private:
    std::unique_ptr<NetworkAccessTransportPrivate> d;
};

} // namespace Eureka
