// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclient_export.h>

#include <QtCore/QObject>

#include <memory>

namespace Eureka {

class ShutdownSignalsPrivate;

/**
 * Turns SIGTERM and SIGINT (kill, Ctrl-C, a container stopping) into a Qt signal on the event
 * loop, so that an application can drain instead of dying mid-request:
 *
 * \code
 * Eureka::ShutdownSignals shutdown;
 * QObject::connect(&shutdown, &Eureka::ShutdownSignals::received, client, &Eureka::EurekaClient::drain);
 * QObject::connect(client, &Eureka::EurekaClient::stopped, &app, &QCoreApplication::quit);
 * \endcode
 *
 * The handler only writes a byte to a pipe (async-signal-safe); the event loop reads it through
 * a QSocketNotifier. A second signal while the first is handled is delivered too, so the
 * application may choose to give up waiting. One instance at a time; the previous handlers come
 * back when it is destroyed. On platforms without POSIX signals it never emits.
 */
class EUREKACLIENT_EXPORT ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    /** Installs the SIGTERM and SIGINT handlers. */
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    /** \a signalNumber: SIGTERM or SIGINT. */
    void received(int signalNumber);

private:
    std::unique_ptr<ShutdownSignalsPrivate> d;
};

} // namespace Eureka
