// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "credentialstore.h"
#include "profilestore.h"

#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

class tst_CredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordsNeverReachTheSettingsFile();
    void memoryOnlyBackend();
    void profilesRoundTrip();
    void profileValidation();
    void clientConfigFromProfile();
};

static QString readBack(CredentialStore &store, const QString &profile)
{
    QString result = QStringLiteral("<none>");
    bool done = false;
    store.readPassword(profile, [&](const QString &password) {
        result = password;
        done = true;
    });
    // The keychain answers asynchronously (over D-Bus when there is one).
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qWarning("the keychain did not answer in 10 s");
    return result;
}

void tst_CredentialStore::passwordsNeverReachTheSettingsFile()
{
    // The real keychain when this desktop has one; on CI there is none, and the store must
    // say so and still work for the session.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("dashboard.ini")), QSettings::IniFormat);
    CredentialStore store;
    const QString planted = QStringLiteral("s3cr3t-planted-%1").arg(QCoreApplication::applicationPid());
    ConnectionProfile profile;
    profile.name = QStringLiteral("credential-test-%1").arg(QCoreApplication::applicationPid());
    profile.serverUrls = {QStringLiteral("http://127.0.0.1:1/eureka/")};
    profile.username = QStringLiteral("ops");
    ProfileStore::save(settings, {profile});
    store.writePassword(profile.name, planted);
    QCOMPARE(readBack(store, profile.name), planted);
    if (store.isFallbackActive())
        QVERIFY(!store.fallbackReason().isEmpty());
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("credential-test-"));
    QVERIFY(!contents.contains(planted.toUtf8()));
    store.deletePassword(profile.name);
}

void tst_CredentialStore::memoryOnlyBackend()
{
    CredentialStore store(CredentialStore::Backend::MemoryOnly);
    QVERIFY(store.isFallbackActive());
    QCOMPARE(readBack(store, QStringLiteral("p")), QString());
    store.writePassword(QStringLiteral("p"), QStringLiteral("pw"));
    QCOMPARE(readBack(store, QStringLiteral("p")), QStringLiteral("pw"));
    store.deletePassword(QStringLiteral("p"));
    QCOMPARE(readBack(store, QStringLiteral("p")), QString());
}

void tst_CredentialStore::profilesRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    ConnectionProfile a;
    a.name = QStringLiteral("生产");
    a.serverUrls = {QStringLiteral("http://eureka-1:8761/eureka/"), QStringLiteral("http://eureka-2:8761/eureka/")};
    a.zone = QStringLiteral("zone-a");
    a.readOnly = false;
    a.fetchInterval = std::chrono::seconds(10);
    ConnectionProfile b;
    b.name = QStringLiteral("dns");
    b.dnsDomain = QStringLiteral("example.com");
    ProfileStore::save(settings, {a, b});
    ProfileStore::setActiveProfile(settings, b.name);
    const QList<ConnectionProfile> loaded = ProfileStore::load(settings);
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.at(0).name, a.name);
    QCOMPARE(loaded.at(0).serverUrls, a.serverUrls);
    QCOMPARE(loaded.at(0).readOnly, false);
    QCOMPARE(loaded.at(0).fetchInterval, std::chrono::milliseconds(10000));
    QCOMPARE(loaded.at(1).readOnly, true); // the default for a new profile
    QCOMPARE(ProfileStore::activeProfile(settings), b.name);
}

void tst_CredentialStore::profileValidation()
{
    ConnectionProfile p;
    QVERIFY(!p.validate().isEmpty());
    p.name = QStringLiteral("x");
    QVERIFY(p.validate().contains(QStringLiteral("server URL")));
    p.serverUrls = {QStringLiteral("ftp://host/")};
    QVERIFY(p.validate().contains(QStringLiteral("ftp://host/")));
    p.serverUrls = {QStringLiteral("http://ops:hunter2@eureka:8761/eureka/")};
    const QString error = p.validate();
    QVERIFY(error.contains(QStringLiteral("password field")));
    QVERIFY(!error.contains(QStringLiteral("hunter2"))); // the error names the URL without the password
    p.serverUrls = {QStringLiteral("http://eureka:8761/eureka/")};
    QCOMPARE(p.validate(), QString());
    p.selfSignedHost = QStringLiteral("eureka");
    QVERIFY(!p.validate().isEmpty());
    p.selfSignedSha256 = QString(64, QLatin1Char('a'));
    QCOMPARE(p.validate(), QString());
}

// What a session's client is made from: a watcher (never registers), and its records in the
// heap, where the instance table's rows keep records of many decodes.
void tst_CredentialStore::clientConfigFromProfile()
{
    ConnectionProfile p;
    p.serverUrls = {QStringLiteral("http://eureka:8761/eureka/")};
    p.fetchInterval = std::chrono::milliseconds(7000);
    const Eureka::ClientConfig config = p.clientConfig(QStringLiteral("secret"));
    QCOMPARE(config.serviceUrls, p.serverUrls);
    QCOMPARE(config.password, QStringLiteral("secret"));
    QCOMPARE(config.registryFetchInterval, std::chrono::milliseconds(7000));
    QVERIFY(!config.shouldRegister);
    QVERIFY(config.shouldDiscover);
    QVERIFY(!config.registryRecordSlabs);
    QVERIFY(Eureka::ClientConfig().registryRecordSlabs); // the library's default
}

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
