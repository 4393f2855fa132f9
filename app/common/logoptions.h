// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QCommandLineOption>
#include <QtCore/QList>
#include <QtCore/QStringList>

// --log-file FILE and --log-level LEVEL, shared by eurekactl and eureka-dashboard: taken out of
// the arguments before commands parse theirs, and applied with Eureka::Logging.
namespace LogOptions {

// Applies and removes the options from \a arguments; false (with \a error) on a bad value.
bool apply(QStringList &arguments, QString *error);
// The two options, for --help, man pages and completions.
QList<QCommandLineOption> options();
// The lines for --help.
QString helpText();

} // namespace LogOptions
