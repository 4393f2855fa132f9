// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "servicecaller_p.h"

#include "../logging_p.h"
#include "servicecall.h"
#include "servicereply_p.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>

namespace Eureka {

namespace {
void shuffle(QList<InstanceInfo> &list, QRandomGenerator *random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(random->bounded(quint32(i + 1))));
}

// Moves the instance with \a id to the front (or the back); false when it is not there.
bool moveInstance(QList<InstanceInfo> &list, const QString &id, bool toFront)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).instanceId() == id) {
            list.move(i, toFront ? 0 : list.size() - 1);
            return true;
        }
    }
    return false;
}
} // namespace

qint64 ServiceCallerPrivate::now() const
{
    static QElapsedTimer monotonic = [] { QElapsedTimer t; t.start(); return t; }();
    return monotonic.elapsed();
}

QList<InstanceInfo> ServiceCallerPrivate::candidates(const QString &app, HaStrategy strategy, bool sameZone)
{
    QList<InstanceInfo> up = client ? client->applications().application(app).upInstances() : QList<InstanceInfo>();
    // Outlier ejection: skip instances that failed too often lately, unless that leaves none.
    if (ejectAfter > 0) {
        QList<InstanceInfo> healthy;
        const qint64 t = now();
        for (const InstanceInfo &info : std::as_const(up)) {
            if (ejectedUntil.value(info.instanceId(), 0) <= t)
                healthy.append(info);
        }
        if (!healthy.isEmpty())
            up = healthy;
    }
    shuffle(up, random);
    if (strategy == HaStrategy::Stick) {
        const auto it = sticky.constFind(app);
        if (it != sticky.constEnd() && !moveInstance(up, *it, true))
            sticky.remove(app); // gone or no longer UP: pick another and stick to that
    } else if (strategy == HaStrategy::Other) {
        const auto it = last.constFind(app);
        if (it != last.constEnd())
            moveInstance(up, *it, false);
    }
    if (sameZone && client) {
        const QString zone = client->clientConfig().zone;
        // A stable partition keeps the strategy's order within each group.
        std::stable_partition(up.begin(), up.end(), [&zone](const InstanceInfo &i) { return i.zone() == zone; });
    }
    return up;
}

void ServiceCallerPrivate::attemptEnded(const QString &app, const InstanceInfo &instance, bool answered)
{
    const QString id = instance.instanceId();
    if (answered) {
        consecutiveFailures.remove(id);
        ejectedUntil.remove(id);
        sticky.insert(app, id);
        last.insert(app, id);
        return;
    }
    if (sticky.value(app) == id)
        sticky.remove(app);
    last.insert(app, id);
    const int failures = ++consecutiveFailures[id];
    if (ejectAfter > 0 && failures >= ejectAfter) {
        ejectedUntil.insert(id, now() + ejectForMs);
        consecutiveFailures.remove(id);
        qCInfo(lcEurekaCall).noquote() << "ejecting" << id << "for" << ejectForMs << "ms after" << failures
                                       << "failures in a row";
    }
}

ServiceCaller::ServiceCaller(EurekaClient *client, QObject *parent)
    : QObject(parent)
    , d(new ServiceCallerPrivate)
{
    d->client = client;
    d->random = QRandomGenerator::global();
}

ServiceCaller::~ServiceCaller() = default;

void ServiceCaller::setDefaultStrategy(HaStrategy strategy) { d->strategy = strategy; }
HaStrategy ServiceCaller::defaultStrategy() const { return d->strategy; }
void ServiceCaller::setPreferSameZone(bool prefer) { d->preferSameZone = prefer; }

void ServiceCaller::setOutlierEjection(int consecutiveFailures, std::chrono::milliseconds ejectFor)
{
    d->ejectAfter = consecutiveFailures;
    d->ejectForMs = ejectFor.count();
    // Ejections decided under the old policy would otherwise outlive it (an hour-long one after a switch to 1 s).
    d->ejectedUntil.clear();
    d->consecutiveFailures.clear();
}

QStringList ServiceCaller::ejectedInstances() const
{
    QStringList ids;
    const qint64 t = d->now();
    for (auto it = d->ejectedUntil.cbegin(); it != d->ejectedUntil.cend(); ++it) {
        if (it.value() > t)
            ids.append(it.key());
    }
    return ids;
}

ServiceReply *ServiceCaller::call(const QString &app, const QString &path, const CallOptions &options)
{
    return walkNodes(app, path, Walker(), options);
}

ServiceReply *ServiceCaller::walkNodes(const QString &app, const QString &path, const Walker &walker,
                                       const CallOptions &options)
{
    auto *reply = new ServiceReply(this);
    const HaStrategy strategy = options.strategy.value_or(d->strategy);
    const bool sameZone = options.preferSameZone.value_or(d->preferSameZone);
    auto *call = new ServiceCall(this, reply, d->nextCallId++, app.toUpper(), path, options, strategy,
                                 d->candidates(app, strategy, sameZone), walker);
    // Start from the event loop, so the caller connects to finished() first.
    QMetaObject::invokeMethod(call, &ServiceCall::start, Qt::QueuedConnection);
    return reply;
}

} // namespace Eureka
