// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "logoptions.h"

#include "optiontext.h"

#include <EurekaClient/eurekalogging.h>

namespace LogOptions {

// "--name value" or "--name=value"; the value is empty when the option is absent.
static bool take(QStringList &arguments, const QString &name, QString *value, QString *error)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == name) {
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("%1 needs a value").arg(name);
                return false;
            }
            *value = arguments.at(i + 1);
            arguments.remove(i, 2);
            return true;
        }
        if (argument.startsWith(name + QLatin1Char('='))) {
            *value = argument.mid(name.size() + 1);
            arguments.removeAt(i);
            return true;
        }
    }
    return true;
}

bool apply(QStringList &arguments, QString *error)
{
    QString level, file;
    if (!take(arguments, QStringLiteral("--log-level"), &level, error)
        || !take(arguments, QStringLiteral("--log-file"), &file, error))
        return false;
    if (!level.isEmpty()) {
        Eureka::Logging::Level parsed;
        if (!Eureka::Logging::parseLevel(level, &parsed)) {
            *error = QStringLiteral("--log-level: '%1' is not debug, info, warning, critical or off").arg(level);
            return false;
        }
        Eureka::Logging::setLevel(parsed);
    }
    if (!file.isEmpty()) {
        QString why;
        if (!Eureka::Logging::setLogFile(file, 10 * 1024 * 1024, 5, &why)) {
            *error = QStringLiteral("--log-file: cannot write %1: %2").arg(file, why);
            return false;
        }
        // The file has the library's messages; the terminal keeps only the tool's own output.
        Eureka::Logging::setForwardToPreviousHandler(false);
    }
    return true;
}

QList<QCommandLineOption> options()
{
    return {{QStringLiteral("log-level"),
             QStringLiteral("The library's messages: debug, info, warning, critical or off."), QStringLiteral("level")},
            {QStringLiteral("log-file"),
             QStringLiteral("Write the library's messages to this file (rotated at 10 MB, 5 kept)."),
             QStringLiteral("file")}};
}

QString helpText()
{
    return OptionText::helpLines(options());
}

} // namespace LogOptions
