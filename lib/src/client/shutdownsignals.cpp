// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/shutdownsignals.h>

#include "../logging_p.h"

#include <QtCore/QSocketNotifier>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <csignal>
#endif

namespace Eureka {

#ifdef Q_OS_UNIX
namespace {
int writeEnd = -1; // read by the handler: a plain int, set before the handlers are installed

extern "C" void onShutdownSignal(int number)
{
    const int saved = errno;
    const char byte = char(number);
    [[maybe_unused]] const ssize_t written = ::write(writeEnd, &byte, 1);
    errno = saved;
}
} // namespace
#endif

class ShutdownSignalsPrivate
{
public:
#ifdef Q_OS_UNIX
    int fds[2] = {-1, -1};
    struct sigaction previousTerm{};
    struct sigaction previousInt{};
    std::unique_ptr<QSocketNotifier> notifier;
#endif
};

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ShutdownSignalsPrivate>())
{
#ifdef Q_OS_UNIX
    if (writeEnd >= 0) {
        qCWarning(lcEureka) << "ShutdownSignals: another instance already watches SIGTERM and SIGINT";
        return;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, d->fds) != 0) {
        qCWarning(lcEureka) << "ShutdownSignals: socketpair failed:" << strerror(errno);
        return;
    }
    // The handler must never block: a full pipe drops the byte (the first one is enough).
    ::fcntl(d->fds[0], F_SETFL, ::fcntl(d->fds[0], F_GETFL) | O_NONBLOCK);
    writeEnd = d->fds[0];
    d->notifier = std::make_unique<QSocketNotifier>(d->fds[1], QSocketNotifier::Read);
    connect(d->notifier.get(), &QSocketNotifier::activated, this, [this] {
        char bytes[16];
        const ssize_t got = ::read(d->fds[1], bytes, sizeof bytes);
        for (ssize_t i = 0; i < got; ++i) {
            qCInfo(lcEureka) << "received signal" << int(bytes[i]);
            Q_EMIT received(int(bytes[i]));
        }
    });
    struct sigaction action{};
    action.sa_handler = onShutdownSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, &d->previousTerm);
    ::sigaction(SIGINT, &action, &d->previousInt);
#endif
}

ShutdownSignals::~ShutdownSignals()
{
#ifdef Q_OS_UNIX
    if (d->fds[0] < 0)
        return;
    ::sigaction(SIGTERM, &d->previousTerm, nullptr);
    ::sigaction(SIGINT, &d->previousInt, nullptr);
    writeEnd = -1;
    d->notifier.reset();
    ::close(d->fds[0]);
    ::close(d->fds[1]);
#endif
}

} // namespace Eureka
