// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "clientcommands.h"
#include "logoptions.h"
#include "registryprinter.h"
#include "servecommand.h"

#include <EurekaClient/codec.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QTextStream>

using namespace Eureka;

namespace {

QByteArray readInput(const QString &path, QString *error)
{
    QFile file;
    const bool ok = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                               : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

WireFormat guessFormat(const QByteArray &data)
{
    const QByteArray head = data.trimmed().left(1);
    return head == "<" ? WireFormat::Xml : WireFormat::Json;
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
        QTextStream(stderr) << "eurekactl: " << logError << Qt::endl;
        return 2;
    }
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("serve"))
        return runServeCommand(arguments.mid(1));
    if (arguments.size() > 1 && ClientCommands::handles(arguments.at(1)))
        return ClientCommands::run(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Eureka tools: an embedded registry, and registry document inspection.\n\n"
        "Commands (each has --help):\n"
        "  serve          run the embedded registry\n"
        "  apps           list applications and instances (--json)\n"
        "  instances APP  list one application's instances\n"
        "  watch          print registry changes as they happen\n"
        "  register APP   register an instance and heartbeat; drain on Ctrl-C or SIGTERM\n"
        "  status APP ID UP|DOWN|OUT_OF_SERVICE, status --clear APP ID\n"
        "  delete APP ID  delete an instance's registration\n"
        "  call APP PATH  call a service with failover; prints the answer and the attempts\n"
        "  probe [APP ID] time how long a change takes to reach readers, per server\n"
        "  show FILE      print the applications and instances of an apps document\n"
        "  convert FILE   re-encode an apps document (JSON <-> XML, see --to)\n\n"
        "Options of every command:\n") + LogOptions::helpText());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QStringLiteral("Output format of convert: json or xml."),
                                      QStringLiteral("format"), QStringLiteral("json"));
    parser.addOption(toOption);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("show or convert"));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A JSON or XML document, or - for stdin."));
    parser.process(arguments);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || (args.at(0) != QLatin1String("show") && args.at(0) != QLatin1String("convert"))) {
        err << parser.helpText();
        return 2;
    }

    QString readError;
    const QByteArray data = readInput(args.at(1), &readError);
    if (!readError.isEmpty()) {
        err << "eurekactl: " << readError << Qt::endl;
        return 1;
    }
    CodecError error;
    const Applications apps = Codec::decodeApplications(data, guessFormat(data), &error);
    if (error.isError()) {
        err << "eurekactl: " << args.at(1) << ": " << error.toString() << Qt::endl;
        return 1;
    }

    if (args.at(0) == QLatin1String("show")) {
        RegistryPrinter(out).print(apps);
        return 0;
    }
    const QString to = parser.value(toOption).toLower();
    if (to != QLatin1String("json") && to != QLatin1String("xml")) {
        err << "eurekactl: --to must be json or xml, not " << to << Qt::endl;
        return 2;
    }
    out.flush();
    QFile stdoutFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    stdoutFile.write(Codec::encodeApplications(apps, to == QLatin1String("xml") ? WireFormat::Xml : WireFormat::Json));
    stdoutFile.write("\n");
    return 0;
}
