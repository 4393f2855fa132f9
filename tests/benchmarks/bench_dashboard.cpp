// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// How long the dashboard takes to show a large registry, and what a 100-change delta costs
// the models and the view. Runs the real models, proxy and QTableView on the offscreen
// platform. Usage: bench_dashboard [instances...]   (default: 10000 100000)
#include "applicationlistmodel.h"
#include "benchutil.h"
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

    Dashboard()
    {
        proxy.setSourceModel(&instances);
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(InstanceTableModel::App, Qt::AscendingOrder);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(1280, 800);
        view.show();
    }

    void apply(const RegistryChanges &changes, bool initial)
    {
        instances.applyChanges(changes);
        applications.applyChanges(changes);
        events.applyChanges(changes, initial);
    }
};

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
    const Applications registry = RegistryGenerator::registry(count);
    RegistryChanges all;
    all.added = QList<InstanceInfo>();
    for (const Application &app : registry.applications())
        all.added += app.instances();

    const qint64 before = BenchUtil::residentBytes();
    Dashboard d;
    const double showMs = shown(d, [&] { d.apply(all, true); });
    const qint64 after = BenchUtil::residentBytes();

    // 100-change deltas, flipping UP <-> DOWN: the cost of one fetch's updates, each a
    // single event-loop turn (the frame the user would wait for).
    Applications current = registry;
    QList<double> deltaMs;
    for (int i = 0; i < 21; ++i) {
        const Applications delta = RegistryGenerator::statusDelta(current, 100, i % 2 == 0);
        const RegistryChanges changes = current.applyDelta(delta);
        deltaMs.append(shown(d, [&] { d.apply(changes, false); }));
    }
    std::sort(deltaMs.begin(), deltaMs.end());
    // The status filter on: changed rows enter and leave the filtered view.
    d.proxy.setStatus(InstanceStatus::Down);
    QList<double> filteredMs;
    for (int i = 0; i < 21; ++i) {
        const Applications delta = RegistryGenerator::statusDelta(current, 100, i % 2 == 0);
        const RegistryChanges changes = current.applyDelta(delta);
        filteredMs.append(shown(d, [&] { d.apply(changes, false); }));
    }
    std::sort(filteredMs.begin(), filteredMs.end());
    d.proxy.setStatus(std::nullopt);
    QList<double> tickMs;
    for (int i = 0; i < 11; ++i)
        tickMs.append(shown(d, [&] { d.instances.refreshTimes(); }));
    std::sort(tickMs.begin(), tickMs.end());

    std::printf("%d instances: shown in %.0f ms (%.1f MB for models and view)\n", count, showMs,
                (after - before) / 1e6 + 0.0);
    std::printf("  100-change delta, sorted view:   median %.2f ms, worst %.2f ms\n", deltaMs.at(10), deltaMs.last());
    std::printf("  100-change delta, status filter: median %.2f ms, worst %.2f ms\n", filteredMs.at(10), filteredMs.last());
    std::printf("  once-a-second time refresh:      median %.2f ms, worst %.2f ms\n", tickMs.at(5), tickMs.last());
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
