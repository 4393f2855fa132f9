// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/eurekaclient_export.h>

#include <QtCore/QHash>
#include <QtCore/QProcessEnvironment>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Eureka {

// Spring Boot style properties, flattened to dotted keys ("eureka.client.service-url.defaultZone",
// lists as "key[0]"), each remembering where it came from for error messages. Lookups use
// Spring's relaxed binding: case, '-' and '_' do not matter in the canonical part of a key.
class EUREKACLIENT_AUTOTEST_EXPORT PropertySource
{
public:
    struct Property
    {
        QString key;   // as written
        QString value; // placeholders resolved
        QString origin; // "application.yml:12" or "environment variable X"
    };

    // Parses .properties or YAML (by file name); false with \a error ("file:line: why").
    bool parse(const QByteArray &data, const QString &fileName, QString *error);
    // Spring's environment binding: EUREKA_CLIENT_REGISTRYFETCHINTERVALSECONDS overrides
    // eureka.client.registry-fetch-interval-seconds, for every key the file has or \a known names.
    void applyEnvironment(const QProcessEnvironment &env, const QStringList &known);
    // Resolves ${NAME:default} against the environment and the other properties.
    bool resolvePlaceholders(const QProcessEnvironment &env, QString *error);

    static QString canonical(const QString &key);
    const QList<Property> &properties() const { return m_properties; }

private:
    bool parseProperties(const QByteArray &data, const QString &fileName, QString *error);
    bool parseYaml(const QByteArray &data, const QString &fileName, QString *error);
    void set(const QString &key, const QString &value, const QString &origin);

    QList<Property> m_properties;
    QHash<QString, qsizetype> m_index; // canonical key -> position
};

} // namespace Eureka
