// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// The soak run: an embedded registry of many instances with steady churn (its own thread, over
// loopback HTTP), one EurekaClient that registers and fetches deltas, and the dashboard's models
// fed from it through the dashboard's ChangeFeeder, headless. Every report prints the process's
// memory and how late a 10 ms timer on the client's (GUI) thread fired: the worst of those is the
// longest event-loop turn, which must stay under a 16 ms frame, and memory must stay flat.
// Every --inject-seconds the registry re-registers all its instances with their status flipped,
// so the next delta modifies the whole registry (a deploy wave, a zone failing).
//
// Usage: bench_soak [--minutes M] [--instances N] [--churn-percent P] [--fetch-seconds S] [--report-seconds R]
//                   [--warmup-seconds W] [--inject-seconds I]
//        (defaults: 1 minute, 100000 instances, 1 % churn a minute, 5 s fetches, reports every 30 s,
//        210 s warm-up: the seeded registrations stay in the server's deltas for its 3-minute
//        retention, so the first deltas carry the whole registry, as a real server's would after a
//        mass registration; growth and lateness are measured from the first report after it)
#include "applicationlistmodel.h"
#include "benchutil.h"
#include "changefeeder.h"
#include "eventlogmodel.h"
#include "instancetablemodel.h"
#include "registrygenerator.h"

#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/registryserver.h>

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <algorithm>
#include <cstdio>

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
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double late = m_clock.nsecsElapsed() / 1e6 - 10.0;
            m_clock.restart();
            m_samples.append(std::max(0.0, late));
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
    QTimer m_timer;
    QElapsedTimer m_clock;
    QList<double> m_samples;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("minutes"), QStringLiteral("How long to run."), QStringLiteral("M"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("instances"), QStringLiteral("Registry size."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("churn-percent"), QStringLiteral("Instances changed per minute, %."), QStringLiteral("P"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("fetch-seconds"), QStringLiteral("Client fetch interval."), QStringLiteral("S"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("report-seconds"), QStringLiteral("Report interval."), QStringLiteral("R"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("warmup-seconds"), QStringLiteral("Baseline after this."), QStringLiteral("W"), QStringLiteral("210")});
    parser.addOption({QStringLiteral("inject-seconds"), QStringLiteral("Flip every instance's status this often (0: never)."),
                      QStringLiteral("I"), QStringLiteral("120")});
    parser.addHelpOption();
    parser.process(app);
    const double minutes = parser.value(QStringLiteral("minutes")).toDouble();
    const int instances = parser.value(QStringLiteral("instances")).toInt();

    QThread registryThread;
    auto *registry = new ChurningRegistry(instances, parser.value(QStringLiteral("churn-percent")).toDouble());
    registry->moveToThread(&registryThread);
    registryThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(registry, [&] { port = registry->start(); }, Qt::BlockingQueuedConnection);

    ClientConfig config;
    config.serviceUrls = {QStringLiteral("http://127.0.0.1:%1/eureka/").arg(port)};
    config.registryFetchInterval = std::chrono::seconds(parser.value(QStringLiteral("fetch-seconds")).toInt());
    InstanceConfig self;
    self.appName = QStringLiteral("soak-probe");
    self.hostName = self.ipAddress = QStringLiteral("127.0.0.1");
    self.port = 9;
    self.leaseRenewalInterval = 5s;
    EurekaClient client(config, self);

    InstanceTableModel table;
    ApplicationListModel applications;
    EventLogModel events;
    bool initial = true;
    qint64 updates = 0, errors = 0, heartbeatsFailed = 0, deltas = 0, fulls = 0;
    double worstModelsMs = 0; // this window's slowest model update
    qsizetype largestUpdate = 0;
    // As the dashboard does: the models get the changes a frame-sized slice at a time.
    ChangeFeeder feeder([&](const RegistryChanges &slice, bool first) {
        QElapsedTimer timer;
        timer.start();
        table.applyChanges(slice);
        applications.applyChanges(slice);
        if (!first)
            events.applyChanges(slice, false);
        worstModelsMs = std::max(worstModelsMs, timer.nsecsElapsed() / 1e6);
    });
    QObject::connect(&feeder, &ChangeFeeder::batchApplied, &client, [&](const RegistryChanges &all, bool first) {
        if (first)
            events.applyChanges(all, true);
    });
    QObject::connect(&client, &EurekaClient::registryUpdated, &client, [&](const RegistryChanges &changes) {
        feeder.enqueue(changes, initial);
        initial = false;
        ++updates;
        largestUpdate = std::max(largestUpdate, changes.size());
    });
    QObject::connect(&client, &EurekaClient::registryFetched, &client, [&](bool delta, bool) { ++(delta ? deltas : fulls); });
    QObject::connect(&client, &EurekaClient::errorOccurred, &client, [&](Operation, Error, const QString &text) {
        ++errors;
        std::fprintf(stderr, "error: %s\n", qPrintable(text));
    });
    QObject::connect(&client, &EurekaClient::heartbeat, &client, [&](bool ok) { heartbeatsFailed += ok ? 0 : 1; });

    LatencyProbe probe;
    QElapsedTimer clock;
    clock.start();
    const qint64 warmupMs = parser.value(QStringLiteral("warmup-seconds")).toLongLong() * 1000;
    qint64 firstRss = 0;
    double worstLate = 0;    // after the warm-up
    double worstOverall = 0; // from the first fetch on
    std::printf("soak: %d instances, %s %% churn a minute, fetch every %s s, %.1f minutes\n", instances,
                qPrintable(parser.value(QStringLiteral("churn-percent"))), qPrintable(parser.value(QStringLiteral("fetch-seconds"))),
                minutes);
    std::printf("%6s %8s %9s %8s %7s %7s %9s %9s %9s %10s %8s %6s\n", "t (s)", "RSS MB", "instances", "changes", "deltas",
                "fulls", "p50 ms", "p99 ms", "worst ms", "models ms", "largest", "errors");
    qint64 flips = 0;
    QTimer report;
    QObject::connect(&report, &QTimer::timeout, &client, [&] {
        const auto [p50, p99, worst] = probe.take();
        const qint64 rss = BenchUtil::residentBytes();
        probe.skipSinceLastTick();
        const bool warm = clock.elapsed() >= warmupMs;
        const bool baseline = warm && firstRss == 0;
        if (baseline)
            firstRss = rss;
        if (warm && !baseline)
            worstLate = std::max(worstLate, worst);
        worstOverall = std::max(worstOverall, worst);
        std::printf("%6.0f %8.1f %9d %8lld %7lld %7lld %9.2f %9.2f %9.2f %10.2f %8lld %6lld\n", clock.elapsed() / 1000.0,
                    rss / 1e6, table.rowCount(), static_cast<long long>(registry->changes()), static_cast<long long>(deltas),
                    static_cast<long long>(fulls), p50, p99, worst, worstModelsMs, static_cast<long long>(largestUpdate),
                    static_cast<long long>(errors));
        worstModelsMs = 0;
        largestUpdate = 0;
        std::fflush(stdout);
        if (clock.elapsed() >= minutes * 60000) {
            std::printf("after the warm-up: memory growth %+.1f MB, worst timer lateness %.1f ms; "
                        "registered: %s, failed heartbeats: %lld\n",
                        (rss - firstRss) / 1e6, worstLate, client.isRegistered() ? "yes" : "no",
                        static_cast<long long>(heartbeatsFailed));
            std::printf("whole run, first fetch and %lld whole-registry flips included: worst timer lateness %.1f ms "
                        "(the longest event-loop turn on the client's thread), errors %lld\n",
                        static_cast<long long>(flips), worstOverall, static_cast<long long>(errors));
            QCoreApplication::quit();
        }
    });
    report.start(parser.value(QStringLiteral("report-seconds")).toInt() * 1000);
    QTimer inject;
    QObject::connect(&inject, &QTimer::timeout, &client, [&] {
        ++flips;
        QMetaObject::invokeMethod(registry, [registry] { registry->flipAll(); });
    });
    if (const int every = parser.value(QStringLiteral("inject-seconds")).toInt(); every > 0)
        inject.start(every * 1000);
    client.start();
    const int rc = app.exec();
    client.stop();
    QMetaObject::invokeMethod(registry, [registry] { delete registry; }, Qt::BlockingQueuedConnection);
    registryThread.quit();
    registryThread.wait();
    return rc;
}
