// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekanamespace.h>

#include <QtCore/QString>

#include <functional>

namespace Eureka {

/**
 * Routing and filtering of the library's own log messages (the QLoggingCategory names
 * starting with `eureka`), without taking over the application's message handler: python-eureka-client's
 * set_level, add_handler / set_handler and a rotated log file.
 *
 * The first call of addHandler() or setLogFile() installs a message handler that sends the
 * library's messages to these sinks and passes every message (the library's too, unless
 * setForwardToPreviousHandler(false)) on to the handler that was installed before. Every message
 * is redacted first: passwords in URLs and Authorization values never reach a sink.
 *
 * \code
 * Eureka::Logging::setLevel(Eureka::Logging::Level::Warning);
 * Eureka::Logging::setLogFile(QStringLiteral("/var/log/orders/eureka.log"), 10 * 1024 * 1024, 5);
 * Eureka::Logging::addHandler([](QtMsgType, const char *category, const QString &message) {
 *     myLogger.log(category, message);
 * });
 * \endcode
 */
namespace Logging {

/** How much the library says: every message from this level up; Off for none. */
enum class Level { Debug, Info, Warning, Critical, Off };

/** The lowest level the `eureka` categories emit (QT_LOGGING_RULES otherwise decide). */
EUREKACLIENT_EXPORT void setLevel(Level level);
/** Parses "debug", "info", "warning", "critical" or "off"; false for anything else. */
EUREKACLIENT_EXPORT bool parseLevel(const QString &text, Level *level);

/** Receives one message of the library: its type, category (`eureka.client`...) and masked text. */
using Handler = std::function<void(QtMsgType type, const char *category, const QString &message)>;
/** Adds a sink for the library's messages; returns an id for removeHandler(). Called on the
 *  thread that logs; keep it quick and do not log from it. */
EUREKACLIENT_EXPORT int addHandler(Handler handler);
/** Removes the handler addHandler() returned \a id for. */
EUREKACLIENT_EXPORT void removeHandler(int id);

/** Appends the library's messages to \a path, one line each; when the file would pass
 *  \a maxBytes it becomes path.1 (path.1 becomes path.2, ... up to \a keepFiles). */
EUREKACLIENT_EXPORT bool setLogFile(const QString &path, qint64 maxBytes = 10 * 1024 * 1024, int keepFiles = 5,
                                    QString *errorString = nullptr);
/** Stops writing to the log file. */
EUREKACLIENT_EXPORT void closeLogFile();

/** Whether the library's messages also reach the previously installed handler (default: yes). */
EUREKACLIENT_EXPORT void setForwardToPreviousHandler(bool forward);

/** \a message with the passwords of URLs (`//user:****@host`) and Authorization values masked. */
EUREKACLIENT_EXPORT QString redact(const QString &message);

} // namespace Logging
} // namespace Eureka
