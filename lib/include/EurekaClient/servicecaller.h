// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/calltrace.h>
#include <EurekaClient/instanceinfo.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtCore/QVariant>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Eureka {

class EurekaClient;

/** What to send, and how patient to be. */
struct EUREKACLIENT_EXPORT CallOptions
{
    QByteArray method = "GET";                        ///< the HTTP method
    QList<std::pair<QByteArray, QByteArray>> headers; ///< request headers
    QByteArray body;                                  ///< the request body; empty for none
    /** Overrides the caller's strategy for this call. */
    std::optional<HaStrategy> strategy;
    /** Overrides the caller's same-zone preference for this call. */
    std::optional<bool> preferSameZone;
    /** Call https on the secure port when the instance enables it. */
    bool preferSecure = true;
    /** One instance may take this long before the next is tried. */
    std::chrono::milliseconds attemptTimeout{5000};
    /** The whole call, all attempts together. */
    std::chrono::milliseconds deadline{20000};
    /** When > 0: if the first attempt has not answered after this, also ask the next
        instance; the first answer wins and the other attempt is abandoned. */
    std::chrono::milliseconds hedgeDelay{0};
};

class ServiceReplyPrivate;

/**
 * A service call in flight. Finishes once, from the event loop; the caller deletes it. The
 * answer is available as text(), json() or raw (httpStatus(), headers(), body()), like the
 * seed's return_type string / json / response_object.
 */
class EUREKACLIENT_EXPORT ServiceReply : public QObject
{
    Q_OBJECT

public:
    ~ServiceReply() override;

    /** True once finished() was emitted. */
    bool isFinished() const;
    /** NoError for a 2xx answer; HttpError for 4xx; RetryLimitReached / TimeoutError / NoServerAvailable otherwise. */
    Error error() const;
    /** For failures, every attempt: instance, URL and what went wrong. */
    QString errorString() const;
    /** The HTTP status of the answer that ended the call; 0 when none came. */
    int httpStatus() const;
    /** The headers of that answer (return_type "response_object"). */
    QList<std::pair<QByteArray, QByteArray>> headers() const;
    /** The body of that answer. */
    QByteArray body() const;
    /** The body as UTF-8 text (return_type "string"). */
    QString text() const;
    /** The body as JSON (return_type "json"); a null document when it is not JSON. */
    QJsonDocument json() const;
    /** The instance that answered. */
    InstanceInfo instance() const;
    /** Every attempt, in the order they started. */
    QList<CallTrace> traces() const;
    /** For walkNodes(): what the walker reported with success. */
    QVariant result() const;

public Q_SLOTS:
    /** Abandons every attempt in flight; finished() follows with Error::OperationCanceled. */
    void abort();

Q_SIGNALS:
    /** The call is over; emitted once, from the event loop. */
    void finished();

private:
    friend class ServiceCaller;
    friend class ServiceCall;
    explicit ServiceReply(QObject *parent);
    std::unique_ptr<ServiceReplyPrivate> const d;
};

class ServiceCallerPrivate;

/**
 * Calls other services registered in Eureka with high availability, as python-eureka-client's
 * do_service and walk_nodes do: picks UP instances of an application from the client's local
 * registry with a strategy (RANDOM, STICK, OTHER, optionally same zone first), and on a
 * connection error, a timeout or a 5xx tries the next instance. Every attempt is traced.
 *
 * \code
 * Eureka::ServiceCaller caller(eurekaClient);
 * Eureka::ServiceReply *reply = caller.call(QStringLiteral("USER-SERVICE"), QStringLiteral("/users/42"));
 * connect(reply, &Eureka::ServiceReply::finished, this, [reply] {
 *     reply->deleteLater();
 *     if (reply->error() == Eureka::Error::NoError)
 *         qInfo() << reply->json();
 * });
 * \endcode
 */
class EUREKACLIENT_EXPORT ServiceCaller : public QObject
{
    Q_OBJECT

public:
    /** A walker is handed each candidate URL and reports, now or later, through \a done. */
    using Done = std::function<void(bool ok, const QVariant &result)>;
    /** Called with each candidate URL; reports through \a done, now or later. */
    using Walker = std::function<void(const QUrl &url, const Done &done)>;

    /** Calls through \a client's registry and QNetworkAccessManager. */
    explicit ServiceCaller(EurekaClient *client, QObject *parent = nullptr);
    ~ServiceCaller() override;

    ///@{
    /** The strategy of calls whose CallOptions do not name one (Random unless set). */
    void setDefaultStrategy(HaStrategy strategy);
    HaStrategy defaultStrategy() const;
    ///@}
    /** Try instances of the client's own zone first. */
    void setPreferSameZone(bool prefer);
    /** Skip an instance for \a ejectFor after \a consecutiveFailures failures in a row (0: never).
     *  Changing the policy ends current ejections and forgets failure counts. */
    void setOutlierEjection(int consecutiveFailures, std::chrono::milliseconds ejectFor);
    /** The instances skipped now, by instanceId. */
    QStringList ejectedInstances() const;

    /** Calls \a path on an UP instance of \a app; the reply is a child of this caller. */
    ServiceReply *call(const QString &app, const QString &path, const CallOptions &options = {});
    /** Hands each candidate URL (instance base + \a path) to \a walker until one reports success. */
    ServiceReply *walkNodes(const QString &app, const QString &path, const Walker &walker,
                            const CallOptions &options = {});

Q_SIGNALS:
    /** An attempt of any call of this caller ended, as \a trace says. */
    void callTraced(const Eureka::CallTrace &trace);

private:
    friend class ServiceCall;
    std::unique_ptr<ServiceCallerPrivate> const d;
};

} // namespace Eureka
