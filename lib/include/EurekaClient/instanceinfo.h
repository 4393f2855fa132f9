// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/datacenterinfo.h>
#include <EurekaClient/eurekanamespace.h>
#include <EurekaClient/leaseinfo.h>

#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QSharedDataPointer>
#include <QtCore/QString>

namespace Eureka {

class InstanceInfoData;
class InstanceInfoPrivate;

/** Key/value pairs in the order they were set or arrived; the wire keeps that order. */
using MetadataEntries = QList<std::pair<QString, QString>>;

/**
 * One registered instance of an application, with every field the Eureka 1.x wire protocol
 * carries (Netflix's com.netflix.appinfo.InstanceInfo).
 *
 * Implicitly shared: copies are cheap, a setter detaches. Defaults are the real server's:
 * port 7001 enabled, secure port 7002 disabled, country 1, status UP, overridden status UNKNOWN.
 *
 * \code
 * Eureka::InstanceInfo info;
 * info.setApp(QStringLiteral("ORDER-SERVICE"));
 * info.setHostName(QStringLiteral("10.0.1.11"));
 * info.setIpAddr(QStringLiteral("10.0.1.11"));
 * info.setPort(8080);
 * info.setInstanceId(QStringLiteral("10.0.1.11:order-service:8080"));
 * info.setMetadataValue(QStringLiteral("zone"), QStringLiteral("zone-a"));
 * \endcode
 */
class EUREKACLIENT_EXPORT InstanceInfo
{
public:
    /** A null instance with the real server's defaults. */
    InstanceInfo();
    ///@{
    /** Copies, moves and swaps; implicitly shared, so a copy is cheap and a setter detaches. */
    InstanceInfo(const InstanceInfo &other);
    InstanceInfo(InstanceInfo &&other) noexcept;
    InstanceInfo &operator=(const InstanceInfo &other);
    InstanceInfo &operator=(InstanceInfo &&other) noexcept;
    ~InstanceInfo();
    void swap(InstanceInfo &other) noexcept { d.swap(other.d); }
    ///@}

    /** True for a default-constructed instance with no instanceId, app or host. */
    bool isNull() const;

    ///@{
    /** The instance id, unique within its application (`instanceId`). */
    QString instanceId() const;
    void setInstanceId(const QString &id);
    ///@}
    /** The application name, as registered (Eureka upper-cases it). */
    QString app() const;
    /** Sets app(). */
    void setApp(const QString &app);
    ///@{
    /** The application group (`appGroupName`); empty when not sent. */
    QString appGroupName() const;
    void setAppGroupName(const QString &name);
    ///@}
    ///@{
    /** The IP address others call (`ipAddr`). */
    QString ipAddr() const;
    void setIpAddr(const QString &ip);
    ///@}
    /** Security id; not sent when empty. */
    QString sid() const;
    /** Sets sid(). */
    void setSid(const QString &sid);
    ///@{
    /** The host name others call (`hostName`); the IP address with Spring's prefer-ip-address. */
    QString hostName() const;
    void setHostName(const QString &host);
    ///@}

    ///@{
    /** The plain HTTP port (`port`). */
    int port() const;
    void setPort(int port);
    ///@}
    ///@{
    /** Whether the plain port is offered (the `enabled` attribute of `port`). */
    bool isPortEnabled() const;
    void setPortEnabled(bool enabled);
    ///@}
    ///@{
    /** The HTTPS port (`securePort`). */
    int securePort() const;
    void setSecurePort(int port);
    ///@}
    ///@{
    /** Whether the HTTPS port is offered (the `enabled` attribute of `securePort`). */
    bool isSecurePortEnabled() const;
    void setSecurePortEnabled(bool enabled);
    ///@}

    ///@{
    /** The home page URL (`homePageUrl`). */
    QString homePageUrl() const;
    void setHomePageUrl(const QString &url);
    ///@}
    ///@{
    /** The status page URL (`statusPageUrl`), Spring Boot's /actuator/info by default. */
    QString statusPageUrl() const;
    void setStatusPageUrl(const QString &url);
    ///@}
    ///@{
    /** The health check URL (`healthCheckUrl`), Spring Boot's /actuator/health by default. */
    QString healthCheckUrl() const;
    void setHealthCheckUrl(const QString &url);
    ///@}
    ///@{
    /** The HTTPS health check URL (`secureHealthCheckUrl`). */
    QString secureHealthCheckUrl() const;
    void setSecureHealthCheckUrl(const QString &url);
    ///@}
    ///@{
    /** The virtual IP address(es), comma-separated (`vipAddress`). */
    QString vipAddress() const;
    void setVipAddress(const QString &vip);
    ///@}
    ///@{
    /** The secure virtual IP address(es), comma-separated (`secureVipAddress`). */
    QString secureVipAddress() const;
    void setSecureVipAddress(const QString &vip);
    ///@}
    ///@{
    /** The country id (`countryId`, 1 on every real server). */
    int countryId() const;
    void setCountryId(int id);
    ///@}
    ///@{
    /** Where the instance runs (`dataCenterInfo`): MyOwn, or Amazon with its EC2 metadata. */
    DataCenterInfo dataCenterInfo() const;
    void setDataCenterInfo(const DataCenterInfo &info);
    ///@}

    /**
     * The status others see (`status`); Unknown for a status this library does not know, see statusText().
     */
    InstanceStatus status() const;
    /** The status exactly as it arrived ("UP", or e.g. "DEGRADED", which status() reports as Unknown). */
    QString statusText() const;
    /** Sets status() and statusText(). */
    void setStatus(InstanceStatus status);
    /** Keeps \a text as statusText() and maps it with instanceStatusFromString(). */
    void setStatusText(const QString &text);
    ///@{
    /**
     * The operator's status override (`overriddenstatus`), UNKNOWN when none; as a value and as the text
     * that came.
     */
    InstanceStatus overriddenStatus() const;
    QString overriddenStatusText() const;
    void setOverriddenStatus(InstanceStatus status);
    void setOverriddenStatusText(const QString &text);
    ///@}

    ///@{
    /** The lease (`leaseInfo`): intervals, and the server's timestamps in registry answers. */
    LeaseInfo leaseInfo() const;
    void setLeaseInfo(const LeaseInfo &lease);
    ///@}
    ///@{
    /** True for a Eureka server's own registration (`isCoordinatingDiscoveryServer`). */
    bool isCoordinatingDiscoveryServer() const;
    void setCoordinatingDiscoveryServer(bool coordinating);
    ///@}

    ///@{
    /** The metadata map (`metadata`), in wire order. */
    MetadataEntries metadata() const;
    void setMetadata(const MetadataEntries &entries);
    ///@}
    /** The value for \a key, or \a defaultValue when the key is absent. */
    QString metadataValue(const QString &key, const QString &defaultValue = {}) const;
    /** Replaces the value of \a key in place, or appends it. */
    void setMetadataValue(const QString &key, const QString &value);

    ///@{
    /** When the server last changed the record, ms since the epoch (`lastUpdatedTimestamp`). */
    qint64 lastUpdatedTimestamp() const;
    void setLastUpdatedTimestamp(qint64 msecs);
    ///@}
    ///@{
    /**
     * When the instance last changed itself, ms since the epoch (`lastDirtyTimestamp`); the server keeps the
     * newer of two.
     */
    qint64 lastDirtyTimestamp() const;
    void setLastDirtyTimestamp(qint64 msecs);
    ///@}
    ///@{
    /** What a delta does with this instance (`actionType`): ADDED, MODIFIED or DELETED. */
    ActionType actionType() const;
    void setActionType(ActionType action);
    ///@}
    ///@{
    /** The Amazon auto-scaling group (`asgName`); empty when not sent. */
    QString asgName() const;
    void setAsgName(const QString &name);
    ///@}

    /**
     * The zone the instance lives in, found the way python-eureka-client finds it: the Amazon
     * "availability-zone" for an Amazon data center, else metadata "zone", else "default".
     */
    QString zone() const;

    ///@{
    /** Equal in every field the wire carries. */
    friend EUREKACLIENT_EXPORT bool operator==(const InstanceInfo &a, const InstanceInfo &b);
    friend bool operator!=(const InstanceInfo &a, const InstanceInfo &b) { return !(a == b); }
    ///@}

private:
    friend class InstanceInfoPrivate;
    explicit InstanceInfo(InstanceInfoData *data);
    QSharedDataPointer<InstanceInfoData> d;
};

/** Swaps \a a and \a b; found by argument-dependent lookup. */
inline void swap(InstanceInfo &a, InstanceInfo &b) noexcept { a.swap(b); }

} // namespace Eureka

// A d-pointer does not care where it lives: QList moves these with memmove.
Q_DECLARE_TYPEINFO(Eureka::InstanceInfo, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Eureka::InstanceInfo)
