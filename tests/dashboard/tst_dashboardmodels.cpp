// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "applicationlistmodel.h"
#include "clusterhealth.h"
#include "eventlogmodel.h"
#include "instancefilterproxy.h"
#include "instancetablemodel.h"
#include "viewexporter.h"

#include <EurekaClient/applications.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QAbstractItemModelTester>
#include "dashboardtestutil.h"
#include "zonematrixmodel.h"

#include <QtGui/QColor>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;

static InstanceInfo instance(const QString &app, int n, InstanceStatus status, const QString &zone = QStringLiteral("zone-a"))
{
    InstanceInfo info;
    info.setApp(app);
    info.setInstanceId(QStringLiteral("10.0.0.%1:%2:8080").arg(n).arg(app.toLower()));
    info.setHostName(QStringLiteral("host-%1").arg(n));
    info.setIpAddr(QStringLiteral("10.0.0.%1").arg(n));
    info.setPort(8080);
    info.setStatus(status);
    info.setMetadataValue(QStringLiteral("zone"), zone);
    info.setMetadataValue(QStringLiteral("version"), QStringLiteral("1.%1").arg(n));
    LeaseInfo lease;
    lease.renewalIntervalInSecs = 30;
    lease.durationInSecs = 90;
    lease.lastRenewalTimestamp = 1'000'000;
    lease.serviceUpTimestamp = 1'000'000;
    info.setLeaseInfo(lease);
    return info;
}

static RegistryChanges added(const QList<InstanceInfo> &infos)
{
    RegistryChanges c;
    c.added = infos;
    return c;
}

class tst_DashboardModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installEnglishTranslation(); }
    void instanceRowsChangeInPlace();
    void removalsKeepTheIndexRight();
    void leasesRefreshWithoutMovingBack();
    void applicationCounts();
    void applicationCountsOfInterleavedApplications();
    void proxyFilters();
    void proxyKeepsSortOnUpdates();
    void scatteredRemovalsLeaveTheViewInOneStep();
    void leaseTimingsFollowTheRows();
    void lapsedLeasesFilter();
    void problemsFilter();
    void zoneMatrix();
    void versionDrift();
    void metadataColumnsAndFilter();
    void eventLog();
    void renewalEstimate();
    void export_();
};

void tst_DashboardModels::instanceRowsChangeInPlace()
{
    InstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return qint64(1'012'000); });
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const InstanceInfo a = instance(QStringLiteral("ORDER"), 1, InstanceStatus::Up);
    const InstanceInfo b = instance(QStringLiteral("ORDER"), 2, InstanceStatus::Up);
    model.applyChanges(added({a, b}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 1); // one signal for the whole batch
    QCOMPARE(model.index(0, InstanceTableModel::LastRenewal).data().toString(), QStringLiteral("12 s ago"));
    QCOMPARE(model.index(1, InstanceTableModel::Version).data().toString(), QStringLiteral("1.2"));

    InstanceInfo down = b;
    down.setStatus(InstanceStatus::Down);
    RegistryChanges modified;
    modified.modified.append({b, down});
    model.applyChanges(modified);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1); // only that row
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 1);
    QCOMPARE(model.index(1, InstanceTableModel::Status).data(InstanceTableModel::StatusRole).toInt(), int(InstanceStatus::Down));

    // A re-registration of a shown instance updates its row; it is not a second row.
    model.applyChanges(added({a}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(reset.size(), 0);

    // Clock-driven texts move on without a row change (no proxy re-sorts every second).
    QSignalSpy moved(&model, &InstanceTableModel::timeTextsMoved);
    const qsizetype changesBefore = changed.size();
    model.refreshTimes();
    QCOMPARE(moved.size(), 1);
    QCOMPARE(changed.size(), changesBefore);
}

void tst_DashboardModels::removalsKeepTheIndexRight()
{
    InstanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<InstanceInfo> all;
    for (int i = 1; i <= 10; ++i)
        all.append(instance(QStringLiteral("APP"), i, InstanceStatus::Up));
    model.applyChanges(added(all));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    RegistryChanges gone;
    gone.removed = {all.at(2), all.at(3), all.at(7)}; // two runs: rows 2-3 and row 7
    model.applyChanges(gone);
    QCOMPARE(removed.size(), 2);
    QCOMPARE(model.rowCount(), 7);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.instanceAt(row).instanceId()), row);
    QCOMPARE(model.rowOf(all.at(3).instanceId()), -1);
    // Later changes still find the right rows.
    InstanceInfo down = all.at(9);
    down.setStatus(InstanceStatus::Down);
    RegistryChanges modified;
    modified.modified.append({all.at(9), down});
    model.applyChanges(modified);
    QCOMPARE(model.instanceAt(model.rowOf(down.instanceId())).status(), InstanceStatus::Down);
}

void tst_DashboardModels::leasesRefreshWithoutMovingBack()
{
    InstanceTableModel model;
    const InstanceInfo a = instance(QStringLiteral("APP"), 1, InstanceStatus::Up);
    model.applyChanges(added({a}));
    const InstanceInfo b = instance(QStringLiteral("APP"), 2, InstanceStatus::Up);
    model.applyChanges(added({b}));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    LeaseInfo lease = a.leaseInfo();
    lease.lastRenewalTimestamp += 30000;
    // Only leases come from a full registry: deltas own statuses.
    QHash<QString, LeaseInfo> fresh{{a.instanceId(), lease}, {b.instanceId(), lease}};
    // A slice of one row: the first row only, and where the next slice starts.
    QCOMPARE(model.updateLeases(fresh, 0, 1), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.instanceAt(0).leaseInfo().lastRenewalTimestamp, lease.lastRenewalTimestamp);
    QCOMPARE(model.instanceAt(1).leaseInfo().lastRenewalTimestamp, b.leaseInfo().lastRenewalTimestamp);
    QCOMPARE(model.instanceAt(0).status(), InstanceStatus::Up);
    QCOMPARE(model.updateLeases(fresh, 1, 100), 2);
    QCOMPARE(model.instanceAt(1).leaseInfo().lastRenewalTimestamp, lease.lastRenewalTimestamp);
    QCOMPARE(changed.size(), 2);
    // An older copy (a server's response cache) does not move renewals back.
    model.updateLeases({{a.instanceId(), a.leaseInfo()}}, 0, 100);
    QCOMPARE(model.instanceAt(0).leaseInfo().lastRenewalTimestamp, lease.lastRenewalTimestamp);
    QCOMPARE(changed.size(), 2);
    // Nor does a delta that carries the lease of the instance's last change with a new status.
    InstanceInfo down = a;
    down.setStatus(InstanceStatus::Down);
    RegistryChanges modified;
    modified.modified.append({a, down});
    model.applyChanges(modified);
    QCOMPARE(model.instanceAt(0).status(), InstanceStatus::Down);
    QCOMPARE(model.instanceAt(0).leaseInfo().lastRenewalTimestamp, lease.lastRenewalTimestamp);
    // The application column stays out of the change: a view sorted by it keeps its order
    // without the proxy moving the row.
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.last().at(0).value<QModelIndex>().column(), int(InstanceTableModel::InstanceId));
    // A re-registration (a new registration time) takes the new lease whole.
    InstanceInfo again = a;
    LeaseInfo fresher = a.leaseInfo();
    fresher.registrationTimestamp += 60000;
    fresher.lastRenewalTimestamp = fresher.registrationTimestamp;
    again.setLeaseInfo(fresher);
    model.applyChanges(added({again}));
    QCOMPARE(model.instanceAt(0).leaseInfo().registrationTimestamp, fresher.registrationTimestamp);
}

void tst_DashboardModels::applicationCounts()
{
    ApplicationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const InstanceInfo o1 = instance(QStringLiteral("ORDER"), 1, InstanceStatus::Up);
    const InstanceInfo o2 = instance(QStringLiteral("ORDER"), 2, InstanceStatus::OutOfService);
    const InstanceInfo u1 = instance(QStringLiteral("USER"), 3, InstanceStatus::Up);
    const InstanceInfo a1 = instance(QStringLiteral("AUTH"), 4, InstanceStatus::Starting);
    model.applyChanges(added({o1, o2, u1, a1}));
    QCOMPARE(model.applicationNames(), (QStringList{QStringLiteral("AUTH"), QStringLiteral("ORDER"), QStringLiteral("USER")}));
    QCOMPARE(model.count({}, ApplicationListModel::Total), 4);
    QCOMPARE(model.count(QStringLiteral("ORDER"), ApplicationListModel::OutOfService), 1);
    QCOMPARE(model.count(QStringLiteral("AUTH"), ApplicationListModel::Other), 1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    InstanceInfo o1down = o1;
    o1down.setStatus(InstanceStatus::Down);
    RegistryChanges c;
    c.modified.append({o1, o1down});
    model.applyChanges(c);
    QCOMPARE(model.count(QStringLiteral("ORDER"), ApplicationListModel::Up), 0);
    QCOMPARE(model.count(QStringLiteral("ORDER"), ApplicationListModel::Down), 1);
    QCOMPARE(changed.size(), 2); // the total row and ORDER, nothing else

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    RegistryChanges gone;
    gone.removed = {u1};
    model.applyChanges(gone);
    QCOMPARE(removed.size(), 1);
    QVERIFY(!model.applicationNames().contains(QStringLiteral("USER")));
    QCOMPARE(model.count({}, ApplicationListModel::Total), 3);
    QCOMPARE(reset.size(), 0);
}

// The model remembers the row of the last application a change touched: instances of
// applications that alternate, each new one inserted before the rows already there, must still
// be counted in their own rows.
void tst_DashboardModels::applicationCountsOfInterleavedApplications()
{
    ApplicationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString order = QStringLiteral("ORDER"), auth = QStringLiteral("AUTH"), billing = QStringLiteral("BILLING");
    const InstanceInfo o1 = instance(order, 1, InstanceStatus::Up), a2 = instance(auth, 2, InstanceStatus::Down);
    const InstanceInfo o3 = instance(order, 3, InstanceStatus::Up), b4 = instance(billing, 4, InstanceStatus::Up);
    const InstanceInfo a5 = instance(auth, 5, InstanceStatus::Up), o6 = instance(order, 6, InstanceStatus::Down);
    model.applyChanges(added({o1, a2, o3, b4, a5, o6}));
    QCOMPARE(model.applicationNames(), (QStringList{auth, billing, order}));
    QCOMPARE(model.count(order, ApplicationListModel::Total), 3);
    QCOMPARE(model.count(order, ApplicationListModel::Down), 1);
    QCOMPARE(model.count(auth, ApplicationListModel::Total), 2);
    QCOMPARE(model.count(auth, ApplicationListModel::Down), 1);
    QCOMPARE(model.count(billing, ApplicationListModel::Total), 1);
    // Modifications of alternating applications, one of them moving an instance to a new one.
    InstanceInfo a2up = a2, o6up = o6;
    a2up.setStatus(InstanceStatus::Up);
    o6up.setStatus(InstanceStatus::Up);
    InstanceInfo moved = instance(QStringLiteral("ACCOUNTS"), 3, InstanceStatus::Up);
    RegistryChanges c;
    c.modified = {{a2, a2up}, {o3, moved}, {o6, o6up}};
    model.applyChanges(c);
    QCOMPARE(model.applicationNames(), (QStringList{QStringLiteral("ACCOUNTS"), auth, billing, order}));
    QCOMPARE(model.count(auth, ApplicationListModel::Down), 0);
    QCOMPARE(model.count(auth, ApplicationListModel::Up), 2);
    QCOMPARE(model.count(order, ApplicationListModel::Total), 2);
    QCOMPARE(model.count(order, ApplicationListModel::Up), 2);
    QCOMPARE(model.count(QStringLiteral("ACCOUNTS"), ApplicationListModel::Total), 1);
    QCOMPARE(model.count({}, ApplicationListModel::Total), 6);
}

// Any metadata key as a column: inserted and removed as columns (through the sorting proxy too,
// with no reset and the rows' order kept), its value in the cells, sortable; "key=value" in the
// search keeps the rows with exactly that value.
void tst_DashboardModels::metadataColumnsAndFilter()
{
    InstanceTableModel model;
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    InstanceInfo a = instance(QStringLiteral("ORDER"), 1, InstanceStatus::Up), b = instance(QStringLiteral("ORDER"), 2, InstanceStatus::Up),
                 c = instance(QStringLiteral("USER"), 3, InstanceStatus::Up);
    a.setMetadataValue(QStringLiteral("team"), QStringLiteral("Payments"));
    b.setMetadataValue(QStringLiteral("team"), QStringLiteral("search"));
    model.applyChanges(added({a, b, c}));
    InstanceFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(InstanceTableModel::InstanceId, Qt::DescendingOrder);
    const QString firstBefore = proxy.index(0, InstanceTableModel::InstanceId).data().toString();
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy columnsInserted(&proxy, &QAbstractItemModel::columnsInserted);
    QSignalSpy columnsRemoved(&proxy, &QAbstractItemModel::columnsRemoved);

    model.setMetadataColumns({QStringLiteral("team"), QStringLiteral("version")});
    QCOMPARE(model.columnCount(), InstanceTableModel::ColumnCount + 2);
    QCOMPARE(proxy.columnCount(), InstanceTableModel::ColumnCount + 2);
    QCOMPARE(columnsInserted.size(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(proxy.index(0, InstanceTableModel::InstanceId).data().toString(), firstBefore); // order kept
    const int team = InstanceTableModel::ColumnCount;
    QCOMPARE(model.headerData(team, Qt::Horizontal).toString(), QStringLiteral("team"));
    QCOMPARE(model.headerData(team, Qt::Horizontal, InstanceTableModel::KeyRole).toString(), QStringLiteral("metadata.team"));
    QCOMPARE(model.index(0, team).data().toString(), QStringLiteral("Payments"));
    QCOMPARE(model.index(2, team).data().toString(), QString()); // USER has no team
    QCOMPARE(model.index(1, team + 1).data().toString(), QStringLiteral("1.2"));
    proxy.sort(team, Qt::AscendingOrder);
    QCOMPARE(proxy.index(1, team).data().toString(), QStringLiteral("Payments"));
    QCOMPARE(proxy.index(2, team).data().toString(), QStringLiteral("search"));

    proxy.setSearchText(QStringLiteral("team=payments"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, InstanceTableModel::Ip).data().toString(), QStringLiteral("10.0.0.1"));
    proxy.setSearchText(QStringLiteral("order team=search"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("team=pay")); // exactly the value, not a part of it
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText({});

    // Removing the column the rows are sorted by keeps the rows where they are.
    model.setMetadataColumns({QStringLiteral("version")});
    QCOMPARE(columnsRemoved.size(), 1);
    QCOMPARE(proxy.columnCount(), InstanceTableModel::ColumnCount + 1);
    QCOMPARE(proxy.headerData(team, Qt::Horizontal).toString(), QStringLiteral("version"));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(proxy.rowCount(), 3);
}

void tst_DashboardModels::proxyFilters()
{
    InstanceTableModel model;
    model.applyChanges(added({instance(QStringLiteral("ORDER"), 1, InstanceStatus::Up, QStringLiteral("zone-a")),
                              instance(QStringLiteral("ORDER"), 2, InstanceStatus::Down, QStringLiteral("zone-b")),
                              instance(QStringLiteral("USER"), 3, InstanceStatus::Up, QStringLiteral("zone-b"))}));
    InstanceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setApplication(QStringLiteral("ORDER"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setZone(QStringLiteral("zone-b"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setApplication({});
    proxy.setStatus(InstanceStatus::Up);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, InstanceTableModel::App).data().toString(), QStringLiteral("USER"));
    proxy.setZone({});
    proxy.setStatus(std::nullopt);
    // Every word must match, over names, hosts, IPs and metadata values, ignoring case.
    proxy.setSearchText(QStringLiteral("order 1.2"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, InstanceTableModel::Ip).data().toString(), QStringLiteral("10.0.0.2"));
    proxy.setSearchText(QStringLiteral("HOST-3"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("nothing-like-this"));
    QCOMPARE(proxy.rowCount(), 0);
    // A live change makes a row match: it appears without a reset.
    proxy.setSearchText({});
    proxy.setStatus(InstanceStatus::Down);
    QCOMPARE(proxy.rowCount(), 1);
    const InstanceInfo u = model.instanceAt(2);
    InstanceInfo uDown = u;
    uDown.setStatus(InstanceStatus::Down);
    RegistryChanges c;
    c.modified.append({u, uDown});
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    model.applyChanges(c);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(reset.size(), 0);
}

void tst_DashboardModels::proxyKeepsSortOnUpdates()
{
    InstanceTableModel model;
    model.applyChanges(added({instance(QStringLiteral("B"), 1, InstanceStatus::Up),
                              instance(QStringLiteral("C"), 2, InstanceStatus::Up)}));
    InstanceFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(InstanceTableModel::App);
    model.applyChanges(added({instance(QStringLiteral("A"), 3, InstanceStatus::Up)}));
    QCOMPARE(proxy.index(0, InstanceTableModel::App).data().toString(), QStringLiteral("A"));
    // Port sorts as a number, not as text.
    InstanceInfo p = instance(QStringLiteral("D"), 4, InstanceStatus::Up);
    p.setPort(900);
    model.applyChanges(added({p}));
    proxy.sort(InstanceTableModel::Port);
    QCOMPARE(proxy.index(0, InstanceTableModel::Port).data().toInt(), 900);
}

// A delta's removals are spread over the sorted table: the view loses them in one layout
// change and one block, not one removal signal each, and keeps its selection.
void tst_DashboardModels::scatteredRemovalsLeaveTheViewInOneStep()
{
    InstanceTableModel model;
    QList<InstanceInfo> fleet;
    for (int i = 0; i < 200; ++i)
        fleet.append(instance(QStringLiteral("APP-%1").arg(i % 17), i, InstanceStatus::Up));
    model.applyChanges(added(fleet));
    InstanceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(InstanceTableModel::InstanceId);
    const QPersistentModelIndex kept = proxy.index(100, InstanceTableModel::InstanceId);
    const QString keptId = kept.data().toString();
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    RegistryChanges gone;
    for (int i = 0; i < 200; i += 9) {
        if (fleet.at(i).instanceId() != keptId)
            gone.removed.append(fleet.at(i));
    }
    model.applyChanges(gone);
    QCOMPARE(proxy.rowCount(), 200 - gone.removed.size());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(layout.size(), 1);
    QCOMPARE(kept.data().toString(), keptId);
    QSet<QString> shown, expected;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.insert(proxy.index(row, InstanceTableModel::InstanceId).data().toString());
    for (const InstanceInfo &info : std::as_const(fleet))
        expected.insert(info.instanceId());
    for (const InstanceInfo &info : std::as_const(gone.removed))
        expected.remove(info.instanceId());
    QCOMPARE(shown, expected);
}

// What the renewal estimate reads each second: one timing per shown row, current after
// removals (freed slots are skipped), re-registrations and lease refreshes.
void tst_DashboardModels::leaseTimingsFollowTheRows()
{
    InstanceTableModel model;
    QList<InstanceInfo> fleet;
    for (int i = 0; i < 6; ++i)
        fleet.append(instance(QStringLiteral("APP"), i, InstanceStatus::Up));
    model.applyChanges(added(fleet));
    RegistryChanges gone;
    gone.removed = {fleet.at(1), fleet.at(4)};
    model.applyChanges(gone);
    QHash<QString, LeaseInfo> fresh;
    LeaseInfo renewed = fleet.at(2).leaseInfo();
    renewed.lastRenewalTimestamp = 5'000'000;
    renewed.renewalIntervalInSecs = 10;
    fresh.insert(fleet.at(2).instanceId(), renewed);
    model.updateLeases(fresh, 0, model.rowCount());
    QList<qint64> renewals;
    int intervals = 0;
    model.forEachLeaseTiming([&](const LeaseTiming &t) {
        renewals.append(t.lastRenewalTimestamp);
        intervals += t.renewalIntervalInSecs;
    });
    std::sort(renewals.begin(), renewals.end());
    QCOMPARE(renewals, (QList<qint64>{1'000'000, 1'000'000, 1'000'000, 5'000'000}));
    QCOMPARE(intervals, 30 + 30 + 30 + 10);
    model.applyChanges(added({fleet.at(1)})); // back, in a freed slot
    int count = 0;
    model.forEachLeaseTiming([&](const LeaseTiming &) { ++count; });
    QCOMPARE(count, 5);
}

// "Lease lapsed": rows not renewed for longer than their lease duration, as of the proxy's clock,
// which moves without any change to the data; and the health strip's count agrees.
void tst_DashboardModels::lapsedLeasesFilter()
{
    InstanceTableModel model;
    QList<InstanceInfo> fleet;
    for (int i = 0; i < 4; ++i)
        fleet.append(instance(QStringLiteral("APP"), i, InstanceStatus::Up));
    model.applyChanges(added(fleet));
    QHash<QString, LeaseInfo> leases;
    for (int i = 0; i < 4; ++i) {
        LeaseInfo lease = fleet.at(i).leaseInfo();
        lease.durationInSecs = 90;
        lease.lastRenewalTimestamp = 1'000'000 + i * 60'000; // 1.0, 1.06, 1.12, 1.18 million ms
        leases.insert(fleet.at(i).instanceId(), lease);
    }
    model.updateLeases(leases, 0, model.rowCount());
    qint64 now = 1'050'000;
    InstanceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setClock([&now] { return now; });
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setLapsedOnly(true);
    QCOMPARE(proxy.rowCount(), 0); // every lease is younger than 90 s
    now += 60'000; // the first is now 110 s old, the second 50 s
    QCOMPARE(proxy.rowCount(), 0); // the clock alone does not filter again...
    proxy.refreshLapsed();         // ...the view's timer does
    QCOMPARE(proxy.rowCount(), 1);
    now += 60'000;
    proxy.refreshLapsed();
    QCOMPARE(proxy.rowCount(), 2);
    ClusterHealth::Renewals renewals;
    model.forEachLeaseTiming([&](const LeaseTiming &t) {
        renewals.add(t.lastRenewalTimestamp, t.renewalIntervalInSecs, t.durationInSecs, now);
    });
    QCOMPARE(renewals.lapsed, 2);
    // A renewal brings a row back among the living.
    LeaseInfo renewed = leases.value(fleet.at(0).instanceId());
    renewed.lastRenewalTimestamp = now;
    model.updateLeases({{fleet.at(0).instanceId(), renewed}}, 0, model.rowCount());
    proxy.refreshLapsed();
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setLapsedOnly(false);
    QCOMPARE(proxy.rowCount(), 4);
}

// ctrl-z's filter: DOWN, OUT_OF_SERVICE, or a lease not renewed in time; nothing else.
void tst_DashboardModels::problemsFilter()
{
    InstanceTableModel model;
    model.applyChanges(added({instance(QStringLiteral("APP"), 1, InstanceStatus::Up),
                              instance(QStringLiteral("APP"), 2, InstanceStatus::Down),
                              instance(QStringLiteral("APP"), 3, InstanceStatus::OutOfService),
                              instance(QStringLiteral("APP"), 4, InstanceStatus::Starting),
                              instance(QStringLiteral("APP"), 5, InstanceStatus::Up)}));
    qint64 now = 1'010'000; // every lease renewed 10 s ago
    InstanceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setClock([&now] { return now; });
    proxy.setSourceModel(&model);
    proxy.setProblemsOnly(true);
    QStringList hosts;
    for (int row = 0; row < proxy.rowCount(); ++row)
        hosts.append(proxy.index(row, InstanceTableModel::Host).data().toString());
    hosts.sort();
    QCOMPARE(hosts, (QStringList{QStringLiteral("host-2"), QStringLiteral("host-3")}));
    // Instance 5 stops renewing: 100 s later its lease has lapsed; the others renewed.
    QHash<QString, LeaseInfo> leases;
    for (int row = 0; row < model.rowCount(); ++row) {
        LeaseInfo lease = model.instanceAt(row).leaseInfo();
        lease.lastRenewalTimestamp = model.instanceAt(row).hostName() == QLatin1String("host-5") ? 1'000'000 : 1'100'000;
        leases.insert(model.instanceAt(row).instanceId(), lease);
    }
    model.updateLeases(leases, 0, model.rowCount());
    now = 1'110'000;
    proxy.refreshLapsed();
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setProblemsOnly(false);
    QCOMPARE(proxy.rowCount(), 5);
}

// Applications by zone, UP/total per cell, a flag for a service one zone can take down; every
// change adjusts counts in place (no reset), zones and applications come and go.
void tst_DashboardModels::zoneMatrix()
{
    ZoneMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const InstanceInfo orderA = instance(QStringLiteral("ORDERS"), 1, InstanceStatus::Up, QStringLiteral("zone-a"));
    const InstanceInfo orderB = instance(QStringLiteral("ORDERS"), 2, InstanceStatus::Up, QStringLiteral("zone-b"));
    const InstanceInfo userA1 = instance(QStringLiteral("USERS"), 3, InstanceStatus::Up, QStringLiteral("zone-a"));
    const InstanceInfo userA2 = instance(QStringLiteral("USERS"), 4, InstanceStatus::Up, QStringLiteral("zone-a"));
    const InstanceInfo userB = instance(QStringLiteral("USERS"), 5, InstanceStatus::Down, QStringLiteral("zone-b"));
    model.applyChanges(added({userA1, orderB, orderA, userA2, userB}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 4); // application, zone-a, zone-b, spread
    QCOMPARE(model.zones(), (QStringList{QStringLiteral("zone-a"), QStringLiteral("zone-b")}));
    auto cell = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, 0), QStringLiteral("ORDERS"));
    QCOMPARE(cell(0, 1), QStringLiteral("1/1"));
    QCOMPARE(cell(1, 1), QStringLiteral("2/2"));
    QCOMPARE(cell(1, 2), QStringLiteral("0/1"));
    // USERS' UP instances are all in zone-a: flagged; ORDERS is spread.
    QCOMPARE(model.singleZoneApplications(), QStringList{QStringLiteral("USERS")});
    QCOMPARE(cell(1, 3), QStringLiteral("UP in 1 of 2"));
    QVERIFY(model.index(1, 3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("losing that zone")));
    // Colours: all UP, none UP.
    const QColor allUp = model.index(1, 1).data(Qt::BackgroundRole).value<QBrush>().color();
    const QColor noneUp = model.index(1, 2).data(Qt::BackgroundRole).value<QBrush>().color();
    QVERIFY(allUp.green() > allUp.red() && noneUp.red() > noneUp.green());
    QCOMPARE(model.index(1, 2).data(ZoneMatrixModel::ZoneRole).toString(), QStringLiteral("zone-b"));
    QCOMPARE(model.index(1, 2).data(ZoneMatrixModel::AppNameRole).toString(), QStringLiteral("USERS"));

    // USERS in zone-b comes UP: the cell changes in place and the flag goes.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    InstanceInfo userBUp = userB;
    userBUp.setStatus(InstanceStatus::Up);
    RegistryChanges up;
    up.modified.append({userB, userBUp});
    model.applyChanges(up);
    QCOMPARE(cell(1, 2), QStringLiteral("1/1"));
    QVERIFY(model.singleZoneApplications().isEmpty());
    QVERIFY(!changed.isEmpty());

    // A third zone appears, then the last instance of zone-b leaves: columns follow.
    model.applyChanges(added({instance(QStringLiteral("ORDERS"), 6, InstanceStatus::Up, QStringLiteral("zone-c"))}));
    QCOMPARE(model.zones().size(), 3);
    QCOMPARE(cell(0, 4), QStringLiteral("UP in 3 of 3"));
    RegistryChanges gone;
    gone.removed = {orderB, userBUp};
    model.applyChanges(gone);
    QCOMPARE(model.zones(), (QStringList{QStringLiteral("zone-a"), QStringLiteral("zone-c")}));
    QCOMPARE(model.singleZoneApplications(), QStringList{QStringLiteral("USERS")});
    // An application's last instance leaving removes its row.
    RegistryChanges usersGone;
    usersGone.removed = {userA1, userA2};
    model.applyChanges(usersGone);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(resets.size(), 0);
}

// An application whose instances report different versions is flagged, with the versions and
// how many instances run each; it clears when they converge.
void tst_DashboardModels::versionDrift()
{
    ApplicationListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto withVersion = [](int n, const QString &version) {
        InstanceInfo info = instance(QStringLiteral("ORDERS"), n, InstanceStatus::Up);
        info.setMetadataValue(QStringLiteral("version"), version);
        return info;
    };
    const InstanceInfo a = withVersion(1, QStringLiteral("2.3.1")), b = withVersion(2, QStringLiteral("2.3.1"));
    const InstanceInfo canary = withVersion(3, QStringLiteral("2.4.0"));
    model.applyChanges(added({a, b}));
    QVERIFY(model.versionDrift().isEmpty());
    model.applyChanges(added({canary}));
    QCOMPARE(model.versionDrift(), QStringList{QStringLiteral("ORDERS")});
    const QModelIndex orders = model.index(1, ApplicationListModel::Name);
    QCOMPARE(orders.data(ApplicationListModel::VersionsRole).toStringList(),
             (QStringList{QStringLiteral("2.3.1"), QStringLiteral("2.4.0")}));
    QVERIFY(orders.data(Qt::DecorationRole).canConvert<QColor>());
    const QString tip = orders.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("2.3.1 on 2 instances")) && tip.contains(QStringLiteral("2.4.0 on 1 instance")),
             qPrintable(tip));
    // The rollout finishes: the old instances move to 2.4.0, and the flag goes.
    RegistryChanges rolled;
    rolled.modified = {{a, withVersion(1, QStringLiteral("2.4.0"))}, {b, withVersion(2, QStringLiteral("2.4.0"))}};
    model.applyChanges(rolled);
    QVERIFY(model.versionDrift().isEmpty());
    QVERIFY(!orders.data(Qt::DecorationRole).isValid());
}

void tst_DashboardModels::eventLog()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaximumEvents(3);
    const InstanceInfo a = instance(QStringLiteral("ORDER"), 1, InstanceStatus::Up);
    model.applyChanges(added({a, instance(QStringLiteral("ORDER"), 2, InstanceStatus::Up)}), true);
    QCOMPARE(model.rowCount(), 1); // the first fetch is one summary line
    InstanceInfo down = a;
    down.setStatus(InstanceStatus::Down);
    RegistryChanges c;
    c.modified.append({a, down});
    model.applyChanges(c);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.eventAt(0).kind, EventLogModel::Kind::StatusChanged);
    QCOMPARE(model.index(0, EventLogModel::Change).data().toString(), QStringLiteral("UP → DOWN"));
    RegistryChanges more;
    more.added = {instance(QStringLiteral("USER"), 3, InstanceStatus::Up), instance(QStringLiteral("USER"), 4, InstanceStatus::Up)};
    model.applyChanges(more);
    QCOMPARE(model.rowCount(), 3); // bounded: the oldest went
    QCOMPARE(model.eventAt(2).kind, EventLogModel::Kind::StatusChanged);

    // Leases that lapsed together (a fleet cut off from the registry) come in one insertion.
    model.setMaximumEvents(1000);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QList<EventLogModel::Event> lapsed;
    for (int i = 0; i < 500; ++i)
        lapsed.append({7, EventLogModel::Kind::LeaseLapsed, QStringLiteral("FLEET"), QStringLiteral("f-%1").arg(i),
                       InstanceStatus::Up, InstanceStatus::Up});
    model.addEvents(lapsed);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 503);
    QCOMPARE(model.eventAt(0).instanceId, QStringLiteral("f-499")); // the last of a batch on top
    QCOMPARE(model.eventAt(502).kind, EventLogModel::Kind::StatusChanged); // the events before, below

    // More at once than the log keeps (a delta that touches the whole fleet): the newest stay.
    model.setMaximumEvents(100);
    model.addEvents(lapsed);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.eventAt(0).instanceId, QStringLiteral("f-499"));
    QCOMPARE(model.eventAt(99).instanceId, QStringLiteral("f-400"));
}

void tst_DashboardModels::renewalEstimate()
{
    const qint64 now = 10'000'000;
    QList<InstanceInfo> fleet;
    for (int i = 1; i <= 10; ++i) {
        InstanceInfo info = instance(QStringLiteral("APP"), i, InstanceStatus::Up);
        LeaseInfo lease = info.leaseInfo();
        lease.lastRenewalTimestamp = now - 20000;
        info.setLeaseInfo(lease);
        fleet.append(info);
    }
    const auto leasesOf = [](const QList<InstanceInfo> &instances) {
        QList<LeaseInfo> leases;
        for (const InstanceInfo &info : instances)
            leases.append(info.leaseInfo());
        return leases;
    };
    ClusterHealth::Renewals r = ClusterHealth::estimateRenewals(leasesOf(fleet), now);
    QCOMPARE(r.expectedPerMinute, 20.0);
    QCOMPARE(r.threshold, 17.0);
    QVERIFY(!r.belowThreshold());
    // Two leases ran out without renewals: 16 a minute is below the 85 % threshold.
    for (int i = 0; i < 2; ++i) {
        LeaseInfo lease = fleet[i].leaseInfo();
        lease.lastRenewalTimestamp = now - 91000;
        fleet[i].setLeaseInfo(lease);
    }
    r = ClusterHealth::estimateRenewals(leasesOf(fleet), now);
    QCOMPARE(r.observedPerMinute, 16.0);
    QCOMPARE(r.lapsed, 2);
    QVERIFY(r.belowThreshold());
}

void tst_DashboardModels::export_()
{
    InstanceTableModel model;
    InstanceInfo tricky = instance(QStringLiteral("ORDER"), 1, InstanceStatus::Up);
    tricky.setHostName(QStringLiteral("订单,\"主\""));
    model.applyChanges(added({tricky, instance(QStringLiteral("USER"), 2, InstanceStatus::Down)}));
    InstanceFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setStatus(InstanceStatus::Down); // the export is the view, as filtered
    const QByteArray csv = ViewExporter::toCsv(proxy);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csv.count("\r\n"), 2);
    QVERIFY(csv.contains("USER"));
    QVERIFY(!csv.contains("ORDER"));
    proxy.setStatus(std::nullopt);
    QVERIFY(ViewExporter::toCsv(proxy).contains(QStringLiteral("\"订单,\"\"主\"\"\"").toUtf8()));
    const QJsonArray rows = QJsonDocument::fromJson(ViewExporter::toJson(proxy, InstanceTableModel::KeyRole)).array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("hostName")).toString(), QStringLiteral("订单,\"主\""));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("DOWN"));
}

QTEST_GUILESS_MAIN(tst_DashboardModels)
#include "tst_dashboardmodels.moc"
