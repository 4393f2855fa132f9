// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// The peer servers' comparison: what each server lacks, where statuses differ, who is
// registered from which host; the differences model merging one comparison into the next;
// and PeerServers asking two real embedded registries over loopback.
#include "clientsetup.h"
#include "dashboardtestutil.h"
#include "peercomparison.h"
#include "peerdifferencemodel.h"
#include "peerservermodel.h"
#include "peerservers.h"

#include <EurekaClient/registryserver.h>

#include <QtNetwork/QNetworkAccessManager>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;

namespace {
InstanceInfo instance(const QString &app, const QString &id, InstanceStatus status = InstanceStatus::Up,
                      const QString &host = QStringLiteral("127.0.0.1"))
{
    InstanceInfo info = EurekaTest::loopbackInstanceInfo(app, id);
    info.setStatus(status);
    info.setHostName(host);
    return info;
}

Applications registryOf(const QList<InstanceInfo> &instances)
{
    Applications registry;
    for (const InstanceInfo &info : instances)
        registry.addInstance(info);
    return registry;
}
} // namespace

class tst_PeerServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installEnglishTranslation(); }
    void comparesWhatEachServerHolds();
    void allAgree();
    void differencesMergeRowByRow();
    void twoRealRegistries();
};

void tst_PeerServers::comparesWhatEachServerHolds()
{
    const QString a = QStringLiteral("http://eureka-a:8761/eureka/"), b = QStringLiteral("http://eureka-b:8761/eureka/"),
                  c = QStringLiteral("http://eureka-c:8761/eureka/");
    const PeerComparison result = PeerComparison::compare({
        {a, 1, {}, registryOf({instance(QStringLiteral("ORDERS"), QStringLiteral("o-1")), instance(QStringLiteral("ORDERS"), QStringLiteral("o-2")),
                               instance(QStringLiteral("EUREKA"), QStringLiteral("eureka-a"), InstanceStatus::Up, QStringLiteral("eureka-a"))})},
        {b, 2, {}, registryOf({instance(QStringLiteral("ORDERS"), QStringLiteral("o-1")),
                               instance(QStringLiteral("ORDERS"), QStringLiteral("o-2"), InstanceStatus::Down),
                               instance(QStringLiteral("USERS"), QStringLiteral("u-1"))})},
        {c, 3, QStringLiteral("Connection refused"), {}},
    });
    QCOMPARE(result.total, 4);
    QCOMPARE(result.servers.size(), 3);
    QCOMPARE(result.servers.at(0).instances, 3);
    QCOMPARE(result.servers.at(0).missing, 1); // u-1
    QCOMPARE(result.servers.at(0).differing, 1); // o-2
    QCOMPARE(result.servers.at(1).missing, 1); // eureka-a
    QCOMPARE(result.servers.at(1).up, 2);
    QCOMPARE(result.servers.at(2).instances, -1);
    QCOMPARE(result.servers.at(2).missing, 0); // no answer: nothing said about it
    // eureka-a is registered from its own host: its peers list it as available; b is not.
    QCOMPARE(result.servers.at(0).registeredAs, QStringList{QStringLiteral("EUREKA")});
    QVERIFY(result.servers.at(1).registeredAs.isEmpty());
    QCOMPARE(result.differences.size(), 3);
    QCOMPARE(result.differences.at(0).app, QStringLiteral("EUREKA"));
    QCOMPARE(result.differences.at(1).instanceId, QStringLiteral("o-2"));
    QCOMPARE(result.differences.at(1).statuses.at(0), std::optional(InstanceStatus::Up));
    QCOMPARE(result.differences.at(1).statuses.at(1), std::optional(InstanceStatus::Down));
    QCOMPARE(result.differences.at(1).statuses.at(2), std::nullopt);
    QCOMPARE(result.verdict(), QStringLiteral("eureka-a:8761 lacks 1 instance; eureka-b:8761 lacks 1 instance; eureka-c:8761 does not answer "
                                              "(Connection refused); 1 instance with different statuses: replication still "
                                              "catching up, or broken between them."));
}

void tst_PeerServers::allAgree()
{
    const Applications same = registryOf({instance(QStringLiteral("ORDERS"), QStringLiteral("o-1"))});
    const PeerComparison result = PeerComparison::compare({{QStringLiteral("http://a/eureka/"), 1, {}, same},
                                                          {QStringLiteral("http://b/eureka/"), 1, {}, same}});
    QVERIFY(result.differences.isEmpty());
    QCOMPARE(result.verdict(), QStringLiteral("All 2 servers hold the same 1 instances with the same statuses."));
}

void tst_PeerServers::differencesMergeRowByRow()
{
    PeerDifferenceModel model({QStringLiteral("http://a:8761/eureka/"), QStringLiteral("http://b/eureka/")});
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("a:8761"));
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("b"));
    using D = PeerComparison::Difference;
    const auto d = [](const char *app, const char *id, std::optional<InstanceStatus> s) {
        return D{QString::fromLatin1(app), QString::fromLatin1(id), {InstanceStatus::Up, s}};
    };
    model.setDifferences({d("A", "1", std::nullopt), d("B", "1", InstanceStatus::Down), d("C", "1", std::nullopt)});
    QCOMPARE(model.rowCount(), 3);
    QPersistentModelIndex b = model.index(1, 3);
    QCOMPARE(b.data().toString(), QStringLiteral("DOWN"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDifferences({d("B", "1", InstanceStatus::OutOfService), d("B", "2", std::nullopt), d("D", "1", std::nullopt)});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 2); // A 1, C 1
    QCOMPARE(inserted.size(), 2); // B 2, D 1
    QCOMPARE(changed.size(), 1); // B 1
    QVERIFY(b.isValid());
    QCOMPARE(b.row(), 0);
    QCOMPARE(b.data().toString(), QStringLiteral("OUT_OF_SERVICE"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("D"));
    QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("missing"));
}

// Two embedded registries that do not replicate (as two peers whose replication broke): one
// request each, compared, shown in the models.
void tst_PeerServers::twoRealRegistries()
{
    RegistryServer first, second;
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    first.registerInstance(instance(QStringLiteral("ORDERS"), QStringLiteral("o-1")));
    first.registerInstance(instance(QStringLiteral("ORDERS"), QStringLiteral("o-2")));
    second.registerInstance(instance(QStringLiteral("ORDERS"), QStringLiteral("o-1"), InstanceStatus::Down));
    ConnectionProfile profile;
    profile.name = QStringLiteral("peers");
    profile.serverUrls = {first.serviceUrl().toString(), second.serviceUrl().toString()};
    QNetworkAccessManager network;
    PeerServers peers(profile, QString(), &network);
    QSignalSpy compared(&peers, &PeerServers::compared);
    peers.refresh();
    QVERIFY(peers.isRefreshing());
    QVERIFY(compared.wait(10000));
    QCOMPARE(peers.servers()->rowCount(), 2);
    QCOMPARE(peers.servers()->serverAt(0).instances, 2);
    QCOMPARE(peers.servers()->serverAt(1).instances, 1);
    QCOMPARE(peers.servers()->serverAt(1).missing, 1);
    QCOMPARE(peers.differences()->rowCount(), 2);
    QCOMPARE(peers.differences()->index(0, 2).data().toString(), QStringLiteral("UP"));
    QCOMPARE(peers.differences()->index(0, 3).data().toString(), QStringLiteral("DOWN"));
    QCOMPARE(peers.differences()->index(1, 3).data().toString(), QStringLiteral("missing"));
    // The second server goes away: its row says why, the rest stays.
    second.close();
    peers.refresh();
    QVERIFY(compared.wait(20000));
    QCOMPARE(peers.servers()->serverAt(1).instances, -1);
    QVERIFY(!peers.servers()->serverAt(1).error.isEmpty());
    QVERIFY2(peers.verdict().contains(QStringLiteral("does not answer")), qPrintable(peers.verdict()));
}

QTEST_MAIN(tst_PeerServers)
#include "tst_peerservers.moc"
