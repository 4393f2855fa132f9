// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/springconfig.h>

#include "propertysource.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>

#include <functional>

namespace Eureka {

namespace {

// Turns Spring properties into ClientConfig/InstanceConfig. Keys are compared in their
// canonical (relaxed) form; values are checked and a bad one names itself.
class Binder
{
public:
    explicit Binder(SpringConfig &config)
        : c(config)
    {
    }

    // False with \a why when the value is not acceptable for the key.
    bool bind(const PropertySource::Property &p, QString *why);
    // After every property: what depends on several of them.
    void finish();
    QStringList unknown() const { return m_unknown; }
    static QStringList knownKeys();

private:
    bool number(const QString &value, qint64 min, qint64 max, qint64 *out, QString *why) const;
    bool boolean(const QString &value, bool *out, QString *why) const;
    static QStringList list(const QString &value);
    static QString suffixAfter(const QString &writtenKey, const QString &canonicalPrefix);

    SpringConfig &c;
    QMap<QString, QStringList> m_zoneUrls;    // service-url.<zone>
    QMap<QString, QStringList> m_regionZones; // availability-zones.<region>
    bool m_useDns = false;
    QString m_dnsName;
    QStringList m_unknown;
};

bool Binder::number(const QString &value, qint64 min, qint64 max, qint64 *out, QString *why) const
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n < min || n > max) {
        *why = QStringLiteral("expected a whole number from %1 to %2, found \"%3\"").arg(min).arg(max).arg(value);
        return false;
    }
    *out = n;
    return true;
}

bool Binder::boolean(const QString &value, bool *out, QString *why) const
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("false")) {
        *out = v == QLatin1String("true");
        return true;
    }
    *why = QStringLiteral("expected true or false, found \"%1\"").arg(value);
    return false;
}

QStringList Binder::list(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(part.trimmed());
    return out;
}

// Map keys keep their case ("defaultZone", metadata names): take what follows the prefix in
// the key as written.
QString Binder::suffixAfter(const QString &writtenKey, const QString &canonicalPrefix)
{
    QString seen;
    for (qsizetype i = 0; i < writtenKey.size(); ++i) {
        const QChar ch = writtenKey.at(i);
        if (ch != QLatin1Char('-') && ch != QLatin1Char('_'))
            seen += ch.toLower();
        if (seen == canonicalPrefix)
            return writtenKey.mid(i + 1);
    }
    return {};
}

QStringList Binder::knownKeys()
{
    return {QStringLiteral("spring.application.name"), QStringLiteral("server.port"),
            QStringLiteral("eureka.client.service-url.defaultZone"), QStringLiteral("eureka.client.region"),
            QStringLiteral("eureka.client.register-with-eureka"), QStringLiteral("eureka.client.fetch-registry"),
            QStringLiteral("eureka.instance.prefer-ip-address"), QStringLiteral("eureka.instance.instance-id"),
            QStringLiteral("eureka.instance.hostname"), QStringLiteral("eureka.instance.ip-address")};
}

bool Binder::bind(const PropertySource::Property &p, QString *why)
{
    const QString key = PropertySource::canonical(p.key);
    const QString &v = p.value;
    qint64 n = 0;
    auto seconds = [&](std::chrono::milliseconds *target) {
        if (!number(v, 1, 24 * 3600, &n, why))
            return false;
        *target = std::chrono::seconds(n);
        return true;
    };
    auto port = [&](int *target) {
        if (!number(v, 0, 65535, &n, why))
            return false;
        *target = int(n);
        return true;
    };
    auto text = [&v](QString *target) {
        *target = v;
        return true;
    };

    if (key.startsWith(QLatin1String("eureka.client.serviceurl."))) {
        m_zoneUrls[suffixAfter(p.key, QStringLiteral("eureka.client.serviceurl."))] = list(v);
        return true;
    }
    if (key.startsWith(QLatin1String("eureka.client.availabilityzones."))) {
        m_regionZones[suffixAfter(p.key, QStringLiteral("eureka.client.availabilityzones."))] = list(v);
        return true;
    }
    if (key.startsWith(QLatin1String("eureka.instance.metadatamap."))) {
        c.instance.metadata.append({suffixAfter(p.key, QStringLiteral("eureka.instance.metadatamap.")), v});
        return true;
    }

    const std::pair<const char *, std::function<bool()>> table[] = {
        {"spring.application.name", [&] { if (c.instance.appName.isEmpty()) c.instance.appName = v; return true; }},
        {"server.port", [&] { return port(&c.instance.port); }},
        {"eureka.client.region", [&] { return text(&c.client.region); }},
        {"eureka.client.registerwitheureka", [&] { return boolean(v, &c.client.shouldRegister, why); }},
        {"eureka.client.fetchregistry", [&] { return boolean(v, &c.client.shouldDiscover, why); }},
        {"eureka.client.registryfetchintervalseconds", [&] { return seconds(&c.client.registryFetchInterval); }},
        {"eureka.client.prefersamezoneeureka", [&] { return boolean(v, &c.client.preferSameZone, why); }},
        {"eureka.client.disabledelta", [&] { return boolean(v, &c.client.disableDelta, why); }},
        {"eureka.client.healthcheck.enabled", [&] { return boolean(v, &c.client.healthCheckEnabled, why); }},
        {"eureka.client.instanceinforeplicationintervalseconds", [&] { return seconds(&c.client.instanceInfoReplicationInterval); }},
        {"eureka.client.fetchremoteregionsregistry", [&] { c.client.fetchRemoteRegions = list(v); return true; }},
        {"eureka.client.registryrefreshsinglevipaddress", [&] { return text(&c.client.vipAddressToFetch); }},
        {"eureka.client.usednsforfetchingserviceurls", [&] { return boolean(v, &m_useDns, why); }},
        {"eureka.client.eurekaserverdnsname", [&] { return text(&m_dnsName); }},
        {"eureka.client.eurekaserverport", [&] { return port(&c.client.serverPort); }},
        {"eureka.client.eurekaserverurlcontext", [&] { c.client.contextPath = v.startsWith(QLatin1Char('/')) ? v : QLatin1Char('/') + v; return true; }},
        {"eureka.client.eurekaserviceurlpollintervalseconds", [&] { return seconds(&c.client.resolverRefreshInterval); }},
        {"eureka.client.eurekaserverconnecttimeoutseconds", [&] { return seconds(&c.client.requestTimeout); }},
        {"eureka.instance.appname", [&] { return text(&c.instance.appName); }},
        {"eureka.instance.instanceid", [&] { return text(&c.instance.instanceId); }},
        {"eureka.instance.hostname", [&] { return text(&c.instance.hostName); }},
        {"eureka.instance.ipaddress", [&] { return text(&c.instance.ipAddress); }},
        {"eureka.instance.preferipaddress", [&] { return boolean(v, &c.instance.preferIpAddress, why); }},
        {"eureka.instance.nonsecureport", [&] { return port(&c.instance.port); }},
        {"eureka.instance.nonsecureportenabled", [&] { return boolean(v, &c.instance.portEnabled, why); }},
        {"eureka.instance.secureport", [&] { return port(&c.instance.securePort); }},
        {"eureka.instance.secureportenabled", [&] { return boolean(v, &c.instance.securePortEnabled, why); }},
        {"eureka.instance.virtualhostname", [&] { return text(&c.instance.vipAddress); }},
        {"eureka.instance.securevirtualhostname", [&] { return text(&c.instance.secureVipAddress); }},
        {"eureka.instance.leaserenewalintervalinseconds", [&] { return seconds(&c.instance.leaseRenewalInterval); }},
        {"eureka.instance.leaseexpirationdurationinseconds", [&] { return seconds(&c.instance.leaseDuration); }},
        {"eureka.instance.homepageurlpath", [&] { return text(&c.instance.homePageUrlPath); }},
        {"eureka.instance.statuspageurlpath", [&] { return text(&c.instance.statusPageUrlPath); }},
        {"eureka.instance.healthcheckurlpath", [&] { return text(&c.instance.healthCheckUrlPath); }},
        {"eureka.instance.homepageurl", [&] { return text(&c.instance.homePageUrl); }},
        {"eureka.instance.statuspageurl", [&] { return text(&c.instance.statusPageUrl); }},
        {"eureka.instance.healthcheckurl", [&] { return text(&c.instance.healthCheckUrl); }},
        {"eureka.instance.securehealthcheckurl", [&] { return text(&c.instance.secureHealthCheckUrl); }},
        {"eureka.instance.datacenterinfo.name", [&] { return text(&c.instance.dataCenterName); }},
        {"eureka.instance.initialstatus", [&] {
             const InstanceStatus s = instanceStatusFromString(v);
             if (s == InstanceStatus::Unknown) {
                 *why = QStringLiteral("expected UP, DOWN, STARTING or OUT_OF_SERVICE, found \"%1\"").arg(v);
                 return false;
             }
             c.instance.initialStatus = s;
             return true;
         }},
    };
    for (const auto &[name, apply] : table) {
        if (key == QLatin1String(name))
            return apply();
    }
    if (key.startsWith(QLatin1String("eureka.")))
        m_unknown.append(QStringLiteral("%1: unknown key %2").arg(p.origin, p.key));
    return true;
}

void Binder::finish()
{
    // Spring: the instance's zone is metadata-map.zone, else the first availability zone of
    // the region; with several zones their URLs form the zone map.
    QString zone;
    for (const auto &[k, value] : std::as_const(c.instance.metadata)) {
        if (k == QLatin1String("zone"))
            zone = value;
    }
    const QStringList zones = m_regionZones.value(c.client.region);
    if (zone.isEmpty() && !zones.isEmpty())
        zone = zones.constFirst();
    c.client.zone = zone;
    if (m_zoneUrls.size() == 1 && m_zoneUrls.contains(QStringLiteral("defaultZone")))
        c.client.serviceUrls = m_zoneUrls.value(QStringLiteral("defaultZone"));
    else
        c.client.zoneServiceUrls = m_zoneUrls;
    if (m_useDns)
        c.client.dnsDomain = m_dnsName;
}

} // namespace

SpringConfig SpringConfig::fromData(const QByteArray &data, const QString &fileName, const QProcessEnvironment &environment)
{
    SpringConfig config;
    PropertySource source;
    QString error;
    if (!source.parse(data, fileName, &error)) {
        config.errorString = error;
        return config;
    }
    source.applyEnvironment(environment, Binder::knownKeys());
    if (!source.resolvePlaceholders(environment, &error)) {
        config.errorString = error;
        return config;
    }
    Binder binder(config);
    for (const PropertySource::Property &p : source.properties()) {
        QString why;
        if (!binder.bind(p, &why)) {
            config.errorString = QStringLiteral("%1: %2: %3").arg(p.origin, p.key, why);
            return config;
        }
    }
    binder.finish();
    config.warnings = binder.unknown();
    return config;
}

SpringConfig SpringConfig::load(const QString &path, const QProcessEnvironment &environment)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SpringConfig config;
        config.errorString = QStringLiteral("%1: %2").arg(path, file.errorString());
        return config;
    }
    return fromData(file.readAll(), QFileInfo(path).fileName(), environment);
}

} // namespace Eureka
