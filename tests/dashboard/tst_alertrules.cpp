// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// The alert rules engine alone, on a test clock: grace period, recovery, mutes and their
// expiry, reminders, and when it next has something to say.
#include "alertrules.h"

#include <QtTest/QTest>

using namespace Eureka;
using Kind = AlertRules::AlertKind;

namespace {
constexpr qint64 T0 = 1795533870000;
constexpr qint64 S = 1000, Min = 60 * S;
const QString Prod = QStringLiteral("prod");

QList<Kind> kinds(const QList<AlertRules::Alert> &alerts)
{
    QList<Kind> result;
    for (const AlertRules::Alert &a : alerts)
        result.append(a.kind);
    return result;
}
} // namespace

class tst_AlertRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gracePeriod();
    void recoveryOnlyOfWhatWasTold();
    void muteScopesAndExpiry();
    void reminders();
    void nextDue();
};

void tst_AlertRules::gracePeriod()
{
    AlertRules rules;
    rules.setPolicy(Prod, {60 * S, 0});
    rules.statusChanged(Prod, QStringLiteral("ORDER"), QStringLiteral("o-1"), InstanceStatus::Up, InstanceStatus::Down, T0);
    QVERIFY(rules.takeDue(T0 + 59 * S).isEmpty());
    // DOWN then OUT_OF_SERVICE is one problem, counted from the first change.
    rules.statusChanged(Prod, QStringLiteral("ORDER"), QStringLiteral("o-1"), InstanceStatus::Down, InstanceStatus::OutOfService, T0 + 30 * S);
    const QList<AlertRules::Alert> due = rules.takeDue(T0 + 60 * S);
    QCOMPARE(kinds(due), QList<Kind>{Kind::Down});
    QCOMPARE(due.at(0).status, InstanceStatus::OutOfService);
    QCOMPARE(due.at(0).since, T0);
    QVERIFY(rules.takeDue(T0 + 61 * S).isEmpty()); // told once
    // A cluster without a policy waits 60 s too.
    rules.statusChanged(QStringLiteral("test"), QStringLiteral("A"), QStringLiteral("a"), InstanceStatus::Up, InstanceStatus::Down, T0);
    QVERIFY(rules.takeDue(T0 + 59 * S).isEmpty());
    QCOMPARE(rules.takeDue(T0 + 60 * S).size(), 1);
}

void tst_AlertRules::recoveryOnlyOfWhatWasTold()
{
    AlertRules rules;
    rules.setPolicy(Prod, {60 * S, 0});
    rules.statusChanged(Prod, QStringLiteral("ORDER"), QStringLiteral("o-1"), InstanceStatus::Up, InstanceStatus::Down, T0);
    rules.statusChanged(Prod, QStringLiteral("ORDER"), QStringLiteral("o-1"), InstanceStatus::Down, InstanceStatus::Up, T0 + 10 * S);
    QCOMPARE(rules.problemCount(), 0);
    QVERIFY(rules.takeDue(T0 + 2 * Min).isEmpty()); // a restart: silence
    rules.statusChanged(Prod, QStringLiteral("ORDER"), QStringLiteral("o-1"), InstanceStatus::Up, InstanceStatus::Down, T0 + 3 * Min);
    QCOMPARE(kinds(rules.takeDue(T0 + 4 * Min)), QList<Kind>{Kind::Down});
    rules.statusChanged(Prod, QStringLiteral("ORDER"), QStringLiteral("o-1"), InstanceStatus::Down, InstanceStatus::Up, T0 + 5 * Min);
    const QList<AlertRules::Alert> back = rules.takeDue(T0 + 5 * Min);
    QCOMPARE(kinds(back), QList<Kind>{Kind::Recovered});
    QCOMPARE(back.at(0).before, InstanceStatus::Down);
    QCOMPARE(back.at(0).status, InstanceStatus::Up);
}

void tst_AlertRules::muteScopesAndExpiry()
{
    AlertRules rules;
    rules.setPolicy(Prod, {0, 0});
    const AlertRules::Mute app{Prod, QStringLiteral("ORDER"), QString(), T0 + 15 * Min};
    const AlertRules::Mute instance{Prod, QStringLiteral("USERS"), QStringLiteral("u-1"), T0 + 60 * Min};
    const AlertRules::Mute cluster{QStringLiteral("test"), QString(), QString(), T0 + 30 * Min};
    rules.mute(app);
    rules.mute(instance);
    rules.mute(cluster);
    QCOMPARE(rules.mutes(T0).size(), 3);
    rules.statusChanged(Prod, QStringLiteral("ORDER"), QStringLiteral("o-1"), InstanceStatus::Up, InstanceStatus::Down, T0);
    rules.statusChanged(Prod, QStringLiteral("USERS"), QStringLiteral("u-1"), InstanceStatus::Up, InstanceStatus::Down, T0);
    rules.statusChanged(Prod, QStringLiteral("USERS"), QStringLiteral("u-2"), InstanceStatus::Up, InstanceStatus::Down, T0);
    rules.statusChanged(QStringLiteral("test"), QStringLiteral("X"), QStringLiteral("x"), InstanceStatus::Up, InstanceStatus::Down, T0);
    const QList<AlertRules::Alert> due = rules.takeDue(T0);
    QCOMPARE(due.size(), 1); // only the instance nothing mutes
    QCOMPARE(due.at(0).instanceId, QStringLiteral("u-2"));
    // The application's mute ends after 15 min: ORDER, still down, is told then, once.
    QCOMPARE(rules.mutes(T0 + 15 * Min).size(), 2);
    QCOMPARE(rules.takeDue(T0 + 15 * Min).size(), 1);
    // Removing a mute by hand.
    QVERIFY(rules.unmute(instance));
    QVERIFY(!rules.unmute(instance));
    QCOMPARE(rules.takeDue(T0 + 16 * Min).at(0).instanceId, QStringLiteral("u-1"));
    // Muting the same scope again replaces its end.
    rules.mute({QStringLiteral("test"), QString(), QString(), T0 + 90 * Min});
    QCOMPARE(rules.mutes(T0 + 16 * Min).size(), 1);
    QCOMPARE(rules.mutes(T0 + 16 * Min).at(0).until, T0 + 90 * Min);
}

void tst_AlertRules::reminders()
{
    AlertRules rules;
    rules.setPolicy(Prod, {60 * S, 10 * Min});
    rules.statusChanged(Prod, QStringLiteral("ORDER"), QStringLiteral("o-1"), InstanceStatus::Up, InstanceStatus::Down, T0);
    QCOMPARE(kinds(rules.takeDue(T0 + Min)), QList<Kind>{Kind::Down});
    QVERIFY(rules.takeDue(T0 + 10 * Min).isEmpty());
    QCOMPARE(kinds(rules.takeDue(T0 + 11 * Min)), QList<Kind>{Kind::StillDown});
    QVERIFY(rules.takeDue(T0 + 12 * Min).isEmpty());
    QCOMPARE(kinds(rules.takeDue(T0 + 21 * Min)), QList<Kind>{Kind::StillDown});
    rules.statusChanged(Prod, QStringLiteral("ORDER"), QStringLiteral("o-1"), InstanceStatus::Down, InstanceStatus::Up, T0 + 25 * Min);
    QCOMPARE(kinds(rules.takeDue(T0 + 31 * Min)), QList<Kind>{Kind::Recovered}); // and no reminder after it
    QVERIFY(rules.takeDue(T0 + 60 * Min).isEmpty());
}

void tst_AlertRules::nextDue()
{
    AlertRules rules;
    rules.setPolicy(Prod, {60 * S, 10 * Min});
    QCOMPARE(rules.nextDue(T0), -1);
    rules.statusChanged(Prod, QStringLiteral("ORDER"), QStringLiteral("o-1"), InstanceStatus::Up, InstanceStatus::Down, T0);
    QCOMPARE(rules.nextDue(T0), T0 + Min);
    rules.takeDue(T0 + Min);
    QCOMPARE(rules.nextDue(T0 + Min), T0 + 11 * Min);
    rules.mute({Prod, QString(), QString(), T0 + 30 * Min});
    QCOMPARE(rules.nextDue(T0 + Min), T0 + 30 * Min); // when the mute ends
}

QTEST_GUILESS_MAIN(tst_AlertRules)
#include "tst_alertrules.moc"
