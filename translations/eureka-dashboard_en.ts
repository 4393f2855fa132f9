<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ApplicationListModel</name>
    <message>
        <source>All applications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All instances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTING, UNKNOWN and statuses this version does not know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OOS</source>
        <comment>short for OUT_OF_SERVICE</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 on %n instance(s)</source>
        <translation><numerusform>%1 on %n instance</numerusform><numerusform>%1 on %n instances</numerusform></translation>
    </message>
    <message>
        <source>Instances report different versions: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Take %n instance(s) out of service</source>
        <translation><numerusform>Take %n instance out of service</numerusform><numerusform>Take %n instances out of service</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Put %n instance(s) back UP</source>
        <translation><numerusform>Put %n instance back UP</numerusform><numerusform>Put %n instances back UP</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Clear the override of %n instance(s)</source>
        <translation><numerusform>Clear the override of %n instance</numerusform><numerusform>Clear the override of %n instances</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n registration(s)</source>
        <translation><numerusform>Delete %n registration(s)</numerusform><numerusform>Delete %n registration(s)</numerusform></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 succeeded, %2 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for every server to show it…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: shows it, %2 s after the answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in %2? Nothing is sent before you confirm.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallConsole</name>
    <message>
        <source>Run call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RANDOM: any UP instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STICK: keep one instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OTHER: never the same twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer of the selected call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>per attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hedge after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shown call's attempts as curl commands</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallHistoryModel</name>
    <message>
        <source>running…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>HTTP %1 in %2 ms, %n attempt(s)</source>
        <translation><numerusform>HTTP %1 in %2 ms, %n attempt</numerusform><numerusform>HTTP %1 in %2 ms, %n attempts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>failed after %n attempt(s)</source>
        <translation><numerusform>failed after %n attempt</numerusform><numerusform>failed after %n attempts</numerusform></translation>
    </message>
</context>
<context>
    <name>CallTimeline</name>
    <message>
        <source>HTTP %1 — answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>abandoned (another attempt won)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1 %2 [%3] %4 ms%5: %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, hedged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run a call to see its attempts here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give at least one server URL or a DNS domain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the password in the password field, not in the URL: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accepting a self-signed certificate needs its SHA-256 fingerprint.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>no Secret Service or KWallet on this desktop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>access denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passwords are kept for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain service is available (%1): passwords are kept for this session only and asked again next time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardSession</name>
    <message>
        <source>Cannot read the CA certificate %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoRegistry</name>
    <message>
        <source>The demo fleet cannot open its loopback ports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo (embedded registry)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 s ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 d ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Eureka</name>
    <message>
        <source>the instance needs an application name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>instance IP network "%1" is not a CIDR range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>instance ports must be 0 to 65535</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Eureka::AwsMetadata</name>
    <message>
        <source>cannot read %1 from the instance metadata service: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Eureka::ClusterClient</name>
    <message>
        <source>no Eureka server is known (check the service URLs, zones or DNS domain)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every Eureka server tried failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no network access manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>redirect without a usable Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered HTTP %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answered %1, not %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Eureka::DnsTxtClusterResolver</name>
    <message>
        <source>DNS TXT record %1 lists no zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS TXT lookup of %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS lists no Eureka servers (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>some zones could not be resolved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Eureka::EurekaReply</name>
    <message>
        <source>operation canceled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Eureka::HealthMonitor</name>
    <message>
        <source>the application's health check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1, status OUT_OF_SERVICE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1, status DOWN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Eureka::InstanceRegistrar</name>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>registration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>heartbeat</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Eureka::NetworkAccessReply</name>
    <message>
        <source>the answer's headers are larger than %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Eureka::PropagationProbe</name>
    <message>
        <source>no change made: the servers were not all read within the timeout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no Eureka server configured</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Eureka::RegistryFetcher</name>
    <message>
        <source>%1 sent a registry that cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Eureka::RegistryServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Eureka::ServiceCall</name>
    <message>
        <source>no instance of %1 answered within %2 ms: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>still waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>call canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no UP instance of %1 in the registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the walker reported a failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no network access manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every instance of %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>abandoned: another instance answered first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Eureka::TransportReply</name>
    <message>
        <source>no HTTP answer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message numerus="yes">
        <source>first fetch: %n instance(s)</source>
        <translation><numerusform>first fetch: %n instance</numerusform><numerusform>first fetch: %n instances</numerusform></translation>
    </message>
    <message>
        <source>registered (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updated (metadata or lease)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>override set: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>override cleared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>metadata changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>metadata: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lease lapsed (not renewed in time)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HealthStrip</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last fetch %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delta</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>full registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hash matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hash mismatch, full fetch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the first answer…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n fetch error(s)</source>
        <translation><numerusform>%n fetch error</numerusform><numerusform>%n fetch errors</numerusform></translation>
    </message>
    <message>
        <source>renewals %1/min (threshold %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetching failed: %1. Showing the last good registry.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Renewals are below the expected rate: %1 per minute against a threshold of %2; %n lease(s) without a recent renewal. The Eureka servers may enter self-preservation and stop expiring instances.</source>
        <translation><numerusform>Renewals are below the expected rate: %1 per minute against a threshold of %2; %n lease without a recent renewal. The Eureka servers may enter self-preservation and stop expiring instances.</numerusform><numerusform>Renewals are below the expected rate: %1 per minute against a threshold of %2; %n leases without a recent renewal. The Eureka servers may enter self-preservation and stop expiring instances.</numerusform></translation>
    </message>
    <message>
        <source>showing %1 of %2 changes…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n lapsed lease(s)</source>
        <translation><numerusform>%n lapsed lease</numerusform><numerusform>%n lapsed leases</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be used</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstanceDetailsView</name>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metadata key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take out of service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put back UP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;i&gt;Select an instance to see its details.&lt;/i&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data center</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>7 d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the last %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n status change(s) · UP %1 · application UP %2</source>
        <translation><numerusform>%n status change · UP %1 · application UP %2</numerusform><numerusform>%n status changes · UP %1 · application UP %2</numerusform></translation>
    </message>
    <message>
        <source>This instance was UP %1 of the time it was registered in the span; all instances of %2 together, %3.%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
The history is kept in memory only: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InstanceTableModel</name>
    <message>
        <source>Application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last renewal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Eureka Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cluster:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search names, hosts, IPs, metadata (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter events (application, instance, status)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HA &amp;calls</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take out of service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put back UP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete instance…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Eureka Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Eureka Dashboard&lt;/b&gt; %1&lt;br&gt;Watches Netflix Eureka and Spring Cloud registries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language changes the next time the dashboard starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eureka Dashboard — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read-only profile: edit the profile to allow admin actions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admin actions change the registry for everyone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: asking the Eureka server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the server answered HTTP %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused: the server answered HTTP %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take %1 of %2 OUT_OF_SERVICE? Clients stop calling it until it is put back UP.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out of service %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put %1 of %2 back UP?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear override %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the registration of %1 of %2? A running instance registers again with its next heartbeat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>events.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>instances.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation><numerusform>Exported %n row to %1</numerusform><numerusform>Exported %n rows to %1</numerusform></translation>
    </message>
    <message>
        <source>Delete the profile %1 and its stored password?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear the status override of %1 of %2? Eureka shows it as UNKNOWN until the instance reports its status again; use Put back UP to send it traffic now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read-write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lease lapsed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instances not renewed for longer than their lease duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Eureka cluster yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a cluster to watch its applications and instances, or try the dashboard on a demo registry that runs inside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a cluster…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the demo registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DOWN, OUT_OF_SERVICE or lease lapsed (Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Zones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each cell: UP instances / all instances of the application in that zone. Click a cell to list them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every application with UP instances has them in more than one zone. Click a cell to list its instances.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n application(s) have every UP instance in one zone (losing that zone loses them): %1</source>
        <translation><numerusform>%n application(s) have every UP instance in one zone (losing that zone loses them): %1</numerusform><numerusform>%n application(s) have every UP instance in one zone (losing that zone loses them): %1</numerusform></translation>
    </message>
    <message>
        <source>Export status &amp;history…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status history of %1 cannot be saved (%2): it is kept in memory until the dashboard closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export status history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>history.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported the status history to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mute the selected &amp;application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mute the selected &amp;instance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mute the whole &amp;cluster (a deploy window)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for 15 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for 1 hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for 8 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active &amp;mutes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an instance first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notifications for %1 muted until %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a metadata column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metadata column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metadata key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the column “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only %1=%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select at most %1 instances for one action (%2 are selected).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 succeeded, %2 failed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MutesDialog</name>
    <message>
        <source>&amp;Unmute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active mutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the whole cluster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeerComparison</name>
    <message>
        <source>%1 does not answer (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 lacks %n instance(s)</source>
        <translation><numerusform>%1 lacks %n instance</numerusform><numerusform>%1 lacks %n instances</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) with different statuses</source>
        <translation><numerusform>%n instance with different statuses</numerusform><numerusform>%n instances with different statuses</numerusform></translation>
    </message>
    <message>
        <source>One server: nothing to compare it with.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>All %n servers hold the same %1 instances with the same statuses.</source>
        <translation><numerusform>All %n servers hold the same %1 instances with the same statuses.</numerusform><numerusform>All %n servers hold the same %1 instances with the same statuses.</numerusform></translation>
    </message>
    <message>
        <source>: replication still catching up, or broken between them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeerDifferenceModel</name>
    <message>
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeerServerModel</name>
    <message>
        <source>not registered: an unavailable replica to its peers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lacks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eureka's status page lists a peer as available only when its registry holds an instance of the servers' own application whose host name is the host in the peer's URL.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>PeerServersView</name>
    <message>
        <source>Compare &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking each server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile finds its servers through DNS, or none is open: nothing to compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not compared yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;What Eureka calls an “unavailable replica”.&lt;/b&gt; A Eureka server lists a peer under &lt;i&gt;unavailable-replicas&lt;/i&gt; when its own registry holds no instance of its own application (the servers' &lt;code&gt;spring.application.name&lt;/code&gt;) whose host name is exactly the host in that peer's URL. The peer may well be up and replicating: most often the servers do not register with each other (&lt;code&gt;registerWithEureka=false&lt;/code&gt;), register under another application name, or under another host name or an IP address than the one in the peer URLs. The &lt;i&gt;Registered as&lt;/i&gt; column says, for each server, what is registered with its host name. Different instance counts or statuses between servers are replication lag (seconds after a change) or a split (lasting).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Read-only: no admin actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Watch in the tray</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One per line, e.g. http://eureka-1:8761/eureka/</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Instead of URLs: DNS TXT discovery, e.g. example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256 fingerprint, hex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server URLs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DNS domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private CA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept self-signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetch every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status changes older than this are forgotten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep history for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tray tells of an instance only once it has not been UP for this long: a restart is not news.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notify when not UP for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remind every</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no network access manager</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StateTimelineWidget</name>
    <message>
        <source>now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not registered, or before the history began</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from %2 to %3 (%4)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>UP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DOWN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTING</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OUT_OF_SERVICE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Open dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause notifications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrayMonitor</name>
    <message>
        <source>%1: Eureka servers answer again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no Eureka server answers</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 %2: flapping, %n change(s), now %3</source>
        <translation><numerusform>%1 %2: flapping, %n change, now %3</numerusform><numerusform>%1 %2: flapping, %n changes, now %3</numerusform></translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Eureka: %n instance(s) changed</source>
        <translation><numerusform>Eureka: %n instance changed</numerusform><numerusform>Eureka: %n instances changed</numerusform></translation>
    </message>
    <message>
        <source>Eureka</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eureka dashboard: no cluster watched</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: all %n instance(s) UP</source>
        <translation><numerusform>%1: all %n instance UP</numerusform><numerusform>%1: all %n instances UP</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 UP, %3 DOWN, %4 out of service, %5 other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: still %3 after %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ZoneMatrixModel</name>
    <message>
        <source>UP in %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every UP instance of %1 is in %2: losing that zone loses the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No UP instance of %1 in any zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in %2: %3 of %4 instance(s) UP; click to list them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Dashboard and tray monitor for Eureka registries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the embedded registry with a demo fleet and connect to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port of the demo registry (default: any free port).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start hidden in the system tray.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Render the window to a PNG file and quit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language (en, zh_CN); default: the settings, else the system's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--server needs an http or https URL, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this Eureka server (repeatable; read-only, not saved).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User for --server's basic auth. The password: --password-env, else the URL's, else the keychain's for a profile of the same name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment variable holding the password for --server (never on the command line).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--password-env: $%1 is not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--user and --password-env go with --server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>View to show: instances, events, calls, zones or servers.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>