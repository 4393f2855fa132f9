// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "demofleet.h"

#include "demoinstanceserver.h"

#include <EurekaClient/codec.h>

#include <QtCore/QLoggingCategory>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

Q_LOGGING_CATEGORY(lcDemo, "eureka.demo", QtInfoMsg)

using namespace Eureka;

namespace {

struct ServiceSpec
{
    const char *app;
    int instances;
    const char *version;
};

// Names a Spring Cloud shop would have; instance counts vary as they do in real fleets.
const ServiceSpec fleet[] = {
    {"API-GATEWAY", 3, "3.1.4"},       {"AUTH-SERVICE", 2, "2.8.0"},
    {"USER-SERVICE", 3, "1.12.2"},     {"ORDER-SERVICE", 3, "2.3.1"},
    {"PAYMENT-GATEWAY", 2, "4.0.7"},   {"INVENTORY-SERVICE", 2, "1.4.0"},
    {"CATALOG-SERVICE", 2, "5.2.1"},   {"NOTIFICATION-SERVICE", 1, "0.9.3"},
    {"SEARCH-SERVICE", 2, "2.0.0"},    {"RECOMMENDATION-SERVICE", 1, "0.5.0"},
    {"SHIPPING-SERVICE", 2, "1.1.5"},  {"CONFIG-SERVER", 1, "3.0.2"},
};
const char *const zones[] = {"zone-a", "zone-b", "zone-c"};

} // namespace

DemoFleet::DemoFleet(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
{
    m_renewTimer.setInterval(options.renewalInterval);
    connect(&m_renewTimer, &QTimer::timeout, this, &DemoFleet::renewAll);
    m_flapTimer.setInterval(options.flapInterval);
    connect(&m_flapTimer, &QTimer::timeout, this, &DemoFleet::flap);
}

DemoFleet::~DemoFleet() = default;

bool DemoFleet::start()
{
    int n = 0;
    for (const ServiceSpec &spec : fleet) {
        const QString app = QString::fromLatin1(spec.app);
        for (int i = 0; i < spec.instances; ++i, ++n) {
            const QString zone = QLatin1String(zones[(n + i) % 3]);
            auto *server = new DemoInstanceServer(app, QString(), zone, this);
            if (!server->listen(QHostAddress::LocalHost, 0)) {
                qCWarning(lcDemo) << "cannot open a port for" << app << server->errorString();
                return false;
            }
            const int port = server->serverPort();
            const QString host = QStringLiteral("127.0.0.1");
            InstanceInfo info;
            info.setApp(app);
            info.setInstanceId(QStringLiteral("%1:%2:%3").arg(host, app.toLower()).arg(port));
            server->setInstanceId(info.instanceId());
            info.setHostName(host);
            info.setIpAddr(host);
            info.setPort(port);
            info.setVipAddress(app.toLower());
            info.setSecureVipAddress(app.toLower() + QStringLiteral("-secure"));
            info.setHomePageUrl(QStringLiteral("http://%1:%2/").arg(host).arg(port));
            info.setStatusPageUrl(QStringLiteral("http://%1:%2/actuator/info").arg(host).arg(port));
            info.setHealthCheckUrl(QStringLiteral("http://%1:%2/actuator/health").arg(host).arg(port));
            info.setMetadataValue(QStringLiteral("zone"), zone);
            // A canary: one ORDER-SERVICE instance already runs the next version, as in a rollout.
            const bool canary = app == QLatin1String("ORDER-SERVICE") && i == spec.instances - 1;
            info.setMetadataValue(QStringLiteral("version"), canary ? QStringLiteral("2.4.0") : QLatin1String(spec.version));
            info.setMetadataValue(QStringLiteral("management.port"), QString::number(port));
            info.setMetadataValue(QStringLiteral("profile"), QStringLiteral("demo"));
            // Declare the heartbeat really used, so lease checks (the dashboard's renewal
            // threshold) judge the demo by its own promise.
            LeaseInfo lease;
            lease.renewalIntervalInSecs = int(std::max<qint64>(1, m_options.renewalInterval.count() / 1000));
            lease.durationInSecs = 3 * lease.renewalIntervalInSecs;
            info.setLeaseInfo(lease);
            m_members.append({info, server});
        }
    }
    for (const Member &member : std::as_const(m_members))
        registerMember(member);

    // An operator took one gateway instance out of traffic...
    const Member &parked = m_members.at(1);
    send("PUT", QStringLiteral("apps/%1/%2/status?value=OUT_OF_SERVICE").arg(parked.info.app(), parked.info.instanceId()));
    // ...and one search instance keeps failing its health check.
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        if (m_members.at(i).info.app() == QLatin1String("SEARCH-SERVICE")) {
            m_flapper = i;
            break;
        }
    }
    m_renewTimer.start();
    m_flapTimer.start();
    qCInfo(lcDemo) << "demo fleet:" << m_members.size() << "instances of" << std::size(fleet) << "services";
    return true;
}

void DemoFleet::send(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(m_options.registryUrl.resolved(QUrl(path)));
    if (!m_options.authorization.isEmpty())
        request.setRawHeader("Authorization", m_options.authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

void DemoFleet::registerMember(const Member &member)
{
    send("POST", QStringLiteral("apps/") + member.info.app(),
         Codec::encodeInstance(member.info, WireFormat::Json));
}

void DemoFleet::renewAll()
{
    for (const Member &member : std::as_const(m_members)) {
        QNetworkRequest request(m_options.registryUrl.resolved(
            QUrl(QStringLiteral("apps/%1/%2?status=%3&lastDirtyTimestamp=%4")
                     .arg(member.info.app(), member.info.instanceId(), member.info.statusText())
                     .arg(member.info.lastDirtyTimestamp()))));
        if (!m_options.authorization.isEmpty())
            request.setRawHeader("Authorization", m_options.authorization);
        QNetworkReply *reply = m_network->put(request, QByteArray());
        const Member copy = member;
        connect(reply, &QNetworkReply::finished, this, [this, reply, copy] {
            reply->deleteLater();
            // 404: the registry forgot us (restarted, or evicted); register again, as clients do.
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 404)
                registerMember(copy);
        });
    }
}

void DemoFleet::flap()
{
    if (m_flapper < 0)
        return;
    Member &member = m_members[m_flapper];
    const bool up = member.info.status() != InstanceStatus::Up;
    member.info.setStatus(up ? InstanceStatus::Up : InstanceStatus::Down);
    member.server->setHealthy(up);
    // A status change is a new registration with the new status, as Netflix's
    // InstanceInfoReplicator sends it.
    registerMember(member);
}
