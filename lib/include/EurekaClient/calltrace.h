// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekanamespace.h>

#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QString>

namespace Eureka {

/**
 * One attempt of a service call: which instance was called, how, and what happened. Every
 * attempt of every call produces one, for logs, metrics and the dashboard's call timeline.
 * The URL never carries credentials.
 */
struct EUREKACLIENT_EXPORT CallTrace
{
    Q_GADGET
    Q_PROPERTY(quint64 callId MEMBER callId)
    Q_PROPERTY(int attempt MEMBER attempt)
    Q_PROPERTY(QString app MEMBER app)
    Q_PROPERTY(QString instanceId MEMBER instanceId)
    Q_PROPERTY(QString zone MEMBER zone)
    Q_PROPERTY(QString url MEMBER url)
    Q_PROPERTY(qint64 startedAt MEMBER startedAt)
    Q_PROPERTY(qint64 elapsedMs MEMBER elapsedMs)
    Q_PROPERTY(int httpStatus MEMBER httpStatus)
    Q_PROPERTY(Eureka::Error error MEMBER error)
    Q_PROPERTY(QString errorString MEMBER errorString)
    Q_PROPERTY(Eureka::CallOutcome outcome MEMBER outcome)
    Q_PROPERTY(Eureka::HaStrategy strategy MEMBER strategy)
    Q_PROPERTY(bool hedged MEMBER hedged)
public:
    quint64 callId = 0;                        ///< the same for every attempt of one call
    int attempt = 0;                           ///< 1 for the first instance tried
    QString app;                               ///< the application called
    QString instanceId;                        ///< the instance this attempt went to
    QString zone;                              ///< that instance's zone
    QString url;                               ///< without user info
    qint64 startedAt = 0;                      ///< ms since the epoch
    qint64 elapsedMs = 0;                      ///< how long the attempt took
    int httpStatus = 0;                        ///< 0 when no HTTP answer came
    Error error = Error::NoError;              ///< NoError when the instance answered 2xx
    QString errorString;                       ///< what went wrong, for people
    CallOutcome outcome = CallOutcome::Failed; ///< how the attempt ended
    HaStrategy strategy = HaStrategy::Random;  ///< the strategy that picked the instance
    bool hedged = false;                       ///< started by hedging while an earlier attempt was still out
};

} // namespace Eureka

Q_DECLARE_METATYPE(Eureka::CallTrace)
