// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// docs/PORTING.md and its Chinese twin quote portingsnippets.cpp exactly (README.md quotes
// readmesnippets.cpp), and the snippets that only need loopback run here against the embedded
// registry. The others (real zones, DNS, Amazon, remote hosts) are compiled, which is what
// keeps them from rotting.
#include "portingsnippets.h"
#include "scriptedserver.h"

#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/eurekafacade.h>
#include <EurekaClient/eurekalogging.h>
#include <EurekaClient/registryserver.h>

#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;
using EurekaTest::ScriptedServer;
using namespace std::chrono_literals;

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString normalised(const QString &code)
{
    QStringList lines = code.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

// name -> code between "//! [name]" markers
QMap<QString, QString> snippets(const QString &source)
{
    QMap<QString, QString> result;
    static const QRegularExpression marker(QStringLiteral("//! \\[([a-z-]+)\\]\\n(.*?)//! \\[\\1\\]"),
                                           QRegularExpression::DotMatchesEverythingOption);
    for (const QRegularExpressionMatch &m : marker.globalMatch(source))
        result.insert(m.captured(1), normalised(m.captured(2)));
    return result;
}

// name -> the ```cpp block after "<!-- snippet: name -->"
QMap<QString, QString> quoted(const QString &markdown)
{
    QMap<QString, QString> result;
    static const QRegularExpression block(QStringLiteral("<!-- snippet: ([a-z-]+) -->\\s*```cpp\\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    for (const QRegularExpressionMatch &m : block.globalMatch(markdown))
        result.insert(m.captured(1), normalised(m.captured(2)));
    return result;
}

} // namespace

class tst_Porting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void documentsQuoteTheCode_data();
    void documentsQuoteTheCode();
    void facadeRegistersAndCalls();
    void errorCallback();
    void eurekaClientAndCustomHttpClient();
    void logging();

private:
    std::unique_ptr<RegistryServer> m_registry;
    std::unique_ptr<ScriptedServer> m_service;
    std::unique_ptr<EurekaClient> m_other;
};

void tst_Porting::initTestCase()
{
    m_registry = std::make_unique<RegistryServer>();
    QVERIFY(m_registry->listen());
    m_service = std::make_unique<ScriptedServer>([](const HttpRequest &) {
        return ScriptedServer::response(200, R"({"name":"ok"})", {{"Content-Type", "application/json"}});
    });
    ClientConfig config;
    config.serviceUrls = {m_registry->serviceUrl().toString()};
    config.shouldDiscover = false;
    InstanceConfig instance;
    instance.appName = QStringLiteral("OTHER-SERVICE-NAME");
    instance.hostName = QStringLiteral("127.0.0.1");
    instance.ipAddress = QStringLiteral("127.0.0.1");
    instance.port = m_service->serverPort();
    m_other = std::make_unique<EurekaClient>(config, instance);
    QSignalSpy registered(m_other.get(), &EurekaClient::registered);
    m_other->start();
    QVERIFY(registered.wait(5000));
}

void tst_Porting::cleanupTestCase()
{
    Facade::stopBlocking();
    m_other.reset();
}

void tst_Porting::documentsQuoteTheCode_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("atLeast");
    const QString porting = QStringLiteral(EUREKA_SOURCE_DIR "/tests/porting/portingsnippets.cpp");
    QTest::newRow("PORTING English") << QStringLiteral(EUREKA_SOURCE_DIR "/docs/PORTING.md") << porting << 18;
    QTest::newRow("PORTING Chinese") << QStringLiteral(EUREKA_SOURCE_DIR "/docs/PORTING.zh-CN.md") << porting << 18;
    // The Chinese README translates the example's comments and strings, so only the English one
    // is held to it; the API reference's main page shows the same file.
    QTest::newRow("README") << QStringLiteral(EUREKA_SOURCE_DIR "/README.md")
                            << QStringLiteral(EUREKA_SOURCE_DIR "/tests/porting/readmesnippets.cpp") << 1;
}

void tst_Porting::documentsQuoteTheCode()
{
    QFETCH(QString, document);
    QFETCH(QString, source);
    QFETCH(int, atLeast);
    const QMap<QString, QString> code = snippets(readFile(source));
    const QMap<QString, QString> docs = quoted(readFile(document));
    QVERIFY(code.size() >= atLeast);
    // Every snippet is in the document, exactly; the document quotes nothing else.
    for (auto it = code.cbegin(); it != code.cend(); ++it) {
        QVERIFY2(docs.contains(it.key()), qPrintable(QStringLiteral("%1 does not quote %2").arg(document, it.key())));
        QVERIFY2(docs.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: snippet %2 differs from %3").arg(document, it.key(), source)));
    }
    for (const QString &name : docs.keys())
        QVERIFY2(code.contains(name), qPrintable(QStringLiteral("%1 quotes an unknown snippet %2").arg(document, name)));
}

void tst_Porting::facadeRegistersAndCalls()
{
    PortingSnippets::initWithServerList(m_registry->serviceUrl().toString(), 9090);
    QTRY_VERIFY_WITH_TIMEOUT(Facade::getClient()->isRegistered(), 5000);
    QVERIFY(m_registry->applications().hasApplication(QStringLiteral("YOUR_APP_NAME")));
    QVERIFY(Facade::waitForRegistryBlocking(5000));

    ServiceCaller *caller = Facade::getServiceCaller();
    QSignalSpy traces(caller, &ServiceCaller::callTraced);
    PortingSnippets::doServiceString();
    PortingSnippets::doServiceJson();
    PortingSnippets::doServiceResponseObject();
    QTRY_COMPARE_WITH_TIMEOUT(traces.size(), 3, 5000);
    for (const QList<QVariant> &trace : std::as_const(traces))
        QCOMPARE(trace.at(0).value<CallTrace>().outcome, CallOutcome::Succeeded);
    PortingSnippets::doServiceBlocking();
    QCOMPARE(traces.size(), 4);
    PortingSnippets::walkNodes();
    QTRY_COMPARE_WITH_TIMEOUT(traces.size(), 5, 5000);
    QCOMPARE(traces.last().at(0).value<CallTrace>().outcome, CallOutcome::Succeeded);
    PortingSnippets::haStrategies();
    QTRY_COMPARE_WITH_TIMEOUT(traces.size(), 6, 5000);
    QCOMPARE(traces.last().at(0).value<CallTrace>().strategy, HaStrategy::Stick);
    QStringList hosts;
    PortingSnippets::registryQueries(&hosts);
    QCOMPARE(hosts, QStringList{QStringLiteral("127.0.0.1:%1").arg(m_service->serverPort())});
}

void tst_Porting::errorCallback()
{
    QStringList errors;
    PortingSnippets::errorCallback(ScriptedServer::refusingUrl().toString(), &errors);
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10000);
    QVERIFY(errors.first().startsWith(QStringLiteral("register: ")));
    Facade::stopBlocking();
}

void tst_Porting::eurekaClientAndCustomHttpClient()
{
    QObject app;
    const qsizetype before = m_registry->applications().instanceCount();
    PortingSnippets::eurekaClientClass(m_registry->serviceUrl().toString(), &app);
    QTRY_COMPARE_WITH_TIMEOUT(m_registry->applications().instanceCount(), before + 1, 5000);
    PortingSnippets::customHttpClient(m_registry->serviceUrl().toString());
    QTRY_COMPARE_WITH_TIMEOUT(m_registry->applications().instanceCount(), before + 2, 5000);
}

void tst_Porting::logging()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("eureka.log"));
    PortingSnippets::logging(file);
    PortingSnippets::initWithServerList(m_registry->serviceUrl().toString(), 9091);
    QTRY_VERIFY_WITH_TIMEOUT(Facade::getClient()->isRegistered(), 5000);
    Facade::stopBlocking();
    Logging::closeLogFile();
    Logging::setForwardToPreviousHandler(true);
    Logging::setLevel(Logging::Level::Info);
    const QString text = readFile(file);
    QVERIFY2(text.contains(QStringLiteral("eureka.client")), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_Porting)
#include "tst_porting.moc"
