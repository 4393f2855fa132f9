// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclientconfig.h>

#include <QtCore/QProcessEnvironment>
#include <QtCore/QStringList>

namespace Eureka {

/**
 * Client and instance configuration read the way a Spring Boot application reads it, so Spring
 * Cloud teams reuse what they know: `application.properties` or `application.yml` with the
 * `eureka.client` and `eureka.instance` keys, `spring.application.name` and
 * `server.port`,
 * relaxed binding (`service-url`, `serviceUrl`, `service_url`), `${ENV:default}` placeholders,
 * and environment variables (`EUREKA_CLIENT_SERVICEURL_DEFAULTZONE`).
 *
 * \code
 * const Eureka::SpringConfig config = Eureka::SpringConfig::load(QStringLiteral("application.yml"));
 * if (!config.isValid())
 *     qFatal("%s", qPrintable(config.errorString));   // "application.yml:12: eureka.client...: expected a number"
 * for (const QString &warning : config.warnings)
 *     qCWarning(lcApp) << warning;                      // unknown eureka.* keys
 * auto *client = new Eureka::EurekaClient(config.client, config.instance, &app);
 * \endcode
 */
struct EUREKACLIENT_EXPORT SpringConfig
{
    ClientConfig client;     ///< the eureka.client keys
    InstanceConfig instance; ///< the eureka.instance keys, spring.application.name and server.port
    /** Unknown `eureka` keys, with where they are. */
    QStringList warnings;
    /** Empty when the file was read; else "file:line: key: why". */
    QString errorString;

    /** True when the file was read without error. */
    bool isValid() const { return errorString.isEmpty(); }

    /** Reads \a path (.properties, .yml or .yaml) and applies \a environment on top. */
    static SpringConfig load(const QString &path,
                             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    /** The same from bytes; \a fileName chooses the format and names the source in messages. */
    static SpringConfig fromData(const QByteArray &data, const QString &fileName,
                                 const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};

} // namespace Eureka
