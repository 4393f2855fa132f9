// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "generatedfiles.h"

#include "commandtable.h"
#include "manpage.h"

#include <QtCore/QStringList>

namespace GeneratedFiles {

namespace {

QString longName(const QCommandLineOption &option)
{
    return QStringLiteral("--") + option.names().constLast();
}

QList<QCommandLineOption> optionsOf(const CommandSpec &command)
{
    QList<QCommandLineOption> all = command.options;
    if (command.connects)
        all += CommandTable::connectionOptions();
    return all + CommandTable::globalOptions();
}

QStringList namesOf(const QList<QCommandLineOption> &options)
{
    QStringList names;
    for (const QCommandLineOption &option : options)
        names.append(longName(option));
    return names;
}

// Every option of every command, with repeats (an option several commands take).
QList<QCommandLineOption> everyOption()
{
    QList<QCommandLineOption> all = CommandTable::connectionOptions() + CommandTable::globalOptions();
    for (const CommandSpec &command : CommandTable::commands())
        all += command.options;
    return all;
}

// Every option of any command that takes a value, so that the completion can skip values
// when it looks for the command and its arguments.
QStringList valuedOptions()
{
    QStringList names;
    for (const QCommandLineOption &option : everyOption()) {
        if (!option.valueName().isEmpty() && !names.contains(longName(option)))
            names.append(longName(option));
    }
    return names;
}

// zsh: single-quoted, with the brackets of _arguments' descriptions escaped.
QString zshQuoted(QString text)
{
    text.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    text.replace(QLatin1Char('['), QStringLiteral("\\["));
    text.replace(QLatin1Char(']'), QStringLiteral("\\]"));
    text.replace(QLatin1Char(':'), QStringLiteral("\\:"));
    return text;
}

QString zshOptionSpec(const QCommandLineOption &option)
{
    const QString name = longName(option);
    const bool repeatable = option.description().contains(QLatin1String("repeat"));
    QString spec = (repeatable ? QStringLiteral("*") : QString()) + name;
    const QString description = zshQuoted(option.description());
    if (option.valueName().isEmpty())
        return QStringLiteral("'%1[%2]'").arg(spec, description);
    const QString values = CommandTable::valueCompletion(option.names().constLast());
    QString action = QStringLiteral(" ");
    if (values == QLatin1String("file"))
        action = QStringLiteral("_files");
    else if (!values.isEmpty())
        action = QStringLiteral("(%1)").arg(values);
    return QStringLiteral("'%1=[%2]:%3:%4'").arg(spec, description, zshQuoted(option.valueName()), action);
}

} // namespace

QString manPage(const QString &version)
{
    ManPage page(QStringLiteral("eurekactl"), 1, version, QStringLiteral("command-line tool for Netflix Eureka registries"));
    page.section(QStringLiteral("Synopsis"));
    QStringList synopsis;
    for (const CommandSpec &command : CommandTable::commands())
        synopsis.append(QStringLiteral("eurekactl %1 [options] %2").arg(command.name, command.arguments).trimmed());
    page.paragraph(synopsis.join(QLatin1Char('\n')));
    page.section(QStringLiteral("Description"));
    page.paragraph(QStringLiteral(
        "eurekactl queries and administers Netflix Eureka service registries (Netflix's Eureka server and Spring "
        "Cloud's), calls the services registered there with failover, measures how long changes take to "
        "propagate, converts registry documents between JSON and XML, and runs an embedded Eureka-compatible "
        "registry for demos, development and tests.\n\n"
        "\"eurekactl COMMAND --help\" lists what one command takes."));
    page.section(QStringLiteral("Commands"));
    for (const CommandSpec &command : CommandTable::commands()) {
        page.subsection(QStringLiteral("eurekactl %1 %2").arg(command.name, command.arguments).trimmed());
        page.paragraph(command.description);
        page.options(command.options);
        if (command.connects)
            page.paragraph(QStringLiteral("Takes the connection options."));
        if (!command.example.isEmpty())
            page.example(command.example);
    }
    page.section(QStringLiteral("Connection options"));
    page.paragraph(QStringLiteral(
        "The commands that talk to Eureka servers take these. Without --server, --dns-domain or --config, the "
        "server is http://127.0.0.1:8761/eureka/. Passwords are read from a file, never from the command line, "
        "and never printed."));
    page.options(CommandTable::connectionOptions());
    page.section(QStringLiteral("Options of every command"));
    page.options(CommandTable::globalOptions());
    page.definitions({{QStringLiteral("-h, --help"), QStringLiteral("Show the help of eurekactl, or of one command.")},
                      {QStringLiteral("-v, --version"), QStringLiteral("Show the version.")}});
    page.section(QStringLiteral("Exit status"));
    page.definitions(CommandTable::exitCodes());
    page.section(QStringLiteral("Environment"));
    page.definitions({{QStringLiteral("EUREKA_PASSWORD"),
                       QStringLiteral("The password eurekactl serve --user requires (another variable with --password-env).")},
                      {QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("Qt's logging rules; the library's categories start with eureka.")}});
    page.section(QStringLiteral("See also"));
    page.paragraph(QStringLiteral("eureka-dashboard(1)"));
    return page.toRoff();
}

QString bashCompletion()
{
    QStringList commandNames;
    QString optionCases;
    QString argumentCases;
    for (const CommandSpec &command : CommandTable::commands()) {
        commandNames.append(command.name);
        optionCases += QStringLiteral("        %1) options=\"%2 --help\" ;;\n").arg(command.name, namesOf(optionsOf(command)).join(QLatin1Char(' ')));
        QStringList kinds;
        for (const QString &kind : command.argumentKinds)
            kinds.append(kind.isEmpty() ? QStringLiteral("-") : kind);
        if (!kinds.isEmpty())
            argumentCases += QStringLiteral("        %1) kinds=(%2) ;;\n").arg(command.name, kinds.join(QLatin1Char(' ')));
    }
    QString valueCases;
    QStringList seen;
    for (const QCommandLineOption &option : everyOption()) {
        const QString name = option.names().constLast();
        const QString values = CommandTable::valueCompletion(name);
        if (values.isEmpty() || seen.contains(name))
            continue;
        seen.append(name);
        valueCases += values == QLatin1String("file")
                          ? QStringLiteral("            --%1) mapfile -t COMPREPLY < <(compgen -f -- \"$cur\") ;;\n").arg(name)
                          : QStringLiteral("            --%1) mapfile -t COMPREPLY < <(compgen -W \"%2\" -- \"$cur\") ;;\n").arg(name, values);
    }
    const QStringList connection = namesOf(CommandTable::connectionOptions());
    QStringList connectionWithValue; // --server=URL
    for (const QString &name : connection)
        connectionWithValue.append(name + QStringLiteral("=*"));

    return QString::fromUtf8(R"SH(# bash completion for eurekactl. Generated by eurekactl from its command table; do not edit.

# Application names from the registry the command line names (one request, at most 2 s).
_eurekactl_applications()
{
    local -a connection=()
    local i
    for ((i = 1; i < ${#words[@]}; i++)); do
        case "${words[i]}" in
            %1) connection+=("${words[i]}" "${words[i+1]}"); ((i++)) ;;
            %2) connection+=("${words[i]}") ;;
        esac
    done
    "${words[0]}" apps --names --timeout 2000 "${connection[@]}" 2>/dev/null
}

_eurekactl()
{
    # Words are split at blanks only: URLs keep their colons.
    local line=${COMP_LINE:0:COMP_POINT}
    local -a words
    read -ra words <<< "$line"
    local cur=""
    if [[ $line != *[[:space:]] ]]; then
        cur=${words[${#words[@]}-1]}
        unset 'words[${#words[@]}-1]'
    fi
    local prev=${words[${#words[@]}-1]}
    local valued=" %3 "
    COMPREPLY=()

    if [[ ${#words[@]} -gt 1 && $prev == --* && $valued == *" $prev "* ]]; then
        case "$prev" in
%4        esac
        return 0
    fi

    local command="" i
    local -a arguments=()
    for ((i = 1; i < ${#words[@]}; i++)); do
        if [[ ${words[i]} == -* ]]; then
            [[ ${words[i]} != *=* && $valued == *" ${words[i]} "* ]] && ((i++))
        elif [[ -z $command ]]; then
            command=${words[i]}
        else
            arguments+=("${words[i]}")
        fi
    done

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "--help --version --log-level --log-file" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "%5" -- "$cur")
        fi
        return 0
    fi

    local options=""
    case "$command" in
%6    esac
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
        return 0
    fi

    local -a kinds=()
    case "$command" in
%7    esac
    case "${kinds[${#arguments[@]}]}" in
        app) mapfile -t COMPREPLY < <(compgen -W "$(_eurekactl_applications)" -- "${cur^^}") ;;
        status) mapfile -t COMPREPLY < <(compgen -W "UP DOWN OUT_OF_SERVICE STARTING" -- "${cur^^}") ;;
        file) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
    esac
    return 0
}
complete -F _eurekactl eurekactl
)SH")
        .arg(connection.join(QLatin1Char('|')),
             connectionWithValue.join(QLatin1Char('|')),
             valuedOptions().join(QLatin1Char(' ')), valueCases, commandNames.join(QLatin1Char(' ')), optionCases,
             argumentCases);
}

QString zshCompletion()
{
    QString commandList;
    QString commandCases;
    for (const CommandSpec &command : CommandTable::commands()) {
        commandList += QStringLiteral("        '%1:%2'\n").arg(command.name, zshQuoted(command.summary));
        QStringList specs;
        QList<QCommandLineOption> options = command.options;
        if (command.connects)
            options += CommandTable::connectionOptions();
        for (const QCommandLineOption &option : std::as_const(options))
            specs.append(zshOptionSpec(option));
        const bool optional = command.arguments.startsWith(QLatin1Char('['));
        const QStringList labels = QString(command.arguments).remove(QLatin1Char('[')).remove(QLatin1Char(']')).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < command.argumentKinds.size(); ++i) {
            const QString kind = command.argumentKinds.at(i);
            QString action = QStringLiteral(" ");
            if (kind == QLatin1String("app"))
                action = QStringLiteral("_eurekactl_applications");
            else if (kind == QLatin1String("status"))
                action = QStringLiteral("(UP DOWN OUT_OF_SERVICE STARTING)");
            else if (kind == QLatin1String("file"))
                action = QStringLiteral("_files");
            specs.append(QStringLiteral("'%1:%2:%3'").arg(QString::number(i + 1) + (optional ? QStringLiteral(":") : QString()),
                                                          zshQuoted(labels.value(i).toLower()), action));
        }
        commandCases += QStringLiteral("            (%1)\n                _arguments \\\n                    %2\n                ;;\n")
                            .arg(command.name, specs.join(QStringLiteral(" \\\n                    ")));
    }
    QStringList globals;
    for (const QCommandLineOption &option : CommandTable::globalOptions())
        globals.append(zshOptionSpec(option));
    const QStringList connection = namesOf(CommandTable::connectionOptions());

    return QString::fromUtf8(R"SH(#compdef eurekactl
# zsh completion for eurekactl. Generated by eurekactl from its command table; do not edit.

# Application names from the registry the command line names (one request, at most 2 s).
_eurekactl_applications() {
    local -a connection names
    local i
    for (( i = 2; i < CURRENT; i++ )); do
        case ${words[i]} in
            (%1) connection+=(${words[i]} ${words[i+1]}) ;;
        esac
    done
    names=(${(f)"$(eurekactl apps --names --timeout 2000 $connection 2>/dev/null)"})
    compadd -a names
}

_eurekactl() {
    local curcontext=$curcontext state line
    local -a commands
    commands=(
%2    )
    _arguments -C \
        %3 \
        '(- *)'{-h,--help}'[show help]' \
        '(- *)'{-v,--version}'[show the version]' \
        '1: :->command' \
        '*:: :->arguments'
    case $state in
        (command)
            _describe -t commands 'eurekactl command' commands
            ;;
        (arguments)
            case ${words[1]} in
%4            esac
            ;;
    esac
}

_eurekactl "$@"
)SH")
        .arg(connection.join(QLatin1Char('|')), commandList, globals.join(QStringLiteral(" \\\n        ")), commandCases);
}

} // namespace GeneratedFiles
