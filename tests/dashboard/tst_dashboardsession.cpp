// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// DashboardSession's lease refresh: which leases lapsed is worked out off the GUI thread
// (LeaseScan), and each lapse is recorded once, in the events view and in the history,
// against a real embedded registry over loopback.
#include "clientsetup.h"
#include "dashboardsession.h"
#include "dashboardtestutil.h"
#include "eventlogmodel.h"
#include "instancetablemodel.h"
#include "leasescan.h"
#include "statushistory.h"

#include <EurekaClient/applications.h>
#include <EurekaClient/registryserver.h>

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;
using namespace std::chrono_literals;

namespace {
constexpr qint64 T0 = 1'780'000'000'000; // ms since the epoch

InstanceInfo leased(const QString &app, const QString &id, qint64 lastRenewal)
{
    InstanceInfo info = EurekaTest::loopbackInstanceInfo(app, id);
    LeaseInfo lease = info.leaseInfo();
    lease.durationInSecs = 90;
    lease.lastRenewalTimestamp = lastRenewal;
    info.setLeaseInfo(lease);
    return info;
}

QStringList lapsedIds(const EventLogModel &events)
{
    QStringList ids;
    for (int row = 0; row < events.rowCount(); ++row) {
        if (events.eventAt(row).kind == HistoryEvent::Kind::LeaseLapsed)
            ids.append(events.eventAt(row).instanceId);
    }
    return ids;
}

} // namespace

class tst_DashboardSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scanFindsWhatLapsedSinceTheLastScan();
    void lapsesRecordedOnceOverLoopback();
};

void tst_DashboardSession::initTestCase()
{
    installEnglishTranslation();
    QStandardPaths::setTestModeEnabled(true); // the history's database goes to a scratch place
}

void tst_DashboardSession::scanFindsWhatLapsedSinceTheLastScan()
{
    Applications registry;
    registry.addInstance(leased(QStringLiteral("ORDERS"), QStringLiteral("o-1"), T0));          // lapsed before
    registry.addInstance(leased(QStringLiteral("ORDERS"), QStringLiteral("o-2"), T0));          // newly lapsed
    registry.addInstance(leased(QStringLiteral("ORDERS"), QStringLiteral("o-3"), T0 + 60'000)); // renewing
    registry.addInstance(leased(QStringLiteral("USERS"), QStringLiteral("u-1"), 0));            // never seen renewed
    registry.addInstance(leased(QStringLiteral("USERS"), QStringLiteral("u-2"), T0));           // newly lapsed
    const qint64 now = T0 + 100'000;

    LeaseScan scan = LeaseScan::scan(registry, {QStringLiteral("o-1"), QStringLiteral("gone")}, now, 10);
    QCOMPARE(scan.leases.size(), 5);
    QCOMPARE(scan.leases.value(QStringLiteral("o-3")).lastRenewalTimestamp, T0 + 60'000);
    QCOMPARE(*scan.lapsed, (QSet<QString>{QStringLiteral("o-1"), QStringLiteral("o-2"), QStringLiteral("u-2")}));
    QCOMPARE(scan.newlyLapsed.size(), 2);
    QVERIFY(scan.newlyLapsed.contains(qMakePair(QStringLiteral("ORDERS"), QStringLiteral("o-2"))));
    QVERIFY(scan.newlyLapsed.contains(qMakePair(QStringLiteral("USERS"), QStringLiteral("u-2"))));
    QCOMPARE(scan.events.size(), 2);
    QCOMPARE(scan.events.at(0).kind, HistoryEvent::Kind::LeaseLapsed);
    QCOMPARE(scan.events.at(0).at, now);

    // The events view keeps its maximum: no more events than that are made.
    scan = LeaseScan::scan(registry, {}, now, 1);
    QCOMPARE(scan.newlyLapsed.size(), 3);
    QCOMPARE(scan.events.size(), 1);
}

// Three instances stop renewing; one renews, then lapses again. Each lapse reaches the events
// view and the history exactly once, however many refreshes see it.
void tst_DashboardSession::lapsesRecordedOnceOverLoopback()
{
    qint64 serverNow = T0;
    RegistryServer::Options options;
    options.clock = [&] { return serverNow; };
    options.evictionInterval = 1h;            // lapsed leases stay, as in a partition
    options.responseCacheUpdateInterval = 0ms; // renewals show at once
    RegistryServer server(options);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    for (const char *id : {"o-1", "o-2", "o-3"})
        server.registerInstance(EurekaTest::loopbackInstanceInfo(QStringLiteral("ORDERS"), QString::fromLatin1(id)));

    ConnectionProfile profile;
    profile.name = QStringLiteral("tst-session-%1").arg(QCoreApplication::applicationPid());
    profile.serverUrls = {server.serviceUrl().toString()};
    profile.fetchInterval = 50ms;
    profile.leaseRefreshInterval = 20ms;
    QFile::remove(StatusHistory::defaultPath(profile.name));
    DashboardSession session(profile, QString(), nullptr);
    qint64 now = T0 + 10'000;
    session.history()->setClock([&] { return now; });
    session.start();
    QTRY_COMPARE_WITH_TIMEOUT(session.instances()->rowCount(), 3, 5000);

    now = T0 + 100'000; // 100 s without a renewal: all three leases have lapsed
    QTRY_COMPARE_WITH_TIMEOUT(lapsedIds(*session.events()).size(), 3, 5000);

    // o-2 renews (a heartbeat: no delta carries it, only the lease refresh shows it)...
    serverNow = T0 + 150'000;
    now = T0 + 160'000;
    QNetworkAccessManager network;
    QNetworkReply *renew = network.put(
        QNetworkRequest(server.serviceUrl().resolved(QUrl(QStringLiteral("apps/ORDERS/o-2")))), QByteArray());
    QSignalSpy renewed(renew, &QNetworkReply::finished);
    QVERIFY(renewed.wait(5000));
    QCOMPARE(renew->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete renew;
    const int row = session.instances()->rowOf(QStringLiteral("o-2"));
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(session.instances()->leaseTimingAt(row).lastRenewalTimestamp, serverNow, 5000);

    // ...and lapses again: recorded a second time, the others not again. The refreshes since
    // the first three lapses saw them again; a repeat would have come in the same insertion
    // as o-2's, and the count would jump past 4.
    now = T0 + 300'000;
    QTRY_COMPARE_WITH_TIMEOUT(lapsedIds(*session.events()).size(), 4, 5000);
    QCOMPARE(lapsedIds(*session.events()).first(), QStringLiteral("o-2"));

    // The history has the same four, from its own thread.
    QList<HistoryEvent> history;
    bool read = false;
    session.history()->recentEvents(100, [&](const QList<HistoryEvent> &events) {
        history = events;
        read = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, 5000);
    QStringList recorded;
    for (const HistoryEvent &event : std::as_const(history)) {
        if (event.kind == HistoryEvent::Kind::LeaseLapsed)
            recorded.append(event.instanceId);
    }
    recorded.sort();
    QCOMPARE(recorded, (QStringList{QStringLiteral("o-1"), QStringLiteral("o-2"), QStringLiteral("o-2"),
                                    QStringLiteral("o-3")}));
    session.stop();
}

QTEST_MAIN(tst_DashboardSession)
#include "tst_dashboardsession.moc"
