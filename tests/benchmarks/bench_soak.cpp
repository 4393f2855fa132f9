// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// The soak run: an embedded registry of many instances with steady churn (its own thread, over
// loopback HTTP), one EurekaClient that registers itself, and the dashboard's own
// DashboardSession (its discovery client, models, change feeder and lease refresh) with the
// sorted instance table on the offscreen platform. Every report prints the process's memory and
// how late a 10 ms timer on the GUI thread fired: the worst of those is the longest event-loop
// turn, which must stay under a 16 ms frame, and memory must stay flat. It also names the
// longest single event of the window and its CPU time (the rest is time waiting for a core),
// and what the worst stretch between two ticks of the 10 ms timer was made of.
// Every --inject-seconds the registry re-registers all its instances with their status flipped,
// so the next delta modifies the whole registry (a deploy wave, a zone failing).
//
// The registry's thread runs at the lowest priority: in production the registry is another
// machine, not a thread competing with the dashboard for this machine's two cores.
//
// Usage: bench_soak [--minutes M] [--instances N] [--churn-percent P] [--fetch-seconds S] [--report-seconds R]
//                   [--warmup-seconds W] [--inject-seconds I] [--lease-refresh-seconds L]
//        (defaults: 1 minute, 100000 instances, 1 % churn a minute, 5 s fetches, reports every 30 s,
//        210 s warm-up: the seeded registrations stay in the server's deltas for its 3-minute
//        retention, so the first deltas carry the whole registry, as a real server's would after a
//        mass registration; growth and lateness are measured from the first report after it;
//        the dashboard's lease refresh every 60 s)
#include "benchutil.h"
#include "changefeeder.h"
#include "connectionprofile.h"
#include "dashboardsession.h"
#include "instancefilterproxy.h"
#include "instancetablemodel.h"
#include "registrygenerator.h"

#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/registryserver.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtWidgets/QApplication>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QTableView>

#include <algorithm>
#include <cstdio>
#include <map>
#include <ctime>

using namespace Eureka;
using namespace std::chrono_literals;

namespace {

// Lives in the registry thread: the server, its seed and the churn (status flips through the
// REST API as instances would send them, plus instances leaving and new ones arriving).
class ChurningRegistry : public QObject
{
public:
    ChurningRegistry(int instances, double churnPercentPerMinute)
        : m_instances(instances)
        , m_perSecond(instances * churnPercentPerMinute / 100.0 / 60.0)
    {
    }

    quint16 start()
    {
        RegistryServer::Options options;
        options.evictionInterval = 24h; // seeded leases are never renewed; churn is ours to choose
        m_server = new RegistryServer(options, this);
        m_server->listen();
        for (int i = 0; i < m_instances; ++i)
            m_server->registerInstance(RegistryGenerator::instance(i / 20, i % 20));
        m_next = m_instances;
        m_http = new QNetworkAccessManager(this);
        auto *timer = new QTimer(this);
        timer->setObjectName(QStringLiteral("soak-churn"));
        connect(timer, &QTimer::timeout, this, [this] { churn(); });
        timer->start(1000);
        return m_server->port();
    }

    qint64 changes() const { return m_changes; }

    // Every instance again, its status flipped: the next delta modifies all of them.
    void flipAll()
    {
        m_flipped = !m_flipped;
        for (int i = 0; i < m_next; ++i) {
            InstanceInfo info = RegistryGenerator::instance(i / 20, i % 20);
            info.setStatus(m_flipped ? InstanceStatus::Down : InstanceStatus::Up);
            m_server->registerInstance(info);
        }
        m_changes += m_next;
    }

private:
    void churn()
    {
        m_debt += m_perSecond;
        const QString base = m_server->serviceUrl().toString();
        while (m_debt >= 1.0) {
            m_debt -= 1.0;
            ++m_changes;
            const int i = int(QRandomGenerator::global()->bounded(m_next));
            const InstanceInfo victim = RegistryGenerator::instance(i / 20, i % 20);
            const QString path = base + QStringLiteral("apps/%1/%2").arg(victim.app(), victim.instanceId());
            switch (m_changes % 4) {
            case 0: { // one leaves, a new one arrives
                QNetworkReply *reply = m_http->deleteResource(QNetworkRequest(QUrl(path)));
                connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
                m_server->registerInstance(RegistryGenerator::instance(m_next / 20, m_next % 20));
                ++m_next;
                break;
            }
            default: { // status flips, as deployments and health checks do
                const char *status = m_changes % 2 ? "OUT_OF_SERVICE" : "UP";
                QUrl url(path + QStringLiteral("/status"));
                url.setQuery(QStringLiteral("value=%1").arg(QLatin1String(status)));
                QNetworkReply *reply = m_http->put(QNetworkRequest(url), QByteArray());
                connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
                break;
            }
            }
        }
    }

    int m_instances;
    double m_perSecond;
    double m_debt = 0;
    int m_next = 0;
    bool m_flipped = false;
    qint64 m_changes = 0;
    RegistryServer *m_server = nullptr;
    QNetworkAccessManager *m_http = nullptr;
};

// How late a 10 ms timer fires on this thread's event loop.
class LatencyProbe : public QObject
{
public:
    // \a onTick hears each lateness, as it is measured.
    explicit LatencyProbe(std::function<void(double)> onTick)
        : m_onTick(std::move(onTick))
    {
        m_timer.setObjectName(QStringLiteral("probe"));
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double late = std::max(0.0, m_clock.nsecsElapsed() / 1e6 - 10.0);
            m_clock.restart();
            m_samples.append(late);
            m_onTick(late);
        });
        m_clock.start();
        m_timer.start(10);
    }
    // p50, p99 and worst lateness since the last call, in ms.
    std::tuple<double, double, double> take()
    {
        QList<double> s = std::exchange(m_samples, {});
        if (s.isEmpty())
            return {0, 0, 0};
        std::sort(s.begin(), s.end());
        return {s.at(s.size() / 2), s.at(qsizetype(s.size() * 0.99)), s.last()};
    }
    // Not to count the measuring itself (malloc_trim() before reading RSS takes ~200 ms here).
    void skipSinceLastTick() { m_clock.restart(); }

private:
    std::function<void(double)> m_onTick;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QList<double> m_samples;
};

// Times every event delivered on the main thread, so that the report can name what the longest
// turn was spent on (the receiver's class and the event type) and whether the thread was working
// (CPU time close to the wall time) or waiting for a core (the registry server and the client's
// registry thread share this machine's cores with it).
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Slowest {
        double wallMs = 0;
        double cpuMs = 0;
        QByteArray what;
    };

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer wall;
        wall.start();
        const double cpuBefore = threadCpuMs();
        const QString name = receiver->objectName();
        const QByteArray what = receiver->metaObject()->className() + (name.isEmpty() ? QByteArray() : "(" + name.toUtf8() + ")")
            + QByteArray("/") + QByteArray::number(int(event->type()));
        const bool result = QApplication::notify(receiver, event);
        const double wallMs = wall.nsecsElapsed() / 1e6;
        const double cpuMs = threadCpuMs() - cpuBefore;
        if (name != QLatin1String("probe")) {
            Slowest &kind = m_stretch[what];
            kind.wallMs += wallMs;
            kind.cpuMs += 1; // here: how many
        }
        if (wallMs > m_slowest.wallMs && !std::exchange(m_ignoreCurrent, false))
            m_slowest = {wallMs, cpuMs, what};
        m_ignoreCurrent = false;
        --m_depth;
        return result;
    }
    Slowest takeSlowest() { return std::exchange(m_slowest, {}); }
    // What the thread did between two ticks of the probe, when that stretch was the window's
    // worst: the kinds of event that took longest in all (how many of each, their wall time),
    // and the CPU time of the whole stretch. Lateness is often many events in one pass of the
    // event loop (a batch of posted events is delivered in one go), not one long event.
    void endStretch(double lateMs)
    {
        const double cpuMs = threadCpuMs() - m_stretchCpu;
        if (lateMs > m_worstStretchLate) {
            m_worstStretchLate = lateMs;
            std::vector<std::pair<QByteArray, Slowest>> kinds(m_stretch.cbegin(), m_stretch.cend());
            std::sort(kinds.begin(), kinds.end(), [](const auto &a, const auto &b) { return a.second.wallMs > b.second.wallMs; });
            QByteArray text;
            for (size_t i = 0; i < kinds.size() && i < 4; ++i) {
                text += (i ? " + " : "") + kinds[i].first + ' ' + QByteArray::number(kinds[i].second.wallMs, 'f', 1)
                    + (kinds[i].second.cpuMs > 1 ? " (" + QByteArray::number(int(kinds[i].second.cpuMs)) + "x)" : QByteArray());
            }
            // No event at all: the thread was not given a core in time (or slept past the tick).
            m_worstStretch = (text.isEmpty() ? QByteArray("no event") : text) + "; CPU " + QByteArray::number(cpuMs, 'f', 1) + " ms";
        }
        m_stretch.clear();
        m_stretchCpu = threadCpuMs();
    }
    QByteArray takeWorstStretch()
    {
        m_worstStretchLate = 0;
        return std::exchange(m_worstStretch, {});
    }
    // For the report's own event (reading the resident memory is slow and not the client's).
    void ignoreCurrentEvent() { m_ignoreCurrent = true; }

private:
    static double threadCpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    }
    int m_depth = 0;
    bool m_ignoreCurrent = false;
    Slowest m_slowest;
    std::map<QByteArray, Slowest> m_stretch; // by receiver and event type; cpuMs counts events
    double m_stretchCpu = 0;
    double m_worstStretchLate = 0;
    QByteArray m_worstStretch;
};

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("minutes"), QStringLiteral("How long to run."), QStringLiteral("M"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("instances"), QStringLiteral("Registry size."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("churn-percent"), QStringLiteral("Instances changed per minute, %."), QStringLiteral("P"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("fetch-seconds"), QStringLiteral("Client fetch interval."), QStringLiteral("S"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("report-seconds"), QStringLiteral("Report interval."), QStringLiteral("R"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("warmup-seconds"), QStringLiteral("Baseline after this."), QStringLiteral("W"), QStringLiteral("210")});
    parser.addOption({QStringLiteral("inject-seconds"), QStringLiteral("Flip every instance's status this often (0: never)."),
                      QStringLiteral("I"), QStringLiteral("120")});
    parser.addOption({QStringLiteral("lease-refresh-seconds"), QStringLiteral("The dashboard's lease refresh interval."),
                      QStringLiteral("L"), QStringLiteral("60")});
    parser.addHelpOption();
    parser.process(app);
    const double minutes = parser.value(QStringLiteral("minutes")).toDouble();
    const int instances = parser.value(QStringLiteral("instances")).toInt();

    QThread registryThread;
    auto *registry = new ChurningRegistry(instances, parser.value(QStringLiteral("churn-percent")).toDouble());
    registry->moveToThread(&registryThread);
    registryThread.start(QThread::IdlePriority);
    quint16 port = 0;
    QMetaObject::invokeMethod(registry, [&] { port = registry->start(); }, Qt::BlockingQueuedConnection);
    const QString serverUrl = QStringLiteral("http://127.0.0.1:%1/eureka/").arg(port);
    const auto fetchInterval = std::chrono::seconds(parser.value(QStringLiteral("fetch-seconds")).toInt());

    // An application registering itself, on the same thread as the dashboard.
    ClientConfig config;
    config.serviceUrls = {serverUrl};
    config.shouldDiscover = false;
    InstanceConfig self;
    self.appName = QStringLiteral("soak-probe");
    self.hostName = self.ipAddress = QStringLiteral("127.0.0.1");
    self.port = 9;
    self.leaseRenewalInterval = 5s;
    EurekaClient client(config, self);

    ConnectionProfile profile;
    profile.name = QStringLiteral("soak");
    profile.serverUrls = {serverUrl};
    profile.fetchInterval = fetchInterval;
    profile.leaseRefreshInterval = std::chrono::seconds(parser.value(QStringLiteral("lease-refresh-seconds")).toInt());
    DashboardSession session(profile, QString(), nullptr);
    InstanceFilterProxy proxy;
    proxy.setSourceModel(session.instances());
    QTableView view;
    view.setModel(&proxy);
    // Set up as the dashboard's instance view is.
    view.setSortingEnabled(true);
    view.sortByColumn(InstanceTableModel::App, Qt::AscendingOrder);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1280, 800);
    view.show();

    qint64 errors = 0, heartbeatsFailed = 0, deltas = 0, fulls = 0;
    double worstModelsMs = 0; // this window's slowest feeder turn (the models' share of a turn)
    qsizetype largestUpdate = 0;
    QObject::connect(session.feeder(), &ChangeFeeder::progress, &app, [&] {
        worstModelsMs = std::max(worstModelsMs, session.feeder()->lastStepNs() / 1e6);
    });
    EurekaClient *watcher = session.client();
    QObject::connect(watcher, &EurekaClient::registryUpdated, &app,
                     [&](const RegistryChanges &changes) { largestUpdate = std::max(largestUpdate, changes.size()); });
    QObject::connect(watcher, &EurekaClient::registryFetched, &app, [&](bool delta, bool) { ++(delta ? deltas : fulls); });
    for (EurekaClient *c : {watcher, &client}) {
        QObject::connect(c, &EurekaClient::errorOccurred, &app, [&](Operation, Error, const QString &text) {
            ++errors;
            std::fprintf(stderr, "error: %s\n", qPrintable(text));
        });
    }
    QObject::connect(&client, &EurekaClient::heartbeat, &app, [&](bool ok) { heartbeatsFailed += ok ? 0 : 1; });

    LatencyProbe probe([&app](double lateMs) { app.endStretch(lateMs); });
    QElapsedTimer clock;
    clock.start();
    const qint64 warmupMs = parser.value(QStringLiteral("warmup-seconds")).toLongLong() * 1000;
    qint64 firstRss = 0;
    double worstLate = 0;    // after the warm-up
    double worstOverall = 0; // from the first fetch on
    std::printf("soak: %d instances, %s %% churn a minute, fetch every %s s, lease refresh every %s s, %.1f minutes\n",
                instances, qPrintable(parser.value(QStringLiteral("churn-percent"))),
                qPrintable(parser.value(QStringLiteral("fetch-seconds"))),
                qPrintable(parser.value(QStringLiteral("lease-refresh-seconds"))), minutes);
    std::printf("%6s %8s %9s %8s %7s %7s %9s %9s %9s %10s %8s %6s  %s\n", "t (s)", "RSS MB", "instances", "changes", "deltas",
                "fulls", "p50 ms", "p99 ms", "worst ms", "models ms", "largest", "errors",
                "longest event: wall/CPU ms, receiver/event type | the worst stretch between two ticks: its events, ms");
    qint64 flips = 0;
    QTimer report;
    QObject::connect(&report, &QTimer::timeout, &app, [&] {
        const auto [p50, p99, worst] = probe.take();
        const TimedApplication::Slowest slowest = app.takeSlowest();
        const qint64 rss = BenchUtil::residentBytes();
        probe.skipSinceLastTick();
        app.ignoreCurrentEvent();
        const bool warm = clock.elapsed() >= warmupMs;
        const bool baseline = warm && firstRss == 0;
        if (baseline)
            firstRss = rss;
        if (warm && !baseline)
            worstLate = std::max(worstLate, worst);
        worstOverall = std::max(worstOverall, worst);
        const QByteArray stretch = app.takeWorstStretch();
        std::printf("%6.0f %8.1f %9d %8lld %7lld %7lld %9.2f %9.2f %9.2f %10.2f %8lld %6lld  %.1f/%.1f %s | %s\n",
                    clock.elapsed() / 1000.0, rss / 1e6, session.instances()->rowCount(),
                    static_cast<long long>(registry->changes()), static_cast<long long>(deltas),
                    static_cast<long long>(fulls), p50, p99, worst, worstModelsMs, static_cast<long long>(largestUpdate),
                    static_cast<long long>(errors), slowest.wallMs, slowest.cpuMs, slowest.what.constData(),
                    stretch.constData());
        worstModelsMs = 0;
        largestUpdate = 0;
        std::fflush(stdout);
        if (clock.elapsed() >= minutes * 60000) {
            std::printf("after the warm-up: memory growth %+.1f MB, worst timer lateness %.1f ms; "
                        "registered: %s, failed heartbeats: %lld\n",
                        (rss - firstRss) / 1e6, worstLate, client.isRegistered() ? "yes" : "no",
                        static_cast<long long>(heartbeatsFailed));
            std::printf("whole run, first fetch and %lld whole-registry flips included: worst timer lateness %.1f ms "
                        "(the longest event-loop turn on the GUI thread), errors %lld\n",
                        static_cast<long long>(flips), worstOverall, static_cast<long long>(errors));
            QCoreApplication::quit();
        }
    });
    report.start(parser.value(QStringLiteral("report-seconds")).toInt() * 1000);
    QTimer inject;
    inject.setObjectName(QStringLiteral("soak-inject"));
    QObject::connect(&inject, &QTimer::timeout, &app, [&] {
        ++flips;
        QMetaObject::invokeMethod(registry, [registry] { registry->flipAll(); });
    });
    if (const int every = parser.value(QStringLiteral("inject-seconds")).toInt(); every > 0)
        inject.start(every * 1000);
    client.start();
    session.start();
    const int rc = app.exec();
    session.stop();
    client.stop();
    QMetaObject::invokeMethod(registry, [registry] { delete registry; }, Qt::BlockingQueuedConnection);
    registryThread.quit();
    registryThread.wait();
    return rc;
}
