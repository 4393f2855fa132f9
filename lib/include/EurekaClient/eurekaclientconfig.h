// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/instanceinfo.h>

#include <QtCore/QMap>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <chrono>
#include <functional>

namespace Eureka {

/**
 * How a client finds Eureka servers, talks to them, and discovers others. Defaults are
 * Netflix's (DefaultEurekaClientConfig, DefaultEurekaTransportConfig). Every interval is a
 * std::chrono duration, so tests can run the whole lifecycle in milliseconds.
 */
struct EUREKACLIENT_EXPORT ClientConfig
{
    // --- Finding servers: a static list, a zone map, or DNS TXT records ---
    /** Static service URLs ("http://a:8761/eureka/", credentials allowed in the URL). */
    QStringList serviceUrls;
    /** Service URLs per zone (python-eureka-client's eureka_availability_zones). */
    QMap<QString, QStringList> zoneServiceUrls;
    /** This client's zone: its servers are tried first. */
    QString zone;
    QString region = QStringLiteral("us-east-1"); ///< the region, for DNS discovery and remote regions
    /** DNS domain for TXT discovery (eureka_domain): txt.{region}.{domain} lists zones. */
    QString dnsDomain;
    /** Order servers of the own zone first (Netflix's preferSameZoneEureka). */
    bool preferSameZone = true;
    /** Applied to URLs and DNS host names that do not carry them themselves. */
    QString protocol = QStringLiteral("http");
    ///@{
    /**
     * HTTP basic auth for every server, unless a service URL carries its own; sent in the Authorization
     * header, never logged.
     */
    QString username;
    QString password;
    ///@}
    /** The context path of server URLs that have none: "/eureka" (Spring Cloud) or "/eureka/v2" (Netflix). */
    QString contextPath = QStringLiteral("/eureka");
    /** The port for servers found in DNS. */
    int serverPort = 8761;
    /** How often the server list is resolved again (DNS); the last good list is kept on failure. */
    std::chrono::milliseconds resolverRefreshInterval{5 * 60 * 1000};

    // --- Registration ---
    /** Register this instance and heartbeat (Spring's register-with-eureka). */
    bool shouldRegister = true;
    /**
     * Let the instance's own health decide its registered status (Spring's
     * eureka.client.healthcheck.enabled): its healthCheckUrl is fetched before the first
     * registration, before every heartbeat and every instanceInfoReplicationInterval; 2xx is UP,
     * anything else DOWN, and a Spring Boot Actuator body {"status":"OUT_OF_SERVICE"} that
     * status. EurekaClient::setHealthCheck() sets a callable instead. Health decides only while
     * the application's own status (setStatus()) is UP.
     */
    bool healthCheckEnabled = false;
    /** How often the health check runs; also sets the push rate (Netflix's instanceInfoReplicationIntervalSeconds). */
    std::chrono::milliseconds instanceInfoReplicationInterval{30 * 1000};
    /**
     * Status and metadata changes are pushed at once up to this many in a row, then at most
     * 60 x burst / instanceInfoReplicationInterval a minute, the last state always last
     * (Netflix's InstanceInfoReplicator: 2, so 4 a minute).
     */
    int onDemandUpdateBurst = 2;

    // --- Discovery ---
    /** Keep a local copy of the registry (Spring's fetch-registry). */
    bool shouldDiscover = true;
    /** How often the registry is fetched (a delta unless disableDelta). */
    std::chrono::milliseconds registryFetchInterval{30 * 1000};
    /** Always fetch the full registry instead of deltas. */
    bool disableDelta = false;
    /** Remote regions to fetch too (`?regions=`). */
    QStringList fetchRemoteRegions;
    /** Fetch only this VIP (`vips/{VIP}`) instead of the whole registry. */
    QString vipAddressToFetch;
    /** Keep the last good registry in this file and load it at start; empty: do not. */
    QString registryCacheFile;
    /**
     * Linux: the records of a large answer (a full fetch, a delta that re-sends most of the
     * registry) go to memory mapped apart from the heap, given back whole when a later answer
     * replaces them. A client that holds one registry then stays near 500 resident bytes per
     * instance through hours of whole-registry deltas, where the heap kept about 700. A program
     * that keeps records of many answers alive (a table holding each instance's last change, as
     * the dashboard does) holds less with it off: those records would keep whole slabs mapped.
     */
    bool registryRecordSlabs = true;

    // --- Failure handling and transport ---
    /** Failed heartbeats and fetches back off up to bound x interval. */
    int backoffBound = 10;
    /** How long one server may take to answer before the next is tried. */
    std::chrono::milliseconds requestTimeout{5000};
    /** How many servers one request may try. */
    int numberOfRetries = 3;
    /** The quarantine of failed servers is cleared when it holds this share of them. */
    double quarantineRefreshPercentage = 0.66;
    /** Sessions end after this (± 50 %) so clients spread over servers again. */
    std::chrono::milliseconds sessionDuration{20 * 60 * 1000};
    /** How many redirects one request follows (a redirected server is then pinned). */
    int maxRedirects = 10;
    /** How long stop() waits for the cancel to be answered. */
    std::chrono::milliseconds stopTimeout{2000};
    /**
     * How long drain() waits for every server to show this instance DOWN before it cancels
     * anyway. Netflix's server answers reads from a cache refreshed every 30 s, and callers fetch
     * every 30 s: 60 s covers both.
     */
    std::chrono::milliseconds drainTimeout{60000};
    /** How often drain() asks each server. */
    std::chrono::milliseconds drainPollInterval{1000};
    /**
     * A server answer larger than this, counted after gzip decompression, is refused as a failure
     * of that server (a defence against gzip bombs). A registry of 100,000 instances is about
     * 120 MB of JSON; 0 means no limit.
     */
    qint64 maxResponseSize = 256 * 1024 * 1024;
    /** The DNS server for dnsDomain lookups (an IP address); empty: the system's resolver. */
    QString dnsServer;
    /** Milliseconds since the epoch, for timestamps only (timers never use it); tests inject their own. */
    std::function<qint64()> clock;
};

/**
 * Who this instance is, as it registers (Netflix's EurekaInstanceConfig, Spring's
 * eureka.instance.*). Empty fields are filled in at start: the host and IP from the network
 * interfaces, the instance id as Spring does (host:app:port), VIPs from the app name.
 */
struct EUREKACLIENT_EXPORT InstanceConfig
{
    QString appName;    ///< the application name (required; Eureka upper-cases it)
    QString instanceId; ///< unique within the application; empty: host:app:port, as Spring does
    QString hostName;   ///< empty: detected from the network interfaces
    QString ipAddress;  ///< empty: detected from the network interfaces (or ipNetwork)
    /** Pick the first interface address inside this CIDR (python's instance_ip_network). */
    QString ipNetwork;
    /** Register the IP address as host name (Spring's prefer-ip-address). */
    bool preferIpAddress = false;
    /**
     * Pick a global IPv6 address of the machine rather than an IPv4 one (an IPv6 ipNetwork does
     * too). It is registered as ipAddr without brackets or scope, and the page URLs bracket it.
     */
    bool preferIpv6 = false;
    int port = 80;                  ///< the plain HTTP port
    bool portEnabled = true;        ///< whether port is offered
    int securePort = 443;           ///< the HTTPS port
    bool securePortEnabled = false; ///< whether securePort is offered
    QString vipAddress;             ///< empty: the application name
    QString secureVipAddress;       ///< empty: the application name
    ///@{
    /** Absolute URLs to register; empty: built from the host, port and the matching path below. */
    QString homePageUrl;
    QString statusPageUrl;
    QString healthCheckUrl;
    QString secureHealthCheckUrl;
    ///@}
    ///@{
    /** Paths the URLs above are built from when they are empty. */
    QString homePageUrlPath = QStringLiteral("/");
    QString statusPageUrlPath = QStringLiteral("/actuator/info");
    QString healthCheckUrlPath = QStringLiteral("/actuator/health");
    ///@}
    MetadataEntries metadata; ///< registered with the instance (Spring's metadata-map)
    /** "MyOwn", or "Amazon" to fill AmazonInfo from the instance metadata service. */
    QString dataCenterName = QStringLiteral("MyOwn");
    /** The EC2 instance metadata service (IMDSv2), configurable so tests can play it. */
    QUrl awsMetadataUrl = QUrl(QStringLiteral("http://169.254.169.254/latest/"));
    InstanceStatus initialStatus = InstanceStatus::Up; ///< the status of the first registration
    /** How often to heartbeat (the wire carries whole seconds, at least 1). */
    std::chrono::milliseconds leaseRenewalInterval{30000};
    /** How long the server keeps the lease without a heartbeat. */
    std::chrono::milliseconds leaseDuration{90000};
};

} // namespace Eureka
