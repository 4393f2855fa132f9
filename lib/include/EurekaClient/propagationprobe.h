// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclientconfig.h>

#include <QtCore/QList>
#include <QtCore/QObject>

#include <chrono>
#include <memory>

namespace Eureka {

class PropagationProbePrivate;

/**
 * How long a change takes to reach the readers of a Eureka cluster (Netflix/eureka#878, #910,
 * spring-cloud-netflix#3652: "30 s + 30 s + 35 s"), measured instead of guessed. The probe reads
 * every server once (filling their response caches, as callers' fetches do) and starts a
 * discovery client; then it makes a change (registers a short-lived probe instance, STARTING so
 * that nobody calls it, or sets an OUT_OF_SERVICE override on a given instance), and times, per
 * server, when the change shows in GET apps and in GET apps/delta, and when it reaches the
 * client's local registry (registryFetchInterval of \a config). Then it undoes the change.
 *
 * It reads the whole registry from every server every pollInterval: a diagnostic, not
 * something to leave running against a large production registry.
 */
class EUREKACLIENT_EXPORT PropagationProbe : public QObject
{
    Q_OBJECT

public:
    /** What to change, and how patiently to watch. */
    struct Options
    {
        /** Empty: register a probe instance. Otherwise flip this instance (an override). */
        QString app;
        QString instanceId;                          ///< the instance to flip, with app
        std::chrono::milliseconds pollInterval{500}; ///< how often each server is read
        std::chrono::milliseconds timeout{120000};   ///< give up after this long
    };
    /** What one server showed, in ms after the change was sent; -1 when never seen. */
    struct ServerTimes
    {
        QString server;      ///< without credentials
        qint64 appsMs = -1;  ///< when GET apps showed the change
        qint64 deltaMs = -1; ///< when GET apps/delta showed the change
        QString error;       ///< the last failure reading it, if any
    };
    /** What the probe measured. */
    struct Result
    {
        QString change;              ///< what was done, in words
        QList<ServerTimes> servers;  ///< one entry per server
        qint64 localRegistryMs = -1; ///< when the client's local registry showed it; -1 when never
        bool completed = false;      ///< everything seen before the timeout
        bool cleanedUp = false;      ///< the change was undone
    };

    /** A probe of the servers of \a config; nothing happens before start(). */
    PropagationProbe(const ClientConfig &config, const Options &options, QObject *parent = nullptr);
    ~PropagationProbe() override;

    /** Reads every server, makes the change, and measures; finished() ends it. */
    void start();
    /** The figures so far; complete after finished(). */
    Result result() const;

Q_SIGNALS:
    /** The change was sent (after the baseline reads). */
    void changeMade(const QString &description);
    /** \a where: "apps", "apps/delta" or "local registry" (then \a server is empty). */
    void observed(const QString &server, const QString &where, qint64 ms);
    /** Measured (or timed out) and cleaned up; result() has the figures. */
    void finished();

private:
    std::unique_ptr<PropagationProbePrivate> d;
};

} // namespace Eureka
