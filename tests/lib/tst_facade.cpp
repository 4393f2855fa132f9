// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/eurekafacade.h>
#include <EurekaClient/registryserver.h>

#include "scriptedserver.h"

#include <QtCore/QJsonObject>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;
using EurekaTest::ScriptedServer;

class tst_Facade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void beforeInit();
    void portedPythonProgram();
    void onErrorGetsTheSeedsErrorTypes();
};

void tst_Facade::beforeInit()
{
    QVERIFY(!Facade::getClient());
    QCOMPARE(Facade::doServiceBlocking(QStringLiteral("A"), QStringLiteral("/")).error, Error::ConfigurationError);
    QVERIFY(!Facade::doService(QStringLiteral("A"), QStringLiteral("/")));
    Facade::stopBlocking(); // harmless
}

// The seed README's first example, line for line.
void tst_Facade::portedPythonProgram()
{
    RegistryServer server;
    QVERIFY(server.listen());
    ScriptedServer other([](const HttpRequest &r) {
        return ScriptedServer::response(200, R"({"path":")" + r.path + "\"}", {{"Content-Type", "application/json"}});
    });
    InstanceInfo info;
    info.setApp(QStringLiteral("OTHER-SERVICE-NAME"));
    info.setHostName(QStringLiteral("127.0.0.1"));
    info.setIpAddr(QStringLiteral("127.0.0.1"));
    info.setPort(other.serverPort());
    info.setInstanceId(QStringLiteral("other-1"));
    server.registerInstance(info);

    Facade::InitParams params;
    params.eureka_server = server.serviceUrl().toString() + QStringLiteral(",") + ScriptedServer::refusingUrl().toString();
    params.app_name = QStringLiteral("your_app_name");
    params.instance_host = QStringLiteral("127.0.0.1");
    params.instance_ip = QStringLiteral("127.0.0.1");
    params.instance_port = 9090;
    params.ha_strategy = HaStrategy::Random;
    params.renewal_interval_in_secs = 0.05;
    params.registry_fetch_interval_in_secs = 0.05;
    params.metadata = {{QStringLiteral("zone"), QStringLiteral("zone-a")}};
    EurekaClient *client = Facade::init(params);
    QCOMPARE(Facade::getClient(), client);
    QVERIFY(Facade::getServiceCaller());
    QTRY_VERIFY_WITH_TIMEOUT(!server.applications().instance(QStringLiteral("127.0.0.1:your_app_name:9090")).isNull(), 5000);
    QVERIFY(Facade::waitForRegistryBlocking(5000));

    // return_type="string", "json", "response_object"
    const Facade::ServiceResult res = Facade::doServiceBlocking(QStringLiteral("OTHER-SERVICE-NAME"), QStringLiteral("/service/context/path"));
    QVERIFY2(res.ok(), qPrintable(res.errorString));
    QCOMPARE(res.text(), QStringLiteral(R"({"path":"/service/context/path"})"));
    QCOMPARE(res.json().object().value(QLatin1String("path")).toString(), QStringLiteral("/service/context/path"));
    QCOMPARE(res.httpStatus, 200);
    QCOMPARE(res.traces.size(), 1);

    // walk_nodes with a walker that answers at once.
    QList<QUrl> walked;
    const Facade::ServiceResult walkedRes = Facade::walkNodesBlocking(
        QStringLiteral("OTHER-SERVICE-NAME"), QStringLiteral("/x"),
        [&walked](const QUrl &url) -> std::optional<QVariant> { walked.append(url); return QVariant(42); });
    QVERIFY(walkedRes.ok());
    QCOMPARE(walkedRes.walkResult.toInt(), 42);
    QCOMPARE(walked.size(), 1);
    QCOMPARE(walked.at(0).port(), int(other.serverPort()));
    const Facade::ServiceResult failed = Facade::walkNodesBlocking(QStringLiteral("OTHER-SERVICE-NAME"), QStringLiteral("/x"),
                                                                   [](const QUrl &) { return std::optional<QVariant>(); });
    QCOMPARE(failed.error, Error::RetryLimitReached);

    // stop(): the registration is cancelled.
    Facade::stopBlocking();
    QVERIFY(server.applications().instance(QStringLiteral("127.0.0.1:your_app_name:9090")).isNull());
}

void tst_Facade::onErrorGetsTheSeedsErrorTypes()
{
    QStringList types;
    Facade::InitParams params;
    params.eureka_server = ScriptedServer::refusingUrl().toString();
    params.app_name = QStringLiteral("python_module_1");
    params.instance_host = QStringLiteral("127.0.0.1");
    params.instance_ip = QStringLiteral("127.0.0.1");
    params.on_error = [&types](const QString &type, const QString &err) {
        QVERIFY(!err.isEmpty());
        types.append(type);
    };
    Facade::init(params);
    QTRY_VERIFY_WITH_TIMEOUT(types.contains(QLatin1String(Facade::ERROR_REGISTER)) && types.contains(QLatin1String(Facade::ERROR_DISCOVER)), 5000);
    Facade::stop();
}

QTEST_GUILESS_MAIN(tst_Facade)
#include "tst_facade.moc"
