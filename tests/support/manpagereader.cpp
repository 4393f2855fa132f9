// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "manpagereader.h"

#include <QtCore/QProcess>

namespace EurekaTest {

RenderedManPage renderManPage(const QString &path)
{
    QProcess man;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("200"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    man.setProcessEnvironment(env);
    man.start(QStringLiteral("man"), {QStringLiteral("--warnings"), QStringLiteral("-l"), path});
    RenderedManPage page;
    page.ran = man.waitForFinished(30000) && man.exitStatus() == QProcess::NormalExit && man.exitCode() == 0;
    page.text = man.readAllStandardOutput();
    page.warnings = man.readAllStandardError();
    return page;
}

} // namespace EurekaTest
