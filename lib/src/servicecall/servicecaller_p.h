// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/servicecaller.h>

#include <QtCore/QHash>
#include <QtCore/QPointer>

QT_BEGIN_NAMESPACE
class QRandomGenerator;
QT_END_NAMESPACE

namespace Eureka {

class ServiceCallerPrivate
{
public:
    // The UP instances of \a app in the order to try them.
    QList<InstanceInfo> candidates(const QString &app, HaStrategy strategy, bool preferSameZone);
    // What an attempt's end means for STICK / OTHER and for outlier ejection.
    void attemptEnded(const QString &app, const InstanceInfo &instance, bool answered);
    qint64 now() const;

    QPointer<EurekaClient> client;
    HaStrategy strategy = HaStrategy::Random;
    bool preferSameZone = false;
    int ejectAfter = 0;
    qint64 ejectForMs = 30000;
    QHash<QString, int> consecutiveFailures;   // instanceId -> failures in a row
    QHash<QString, qint64> ejectedUntil;       // instanceId -> ms (monotonic)
    QHash<QString, QString> sticky;            // app -> instanceId (STICK)
    QHash<QString, QString> last;              // app -> instanceId (OTHER)
    quint64 nextCallId = 1;
    QRandomGenerator *random = nullptr;
};

} // namespace Eureka
