// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "scriptedserver.h"

#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/eurekalogging.h>
#include <EurekaClient/registryserver.h>
#include <EurekaClient/servicecaller.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMutex>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcLibraryLike, "eureka.client.test", QtDebugMsg)
Q_LOGGING_CATEGORY(lcApplication, "orders.app", QtDebugMsg)

namespace {
// What the application's own handler saw: installed before the library's routing.
QMutex appMutex;
QStringList appSeen;
void applicationHandler(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&appMutex);
    appSeen.append(QLatin1String(context.category) + QLatin1Char(' ') + message);
}
QStringList takeAppSeen()
{
    QMutexLocker lock(&appMutex);
    return std::exchange(appSeen, {});
}
} // namespace

class tst_Logging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void handlersGetOnlyTheLibrary();
    void levelFiltersTheLibrary();
    void rotatedFile();
    void redaction();
    void plantedPasswordReachesNoSink();
};

void tst_Logging::initTestCase()
{
    qInstallMessageHandler(applicationHandler);
}

void tst_Logging::handlersGetOnlyTheLibrary()
{
    QStringList seen;
    const int id = Logging::addHandler([&seen](QtMsgType, const char *category, const QString &message) {
        seen.append(QLatin1String(category) + QLatin1Char(' ') + message);
    });
    takeAppSeen();
    qCInfo(lcLibraryLike) << "from the library";
    qCInfo(lcApplication) << "from the application";
    QCOMPARE(seen, QStringList{QStringLiteral("eureka.client.test from the library")});
    // The application's own handler still sees everything.
    QCOMPARE(takeAppSeen(), (QStringList{QStringLiteral("eureka.client.test from the library"),
                                         QStringLiteral("orders.app from the application")}));
    Logging::setForwardToPreviousHandler(false);
    qCInfo(lcLibraryLike) << "only to our sinks";
    qCInfo(lcApplication) << "still the application's";
    QCOMPARE(takeAppSeen(), QStringList{QStringLiteral("orders.app still the application's")});
    QCOMPARE(seen.size(), 2);
    Logging::setForwardToPreviousHandler(true);
    Logging::removeHandler(id);
    qCInfo(lcLibraryLike) << "after removal";
    QCOMPARE(seen.size(), 2);
}

void tst_Logging::levelFiltersTheLibrary()
{
    QStringList seen;
    const int id = Logging::addHandler([&seen](QtMsgType, const char *, const QString &message) { seen.append(message); });
    Logging::setLevel(Logging::Level::Warning);
    qCInfo(lcLibraryLike) << "info hidden";
    qCWarning(lcLibraryLike) << "warning shown";
    qCDebug(lcApplication) << "the application's categories are not touched";
    QCOMPARE(seen, QStringList{QStringLiteral("warning shown")});
    QVERIFY(lcApplication().isDebugEnabled());
    Logging::setLevel(Logging::Level::Debug);
    qCDebug(lcLibraryLike) << "debug shown";
    QCOMPARE(seen.last(), QStringLiteral("debug shown"));
    Logging::setLevel(Logging::Level::Off);
    qCCritical(lcLibraryLike) << "nothing";
    QCOMPARE(seen.size(), 2);
    Logging::setLevel(Logging::Level::Info);
    Logging::removeHandler(id);
    Logging::Level level;
    QVERIFY(Logging::parseLevel(QStringLiteral(" Warning "), &level));
    QCOMPARE(level, Logging::Level::Warning);
    QVERIFY(!Logging::parseLevel(QStringLiteral("loud"), &level));
}

void tst_Logging::rotatedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("eureka.log"));
    QString error;
    QVERIFY2(Logging::setLogFile(path, 2048, 2, &error), qPrintable(error));
    for (int i = 0; i < 100; ++i)
        qCInfo(lcLibraryLike) << "line" << i << QByteArray(40, 'x');
    qCInfo(lcApplication) << "not in the library's file";
    Logging::closeLogFile();
    QStringList files = QDir(dir.path()).entryList(QDir::Files);
    files.sort();
    QCOMPARE(files, (QStringList{QStringLiteral("eureka.log"), QStringLiteral("eureka.log.1"), QStringLiteral("eureka.log.2")}));
    QFile current(path);
    QVERIFY(current.open(QIODevice::ReadOnly));
    const QByteArray text = current.readAll();
    QVERIFY(text.contains("info eureka.client.test: line 99"));
    QVERIFY(!text.contains("not in the library's file"));
    for (const QString &file : std::as_const(files))
        QVERIFY(QFileInfo(dir.filePath(file)).size() <= 2048);
    QVERIFY(!Logging::setLogFile(dir.filePath(QStringLiteral("no/such/dir/x.log")), 2048, 2, &error));
    QVERIFY(!error.isEmpty());
}

void tst_Logging::redaction()
{
    QCOMPARE(Logging::redact(QStringLiteral("GET http://ops:s3cret@eureka:8761/eureka/apps")),
             QStringLiteral("GET http://ops:****@eureka:8761/eureka/apps"));
    QCOMPARE(Logging::redact(QStringLiteral("Authorization: Basic b3BzOnMzY3JldA==")),
             QStringLiteral("Authorization: Basic ****"));
    QCOMPARE(Logging::redact(QStringLiteral("http://eureka:8761/eureka/ at 12:30")),
             QStringLiteral("http://eureka:8761/eureka/ at 12:30"));
}

// Every sink, with debug output on, while a client with credentials fails against servers
// that refuse or answer 401, and then succeeds: the planted password appears nowhere.
void tst_Logging::plantedPasswordReachesNoSink()
{
    const QString planted = QStringLiteral("Planted-Pa55word");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("eureka.log"));
    QVERIFY(Logging::setLogFile(path, 1024 * 1024, 2));
    QStringList handled;
    const int id = Logging::addHandler([&handled](QtMsgType, const char *, const QString &m) { handled.append(m); });
    Logging::setLevel(Logging::Level::Debug);
    takeAppSeen();

    RegistryServer::Options options;
    options.username = QStringLiteral("ops");
    options.password = planted;
    RegistryServer registry(options);
    QVERIFY(registry.listen());
    EurekaTest::ScriptedServer unauthorized([](const HttpRequest &) { return EurekaTest::ScriptedServer::response(401); });
    QUrl withPassword = registry.serviceUrl();
    withPassword.setUserName(QStringLiteral("ops"));
    withPassword.setPassword(planted);
    QUrl wrong = QUrl(QStringLiteral("http://127.0.0.1:%1/eureka/").arg(unauthorized.serverPort()));
    wrong.setUserName(QStringLiteral("ops"));
    wrong.setPassword(planted);
    QUrl refusing = EurekaTest::ScriptedServer::refusingUrl();
    refusing.setUserName(QStringLiteral("ops"));
    refusing.setPassword(planted);

    ClientConfig config;
    config.serviceUrls = {refusing.toString(), withPassword.toString()};
    config.password = planted;
    config.username = QStringLiteral("ops");
    config.registryFetchInterval = 50ms;
    config.requestTimeout = 1000ms;
    config.numberOfRetries = 3;
    InstanceConfig instance;
    instance.appName = QStringLiteral("ORDER-SERVICE");
    instance.hostName = QStringLiteral("127.0.0.1");
    instance.ipAddress = QStringLiteral("127.0.0.1");
    instance.leaseRenewalInterval = 50ms;
    instance.metadata = {{QStringLiteral("db.url"), QStringLiteral("jdbc:mysql://app:") + planted + QStringLiteral("@db/orders")}};
    EurekaClient client(config, instance);
    QSignalSpy registered(&client, &EurekaClient::registered);
    QSignalSpy errors(&client, &EurekaClient::errorOccurred);
    client.start();
    QVERIFY(registered.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(client.applications().instanceCount() == 1, 10000);
    // An admin call answered 401 by another server, with the password in its URL.
    ClientConfig other = config;
    other.serviceUrls = {wrong.toString()};
    EurekaClient admin(other, InstanceConfig());
    std::unique_ptr<EurekaReply> refused(admin.fetchApplications());
    QSignalSpy refusedDone(refused.get(), &EurekaReply::finished);
    QVERIFY(refusedDone.wait(5000));
    QCOMPARE(refused->httpStatus(), 401);
    qCWarning(lcLibraryLike).noquote() << "admin call failed:" << refused->errorString();
    QVERIFY(!refused->errorString().contains(planted));
    QSignalSpy stopped(&client, &EurekaClient::stopped);
    client.stop();
    QVERIFY(stopped.wait(5000));

    Logging::removeHandler(id);
    Logging::closeLogFile();
    Logging::setLevel(Logging::Level::Info);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString fileText = QString::fromUtf8(file.readAll());
    const QString handlerText = handled.join(QLatin1Char('\n'));
    const QString appText = takeAppSeen().join(QLatin1Char('\n'));
    QVERIFY(!handled.isEmpty()); // debug output of the transport was on: something was logged
    QVERIFY(handlerText.contains(QStringLiteral("127.0.0.1")));
    QVERIFY(!fileText.isEmpty());
    QVERIFY2(!fileText.contains(planted), qPrintable(fileText));
    QVERIFY2(!handlerText.contains(planted), qPrintable(handlerText));
    QVERIFY2(!appText.contains(planted), qPrintable(appText));
    for (const QList<QVariant> &error : std::as_const(errors))
        QVERIFY(!error.at(2).toString().contains(planted));
    QVERIFY(!client.errorString().contains(planted));
}

QTEST_GUILESS_MAIN(tst_Logging)
#include "tst_logging.moc"
