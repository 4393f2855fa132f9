// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "servicereply_p.h"

namespace Eureka {

ServiceReply::ServiceReply(QObject *parent)
    : QObject(parent)
    , d(new ServiceReplyPrivate)
{
}

ServiceReply::~ServiceReply() = default;

bool ServiceReply::isFinished() const { return d->finished; }
Error ServiceReply::error() const { return d->error; }
QString ServiceReply::errorString() const { return d->errorString; }
int ServiceReply::httpStatus() const { return d->httpStatus; }
QList<std::pair<QByteArray, QByteArray>> ServiceReply::headers() const { return d->headers; }
QByteArray ServiceReply::body() const { return d->body; }
QString ServiceReply::text() const { return QString::fromUtf8(d->body); }
QJsonDocument ServiceReply::json() const { return QJsonDocument::fromJson(d->body); }
InstanceInfo ServiceReply::instance() const { return d->instance; }
QList<CallTrace> ServiceReply::traces() const { return d->traces; }
QVariant ServiceReply::result() const { return d->result; }

void ServiceReply::abort()
{
    if (d->abortHandler)
        d->abortHandler();
}

} // namespace Eureka
