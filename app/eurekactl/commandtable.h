// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtCore/QCommandLineOption>
#include <QtCore/QList>
#include <QtCore/QStringList>

// One eurekactl command: its arguments, options and texts. The table of them parses the
// command line, prints each command's --help, and generates the man page and the shell
// completions, so that none of these can drift from the others.
struct CommandSpec
{
    QString name;
    // Positional arguments as the usage line shows them, e.g. "APP ID STATUS".
    QString arguments;
    // What each positional argument is, for completion: "app" (an application of the registry),
    // "status", "file", "format" or "" (nothing to offer).
    QStringList argumentKinds;
    QString summary;     // one line, for the command list
    QString description; // paragraphs, for --help and the man page
    QList<QCommandLineOption> options; // the command's own
    bool connects = false;             // also takes the connection options
    QString example;
};

namespace CommandTable {

const QList<CommandSpec> &commands();
// The command named \a name, or null.
const CommandSpec *find(const QString &name);
// --server, --zone, ... (see ConnectionOptions).
QList<QCommandLineOption> connectionOptions();
// --log-level and --log-file, which every command takes.
QList<QCommandLineOption> globalOptions();

// eurekactl's own --help: the commands and what every command takes.
QString overviewHelp();
// "eurekactl CMD --help": only what applies to that command.
QString commandHelp(const CommandSpec &command);
// What the value of an option can be, for completion: "file", or words separated by spaces
// ("json xml"); empty when anything goes.
QString valueCompletion(const QString &optionName);
// The exit codes, shared by the man page and --help.
QList<std::pair<QString, QString>> exitCodes();

} // namespace CommandTable
