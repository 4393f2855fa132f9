// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/eurekareply.h>

#include <QtCore/QMetaObject>

namespace Eureka {

class EurekaReplyPrivate
{
public:
    RequestType type;
    Error error = Error::NoError;
    QString errorString;
    int httpStatus = 0;
    QByteArray body;
    EurekaEndpoint endpoint;
    QList<ServerAttempt> attempts;
    bool finished = false;
    bool finishing = false;
};

EurekaReply::EurekaReply(RequestType type, QObject *parent)
    : QObject(parent)
    , d_ptr(new EurekaReplyPrivate)
{
    d_ptr->type = type;
}

EurekaReply::~EurekaReply() = default;

bool EurekaReply::isFinished() const { return d_func()->finished; }
Error EurekaReply::error() const { return d_func()->error; }
QString EurekaReply::errorString() const { return d_func()->errorString; }
int EurekaReply::httpStatus() const { return d_func()->httpStatus; }
QByteArray EurekaReply::body() const { return d_func()->body; }
RequestType EurekaReply::requestType() const { return d_func()->type; }
EurekaEndpoint EurekaReply::endpoint() const { return d_func()->endpoint; }
QList<ServerAttempt> EurekaReply::attempts() const { return d_func()->attempts; }

void EurekaReply::abort()
{
    Q_D(EurekaReply);
    if (d->finishing)
        return;
    abortRequested();
    finishReply(Error::OperationCanceled, tr("operation canceled"), 0, {}, d->endpoint);
}

void EurekaReply::addAttempt(const ServerAttempt &attempt) { d_func()->attempts.append(attempt); }

void EurekaReply::finishReply(Error error, const QString &errorString, int httpStatus,
                              const QByteArray &body, const EurekaEndpoint &endpoint)
{
    Q_D(EurekaReply);
    if (d->finishing)
        return;
    d->finishing = true;
    d->error = error;
    d->errorString = errorString;
    d->httpStatus = httpStatus;
    d->body = body;
    d->endpoint = endpoint;
    // Always from the event loop, so that a caller connecting after the call that created the
    // reply never misses finished(), and nothing re-enters the caller.
    QMetaObject::invokeMethod(
        this,
        [this] {
            d_func()->finished = true;
            Q_EMIT finished(QPrivateSignal());
        },
        Qt::QueuedConnection);
}

} // namespace Eureka
