// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "clientcommands.h"
#include "consolestreams.h"
#include "commandtable.h"
#include "connectionoptions.h"
#include "doctorcommand.h"
#include "documentcommands.h"
#include "generatedfiles.h"
#include "logoptions.h"
#include "servecommand.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

namespace {

using Console::err;
using Console::out;

// Parses the command's own options (and the connection options when it talks to servers),
// nothing else: an option of another command is an error here.
int runCommand(const CommandSpec &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(command.options);
    if (command.connects)
        ConnectionOptions().addTo(parser);
    if (!parser.parse(arguments)) {
        err() << "eurekactl " << command.name << ": " << parser.errorText() << "\n(eurekactl " << command.name
              << " --help lists its options)" << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << CommandTable::commandHelp(command);
        return 0;
    }
    if (command.name == QLatin1String("serve"))
        return runServeCommand(parser);
    if (command.name == QLatin1String("doctor"))
        return runDoctorCommand(parser);
    if (command.name == QLatin1String("show"))
        return DocumentCommands::show(parser);
    if (command.name == QLatin1String("convert"))
        return DocumentCommands::convert(parser);
    return ClientCommands::run(command.name, parser);
}

// `--generate man|bash|zsh`, run at build time to make the installed man page and completions.
int generate(const QString &what)
{
    if (what == QLatin1String("man"))
        out() << GeneratedFiles::manPage(QCoreApplication::applicationVersion());
    else if (what == QLatin1String("bash"))
        out() << GeneratedFiles::bashCompletion();
    else if (what == QLatin1String("zsh"))
        out() << GeneratedFiles::zshCompletion();
    else
        return 2;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("eurekactl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EUREKACLIENT_VERSION_STRING));
    QStringList arguments = QCoreApplication::arguments();
    QString logError;
    if (!LogOptions::apply(arguments, &logError)) {
        err() << "eurekactl: " << logError << Qt::endl;
        return 2;
    }
    const QString first = arguments.value(1);
    if (first == QLatin1String("--generate") && arguments.size() == 3)
        return generate(arguments.at(2));
    if (arguments.size() == 1) {
        err() << CommandTable::overviewHelp();
        return 2;
    }
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        if (const CommandSpec *command = CommandTable::find(arguments.value(2))) {
            out() << CommandTable::commandHelp(*command);
            return 0;
        }
        out() << CommandTable::overviewHelp();
        return arguments.size() > 2 ? 2 : 0;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out() << "eurekactl " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (const CommandSpec *command = CommandTable::find(first))
        return runCommand(*command, arguments);
    err() << "eurekactl: unknown command \"" << first << "\" (eurekactl --help lists the commands)" << Qt::endl;
    return 2;
}
