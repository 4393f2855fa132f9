// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// How the dashboard shows a large registry and its changes: the real models, proxy and
// QTableView on the offscreen platform, fed through the dashboard's ChangeFeeder. For each case
// it prints the longest event-loop turn (the work of one turn plus a repaint of the visible
// rows, as the next frame would), which must stay under a 16 ms frame, and how long until
// everything was shown. Usage: bench_dashboard [instances...]   (default: 10000 100000)
#include "applicationlistmodel.h"
#include "benchutil.h"
#include "changefeeder.h"
#include "clusterhealth.h"
#include "eventlogmodel.h"
#include "instancefilterproxy.h"
#include "instancetablemodel.h"
#include "registrygenerator.h"

#include <QtCore/QElapsedTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QTableView>

#include <cstdio>

using namespace Eureka;

namespace {

struct Dashboard
{
    InstanceTableModel instances;
    ApplicationListModel applications;
    EventLogModel events;
    InstanceFilterProxy proxy;
    QTableView view;
    ChangeFeeder feeder{[this](const RegistryChanges &slice, bool initial) {
        instances.applyChanges(slice);
        applications.applyChanges(slice);
        if (!initial)
            events.applyChanges(slice, false);
    }};

    Dashboard()
    {
        proxy.setSourceModel(&instances);
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(InstanceTableModel::App, Qt::AscendingOrder);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(1280, 800);
        view.show();
        // The window is on screen before the first answer comes: its first paint (fonts,
        // style) is not the registry's cost.
        view.viewport()->repaint();
        QCoreApplication::processEvents();
    }

    void apply(const RegistryChanges &changes, bool initial)
    {
        instances.reserve(instances.rowCount() + changes.added.size()); // as DashboardSession does
        feeder.enqueue(changes, initial);
    }
};

struct Turns
{
    double worst = 0; // ms
    double total = 0; // ms, until everything was shown
    int count = 0;
};

// Runs \a work in one turn, then turns of the event loop until the feeder is done; each turn
// ends with a repaint of the visible rows.
Turns turns(Dashboard &d, const std::function<void()> &work)
{
    Turns t;
    QElapsedTimer total;
    total.start();
    bool first = true;
    while (first || !d.feeder.isIdle()) {
        QElapsedTimer turn;
        turn.start();
        if (first)
            work();
        else
            QCoreApplication::processEvents();
        d.view.viewport()->repaint();
        first = false;
        if (qEnvironmentVariableIsSet("BENCH_TURNS"))
            std::printf("    turn %d: %.2f ms\n", t.count, turn.nsecsElapsed() / 1e6);
        t.worst = std::max(t.worst, turn.nsecsElapsed() / 1e6);
        ++t.count;
    }
    QCoreApplication::processEvents(); // what the last slice posted (layout, a paint)
    t.total = total.nsecsElapsed() / 1e6;
    return t;
}

// Runs the work and then the event loop until the view has painted; returns ms.
double shown(Dashboard &d, const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    d.view.viewport()->repaint(); // a real paint of the visible rows, as the next frame would
    QCoreApplication::processEvents();
    return timer.nsecsElapsed() / 1e6;
}

void run(int count)
{
    const Applications registry = RegistryGenerator::realisticRegistry(count);
    RegistryChanges all;
    for (const Application &app : registry.applications())
        all.added += app.instances();

    const qint64 before = BenchUtil::residentBytes();
    Dashboard d;
    const Turns first = turns(d, [&] { d.apply(all, true); });
    const qint64 after = BenchUtil::residentBytes();

    // 100-change deltas, flipping UP <-> DOWN: the usual fetch, applied in the turn it arrives.
    Applications current = registry;
    Turns small;
    for (int i = 0; i < 21; ++i) {
        const Applications delta = RegistryGenerator::statusDelta(current, 100, i % 2 == 0);
        const RegistryChanges changes = current.applyDelta(delta);
        const Turns t = turns(d, [&] { d.apply(changes, false); });
        small.worst = std::max(small.worst, t.worst);
    }
    // The status filter on: changed rows enter and leave the filtered view.
    d.proxy.setStatus(InstanceStatus::Down);
    Turns filtered;
    for (int i = 0; i < 21; ++i) {
        const Applications delta = RegistryGenerator::statusDelta(current, 100, i % 2 == 0);
        const RegistryChanges changes = current.applyDelta(delta);
        const Turns t = turns(d, [&] { d.apply(changes, false); });
        filtered.worst = std::max(filtered.worst, t.worst);
    }
    d.proxy.setStatus(std::nullopt);

    // A delta that modifies every instance (a deploy wave): all statuses flip.
    Applications flipped;
    for (const Application &app : current.applications()) {
        for (InstanceInfo info : app.instances()) {
            info.setStatus(info.status() == InstanceStatus::Up ? InstanceStatus::Down : InstanceStatus::Up);
            info.setActionType(ActionType::Modified);
            flipped.addInstance(info);
        }
    }
    const RegistryChanges everything = current.applyDelta(flipped);
    const Turns whole = turns(d, [&] { d.apply(everything, false); });

    double tickWorst = 0;
    for (int i = 0; i < 11; ++i) {
        tickWorst = std::max(tickWorst, turns(d, [&] {
                                            d.instances.refreshTimes();
                                            ClusterHealth::Renewals renewals;
                                            d.instances.forEachLease([&](const LeaseInfo &lease) {
                                                renewals.add(lease, 1795533870313);
                                            });
                                        }).worst);
    }

    std::printf("%d instances (realistic registry), longest event-loop turn / until all shown:\n", count);
    std::printf("  first fetch:                          %6.2f ms / %6.0f ms in %d turns (%.1f MB for models and view)\n",
                first.worst, first.total, first.count, (after - before) / 1e6);
    std::printf("  100-change delta, sorted view:        %6.2f ms\n", small.worst);
    std::printf("  100-change delta, status filter:      %6.2f ms\n", filtered.worst);
    std::printf("  delta modifying all %6lld instances: %6.2f ms / %6.0f ms in %d turns\n",
                static_cast<long long>(everything.modified.size()), whole.worst, whole.total, whole.count);
    std::printf("  once-a-second refresh (times, renewal estimate): %6.2f ms\n", tickWorst);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QByteArray(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {10000, 100000};
    for (int count : sizes)
        run(count);
    return 0;
}
