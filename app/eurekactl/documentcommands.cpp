// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "documentcommands.h"

#include "registryprinter.h"

#include <EurekaClient/codec.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QFile>
#include <QtCore/QTextStream>

using namespace Eureka;

namespace DocumentCommands {

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

// The document named by the one positional argument after the command; 0 when it decoded.
int load(const QCommandLineParser &parser, Applications *apps)
{
    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2) {
        err << "usage: eurekactl " << args.value(0) << " FILE (or - for standard input)" << Qt::endl;
        return 2;
    }
    QString readError;
    const QByteArray data = readInput(args.at(1), &readError);
    if (!readError.isEmpty()) {
        err << "eurekactl: " << readError << Qt::endl;
        return 1;
    }
    CodecError error;
    *apps = Codec::decodeApplications(data, guessFormat(data), &error);
    if (error.isError()) {
        err << "eurekactl: " << args.at(1) << ": " << error.toString() << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

int show(const QCommandLineParser &parser)
{
    Applications apps;
    if (const int code = load(parser, &apps))
        return code;
    QTextStream out(stdout);
    RegistryPrinter(out).print(apps);
    return 0;
}

int convert(const QCommandLineParser &parser)
{
    const QString to = parser.value(QStringLiteral("to")).toLower();
    if (to != QLatin1String("json") && to != QLatin1String("xml")) {
        QTextStream(stderr) << "eurekactl: --to must be json or xml, not " << to << Qt::endl;
        return 2;
    }
    Applications apps;
    if (const int code = load(parser, &apps))
        return code;
    QFile stdoutFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    stdoutFile.write(Codec::encodeApplications(apps, to == QLatin1String("xml") ? WireFormat::Xml : WireFormat::Json));
    stdoutFile.write("\n");
    return 0;
}

} // namespace DocumentCommands
