// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "doctorcommand.h"

#include "connectionoptions.h"
#include "doctor.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTextStream>

namespace {

int exitCode(DoctorFinding::Level level)
{
    return level == DoctorFinding::Level::Ok ? 0 : level == DoctorFinding::Level::Warn ? 1 : 2;
}

void printText(const QList<DoctorFinding> &findings, QTextStream &out)
{
    qsizetype checkWidth = 0;
    int counts[3] = {0, 0, 0};
    for (const DoctorFinding &f : findings)
        checkWidth = std::max(checkWidth, f.check.size());
    for (const DoctorFinding &f : findings) {
        ++counts[int(f.level)];
        out << QStringLiteral("%1  %2  %3: %4")
                   .arg(DoctorFinding::levelText(f.level), -4)
                   .arg(f.check, -int(checkWidth))
                   .arg(f.target, f.message)
            << '\n';
        if (!f.fix.isEmpty())
            out << QString(6 + checkWidth + 2, QLatin1Char(' ')) << "fix: " << f.fix << '\n';
    }
    out << QStringLiteral("\n%1 OK, %2 WARN, %3 FAIL").arg(counts[0]).arg(counts[1]).arg(counts[2]) << Qt::endl;
}

void printJson(const QList<DoctorFinding> &findings, DoctorFinding::Level worst, QTextStream &out)
{
    QJsonArray array;
    for (const DoctorFinding &f : findings) {
        QJsonObject o{{QStringLiteral("check"), f.check},
                      {QStringLiteral("target"), f.target},
                      {QStringLiteral("level"), DoctorFinding::levelText(f.level)},
                      {QStringLiteral("message"), f.message}};
        if (!f.fix.isEmpty())
            o.insert(QStringLiteral("fix"), f.fix);
        array.append(o);
    }
    const QJsonObject root{{QStringLiteral("result"), DoctorFinding::levelText(worst)},
                           {QStringLiteral("exitCode"), exitCode(worst)},
                           {QStringLiteral("findings"), array}};
    out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    out.flush();
}

} // namespace

int runDoctorCommand(const QCommandLineParser &parser)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Eureka::SpringConfig config;
    QString error;
    if (!ConnectionOptions().read(parser, &config, &error)) {
        err << "eurekactl doctor: " << error << Qt::endl;
        return 2;
    }
    Doctor::Options options;
    options.app = parser.value(QStringLiteral("app"));
    options.instanceId = parser.value(QStringLiteral("instance-id"));
    if (options.instanceId.isEmpty())
        options.instanceId = config.instance.instanceId;
    if (!options.instanceId.isEmpty() && options.app.isEmpty() && config.instance.appName.isEmpty()) {
        err << "eurekactl doctor: --instance-id needs --app (or spring.application.name in --config)" << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("clock-tolerance"))) {
        bool ok = false;
        const qint64 ms = parser.value(QStringLiteral("clock-tolerance")).toLongLong(&ok);
        if (!ok || ms < 0) {
            err << "eurekactl doctor: --clock-tolerance needs milliseconds, not \"" << parser.value(QStringLiteral("clock-tolerance"))
                << "\"" << Qt::endl;
            return 2;
        }
        options.clockTolerance = std::chrono::milliseconds(ms);
    }
    Doctor doctor(config, options);
    QObject::connect(&doctor, &Doctor::finished, qApp, &QCoreApplication::quit);
    doctor.start();
    QCoreApplication::exec();
    if (parser.isSet(QStringLiteral("json")))
        printJson(doctor.findings(), doctor.worst(), out);
    else
        printText(doctor.findings(), out);
    return exitCode(doctor.worst());
}
