// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
//
// The library's security promises: a planted password never reaches a log line, an error, a
// request trace or an exported file; the embedded registry binds loopback unless told otherwise;
// its basic auth refuses every near miss. (TLS verification against a self-signed server, and
// pinning for one named host, are in tst_transport.)
#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/eurekalogging.h>
#include <EurekaClient/eurekareply.h>
#include <EurekaClient/registryserver.h>

#include "httpprobe.h"
#include "scriptedserver.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;
using namespace std::chrono_literals;
using EurekaTest::HttpProbe;
using EurekaTest::ScriptedServer;

namespace {
const QString user = QStringLiteral("ops");
const QString planted = QStringLiteral("Planted-Pa55word-7f3a");
const QString plantedWrong = QStringLiteral("Planted-Wr0ng-9c1d");

// Every form a leaked secret could take on the page: as written, percent-encoded, in basic auth.
QStringList leakForms(const QString &password)
{
    return {password, QString::fromLatin1(QUrl::toPercentEncoding(password)),
            QString::fromLatin1((user + QLatin1Char(':') + password).toUtf8().toBase64())};
}
} // namespace

class tst_Security : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plantedPasswordNeverLeaks();
    void embeddedRegistryBindsLoopback();
    void basicAuthRefusesNearMisses_data();
    void basicAuthRefusesNearMisses();

private:
    ClientConfig config(const QStringList &servers, const QString &password) const;
};

ClientConfig tst_Security::config(const QStringList &servers, const QString &password) const
{
    ClientConfig c;
    c.serviceUrls = servers;
    c.username = user;
    c.password = password;
    c.registryFetchInterval = 50ms;
    c.requestTimeout = 300ms;
    c.backoffBound = 1;
    return c;
}

void tst_Security::plantedPasswordNeverLeaks()
{
    QStringList seen; // everything a user or an operator could read
    Logging::setLevel(Logging::Level::Debug);
    const int handler = Logging::addHandler([&seen](QtMsgType, const char *category, const QString &message) {
        seen.append(QString::fromLatin1(category) + QLatin1Char(' ') + message);
    });
    auto collect = [&seen](EurekaClient &client) {
        QObject::connect(&client, &EurekaClient::errorOccurred, &client,
                         [&seen](Operation, Error, const QString &text) { seen.append(text); });
    };

    RegistryServer::Options options;
    options.username = user;
    options.password = planted;
    RegistryServer server(options);
    QVERIFY(server.listen());
    QTemporaryDir dir;

    // The right password: registers, fetches, writes its cache file (an exported registry).
    ClientConfig good = config({server.serviceUrl().toString()}, planted);
    good.registryCacheFile = dir.filePath(QStringLiteral("registry.json"));
    InstanceConfig self;
    self.appName = QStringLiteral("orders");
    self.hostName = self.ipAddress = QStringLiteral("127.0.0.1");
    self.leaseRenewalInterval = 50ms;
    EurekaClient client(good, self);
    collect(client);
    QSignalSpy registered(&client, &EurekaClient::registered);
    client.start();
    QVERIFY(registered.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(good.registryCacheFile), 5000);

    // A wrong password, and credentials written into server URLs, one of them refusing.
    const QUrl refusing = ScriptedServer::refusingUrl();
    QUrl withCredentials = server.serviceUrl();
    withCredentials.setUserName(user);
    withCredentials.setPassword(plantedWrong);
    QUrl refusingWithCredentials = refusing;
    refusingWithCredentials.setUserName(user);
    refusingWithCredentials.setPassword(planted);
    EurekaClient wrong(config({refusingWithCredentials.toString(), withCredentials.toString()}, QString()), self);
    collect(wrong);
    QSignalSpy wrongErrors(&wrong, &EurekaClient::errorOccurred);
    wrong.start();
    QTRY_VERIFY_WITH_TIMEOUT(wrongErrors.size() >= 2, 5000);

    // An admin request's trace, as the dashboard shows it.
    EurekaReply *reply = wrong.fetchApplications();
    QSignalSpy finished(reply, &EurekaReply::finished);
    QVERIFY(finished.wait(5000));
    seen.append(reply->errorString());
    for (const ServerAttempt &attempt : reply->attempts())
        seen.append(attempt.endpoint.toDisplayString() + QLatin1Char(' ') + attempt.errorString + attempt.note);
    delete reply;
    seen.append(client.errorString() + wrong.errorString() + client.lastFetchServer() + wrong.lastFetchServer());

    client.stop();
    wrong.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!client.isRunning() && !wrong.isRunning(), 5000);
    Logging::removeHandler(handler);
    QFile cache(good.registryCacheFile);
    QVERIFY(cache.open(QIODevice::ReadOnly));
    seen.append(QString::fromUtf8(cache.readAll()));

    const QString everything = seen.join(QLatin1Char('\n'));
    QVERIFY(everything.contains(QStringLiteral("401"))); // the wrong password was seen and refused
    QVERIFY(everything.contains(QString::number(refusing.port())));
    for (const QString &form : leakForms(planted) + leakForms(plantedWrong))
        QVERIFY2(!everything.contains(form), qPrintable(QStringLiteral("leaked: ") + form));
}

void tst_Security::embeddedRegistryBindsLoopback()
{
    RegistryServer server;
    QCOMPARE(server.options().address, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(server.listen());
    QCOMPARE(server.address(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(server.serviceUrl().host(), QStringLiteral("127.0.0.1"));
}

void tst_Security::basicAuthRefusesNearMisses_data()
{
    QTest::addColumn<QString>("credentials");
    QTest::addColumn<int>("status");
    QTest::newRow("right") << user + QLatin1Char(':') + planted << 200;
    QTest::newRow("none") << QString() << 401;
    QTest::newRow("wrong user") << QStringLiteral("opz:") + planted << 401;
    QTest::newRow("same length, last character wrong") << user + QLatin1Char(':') + planted.chopped(1) + QLatin1Char('b') << 401;
    QTest::newRow("a prefix") << user + QLatin1Char(':') + planted.left(5) << 401;
    QTest::newRow("one character more") << user + QLatin1Char(':') + planted + QLatin1Char('x') << 401;
    QTest::newRow("empty password") << user + QLatin1Char(':') << 401;
}

void tst_Security::basicAuthRefusesNearMisses()
{
    QFETCH(QString, credentials);
    QFETCH(int, status);
    RegistryServer::Options options;
    options.username = user;
    options.password = planted;
    RegistryServer server(options);
    QVERIFY(server.listen());
    HttpProbe http(server.serviceUrl());
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!credentials.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Authorization", "Basic " + credentials.toUtf8().toBase64()));
    QCOMPARE(http.send("GET", QStringLiteral("apps"), {}, headers).status, status);
}

QTEST_GUILESS_MAIN(tst_Security)
#include "tst_security.moc"
