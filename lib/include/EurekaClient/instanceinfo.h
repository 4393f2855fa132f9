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
    InstanceInfo();
    InstanceInfo(const InstanceInfo &other);
    InstanceInfo(InstanceInfo &&other) noexcept;
    InstanceInfo &operator=(const InstanceInfo &other);
    InstanceInfo &operator=(InstanceInfo &&other) noexcept;
    ~InstanceInfo();
    void swap(InstanceInfo &other) noexcept { d.swap(other.d); }

    /** True for a default-constructed instance with no instanceId, app or host. */
    bool isNull() const;

    QString instanceId() const;
    void setInstanceId(const QString &id);
    /** The application name, as registered (Eureka upper-cases it). */
    QString app() const;
    void setApp(const QString &app);
    QString appGroupName() const;
    void setAppGroupName(const QString &name);
    QString ipAddr() const;
    void setIpAddr(const QString &ip);
    /** Security id; not sent when empty. */
    QString sid() const;
    void setSid(const QString &sid);
    QString hostName() const;
    void setHostName(const QString &host);

    int port() const;
    void setPort(int port);
    bool isPortEnabled() const;
    void setPortEnabled(bool enabled);
    int securePort() const;
    void setSecurePort(int port);
    bool isSecurePortEnabled() const;
    void setSecurePortEnabled(bool enabled);

    QString homePageUrl() const;
    void setHomePageUrl(const QString &url);
    QString statusPageUrl() const;
    void setStatusPageUrl(const QString &url);
    QString healthCheckUrl() const;
    void setHealthCheckUrl(const QString &url);
    QString secureHealthCheckUrl() const;
    void setSecureHealthCheckUrl(const QString &url);
    QString vipAddress() const;
    void setVipAddress(const QString &vip);
    QString secureVipAddress() const;
    void setSecureVipAddress(const QString &vip);
    int countryId() const;
    void setCountryId(int id);
    DataCenterInfo dataCenterInfo() const;
    void setDataCenterInfo(const DataCenterInfo &info);

    InstanceStatus status() const;
    /** The status exactly as it arrived ("UP", or e.g. "DEGRADED", which status() reports as Unknown). */
    QString statusText() const;
    void setStatus(InstanceStatus status);
    /** Keeps \a text as statusText() and maps it with instanceStatusFromString(). */
    void setStatusText(const QString &text);
    InstanceStatus overriddenStatus() const;
    QString overriddenStatusText() const;
    void setOverriddenStatus(InstanceStatus status);
    void setOverriddenStatusText(const QString &text);

    LeaseInfo leaseInfo() const;
    void setLeaseInfo(const LeaseInfo &lease);
    bool isCoordinatingDiscoveryServer() const;
    void setCoordinatingDiscoveryServer(bool coordinating);

    MetadataEntries metadata() const;
    void setMetadata(const MetadataEntries &entries);
    /** The value for \a key, or \a defaultValue when the key is absent. */
    QString metadataValue(const QString &key, const QString &defaultValue = {}) const;
    /** Replaces the value of \a key in place, or appends it. */
    void setMetadataValue(const QString &key, const QString &value);

    qint64 lastUpdatedTimestamp() const;
    void setLastUpdatedTimestamp(qint64 msecs);
    qint64 lastDirtyTimestamp() const;
    void setLastDirtyTimestamp(qint64 msecs);
    ActionType actionType() const;
    void setActionType(ActionType action);
    QString asgName() const;
    void setAsgName(const QString &name);

    /**
     * The zone the instance lives in, found the way python-eureka-client finds it: the Amazon
     * "availability-zone" for an Amazon data center, else metadata "zone", else "default".
     */
    QString zone() const;

    friend EUREKACLIENT_EXPORT bool operator==(const InstanceInfo &a, const InstanceInfo &b);
    friend bool operator!=(const InstanceInfo &a, const InstanceInfo &b) { return !(a == b); }

private:
    friend class InstanceInfoPrivate;
    QSharedDataPointer<InstanceInfoData> d;
};

inline void swap(InstanceInfo &a, InstanceInfo &b) noexcept { a.swap(b); }

} // namespace Eureka

// A d-pointer does not care where it lives: QList moves these with memmove.
Q_DECLARE_TYPEINFO(Eureka::InstanceInfo, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Eureka::InstanceInfo)
