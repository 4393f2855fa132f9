// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// The Spring configuration loader on arbitrary bytes: the first byte picks application.yml
// ('y') or application.properties (anything else). No crash, no hang; a failure is an error
// that names the file, and a success has no error text.
#include <EurekaClient/springconfig.h>

#include <QtCore/QProcessEnvironment>

#include <cstdlib>

using namespace Eureka;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool yaml = data[0] == 'y';
    const QString name = yaml ? QStringLiteral("application.yml") : QStringLiteral("application.properties");
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("EUREKA_HOST"), QStringLiteral("eureka-from-env"));
    const SpringConfig config =
        SpringConfig::fromData(QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)), name, environment);
    if (!config.isValid() && !config.errorString.startsWith(name))
        std::abort(); // an error must say where it is
    return 0;
}
