// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaendpoint.h>
#include <EurekaClient/eurekanamespace.h>

#include <QtCore/QList>
#include <QtCore/QObject>

#include <memory>

namespace Eureka {

/** One server tried for a request: where, what came back, how long it took. */
struct ServerAttempt
{
    EurekaEndpoint endpoint;      ///< the server tried
    int httpStatus = 0;           ///< 0 when no HTTP answer came back
    Error error = Error::NoError; ///< NoError when it answered as expected
    QString errorString;          ///< what went wrong, without credentials
    qint64 elapsedMs = 0;         ///< how long it took
    QString note;                 ///< "redirected to ...", "quarantined", "session rotated"
};

class EurekaReplyPrivate;

/**
 * One Eureka operation in flight, in the style of QNetworkReply: it finishes exactly once,
 * always from the event loop (never inside the call that created it), and the caller deletes
 * it, normally with deleteLater() in its finished() handler.
 *
 * \code
 * Eureka::EurekaReply *reply = client->fetchRegistry();
 * connect(reply, &Eureka::EurekaReply::finished, this, [reply] {
 *     reply->deleteLater();
 *     if (reply->error() != Eureka::Error::NoError)
 *         qCWarning(lcApp) << reply->errorString();
 * });
 * \endcode
 */
class EUREKACLIENT_EXPORT EurekaReply : public QObject
{
    Q_OBJECT

public:
    ~EurekaReply() override;

    /** True once finished() was emitted. */
    bool isFinished() const;
    /** NoError when the operation succeeded. */
    Error error() const;
    /** What went wrong, naming the servers tried (never their credentials). */
    QString errorString() const;
    /** The HTTP status of the answer that ended the request; 0 when none came. */
    int httpStatus() const;
    /** The body of the answer, as the server sent it (possibly gzip: Codec inflates it). */
    QByteArray body() const;
    /** Which operation this is. */
    RequestType requestType() const;
    /** The server that answered last. */
    EurekaEndpoint endpoint() const;
    /** Every server tried, in order. */
    QList<ServerAttempt> attempts() const;

public Q_SLOTS:
    /** Ends the operation with Error::OperationCanceled; finished() is still emitted. */
    void abort();

Q_SIGNALS:
    /** The operation is over; emitted once, from the event loop. */
    void finished(QPrivateSignal);

protected:
    /** For the library's own reply types. */
    explicit EurekaReply(RequestType type, QObject *parent);
    /** Ends the reply; emits finished() from the event loop. Only the first call counts. */
    void finishReply(Error error, const QString &errorString, int httpStatus, const QByteArray &body,
                     const EurekaEndpoint &endpoint);
    /** Records one server tried, for attempts(). */
    void addAttempt(const ServerAttempt &attempt);
    /** Called by abort(): stop the work in flight. */
    virtual void abortRequested() {}

private:
    Q_DECLARE_PRIVATE(EurekaReply)
    std::unique_ptr<EurekaReplyPrivate> const d_ptr;
};

} // namespace Eureka
