// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// eureka-dashboard's command line, run as users run it: --help and --version without a display,
// and --server opening a registry given on the command line.
#include "manpagereader.h"
#include "scriptedserver.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

namespace {
const QString dashboard = QStringLiteral(EUREKA_DASHBOARD_PATH);

// No display of any kind: what a server or an ssh session has. A home of its own: no saved
// profiles, and nothing written into the user's.
QProcessEnvironment headless()
{
    static QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_CONFIG_HOME", "XDG_DATA_HOME"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home.path());
    return env;
}

// A registry with no application, for the dashboard to fetch.
QByteArray emptyRegistry(const Eureka::HttpRequest &)
{
    return EurekaTest::ScriptedServer::response(
        200, R"({"applications":{"versions__delta":"1","apps__hashcode":"","application":[]}})",
        {{"Content-Type", "application/json"}});
}

// Whether the first fetch of the registry came with basic auth for \a userAndPassword.
bool fetchedAppsAs(const EurekaTest::ScriptedServer &registry, const QByteArray &userAndPassword)
{
    for (const Eureka::HttpRequest &r : registry.requests()) {
        if (r.path.startsWith("/eureka/apps"))
            return r.header("authorization") == "Basic " + userAndPassword.toBase64();
    }
    return false;
}
} // namespace

class tst_DashboardCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndVersionWithoutADisplay();
    void badServerUrl();
    void serverOpensThatRegistry();
    void serverWithUserAndPasswordFromTheEnvironment();
    void manPageFromTheOptions();
};

void tst_DashboardCli::helpAndVersionWithoutADisplay()
{
    for (const QString &arg : {QStringLiteral("--help"), QStringLiteral("--version")}) {
        QProcess process;
        process.setProcessEnvironment(headless());
        process.start(dashboard, {arg});
        QVERIFY(process.waitForFinished(30000));
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 (arg.toUtf8() + ": " + process.readAllStandardError()).constData());
        if (arg == QLatin1String("--help"))
            QVERIFY2(out.contains("--server <url>") && out.contains("--demo"), out.constData());
        else
            QVERIFY2(out.startsWith("eureka-dashboard "), out.constData());
    }
}

void tst_DashboardCli::badServerUrl()
{
    QProcess process;
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(dashboard, {QStringLiteral("--server"), QStringLiteral("ftp://user:secret@127.0.0.1/eureka/")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("--server needs an http or https URL"), err.constData());
    QVERIFY2(!err.contains("secret"), err.constData()); // never a password in a message
}

void tst_DashboardCli::serverOpensThatRegistry()
{
    EurekaTest::ScriptedServer registry(emptyRegistry);
    QVERIFY(registry.isListening());
    QProcess process;
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    const QString url = QStringLiteral("http://reader:s3cret@127.0.0.1:%1/eureka").arg(registry.serverPort());
    process.start(dashboard, {QStringLiteral("--server"), url});
    QVERIFY(process.waitForStarted(10000));
    // The dashboard fetches the registry it was given, with the URL's credentials.
    QTRY_VERIFY_WITH_TIMEOUT(fetchedAppsAs(registry, "reader:s3cret"), 20000);
    process.kill();
    process.waitForFinished(10000);
    QVERIFY(!process.readAllStandardError().contains("s3cret"));
}

// --user with --password-env: the password comes from the environment, never the command line,
// and reaches the server as basic auth; a variable that is not set is a clear error.
void tst_DashboardCli::serverWithUserAndPasswordFromTheEnvironment()
{
    EurekaTest::ScriptedServer registry(emptyRegistry);
    QProcess process;
    QProcessEnvironment env = headless();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("OPS_EUREKA_PASSWORD"), QStringLiteral("horse-battery"));
    process.setProcessEnvironment(env);
    const QString url = QStringLiteral("http://127.0.0.1:%1/eureka/").arg(registry.serverPort());
    process.start(dashboard, {QStringLiteral("--server"), url, QStringLiteral("--user"), QStringLiteral("ops"),
                              QStringLiteral("--password-env"), QStringLiteral("OPS_EUREKA_PASSWORD")});
    QVERIFY(process.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(fetchedAppsAs(registry, "ops:horse-battery"), 20000);
    process.kill();
    process.waitForFinished(10000);
    QVERIFY(!process.readAllStandardError().contains("horse-battery"));

    QProcess unset;
    unset.setProcessEnvironment(env);
    unset.start(dashboard, {QStringLiteral("--server"), url, QStringLiteral("--user"), QStringLiteral("ops"),
                            QStringLiteral("--password-env"), QStringLiteral("NOT_SET_ANYWHERE")});
    QVERIFY(unset.waitForFinished(30000));
    QCOMPARE(unset.exitCode(), 2);
    const QByteArray err = unset.readAllStandardError();
    QVERIFY2(err.contains("--password-env: $NOT_SET_ANYWHERE is not set"), err.constData());
}

// eureka-dashboard(1) is generated at build time from the options the program parses, without
// a display: every option of --help is in it, and groff reads it without a warning.
void tst_DashboardCli::manPageFromTheOptions()
{
    QProcess generate;
    generate.setProcessEnvironment(headless());
    generate.start(dashboard, {QStringLiteral("--generate"), QStringLiteral("man")});
    QVERIFY(generate.waitForFinished(30000));
    QCOMPARE(generate.exitCode(), 0);
    QFile built(QFileInfo(dashboard).absolutePath() + QStringLiteral("/eureka-dashboard.1"));
    QVERIFY(built.open(QIODevice::ReadOnly));
    QCOMPARE(built.readAll(), generate.readAllStandardOutput());

    const EurekaTest::RenderedManPage page = EurekaTest::renderManPage(built.fileName());
    QVERIFY2(page.ran, "man (Debian package man-db) did not run");
    QCOMPARE(page.warnings, QByteArray());
    const QByteArray rendered = page.text;

    QProcess help;
    help.setProcessEnvironment(headless());
    help.start(dashboard, {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(30000));
    static const QRegularExpression optionName(QStringLiteral("--[a-z][a-z-]+"));
    int seen = 0;
    for (const QRegularExpressionMatch &m : optionName.globalMatch(QString::fromUtf8(help.readAllStandardOutput()))) {
        QVERIFY2(rendered.contains(m.captured().toUtf8()), qPrintable(m.captured()));
        ++seen;
    }
    QVERIFY(seen >= 9); // --demo ... --language, --log-level, --log-file, --help, --version
}

QTEST_GUILESS_MAIN(tst_DashboardCli)
#include "tst_dashboardcli.moc"
