// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// How the dashboard shows a large registry and its changes: the real models, proxy and instance
// table (InstanceTableView) on the offscreen platform, fed through the dashboard's ChangeFeeder.
// For each case it prints the longest event-loop turn (the work of one turn plus a repaint of the
// visible rows, as the next frame would), which must stay under a 16 ms frame, and how long until
// everything was shown (for the large changes, with the GUI thread's page faults meanwhile); a
// repaint alone beside one by QStyledItemDelegate; then the sorting proxy's cost per change beside
// QSortFilterProxyModel's.
// Usage: bench_dashboard [instances...]   (default: 10000 100000)
// GLIBC_TUNABLES=glibc.malloc.perturb=0 leaves glibc's heap as it is by default (any malloc
// tunable makes keepFreedHeapForReuse() step aside), for the comparison.
#include "applicationlistmodel.h"
#include "zonematrixmodel.h"
#include "benchutil.h"
#include "changefeeder.h"
#include "clusterhealth.h"
#include "eventlogmodel.h"
#include "heaptuning.h"
#include "instancefilterproxy.h"
#include "instancetablemodel.h"
#include "instancetableview.h"
#include "registrygenerator.h"
#include "statushistory.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QTemporaryDir>
#include <QtWidgets/QApplication>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QStyledItemDelegate>
#include <QtWidgets/QTableView>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

using namespace Eureka;

namespace {

// Counts the paints of the table's rows: a turn whose events already painted them (the view's
// own posted update) is not painted a second time.
struct PaintCounter : QObject
{
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

struct Dashboard
{
    InstanceTableModel instances;
    ApplicationListModel applications;
    ZoneMatrixModel zones;
    EventLogModel events;
    InstanceFilterProxy proxy;
    InstanceTableView view;
    PaintCounter rowPaints;
    // The status history records every fetch, as DashboardSession has it do, on its own thread.
    QTemporaryDir historyDir;
    StatusHistory history{historyDir.filePath(QStringLiteral("history.sqlite")), 30};
    int historyWrites = 0, historyDone = 0;
    qint64 modelsNs = 0; // the feeder's turns: the models' share, without the paints
    struct WriteCost
    {
        qint64 events = 0, ns = 0;
    } writeCost;
    ChangeFeeder feeder{[this](const RegistryChanges &slice, bool initial) {
        instances.applyChanges(slice);
        applications.applyChanges(slice);
        zones.applyChanges(slice);
        if (!initial)
            events.applyChanges(slice, false);
    }};

    Dashboard()
    {
        proxy.setSourceModel(&instances);
        view.setModel(&proxy);
        view.resize(1280, 800);
        view.show();
        // The window is on screen before the first answer comes: its first paint (fonts,
        // style) is not the registry's cost.
        view.viewport()->repaint();
        QCoreApplication::processEvents();
        view.viewport()->installEventFilter(&rowPaints);
        QObject::connect(&feeder, &ChangeFeeder::idle, &history, [this] { history.setHeld(false); });
        QObject::connect(&feeder, &ChangeFeeder::progress, &view, [this] { modelsNs += feeder.lastStepNs(); });
        QObject::connect(&history, &StatusHistory::recorded, &view, [this](int events, qint64 ns) {
            ++historyDone;
            writeCost.events += events;
            writeCost.ns += ns;
        });
    }

    // What the history wrote since the last call, once it has caught up (not timed as turns).
    WriteCost historyCost()
    {
        while (historyDone < historyWrites)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        return std::exchange(writeCost, {});
    }

    void apply(const RegistryChanges &changes, bool initial)
    {
        instances.reserve(instances.rowCount() + changes.added.size()); // as DashboardSession does
        if (changes.size() >= 1000) // as DashboardSession does: written once the views have it
            history.setHeld(true);
        history.record(changes, initial);
        if (initial || !changes.isEmpty()) // an empty change is not written, and not answered
            ++historyWrites;
        feeder.enqueue(changes, initial);
    }
};

struct Turns
{
    double worst = 0; // ms
    double total = 0; // ms, until everything was shown
    double models = 0; // ms of it in the feeder's turns (the models' work, not the paints)
    int count = 0;
    long pageFaults = -1; // minor faults of the GUI thread meanwhile; -1: not known here
};

// Page faults are the GUI thread's cost that timing on this VM hides in noise: each is slow,
// and freed memory given back to the system is faulted in again by the next turn.
long threadPageFaults()
{
#ifdef RUSAGE_THREAD
    rusage usage{};
    if (getrusage(RUSAGE_THREAD, &usage) == 0)
        return usage.ru_minflt;
#endif
    return -1;
}

// Runs \a work in one turn, then turns of the event loop until the feeder is done. Each turn
// paints the visible rows once: the view's own paint when the turn's events held one, or else
// a repaint, as the next frame would. (Painting after every turn regardless painted twice in
// every other turn, 5 ms of this VM's offscreen raster that no real frame spends.)
Turns turns(Dashboard &d, const std::function<void()> &work)
{
    Turns t;
    QElapsedTimer total;
    total.start();
    const long faultsBefore = threadPageFaults();
    const qint64 modelsBefore = d.modelsNs;
    bool first = true;
    while (first || !d.feeder.isIdle()) {
        QElapsedTimer turn;
        turn.start();
        d.rowPaints.paints = 0;
        if (first)
            work();
        else
            QCoreApplication::processEvents();
        if (d.rowPaints.paints == 0)
            d.view.viewport()->repaint();
        first = false;
        if (qEnvironmentVariableIsSet("BENCH_TURNS"))
            std::printf("    turn %d: %.2f ms\n", t.count, turn.nsecsElapsed() / 1e6);
        t.worst = std::max(t.worst, turn.nsecsElapsed() / 1e6);
        ++t.count;
    }
    QCoreApplication::processEvents(); // what the last slice posted (layout, a paint)
    t.total = total.nsecsElapsed() / 1e6;
    t.models = (d.modelsNs - modelsBefore) / 1e6;
    if (faultsBefore >= 0)
        t.pageFaults = threadPageFaults() - faultsBefore;
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
    const Dashboard::WriteCost firstWrite = d.historyCost();

    // 100-change deltas, flipping UP <-> DOWN: the usual fetch, applied in the turn it arrives.
    Applications current = registry;
    Turns small;
    for (int i = 0; i < 21; ++i) {
        const Applications delta = RegistryGenerator::statusDelta(current, 100, i % 2 == 0);
        const RegistryChanges changes = current.applyDelta(delta);
        const Turns t = turns(d, [&] { d.apply(changes, false); });
        small.worst = std::max(small.worst, t.worst);
    }
    const Dashboard::WriteCost smallWrites = d.historyCost(); // 21 deltas
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
    d.historyCost(); // the filtered deltas' writes: like the ones above

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
    const Dashboard::WriteCost wholeWrite = d.historyCost();

    double tickWorst = 0;
    for (int i = 0; i < 11; ++i) {
        tickWorst = std::max(tickWorst, turns(d, [&] {
                                            d.instances.refreshTimes();
                                            ClusterHealth::Renewals renewals;
                                            d.instances.forEachLeaseTiming([&](const LeaseTiming &t) {
                                                renewals.add(t.lastRenewalTimestamp, t.renewalIntervalInSecs,
                                                             t.durationInSecs, 1795533870313);
                                            });
                                        }).worst);
    }

    // A repaint of the visible rows alone (what every turn that changed a shown row pays), in
    // turns with the same rows painted by Qt's QStyledItemDelegate: min and median of each.
    QStyledItemDelegate plain;
    QAbstractItemDelegate *ours = d.view.itemDelegate();
    QAbstractItemDelegate *pill = d.view.itemDelegateForColumn(InstanceTableModel::Status);
    std::vector<double> paints[2];
    for (int i = 0; i < qEnvironmentVariableIntValue("BENCH_PAINTS") + 51; ++i) {
        for (int which = 0; which < 2; ++which) {
            d.view.setItemDelegate(which == 0 ? ours : &plain);
            d.view.setItemDelegateForColumn(InstanceTableModel::Status, which == 0 ? pill : nullptr);
            QElapsedTimer timer;
            timer.start();
            d.view.viewport()->repaint();
            paints[which].push_back(timer.nsecsElapsed() / 1e6);
        }
    }
    d.view.setItemDelegate(ours);
    d.view.setItemDelegateForColumn(InstanceTableModel::Status, pill);
    for (std::vector<double> &p : paints)
        std::sort(p.begin(), p.end());

    std::printf("%d instances (realistic registry), longest event-loop turn / until all shown:\n", count);
    std::printf("  first fetch:                          %6.2f ms / %6.0f ms in %d turns (%.1f MB for models and view;"
                " %ld page faults on the GUI thread)\n",
                first.worst, first.total, first.count, (after - before) / 1e6, first.pageFaults);
    std::printf("  100-change delta, sorted view:        %6.2f ms\n", small.worst);
    std::printf("  100-change delta, status filter:      %6.2f ms\n", filtered.worst);
    std::printf("  delta modifying all %6lld instances: %6.2f ms / %6.0f ms in %d turns (%ld page faults; the models' share %.0f ms)\n",
                static_cast<long long>(everything.modified.size()), whole.worst, whole.total, whole.count,
                whole.pageFaults, whole.models);
    std::printf("  repaint of the visible rows alone:    %6.2f ms min, %.2f ms median"
                " (QStyledItemDelegate: %.2f / %.2f ms, ratio %.2f)\n",
                paints[0].front(), paints[0][paints[0].size() / 2], paints[1].front(), paints[1][paints[1].size() / 2],
                paints[0][paints[0].size() / 2] / paints[1][paints[1].size() / 2]);
    std::printf("  once-a-second refresh (times, renewal estimate): %6.2f ms\n", tickWorst);
    std::printf("  status history writes (SQLite, on its own thread): first fetch %lld events in %.0f ms,"
                " 100-change delta %.2f ms (%lld events), whole-registry delta %.0f ms (%lld events); %.1f MB on disk\n",
                static_cast<long long>(firstWrite.events), firstWrite.ns / 1e6, smallWrites.ns / 21e6,
                static_cast<long long>(smallWrites.events / 21), wholeWrite.ns / 1e6, static_cast<long long>(wholeWrite.events),
                (QFileInfo(d.history.path()).size() + QFileInfo(d.history.path() + QStringLiteral("-wal")).size()) / 1e6);
    std::fflush(stdout);
}

// The sorting proxy alone, beside Qt's QSortFilterProxyModel set up as the dashboard used it
// (sort role, case-insensitive, locale-aware, dynamic), in the same run: the same table of all
// but 200 instances sorted by application with a view attached, then one delta removing 20
// instances and one adding the 200, both spread over the sort order. Prints ms per change.
void proxies(int count)
{
    const Applications registry = RegistryGenerator::realisticRegistry(count);
    QList<InstanceInfo> all;
    for (const Application &app : registry.applications())
        all += app.instances();
    const qsizetype every = std::max<qsizetype>(1, all.size() / 200);
    RegistryChanges held, later, gone;
    for (qsizetype i = 0; i < all.size(); ++i)
        (i % every == 0 && later.added.size() < 200 ? later.added : held.added).append(all.at(i));
    for (qsizetype i = 1; gone.removed.size() < 20 && i < held.added.size(); i += held.added.size() / 20)
        gone.removed.append(held.added.at(i));

    double ms[2][2] = {};
    for (int which = 0; which < 2; ++which) {
        InstanceTableModel model;
        model.reserve(all.size());
        model.applyChanges(held);
        InstanceFilterProxy ours;
        QSortFilterProxyModel theirs;
        QAbstractItemModel *proxy = &ours;
        if (which == 0) {
            ours.setSourceModel(&model);
        } else {
            theirs.setSortRole(InstanceTableModel::SortRole);
            theirs.setSortCaseSensitivity(Qt::CaseInsensitive);
            theirs.setSortLocaleAware(true);
            theirs.setDynamicSortFilter(true);
            theirs.setSourceModel(&model);
            proxy = &theirs;
        }
        QTableView view;
        view.setModel(proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(InstanceTableModel::App, Qt::AscendingOrder);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->hide();
        view.resize(1280, 800);
        view.show();
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        model.applyChanges(gone);
        ms[which][0] = timer.nsecsElapsed() / 1e6;
        timer.start();
        model.applyChanges(later);
        ms[which][1] = timer.nsecsElapsed() / 1e6;
        QCoreApplication::processEvents();
    }
    // Removal slices of several sizes, as the feeder makes them, on the dashboard's own view: what one
    // slice costs, whole (the feeder sizes slices from such figures).
    {
        InstanceTableModel model;
        model.reserve(all.size());
        model.applyChanges(held);
        InstanceFilterProxy proxy;
        proxy.setSourceModel(&model);
        InstanceTableView view;
        view.setModel(&proxy);
        view.resize(1280, 800);
        view.show();
        QCoreApplication::processEvents();
        std::printf("%d instances, the dashboard's view: one slice of scattered removals, ms (median of 5):", count);
        qsizetype next = 7;
        for (const int k : {1, 2, 3, 5, 20, 100}) {
            std::vector<double> times;
            for (int rep = 0; rep < 5; ++rep) {
                RegistryChanges slice;
                const qsizetype stride = model.rowCount() / k;
                for (int i = 0; i < k; ++i)
                    slice.removed.append(model.instanceAt(int((next + i * stride) % model.rowCount())));
                next += 13;
                QElapsedTimer timer;
                timer.start();
                model.applyChanges(slice);
                times.push_back(timer.nsecsElapsed() / 1e6);
                QCoreApplication::processEvents();
            }
            std::sort(times.begin(), times.end());
            std::printf("  %d: %.2f", k, times[2]);
        }
        std::printf("\n");
    }
    std::printf("%d instances, sorted by application, a view attached: per change, InstanceFilterProxy / QSortFilterProxyModel:\n", count);
    std::printf("  20 scattered removals:   %7.3f ms / %7.3f ms  (ratio %.2f)\n", ms[0][0] / 20, ms[1][0] / 20, ms[0][0] / ms[1][0]);
    std::printf("  200 scattered additions: %7.3f ms / %7.3f ms  (ratio %.2f)\n", ms[0][1] / 200, ms[1][1] / 200, ms[0][1] / ms[1][1]);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    keepFreedHeapForReuse(); // as eureka-dashboard's main() does
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QList<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.append(QByteArray(argv[i]).toInt());
    if (sizes.isEmpty())
        sizes = {10000, 100000};
    for (int count : sizes)
        run(count);
    for (int count : sizes)
        proxies(count);
    return 0;
}
