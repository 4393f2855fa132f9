// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "optiontext.h"

#include <QtCore/QStringList>

namespace OptionText {

QString synopsis(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QStringLiteral(" <%1>").arg(option.valueName());
    return text;
}

QString description(const QCommandLineOption &option)
{
    QString text = option.description();
    const QStringList defaults = option.defaultValues();
    if (defaults.isEmpty() || defaults.constFirst().isEmpty() || text.contains(QLatin1String("default")))
        return text;
    const bool sentence = text.endsWith(QLatin1Char('.'));
    if (sentence)
        text.chop(1);
    return text + QStringLiteral(" (default: %1)").arg(defaults.join(QLatin1Char(','))) + (sentence ? QStringLiteral(".") : QString());
}

QString helpLines(const QList<QCommandLineOption> &options)
{
    qsizetype width = 0;
    for (const QCommandLineOption &option : options) {
        if (!(option.flags() & QCommandLineOption::HiddenFromHelp))
            width = std::max(width, synopsis(option).size());
    }
    QString text;
    for (const QCommandLineOption &option : options) {
        if (option.flags() & QCommandLineOption::HiddenFromHelp)
            continue;
        text += QStringLiteral("  %1  %2\n").arg(synopsis(option), -int(width)).arg(description(option));
    }
    return text;
}

} // namespace OptionText
