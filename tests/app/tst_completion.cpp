// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// The shell completions eurekactl generates from its command table, driven the way the shells
// drive them: a non-interactive bash sources the file, checks `complete -p`, and calls the
// completion function with COMP_LINE/COMP_POINT set, as bash does on TAB. Application names
// come from a registry on loopback, through the real eurekactl.
#include "clientsetup.h"

#include <EurekaClient/registryserver.h>

#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;

class tst_Completion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registersForEurekactl();
    void completes_data();
    void completes();
    void completesApplicationsFromTheRegistry();
    void zshScriptParses();

private:
    // What bash offers for \a line (the cursor at its end), one word a line.
    QStringList complete(const QString &line);
    QString runShell(const QString &shell, const QString &script);

    RegistryServer m_registry;
    QTemporaryDir m_files;
};

namespace {
const QString eurekactlDir = QFileInfo(QStringLiteral(EUREKACTL_PATH)).absolutePath();
const QString bashScript = eurekactlDir + QStringLiteral("/eurekactl.bash");
const QString zshScript = eurekactlDir + QStringLiteral("/_eurekactl");

} // namespace

void tst_Completion::initTestCase()
{
    QVERIFY(QFileInfo::exists(bashScript));
    QVERIFY(m_registry.listen());
    m_registry.registerInstance(EurekaTest::loopbackInstanceInfo(QStringLiteral("ORDER-SERVICE"), QStringLiteral("o1")));
    m_registry.registerInstance(EurekaTest::loopbackInstanceInfo(QStringLiteral("ORDER-AUDIT"), QStringLiteral("a1")));
    m_registry.registerInstance(EurekaTest::loopbackInstanceInfo(QStringLiteral("USER-SERVICE"), QStringLiteral("u1")));
    QVERIFY(m_files.isValid());
    QFile file(m_files.filePath(QStringLiteral("apps.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
}

QString tst_Completion::runShell(const QString &shell, const QString &script)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), eurekactlDir + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    process.setProcessEnvironment(env);
    // A spy, not waitForFinished(): the registry in this process must keep answering eurekactl.
    QSignalSpy finished(&process, &QProcess::finished);
    if (shell == QLatin1String("bash"))
        process.start(shell, {QStringLiteral("--norc"), QStringLiteral("--noprofile"), QStringLiteral("-c"), script});
    else
        process.start(shell, {QStringLiteral("-f"), QStringLiteral("-c"), script});
    if (!finished.wait(20000))
        return QStringLiteral("timeout");
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    if (!errors.isEmpty() || process.exitCode() != 0)
        return QStringLiteral("failed (%1): %2").arg(process.exitCode()).arg(errors);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList tst_Completion::complete(const QString &line)
{
    QString quoted = line;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    const QString script = QStringLiteral("source '%1'\n"
                                          "COMP_LINE='%2'; COMP_POINT=${#COMP_LINE}\n"
                                          "_eurekactl\n"
                                          "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                               .arg(bashScript, quoted);
    QStringList words = runShell(QStringLiteral("bash"), script).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    words.sort();
    return words;
}

void tst_Completion::registersForEurekactl()
{
    QCOMPARE(runShell(QStringLiteral("bash"), QStringLiteral("source '%1'; complete -p eurekactl").arg(bashScript)).trimmed(),
             QStringLiteral("complete -F _eurekactl eurekactl"));
}

void tst_Completion::completes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    const QString dir = m_files.path();
    QTest::newRow("commands") << QStringLiteral("eurekactl ")
                              << QStringList{QStringLiteral("apps"), QStringLiteral("call"), QStringLiteral("convert"),
                                             QStringLiteral("delete"), QStringLiteral("doctor"), QStringLiteral("instances"), QStringLiteral("probe"),
                                             QStringLiteral("register"), QStringLiteral("serve"), QStringLiteral("show"),
                                             QStringLiteral("status"), QStringLiteral("watch")};
    QTest::newRow("a command's prefix") << QStringLiteral("eurekactl in") << QStringList{QStringLiteral("instances")};
    QTest::newRow("the command after global options")
        << QStringLiteral("eurekactl --log-level debug pro") << QStringList{QStringLiteral("probe")};
    // Only what applies to the command: call has --strategy, not apps' --json or serve's --port.
    QTest::newRow("call's own options") << QStringLiteral("eurekactl call --s")
                                        << QStringList{QStringLiteral("--server"), QStringLiteral("--strategy")};
    QTest::newRow("convert's options") << QStringLiteral("eurekactl convert --")
                                       << QStringList{QStringLiteral("--help"), QStringLiteral("--log-file"),
                                                      QStringLiteral("--log-level"), QStringLiteral("--to")};
    QTest::newRow("an option's values") << QStringLiteral("eurekactl call --strategy ")
                                        << QStringList{QStringLiteral("other"), QStringLiteral("random"), QStringLiteral("stick")};
    QTest::newRow("log levels") << QStringLiteral("eurekactl apps --log-level w") << QStringList{QStringLiteral("warning")};
    QTest::newRow("a free value offers nothing") << QStringLiteral("eurekactl register --port ") << QStringList{};
    QTest::newRow("statuses") << QStringLiteral("eurekactl status --server http://127.0.0.1:1/eureka/ ORDER-SERVICE o1 o")
                              << QStringList{QStringLiteral("OUT_OF_SERVICE")};
    QTest::newRow("files") << QStringLiteral("eurekactl show %1/ap").arg(dir) << QStringList{dir + QStringLiteral("/apps.json")};
    QTest::newRow("config files") << QStringLiteral("eurekactl apps --config %1/a").arg(dir)
                                  << QStringList{dir + QStringLiteral("/apps.json")};
}

void tst_Completion::completes()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QCOMPARE(complete(line), expected);
}

void tst_Completion::completesApplicationsFromTheRegistry()
{
    const QString url = m_registry.serviceUrl().toString();
    QCOMPARE(complete(QStringLiteral("eurekactl instances --server %1 ").arg(url)),
             (QStringList{QStringLiteral("ORDER-AUDIT"), QStringLiteral("ORDER-SERVICE"), QStringLiteral("USER-SERVICE")}));
    // Eureka's names are upper case; what was typed need not be.
    QCOMPARE(complete(QStringLiteral("eurekactl call --server=%1 order-s").arg(url)), QStringList{QStringLiteral("ORDER-SERVICE")});
    // The second argument is an instance id: nothing offered, no request made.
    QCOMPARE(complete(QStringLiteral("eurekactl delete --server %1 ORDER-SERVICE ").arg(url)), QStringList{});
    // A registry that does not answer offers nothing, quietly.
    QCOMPARE(complete(QStringLiteral("eurekactl instances --server http://127.0.0.1:1/eureka/ ")), QStringList{});
}

void tst_Completion::zshScriptParses()
{
    if (QStandardPaths::findExecutable(QStringLiteral("zsh")).isEmpty())
        QSKIP("zsh is not installed (./dev installs it)");
    QCOMPARE(runShell(QStringLiteral("zsh"), QStringLiteral("zsh -n '%1' && echo parsed").arg(zshScript)).trimmed(),
             QStringLiteral("parsed"));
    // Loaded by compinit as zsh loads completion functions, it defines _eurekactl for eurekactl.
    const QString script = QStringLiteral("fpath=('%1' $fpath); autoload -Uz compinit; compinit -u -D; "
                                          "print -r -- ${_comps[eurekactl]}")
                               .arg(eurekactlDir);
    QCOMPARE(runShell(QStringLiteral("zsh"), script).trimmed(), QStringLiteral("_eurekactl"));
}

QTEST_GUILESS_MAIN(tst_Completion)
#include "tst_completion.moc"
