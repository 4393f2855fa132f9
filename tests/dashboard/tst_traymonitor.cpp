// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "traymonitor.h"

#include "dashboardtestutil.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;
using namespace std::chrono_literals;

class tst_TrayMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installEnglishTranslation(); }
    void stateSummarisesClusters();
    void flappingIsOneLine();
    void manyChangesAreOneNotification();
    void pausedDropsNotifications();
    void unreachableIsNews();
    void graceMuteAndReminderOnATestClock();
};

static TrayMonitor::ClusterSummary summary(bool reachable, int up, int down = 0, int oos = 0)
{
    TrayMonitor::ClusterSummary s;
    s.reachable = reachable;
    s.up = up;
    s.down = down;
    s.outOfService = oos;
    s.total = up + down + oos;
    return s;
}

void tst_TrayMonitor::stateSummarisesClusters()
{
    TrayMonitor monitor;
    QSignalSpy state(&monitor, &TrayMonitor::stateChanged);
    QCOMPARE(monitor.state(), TrayMonitor::State::NoData);
    monitor.setCluster(QStringLiteral("prod"), summary(true, 10));
    QCOMPARE(monitor.state(), TrayMonitor::State::AllUp);
    QCOMPARE(monitor.toolTip(), QStringLiteral("prod: all 10 instances UP"));
    monitor.setCluster(QStringLiteral("test"), summary(true, 3, 1));
    QCOMPARE(monitor.state(), TrayMonitor::State::Degraded);
    QVERIFY(monitor.toolTip().contains(QStringLiteral("test: 3 UP, 1 DOWN")));
    monitor.setCluster(QStringLiteral("prod"), summary(false, 10));
    QCOMPARE(monitor.state(), TrayMonitor::State::Unreachable); // the worst cluster wins
    monitor.removeCluster(QStringLiteral("prod"));
    QCOMPARE(monitor.state(), TrayMonitor::State::Degraded);
    QCOMPARE(state.size(), 4);
}

void tst_TrayMonitor::flappingIsOneLine()
{
    TrayMonitor monitor;
    monitor.setDebounceInterval(50ms);
    monitor.setAlertPolicy(QStringLiteral("prod"), {0, 0}); // told at once
    QSignalSpy notes(&monitor, &TrayMonitor::notificationRequested);
    const QString app = QStringLiteral("ORDER"), id = QStringLiteral("o-1");
    for (int i = 0; i < 3; ++i) {
        monitor.recordStatusChange(QStringLiteral("prod"), app, id, InstanceStatus::Up, InstanceStatus::Down);
        monitor.recordStatusChange(QStringLiteral("prod"), app, id, InstanceStatus::Down, InstanceStatus::Up);
    }
    QTRY_COMPARE_WITH_TIMEOUT(notes.size(), 1, 2000);
    const QString message = notes.at(0).at(1).toString();
    QCOMPARE(message, QStringLiteral("ORDER o-1: flapping, 6 changes, now UP"));
    QCOMPARE(notes.at(0).at(0).toString(), QStringLiteral("Eureka: 1 instance changed"));
    QVERIFY(!notes.wait(200)); // nothing more comes
}

void tst_TrayMonitor::manyChangesAreOneNotification()
{
    TrayMonitor monitor;
    monitor.setDebounceInterval(50ms);
    monitor.setAlertPolicy(QStringLiteral("prod"), {0, 0});
    QSignalSpy notes(&monitor, &TrayMonitor::notificationRequested);
    for (int i = 0; i < 8; ++i)
        monitor.recordStatusChange(QStringLiteral("prod"), QStringLiteral("APP"), QString::number(i), InstanceStatus::Up,
                                   InstanceStatus::Down);
    QTRY_COMPARE_WITH_TIMEOUT(notes.size(), 1, 2000);
    const QStringList lines = notes.at(0).at(1).toString().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.first(), QStringLiteral("APP 0: UP → DOWN"));
    QCOMPARE(lines.last(), QStringLiteral("… and 3 more"));
    QCOMPARE(notes.at(0).at(2).value<TrayMonitor::State>(), TrayMonitor::State::Degraded);
}

void tst_TrayMonitor::pausedDropsNotifications()
{
    TrayMonitor monitor;
    monitor.setDebounceInterval(20ms);
    monitor.setAlertPolicy(QStringLiteral("prod"), {0, 0});
    QSignalSpy notes(&monitor, &TrayMonitor::notificationRequested);
    monitor.setPaused(true);
    monitor.recordStatusChange(QStringLiteral("prod"), QStringLiteral("APP"), QStringLiteral("1"), InstanceStatus::Up,
                               InstanceStatus::Down);
    QVERIFY(!notes.wait(200));
    monitor.setPaused(false);
    // Its recovery is no news: the problem was never told.
    monitor.recordStatusChange(QStringLiteral("prod"), QStringLiteral("APP"), QStringLiteral("1"), InstanceStatus::Down,
                               InstanceStatus::Up);
    QVERIFY(!notes.wait(100));
    monitor.recordStatusChange(QStringLiteral("prod"), QStringLiteral("APP"), QStringLiteral("2"), InstanceStatus::Up,
                               InstanceStatus::Down);
    QTRY_COMPARE_WITH_TIMEOUT(notes.size(), 1, 2000);
}

void tst_TrayMonitor::unreachableIsNews()
{
    TrayMonitor monitor;
    monitor.setDebounceInterval(20ms);
    QSignalSpy notes(&monitor, &TrayMonitor::notificationRequested);
    monitor.setCluster(QStringLiteral("prod"), summary(true, 2));
    monitor.setCluster(QStringLiteral("prod"), summary(false, 2));
    QTRY_COMPARE_WITH_TIMEOUT(notes.size(), 1, 2000);
    QCOMPARE(notes.at(0).at(1).toString(), QStringLiteral("prod: no Eureka server answers"));
    QCOMPARE(notes.at(0).at(2).value<TrayMonitor::State>(), TrayMonitor::State::Unreachable);
}

// The rules as the tray applies them, on a test clock: nothing within the grace period, one
// line once it passed, a reminder while still down, nothing for a muted application, and the
// mute gone by itself when it expires.
void tst_TrayMonitor::graceMuteAndReminderOnATestClock()
{
    qint64 now = 1795533870000;
    TrayMonitor monitor;
    monitor.setClock([&now] { return now; });
    monitor.setDebounceInterval(10ms);
    monitor.setAlertPolicy(QStringLiteral("prod"), {60000, 10 * 60000});
    QSignalSpy notes(&monitor, &TrayMonitor::notificationRequested);
    const QString cluster = QStringLiteral("prod");
    monitor.recordStatusChange(cluster, QStringLiteral("ORDER"), QStringLiteral("o-1"), InstanceStatus::Up, InstanceStatus::Down);
    monitor.recordStatusChange(cluster, QStringLiteral("USERS"), QStringLiteral("u-1"), InstanceStatus::Up, InstanceStatus::Down);
    now += 20000; // a restart: back within the grace period
    monitor.recordStatusChange(cluster, QStringLiteral("USERS"), QStringLiteral("u-1"), InstanceStatus::Down, InstanceStatus::Up);
    monitor.checkAlerts();
    QVERIFY(!notes.wait(100));
    now += 40000;
    monitor.checkAlerts();
    QTRY_COMPARE_WITH_TIMEOUT(notes.size(), 1, 2000);
    QCOMPARE(notes.at(0).at(1).toString(), QStringLiteral("ORDER o-1: UP → DOWN"));
    now += 10 * 60000;
    monitor.checkAlerts();
    QTRY_COMPARE_WITH_TIMEOUT(notes.size(), 2, 2000);
    QCOMPARE(notes.at(1).at(1).toString(), QStringLiteral("ORDER o-1: still DOWN after 11 min"));

    // Muted for 15 minutes: neither reminders nor the recovery.
    const AlertRules::Mute mute{cluster, QStringLiteral("ORDER"), QString(), now + 15 * 60000};
    QSignalSpy mutesChanged(&monitor, &TrayMonitor::mutesChanged);
    monitor.mute(mute);
    QCOMPARE(mutesChanged.size(), 1);
    QCOMPARE(monitor.mutes().size(), 1);
    now += 10 * 60000;
    monitor.checkAlerts();
    monitor.recordStatusChange(cluster, QStringLiteral("ORDER"), QStringLiteral("o-2"), InstanceStatus::Up, InstanceStatus::Down);
    now += 2 * 60000;
    monitor.checkAlerts();
    QVERIFY(!notes.wait(100));
    // The mute expires by itself; what is still down is told then.
    now += 5 * 60000;
    QVERIFY(monitor.mutes().isEmpty());
    monitor.checkAlerts();
    QTRY_COMPARE_WITH_TIMEOUT(notes.size(), 3, 2000);
    QVERIFY2(notes.at(2).at(1).toString().contains(QStringLiteral("ORDER o-2: UP → DOWN")), qPrintable(notes.at(2).at(1).toString()));
}

QTEST_GUILESS_MAIN(tst_TrayMonitor)
#include "tst_traymonitor.moc"
