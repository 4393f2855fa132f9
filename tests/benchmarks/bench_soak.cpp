// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// The soak run: an embedded registry of many instances with steady churn (its own process, over
// loopback HTTP), one EurekaClient that registers itself, and the dashboard's own
// DashboardSession (its discovery client, models, change feeder and lease refresh) with the
// sorted instance table on the offscreen platform. Every report prints the process's memory (its
// free heap given back first only at the baseline and the last report: the growth compares those) and
// how late a 10 ms timer on the GUI thread fired: the worst of those is the longest event-loop
// turn, which must stay under a 16 ms frame, and memory must stay flat. It also names the
// longest single event of the window and its CPU time (the rest is time waiting for a core),
// and what the worst stretch between two ticks of the 10 ms timer was made of.
// Every --inject-seconds the registry re-registers all its instances with their status flipped,
// so the next delta modifies the whole registry (a deploy wave, a zone failing).
//
// The registry runs in a child process (this program with --serve-registry) at the lowest
// priority: in production the registry is another machine. Not a thread of this process: on
// this VM (PVM, shadow page tables) a thread that unmaps memory stalls the other threads of its
// process for up to ~15 ms while the host resyncs their page tables, and that stall is charged to
// them as CPU time. The registry's 110 MB answers made most of the GUI thread's worst stretches
// out of those stalls (no event ran; perf took no sample). --registry-in-process brings back
// that setup for comparison.
//
// Usage: bench_soak [--minutes M] [--instances N] [--churn-percent P] [--fetch-seconds S] [--report-seconds R]
//                   [--warmup-seconds W] [--inject-seconds I] [--lease-refresh-seconds L] [--registry-in-process]
//                   [--response-cache-seconds C] [--heap-records]
//        (defaults: 1 minute, 100000 instances, 1 % churn a minute, 5 s fetches, reports every 30 s,
//        210 s warm-up: the seeded registrations stay in the server's deltas for its 3-minute
//        retention, so the first deltas carry the whole registry, as a real server's would after a
//        mass registration; growth and lateness are measured from the first report after it;
//        the dashboard's lease refresh every 60 s, the registry's read-only response cache 30 s as
//        in production)
#include "benchutil.h"
#include "changefeeder.h"
#include "connectionprofile.h"
#include "dashboardsession.h"
#include "heaptuning.h"
#include "instancefilterproxy.h"
#include "instancetablemodel.h"
#include "instancetableview.h"
#include "recordslabs_p.h"
#include "registrygenerator.h"

#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/registryserver.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QTemporaryDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QProcess>
#include <QtCore/QSocketNotifier>
#include <QtCore/QRandomGenerator>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <cstdio>
#include <map>
#include <ctime>

#include <sys/resource.h>
#include <unistd.h>

using namespace Eureka;
using namespace std::chrono_literals;

namespace {

// Lives in the registry thread: the server, its seed and the churn (status flips through the
// REST API as instances would send them, plus instances leaving and new ones arriving).
class ChurningRegistry : public QObject
{
public:
    ChurningRegistry(int instances, double churnPercentPerMinute, int responseCacheSeconds)
        : m_instances(instances)
        , m_perSecond(instances * churnPercentPerMinute / 100.0 / 60.0)
        , m_responseCache(std::chrono::seconds(responseCacheSeconds))
    {
    }

    quint16 start()
    {
        RegistryServer::Options options;
        options.evictionInterval = 24h; // seeded leases are never renewed; churn is ours to choose
        // As production servers answer reads (Netflix's and Spring Cloud's default: 30 s). With
        // every change visible at once, the registry re-encoded the whole-registry delta for
        // each fetch after a flip, and at nice 19 on the soak's two busy cores it left fetches
        // unanswered past the client's 5 s timeout: errors of the harness, not of the client.
        options.readOnlyResponseCache = m_responseCache;
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
    // In blocks of 2,000 a turn, so that the server keeps answering meanwhile, as a real one does
    // while registrations pour in: in one turn, at nice 19 beside the soak's busy process, the
    // 100,000 registrations held its event loop past the client's 5 s timeout.
    void flipAll()
    {
        m_flipped = !m_flipped;
        flipFrom(0, m_next);
    }

private:
    void flipFrom(int first, int end)
    {
        const int last = std::min(end, first + 2000);
        for (int i = first; i < last; ++i) {
            InstanceInfo info = RegistryGenerator::instance(i / 20, i % 20);
            info.setStatus(m_flipped ? InstanceStatus::Down : InstanceStatus::Up);
            m_server->registerInstance(info);
        }
        m_changes += last - first;
        if (last < end)
            QMetaObject::invokeMethod(this, [this, last, end] { flipFrom(last, end); }, Qt::QueuedConnection);
    }

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
    std::chrono::milliseconds m_responseCache;
    double m_debt = 0;
    int m_next = 0;
    bool m_flipped = false;
    qint64 m_changes = 0;
    RegistryServer *m_server = nullptr;
    QNetworkAccessManager *m_http = nullptr;
};

// The churning registry in a child process: it prints its port, then its change count every
// second, and flips on "flip" from its standard input; it ends when that input closes.
int serveRegistry(int instances, double churnPercent, int responseCacheSeconds)
{
    // The lowest priority, as the in-process registry thread had.
    setpriority(PRIO_PROCESS, 0, 19);
    ChurningRegistry registry(instances, churnPercent, responseCacheSeconds);
    std::printf("port %d\n", registry.start());
    std::fflush(stdout);
    QTimer tell;
    QObject::connect(&tell, &QTimer::timeout, &registry, [&registry] {
        std::printf("changes %lld\n", static_cast<long long>(registry.changes()));
        std::fflush(stdout);
    });
    tell.start(1000);
    QSocketNotifier input(0, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &registry, [&registry, &input] {
        char buffer[64];
        const ssize_t got = ::read(0, buffer, sizeof buffer);
        if (got <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
            return;
        }
        for (ssize_t i = 0; i < got; ++i) {
            if (buffer[i] == '\n')
                registry.flipAll();
        }
    });
    return QCoreApplication::exec();
}

// The registry as the soak drives it, in a child process or in a thread of this one.
class SoakRegistry
{
public:
    SoakRegistry(bool inProcess, int instances, double churnPercent, int responseCacheSeconds)
    {
        if (inProcess) {
            m_local = new ChurningRegistry(instances, churnPercent, responseCacheSeconds);
            m_local->moveToThread(&m_thread);
            m_thread.start(QThread::IdlePriority);
            QMetaObject::invokeMethod(m_local, [this] { m_port = m_local->start(); }, Qt::BlockingQueuedConnection);
            return;
        }
        QObject::connect(&m_child, &QProcess::readyReadStandardOutput, [this] { readChild(); });
        m_child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_child.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--serve-registry"), QStringLiteral("--instances"), QString::number(instances),
                       QStringLiteral("--churn-percent"), QString::number(churnPercent),
                       QStringLiteral("--response-cache-seconds"), QString::number(responseCacheSeconds)});
        // Before the event loop runs: the soak cannot start without the registry's port.
        while (m_port == 0 && m_child.waitForReadyRead(120000))
            readChild();
        if (m_port == 0)
            qFatal("the registry process did not start: %s", qPrintable(m_child.errorString()));
    }
    ~SoakRegistry()
    {
        if (m_local) {
            QMetaObject::invokeMethod(m_local, [local = m_local] { delete local; }, Qt::BlockingQueuedConnection);
            m_thread.quit();
            m_thread.wait();
            return;
        }
        m_child.closeWriteChannel();
        if (!m_child.waitForFinished(10000))
            m_child.kill();
    }
    quint16 port() const { return m_port; }
    qint64 changes() const { return m_local ? m_local->changes() : m_changes; }
    void flipAll()
    {
        if (m_local)
            QMetaObject::invokeMethod(m_local, [local = m_local] { local->flipAll(); });
        else
            m_child.write("flip\n");
    }

private:
    void readChild()
    {
        while (m_child.canReadLine()) {
            const QList<QByteArray> words = m_child.readLine().trimmed().split(' ');
            if (words.size() == 2 && words[0] == "port")
                m_port = quint16(words[1].toUInt());
            else if (words.size() == 2 && words[0] == "changes")
                m_changes = words[1].toLongLong();
        }
    }

    ChurningRegistry *m_local = nullptr;
    QThread m_thread;
    QProcess m_child;
    quint16 m_port = 0;
    qint64 m_changes = 0;
};

// How late a 10 ms timer fires on this thread's event loop.
class LatencyProbe : public QObject
{
public:
    // \a onTick hears each lateness, as it is measured.
    explicit LatencyProbe(std::function<void(double)> onTick)
        : m_onTick(std::move(onTick))
    {
        m_timer.setParent(this); // moves to another thread with the probe
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
    // The same for a probe on another thread, which keeps ticking while this one measures.
    void pause() { m_timer.stop(); }
    void resume()
    {
        m_clock.restart();
        m_timer.start(10);
    }

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
        const ThreadUsage usage = ThreadUsage::now();
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
            // Where the CPU went: user or kernel (page faults, TLB shootdowns from other threads'
            // unmapping), and whether the thread was preempted.
            m_worstStretch = (text.isEmpty() ? QByteArray("no event") : text) + "; CPU " + QByteArray::number(cpuMs, 'f', 1)
                + " ms (user " + QByteArray::number(usage.userMs - m_stretchUsage.userMs, 'f', 1) + ", system "
                + QByteArray::number(usage.systemMs - m_stretchUsage.systemMs, 'f', 1) + ", "
                + QByteArray::number(usage.minorFaults - m_stretchUsage.minorFaults) + " page faults, "
                + QByteArray::number(usage.preemptions - m_stretchUsage.preemptions) + " preemptions; CLOCK_MONOTONIC "
                + QByteArray::number(m_stretchStart, 'f', 3) + "-" + QByteArray::number(monotonicSeconds(), 'f', 3) + " s)";
        }
        m_stretch.clear();
        m_stretchCpu = threadCpuMs();
        m_stretchUsage = ThreadUsage::now();
        m_stretchStart = monotonicSeconds();
    }
    QByteArray takeWorstStretch()
    {
        m_worstStretchLate = 0;
        return std::exchange(m_worstStretch, {});
    }
    // For the report's own event (reading the resident memory is slow and not the client's).
    void ignoreCurrentEvent() { m_ignoreCurrent = true; }

private:
    struct ThreadUsage {
        double userMs = 0;
        double systemMs = 0;
        long minorFaults = 0;
        long preemptions = 0;
        static ThreadUsage now()
        {
            rusage u{};
            getrusage(RUSAGE_THREAD, &u);
            return {u.ru_utime.tv_sec * 1e3 + u.ru_utime.tv_usec / 1e3, u.ru_stime.tv_sec * 1e3 + u.ru_stime.tv_usec / 1e3,
                    u.ru_minflt, u.ru_nivcsw};
        }
    };
    // To find the stretch in a `perf record -k CLOCK_MONOTONIC` of this thread.
    static double monotonicSeconds()
    {
        timespec ts{};
        clock_gettime(CLOCK_MONOTONIC, &ts);
        return double(ts.tv_sec) + ts.tv_nsec / 1e9;
    }
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
    ThreadUsage m_stretchUsage;
    double m_stretchStart = 0;
    double m_worstStretchLate = 0;
    QByteArray m_worstStretch;
};

} // namespace

int main(int argc, char *argv[])
{
    keepFreedHeapForReuse(); // as eureka-dashboard's main() does
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The session's status history (a database of 40 MB by the end) goes to a scratch place, not
    // into the user's data.
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
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
    parser.addOption({QStringLiteral("response-cache-seconds"),
                      QStringLiteral("The registry's read-only response cache (0: every change visible at once)."),
                      QStringLiteral("C"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("heap-records"),
                      QStringLiteral("Keep every record in the heap, as before record slabs (for comparison).")});
    parser.addOption({QStringLiteral("registry-in-process"),
                      QStringLiteral("Run the registry in a thread of this process, not in a child process.")});
    QCommandLineOption serve(QStringLiteral("serve-registry"), QStringLiteral("Internal: be the registry process."));
    serve.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(serve);
    parser.addHelpOption();
    parser.process(app);
    const double minutes = parser.value(QStringLiteral("minutes")).toDouble();
    const int instances = parser.value(QStringLiteral("instances")).toInt();
    const double churnPercent = parser.value(QStringLiteral("churn-percent")).toDouble();
    const int responseCacheSeconds = parser.value(QStringLiteral("response-cache-seconds")).toInt();
    if (parser.isSet(serve))
        return serveRegistry(instances, churnPercent, responseCacheSeconds);
    RecordSlabs::setEnabled(!parser.isSet(QStringLiteral("heap-records")));

    auto registry = std::make_unique<SoakRegistry>(parser.isSet(QStringLiteral("registry-in-process")), instances,
                                                   churnPercent, responseCacheSeconds);
    const quint16 port = registry->port();
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
    InstanceTableView view; // the dashboard's own instance view
    view.setModel(&proxy);
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
    // The same probe on a thread of this process that does nothing else: how late a thread with
    // no work is woken on this machine under the same load (other threads' CPU, the VM's stalls
    // when they remap memory). The GUI thread's figure is read beside it.
    QThread floorThread;
    floorThread.setObjectName(QStringLiteral("soak-floor"));
    floorThread.start();
    auto *floorProbe = new LatencyProbe([](double) {});
    floorProbe->moveToThread(&floorThread); // its timer (a child) goes with it and restarts there
    double worstFloor = 0, worstFloorOverall = 0;
    QElapsedTimer clock;
    clock.start();
    const qint64 warmupMs = parser.value(QStringLiteral("warmup-seconds")).toLongLong() * 1000;
    qint64 firstRss = 0;
    double worstLate = 0;    // after the warm-up
    double worstOverall = 0; // from the first fetch on
    std::printf("soak: %d instances, %s %% churn a minute, fetch every %s s, lease refresh every %s s, the registry's "
                "response cache %d s, records %s, %.1f minutes\n",
                instances, qPrintable(parser.value(QStringLiteral("churn-percent"))),
                qPrintable(parser.value(QStringLiteral("fetch-seconds"))),
                qPrintable(parser.value(QStringLiteral("lease-refresh-seconds"))), responseCacheSeconds,
                parser.isSet(QStringLiteral("heap-records")) ? "all in the heap" : "as the dashboard keeps them", minutes);
    std::printf("%6s %8s %9s %8s %7s %7s %9s %9s %9s %9s %10s %8s %6s  %s\n", "t (s)", "RSS MB", "instances", "changes",
                "deltas", "fulls", "p50 ms", "p99 ms", "worst ms", "floor ms", "models ms", "largest", "errors",
                "longest event: wall/CPU ms, receiver/event type | the worst stretch between two ticks: its events, ms");
    qint64 flips = 0;
    QTimer report;
    report.setObjectName(QStringLiteral("soak-report"));
    QObject::connect(&report, &QTimer::timeout, &app, [&] {
        const auto [p50, p99, worst] = probe.take();
        double floor = 0;
        QMetaObject::invokeMethod(
            floorProbe, [&floor, floorProbe] {
                floor = std::get<2>(floorProbe->take());
                floorProbe->pause();
            },
            Qt::BlockingQueuedConnection);
        const TimedApplication::Slowest slowest = app.takeSlowest();
        const bool warm = clock.elapsed() >= warmupMs;
        const bool baseline = warm && firstRss == 0;
        const bool last = clock.elapsed() >= minutes * 60000;
        // Trimmed only for the two figures the growth is computed from: a trim gives back the
        // free pages the next turns would fault in again, on the thread being measured.
        const qint64 rss = BenchUtil::residentBytes(baseline || last);
        QMetaObject::invokeMethod(floorProbe, [floorProbe] { floorProbe->resume(); });
        probe.skipSinceLastTick();
        app.ignoreCurrentEvent();
        if (baseline)
            firstRss = rss;
        if (warm && !baseline) {
            worstLate = std::max(worstLate, worst);
            worstFloor = std::max(worstFloor, floor);
        }
        worstOverall = std::max(worstOverall, worst);
        worstFloorOverall = std::max(worstFloorOverall, floor);
        const QByteArray stretch = app.takeWorstStretch();
        std::printf("%6.0f %8.1f %9d %8lld %7lld %7lld %9.2f %9.2f %9.2f %9.2f %10.2f %8lld %6lld  %.1f/%.1f %s | %s\n",
                    clock.elapsed() / 1000.0, rss / 1e6, session.instances()->rowCount(),
                    static_cast<long long>(registry->changes()), static_cast<long long>(deltas),
                    static_cast<long long>(fulls), p50, p99, worst, floor, worstModelsMs, static_cast<long long>(largestUpdate),
                    static_cast<long long>(errors), slowest.wallMs, slowest.cpuMs, slowest.what.constData(),
                    stretch.constData());
        worstModelsMs = 0;
        largestUpdate = 0;
        std::fflush(stdout);
        if (last) {
            std::printf("after the warm-up: memory growth %+.1f MB, worst timer lateness %.1f ms (an idle thread's: %.1f ms); "
                        "registered: %s, failed heartbeats: %lld; record slabs mapped at the end: %.1f MB\n",
                        (rss - firstRss) / 1e6, worstLate, worstFloor, client.isRegistered() ? "yes" : "no",
                        static_cast<long long>(heartbeatsFailed),
                        double(RecordSlabs::mappedCount()) * RecordSlabs::SlabBytes / 1e6);
            std::printf("whole run, first fetch and %lld whole-registry flips included: worst timer lateness %.1f ms "
                        "(the longest event-loop turn on the GUI thread; an idle thread of this process: %.1f ms), "
                        "errors %lld\n",
                        static_cast<long long>(flips), worstOverall, worstFloorOverall, static_cast<long long>(errors));
            QCoreApplication::quit();
        }
    });
    report.start(parser.value(QStringLiteral("report-seconds")).toInt() * 1000);
    QTimer inject;
    inject.setObjectName(QStringLiteral("soak-inject"));
    QObject::connect(&inject, &QTimer::timeout, &app, [&] {
        ++flips;
        registry->flipAll();
    });
    if (const int every = parser.value(QStringLiteral("inject-seconds")).toInt(); every > 0)
        inject.start(every * 1000);
    client.start();
    session.start();
    const int rc = app.exec();
    QMetaObject::invokeMethod(floorProbe, [floorProbe] { delete floorProbe; }, Qt::BlockingQueuedConnection);
    floorThread.quit();
    floorThread.wait();
    session.stop();
    client.stop();
    registry.reset();
    return rc;
}
