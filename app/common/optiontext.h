// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QCommandLineOption>
#include <QtCore/QList>

// How an option is shown to people, the same in --help and in the man page.
namespace OptionText {

// "-h, --help" or "--server <url>".
QString synopsis(const QCommandLineOption &option);
// The description with "(default: X)" appended when the option has a default.
QString description(const QCommandLineOption &option);
// Aligned "  --name <value>  description" lines for --help, hidden options left out.
QString helpLines(const QList<QCommandLineOption> &options);

} // namespace OptionText
