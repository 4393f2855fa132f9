// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "doctor.h"

#include <EurekaClient/clusterresolver.h>
#include <EurekaClient/codec.h>

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimer>

using namespace Eureka;
using Level = DoctorFinding::Level;

namespace {

QString withoutCredentials(QUrl url)
{
    url.setUserInfo(QString());
    return url.toString();
}

// Other context paths a server might use: Spring Cloud serves /eureka/, Netflix's war /eureka/v2/.
QList<QUrl> alternatives(const QUrl &configured)
{
    const QString path = configured.path();
    QStringList paths;
    if (path.endsWith(QLatin1String("/eureka/v2/")))
        paths << path.chopped(3);
    else if (path.endsWith(QLatin1String("/eureka/")))
        paths << path + QStringLiteral("v2/");
    else
        paths << path + QStringLiteral("eureka/") << path + QStringLiteral("eureka/v2/");
    if (!path.startsWith(QLatin1String("/eureka/")))
        paths << QStringLiteral("/eureka/") << QStringLiteral("/eureka/v2/");
    QList<QUrl> urls;
    for (const QString &p : std::as_const(paths)) {
        QUrl url = configured;
        url.setPath(p);
        if (url != configured && !urls.contains(url))
            urls.append(url);
    }
    return urls;
}

// What a non-Eureka answer was, in a few words.
QString describe(TransportReply *reply)
{
    if (reply->httpStatus() == 0)
        return QStringLiteral("no answer (%1)").arg(reply->errorString());
    const QByteArray type = reply->header("Content-Type");
    const QByteArray head = reply->body().left(512).trimmed();
    if (type.contains("html") || head.toLower().startsWith("<!doctype html") || head.toLower().startsWith("<html")) {
        static const QRegularExpression title(QStringLiteral("<title>\\s*([^<]{1,80})"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = title.match(QString::fromUtf8(reply->body().left(4096)));
        return m.hasMatch() ? QStringLiteral("HTTP %1 with an HTML page (\"%2\")").arg(reply->httpStatus()).arg(m.captured(1).trimmed())
                            : QStringLiteral("HTTP %1 with an HTML page").arg(reply->httpStatus());
    }
    QString excerpt = QString::fromUtf8(head.left(60)).simplified();
    return excerpt.isEmpty() ? QStringLiteral("HTTP %1").arg(reply->httpStatus())
                             : QStringLiteral("HTTP %1: %2").arg(reply->httpStatus()).arg(excerpt);
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

} // namespace

Doctor::Doctor(const SpringConfig &config, const Options &options, QObject *parent)
    : QObject(parent), m_config(config), m_options(options)
{
}

Doctor::~Doctor() = default;

Level Doctor::worst() const
{
    Level level = Level::Ok;
    for (const DoctorFinding &f : m_findings)
        level = std::max(level, f.level);
    return level;
}

void Doctor::add(const QString &check, const QString &target, Level level, const QString &message, const QString &fix)
{
    m_findings.append({check, target, level, message, fix});
}

QList<DoctorFinding> Doctor::findings() const
{
    // Answers arrive in any order; people read the configuration, then each server in the order
    // a client tries them, then the cluster.
    auto rank = [this](const DoctorFinding &f) {
        for (qsizetype i = 0; i < m_servers.size(); ++i) {
            if (m_servers.at(i).display == f.target)
                return i + 1;
        }
        return f.target == QLatin1String("cluster") ? m_servers.size() + 1 : qsizetype(0);
    };
    QList<DoctorFinding> sorted = m_findings;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&rank](const DoctorFinding &a, const DoctorFinding &b) { return rank(a) < rank(b); });
    return sorted;
}

void Doctor::start()
{
    checkZones();
    m_resolver = ClusterResolver::create(m_config.client, this);
    const ClientConfig &client = m_config.client;
    if (client.dnsDomain.isEmpty()) {
        serversFound(m_resolver->endpoints(), client.zoneServiceUrls.isEmpty() ? QStringLiteral("the service URLs")
                                                                               : QStringLiteral("the zones map"));
        return;
    }
    const QString name = QStringLiteral("txt.%1.%2").arg(client.region, client.dnsDomain);
    auto *timeout = new QTimer(this);
    timeout->setSingleShot(true);
    auto fail = [this, name, timeout](const QString &why) {
        timeout->stop();
        disconnect(m_resolver, nullptr, this, nullptr);
        add(QStringLiteral("dns"), name, Level::Fail, QStringLiteral("DNS TXT discovery failed: %1").arg(why),
            QStringLiteral("Check eureka.client.eureka-server-d-n-s-name (--dns-domain) and the region (--region): the "
                           "client reads the zones from TXT txt.REGION.DOMAIN and each zone's servers from TXT "
                           "txt.ZONE.DOMAIN. dig -t TXT %1 shows what the DNS server has.")
                .arg(name));
        // When only some zones failed, the others' servers are in endpoints() once the round ends.
        QTimer::singleShot(0, this, [this] { serversFound(m_resolver->endpoints(), QStringLiteral("DNS")); });
    };
    connect(m_resolver, &ClusterResolver::refreshed, this, [this, name, timeout] {
        timeout->stop();
        disconnect(m_resolver, nullptr, this, nullptr);
        const QList<EurekaEndpoint> endpoints = m_resolver->endpoints();
        QStringList zones;
        for (const EurekaEndpoint &e : endpoints) {
            if (!zones.contains(e.zone()))
                zones.append(e.zone());
        }
        add(QStringLiteral("dns"), name, Level::Ok,
            QStringLiteral("TXT records list %1 server(s) in zone(s) %2").arg(endpoints.size()).arg(zones.join(QStringLiteral(", "))));
        serversFound(endpoints, QStringLiteral("DNS"));
    });
    connect(m_resolver, &ClusterResolver::errorOccurred, this, [fail](Error, const QString &text) { fail(text); });
    connect(timeout, &QTimer::timeout, this, [fail, this] {
        fail(QStringLiteral("no answer within %1 ms").arg(m_config.client.requestTimeout.count()));
    });
    timeout->start(m_config.client.requestTimeout);
    m_resolver->refresh();
}

void Doctor::checkZones()
{
    const ClientConfig &client = m_config.client;
    if (client.zoneServiceUrls.isEmpty() || client.zone.isEmpty())
        return;
    const QStringList zones = client.zoneServiceUrls.keys();
    if (client.zoneServiceUrls.contains(client.zone)) {
        add(QStringLiteral("zone"), QStringLiteral("configuration"), Level::Ok,
            QStringLiteral("own zone %1 is in the zones map (%2): its servers are tried first")
                .arg(client.zone, zones.join(QStringLiteral(", "))));
        return;
    }
    add(QStringLiteral("zone"), QStringLiteral("configuration"), Level::Warn,
        QStringLiteral("own zone %1 is not in the zones map (%2): no server counts as this client's zone, so zone "
                       "affinity is lost and every server is as likely as another")
            .arg(client.zone, zones.join(QStringLiteral(", "))),
        QStringLiteral("Add eureka.client.service-url.%1 with that zone's servers, or set the instance's zone "
                       "(eureka.instance.metadata-map.zone, or the first of eureka.client.availability-zones.%2) to "
                       "one of %3.")
            .arg(client.zone, client.region, zones.join(QStringLiteral(", "))));
}

void Doctor::serversFound(const QList<EurekaEndpoint> &endpoints, const QString &source)
{
    if (endpoints.isEmpty()) {
        if (m_config.client.dnsDomain.isEmpty()) {
            add(QStringLiteral("servers"), QStringLiteral("configuration"), Level::Fail,
                QStringLiteral("no usable Eureka server URL in the configuration"),
                QStringLiteral("Set eureka.client.service-url.defaultZone (--server), e.g. http://eureka:8761/eureka/."));
        }
        QTimer::singleShot(0, this, &Doctor::finished);
        return;
    }
    add(QStringLiteral("servers"), QStringLiteral("configuration"), Level::Ok,
        QStringLiteral("%1 server(s) from %2, in the order a client tries them").arg(endpoints.size()).arg(source));
    for (const EurekaEndpoint &endpoint : endpoints) {
        Server server;
        server.endpoint = endpoint;
        QUrl url = endpoint.serviceUrl();
        if (!url.userName().isEmpty()) {
            server.authorization = "Basic "
                + (url.userName(QUrl::FullyDecoded) + QLatin1Char(':') + url.password(QUrl::FullyDecoded)).toUtf8().toBase64();
        }
        url.setUserInfo(QString());
        server.display = url.toString();
        server.candidates = QList<QUrl>{url} + alternatives(url);
        m_servers.append(server);
    }
    for (qsizetype i = 0; i < m_servers.size(); ++i)
        probe(i);
}

void Doctor::probe(qsizetype index)
{
    Server &server = m_servers[index];
    TransportRequest request;
    request.url = server.candidates.at(server.tried).resolved(QUrl(QStringLiteral("apps")));
    request.headers = {{"Accept", "application/json"}};
    if (!server.authorization.isEmpty())
        request.headers.append({"Authorization", server.authorization});
    request.followRedirects = true;
    request.maxResponseBytes = m_config.client.maxResponseSize;
    TransportReply *reply = m_transport.send(request);
    QElapsedTimer timer;
    timer.start();
    auto *timeout = new QTimer(reply);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, reply, &TransportReply::abort);
    timeout->start(m_config.client.requestTimeout);
    connect(reply, &TransportReply::finished, this, [this, index, reply, timer] {
        reply->deleteLater();
        answered(index, reply, timer.elapsed());
    });
}

void Doctor::answered(qsizetype index, TransportReply *reply, qint64 elapsedMs)
{
    Server &server = m_servers[index];
    const QUrl url = server.candidates.at(server.tried);
    const bool configured = server.tried == 0;
    const int status = reply->httpStatus();
    if (status == 401 || status == 403) {
        const bool sent = !server.authorization.isEmpty();
        add(QStringLiteral("credentials"), server.display, Level::Fail,
            sent ? QStringLiteral("the server refused the credentials (HTTP %1)").arg(status)
                 : QStringLiteral("the server wants credentials (HTTP %1) and none were given").arg(status),
            sent ? QStringLiteral("Check the user and password: in the service URL (http://user:password@host/eureka/), or "
                                  "--user and --password-file. Spring Security on the server may also refuse the "
                                  "role or require CSRF to be off for /eureka/**.")
                 : QStringLiteral("Give them in the service URL (http://user:password@host/eureka/), or with --user and "
                                  "--password-file."));
        serverDone(index);
        return;
    }
    if (configured && status == 0) {
        add(QStringLiteral("server"), server.display, Level::Fail,
            QStringLiteral("unreachable: %1").arg(reply->errorString()),
            QStringLiteral("Is a Eureka server running at %1:%2? Check the host and port in the URL, that the server "
                           "is up, and firewalls between here and there.")
                .arg(url.host())
                .arg(url.port(url.scheme() == QLatin1String("https") ? 443 : 80)));
        serverDone(index);
        return;
    }
    if (status >= 500 && configured) {
        add(QStringLiteral("server"), server.display, Level::Fail, QStringLiteral("server error: %1").arg(describe(reply)),
            QStringLiteral("The server is up but failing; its own log says why (still starting, out of memory, a "
                           "proxy in front of it without a backend)."));
        serverDone(index);
        return;
    }
    if (status >= 200 && status < 300) {
        CodecError error;
        const Applications apps = Codec::decodeApplications(
            reply->body(), Codec::formatFromContentType(reply->header("Content-Type")), &error);
        if (!error.isError() && reply->body().contains("applications")) {
            server.apps = apps;
            accept(index, url, reply, elapsedMs);
            return;
        }
    }
    if (configured)
        server.firstProblem = describe(reply);
    if (++server.tried < server.candidates.size()) {
        probe(index);
        return;
    }
    add(QStringLiteral("server"), server.display, Level::Fail,
        QStringLiteral("not a Eureka server: GET apps answered %1, and no other context path did better")
            .arg(server.firstProblem),
        QStringLiteral("Is this the Eureka server's URL? Spring Cloud's server answers at http://HOST:8761/eureka/, "
                       "Netflix's eureka-server war at http://HOST:8080/eureka/v2/."));
    serverDone(index);
}

void Doctor::accept(qsizetype index, const QUrl &url, TransportReply *reply, qint64 elapsedMs)
{
    Server &server = m_servers[index];
    server.good = true;
    const QString target = server.display;
    if (server.tried > 0) {
        add(QStringLiteral("context-path"), target, Level::Fail,
            QStringLiteral("wrong context path: GET apps answered %1 there, but %2 is the registry")
                .arg(server.firstProblem, url.toString()),
            QStringLiteral("Use %1 as the service URL (Spring Cloud serves /eureka/, Netflix's eureka-server war "
                           "/eureka/v2/).")
                .arg(url.toString()));
    }
    add(QStringLiteral("server"), target, Level::Ok,
        QStringLiteral("a Eureka server%1: %2 application(s), %3 instance(s), answered in %4 ms")
            .arg(server.tried > 0 ? QStringLiteral(" at ") + url.toString() : QString())
            .arg(server.apps.size())
            .arg(server.apps.instanceCount())
            .arg(elapsedMs));
    if (!server.authorization.isEmpty())
        add(QStringLiteral("credentials"), target, Level::Ok, QStringLiteral("credentials accepted"));

    // The Date header has a resolution of a second; half the round trip is the uncertainty.
    const QByteArray date = reply->header("Date");
    // "Wed, 02 Dec 2026 05:22:54 GMT" (RFC 9110 5.6.7); Qt's RFC 2822 parser wants a numeric zone.
    QDateTime serverTime = QLocale::c().toDateTime(QString::fromLatin1(date), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    serverTime.setTimeSpec(Qt::UTC);
    if (!serverTime.isValid()) {
        add(QStringLiteral("clock"), target, Level::Warn,
            date.isEmpty() ? QStringLiteral("no Date header: cannot compare clocks")
                           : QStringLiteral("unreadable Date header \"%1\": cannot compare clocks").arg(QString::fromLatin1(date)),
            QStringLiteral("A proxy may strip it; check the clocks by hand (timedatectl on both machines)."));
    } else {
        const qint64 local = QDateTime::currentMSecsSinceEpoch() - elapsedMs / 2;
        const qint64 skew = serverTime.toMSecsSinceEpoch() - local;
        const qint64 tolerance = m_options.clockTolerance.count() + 1000 + elapsedMs / 2;
        if (std::abs(skew) <= tolerance) {
            add(QStringLiteral("clock"), target, Level::Ok,
                QStringLiteral("clock %1 s from this machine's (tolerance %2 s)")
                    .arg(seconds(std::abs(skew)), seconds(m_options.clockTolerance.count())));
        } else {
            add(QStringLiteral("clock"), target, Level::Warn,
                QStringLiteral("clock %1 s %2 this machine's").arg(seconds(std::abs(skew)), skew > 0 ? QStringLiteral("ahead of")
                                                                                                     : QStringLiteral("behind")),
                QStringLiteral("Synchronise the clocks (chrony or systemd-timesyncd on both). Eureka servers keep the "
                               "newer of two lastDirtyTimestamp values set by different machines, and lease ages are "
                               "counted on the server's clock: a skewed clock loses updates and misleads dashboards."));
        }
    }

    const QString sent = server.apps.appsHashCode();
    const QString computed = server.apps.reconcileHashCode();
    if (sent.isEmpty() && !computed.isEmpty()) {
        add(QStringLiteral("hash"), target, Level::Warn, QStringLiteral("no apps__hashcode in the answer"),
            QStringLiteral("Clients cannot check their deltas against this server; is it a Eureka 1.x server?"));
    } else if (sent != computed) {
        add(QStringLiteral("hash"), target, Level::Warn,
            QStringLiteral("apps__hashcode %1 does not match the registry it sent (%2): clients' deltas will not "
                           "reconcile and they fall back to full fetches")
                .arg(sent, computed),
            QStringLiteral("Something between the server and here changes the answer (a proxy, a cache), or the "
                           "server is inconsistent; compare with another server."));
    } else {
        add(QStringLiteral("hash"), target, Level::Ok,
            sent.isEmpty() ? QStringLiteral("an empty registry, and an empty apps__hashcode")
                           : QStringLiteral("apps__hashcode %1 matches its registry").arg(sent));
    }

    if (!m_options.instanceId.isEmpty()) {
        const QString app = (m_options.app.isEmpty() ? m_config.instance.appName : m_options.app).toUpper();
        const InstanceInfo info = server.apps.application(app).instance(m_options.instanceId);
        const QString who = QStringLiteral("%1/%2").arg(app, m_options.instanceId);
        if (info.isNull()) {
            add(QStringLiteral("instance"), target, Level::Fail, QStringLiteral("%1 is not registered here").arg(who),
                QStringLiteral("Is the instance running and registering with this server "
                               "(eureka.client.register-with-eureka, its service URL, the application name)? A new "
                               "registration can take 30 s to show (the server's read cache)."));
        } else if (info.status() != InstanceStatus::Up) {
            add(QStringLiteral("instance"), target, Level::Warn,
                QStringLiteral("%1 is registered as %2: callers will not pick it").arg(who, info.statusText()),
                info.overriddenStatus() != InstanceStatus::Unknown
                    ? QStringLiteral("An operator's override holds it (%1): eurekactl status --clear %2 %3.")
                          .arg(info.overriddenStatusText(), app, m_options.instanceId)
                    : QStringLiteral("Its own status or health check says so; see its health endpoint."));
        } else {
            add(QStringLiteral("instance"), target, Level::Ok, QStringLiteral("%1 is registered and UP").arg(who));
        }
    }
    serverDone(index);
}

void Doctor::serverDone(qsizetype index)
{
    m_servers[index].done = true;
    for (const Server &server : std::as_const(m_servers)) {
        if (!server.done)
            return;
    }
    compareServers();
    Q_EMIT finished();
}

void Doctor::compareServers()
{
    QList<const Server *> good;
    for (const Server &server : std::as_const(m_servers)) {
        if (server.good)
            good.append(&server);
    }
    if (good.size() < 2)
        return;
    // What each server holds: instance -> status.
    auto holdings = [](const Applications &apps) {
        QHash<QString, QString> held;
        for (const Application &app : apps.applications()) {
            for (const InstanceInfo &info : app.instances())
                held.insert(app.name() + QLatin1Char('/') + info.instanceId(), info.statusText());
        }
        return held;
    };
    const QHash<QString, QString> reference = holdings(good.constFirst()->apps);
    QStringList differences;
    for (qsizetype i = 1; i < good.size(); ++i) {
        const QHash<QString, QString> other = holdings(good.at(i)->apps);
        for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
            if (!other.contains(it.key()))
                differences << QStringLiteral("%1 lacks %2").arg(good.at(i)->display, it.key());
            else if (other.value(it.key()) != it.value())
                differences << QStringLiteral("%1 has %2 %3, %4 has it %5")
                                   .arg(good.at(i)->display, it.key(), other.value(it.key()), good.constFirst()->display,
                                        it.value());
        }
        for (auto it = other.cbegin(); it != other.cend(); ++it) {
            if (!reference.contains(it.key()))
                differences << QStringLiteral("%1 has %2, %3 does not").arg(good.at(i)->display, it.key(), good.constFirst()->display);
        }
    }
    if (differences.isEmpty()) {
        add(QStringLiteral("agreement"), QStringLiteral("cluster"), Level::Ok,
            QStringLiteral("%1 servers hold the same registry (%2)").arg(good.size()).arg(good.constFirst()->apps.reconcileHashCode()));
        return;
    }
    differences.sort();
    const qsizetype shown = std::min<qsizetype>(differences.size(), 5);
    add(QStringLiteral("agreement"), QStringLiteral("cluster"), Level::Warn,
        QStringLiteral("the servers disagree (%1 difference(s)): %2%3")
            .arg(differences.size())
            .arg(differences.mid(0, shown).join(QStringLiteral("; ")))
            .arg(differences.size() > shown ? QStringLiteral("; ...") : QString()),
        QStringLiteral("Right after a change this is replication lag and clears within a replication round (30 s, "
                       "plus the servers' read cache): run again. If it stays, the servers do not replicate to each "
                       "other: check each server's own eureka.client.service-url (its peers) and that they reach "
                       "each other."));
}
