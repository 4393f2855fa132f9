<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>ApplicationListModel</name>
    <message>
        <source>All applications</source>
        <translation>全部应用</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>全部实例</translation>
    </message>
    <message>
        <source>STARTING, UNKNOWN and statuses this version does not know</source>
        <translation>STARTING、UNKNOWN 及本版本不认识的状态</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>OOS</source>
        <comment>short for OUT_OF_SERVICE</comment>
        <translation>停用</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n instance(s)</source>
        <translation><numerusform>%1：%n 个实例</numerusform></translation>
    </message>
    <message>
        <source>Instances report different versions: %1</source>
        <translation>实例报告的版本不一致：%1</translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>复制为 curl(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>Take %n instance(s) out of service</source>
        <translation><numerusform>将 %n 个实例设为停止服务</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Put %n instance(s) back UP</source>
        <translation><numerusform>将 %n 个实例恢复为 UP</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Clear the override of %n instance(s)</source>
        <translation><numerusform>清除 %n 个实例的状态覆盖</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n registration(s)</source>
        <translation><numerusform>删除 %n 个注册</numerusform></translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed.</source>
        <translation>成功 %1 个，失败 %2 个。</translation>
    </message>
    <message>
        <source>Waiting for every server to show it…</source>
        <translation>正在等待每个服务端显示该变更…</translation>
    </message>
    <message>
        <source>%1: shows it, %2 s after the answer</source>
        <translation>%1：已显示，应答后 %2 秒</translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation>%1：尚未显示</translation>
    </message>
    <message>
        <source>%1 in %2? Nothing is sent before you confirm.</source>
        <translation>在 %2 中%1？确认前不会发送任何请求。</translation>
    </message>
</context>
<context>
    <name>CallConsole</name>
    <message>
        <source>Run call</source>
        <translation>发起调用</translation>
    </message>
    <message>
        <source>RANDOM: any UP instance</source>
        <translation>RANDOM：任一 UP 实例</translation>
    </message>
    <message>
        <source>STICK: keep one instance</source>
        <translation>STICK：固定一个实例</translation>
    </message>
    <message>
        <source>OTHER: never the same twice</source>
        <translation>OTHER：不连续调用同一实例</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The answer of the selected call</source>
        <translation>所选调用的响应</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>per attempt</source>
        <translation>单次超时</translation>
    </message>
    <message>
        <source>hedge after</source>
        <translation>对冲延迟</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>执行中…</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>The shown call's attempts as curl commands</source>
        <translation>把所显示调用的各次尝试复制为 curl 命令</translation>
    </message>
</context>
<context>
    <name>CallHistoryModel</name>
    <message>
        <source>running…</source>
        <translation>执行中…</translation>
    </message>
    <message numerus="yes">
        <source>HTTP %1 in %2 ms, %n attempt(s)</source>
        <translation><numerusform>HTTP %1，耗时 %2 毫秒，尝试 %n 次</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>failed after %n attempt(s)</source>
        <translation><numerusform>尝试 %n 次后失败</numerusform></translation>
    </message>
</context>
<context>
    <name>CallTimeline</name>
    <message>
        <source>HTTP %1 — answered</source>
        <translation>HTTP %1 — 已响应</translation>
    </message>
    <message>
        <source>abandoned (another attempt won)</source>
        <translation>已放弃（另一次尝试先响应）</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>#%1 %2 [%3] %4 ms%5: %6</source>
        <translation>#%1 %2 [%3] %4 毫秒%5：%6</translation>
    </message>
    <message>
        <source>no zone</source>
        <translation>无可用区</translation>
    </message>
    <message>
        <source>, hedged</source>
        <translation>，对冲</translation>
    </message>
    <message>
        <source>Run a call to see its attempts here.</source>
        <translation>发起一次调用，这里会显示每次尝试。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>连接配置需要名称。</translation>
    </message>
    <message>
        <source>Give at least one server URL or a DNS domain.</source>
        <translation>请至少填写一个服务器 URL 或一个 DNS 域名。</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>不是 http(s) URL：%1</translation>
    </message>
    <message>
        <source>Put the password in the password field, not in the URL: %1</source>
        <translation>请把密码填在密码框中，不要写在 URL 里：%1</translation>
    </message>
    <message>
        <source>Accepting a self-signed certificate needs its SHA-256 fingerprint.</source>
        <translation>接受自签名证书需要填写其 SHA-256 指纹。</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>no Secret Service or KWallet on this desktop</source>
        <translation>此桌面没有 Secret Service 或 KWallet</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <source>Passwords are kept for this session only.</source>
        <translation>密码只在本次会话中保存。</translation>
    </message>
    <message>
        <source>No keychain service is available (%1): passwords are kept for this session only and asked again next time.</source>
        <translation>没有可用的钥匙串服务（%1）：密码只在本次会话中保存，下次启动时需重新输入。</translation>
    </message>
</context>
<context>
    <name>DashboardSession</name>
    <message>
        <source>Cannot read the CA certificate %1: %2</source>
        <translation>无法读取 CA 证书 %1：%2</translation>
    </message>
</context>
<context>
    <name>DemoRegistry</name>
    <message>
        <source>The demo fleet cannot open its loopback ports.</source>
        <translation>演示集群无法打开本机回环端口。</translation>
    </message>
    <message>
        <source>Demo (embedded registry)</source>
        <translation>演示（内置注册中心）</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
</context>
<context>
    <name>Eureka</name>
    <message>
        <source>the instance needs an application name</source>
        <translation>实例需要应用名称</translation>
    </message>
    <message>
        <source>instance IP network "%1" is not a CIDR range</source>
        <translation>实例 IP 网段“%1”不是 CIDR 格式</translation>
    </message>
    <message>
        <source>instance ports must be 0 to 65535</source>
        <translation>实例端口必须在 0 到 65535 之间</translation>
    </message>
</context>
<context>
    <name>Eureka::AwsMetadata</name>
    <message>
        <source>cannot read %1 from the instance metadata service: %2</source>
        <translation>无法从实例元数据服务读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Eureka::ClusterClient</name>
    <message>
        <source>no Eureka server is known (check the service URLs, zones or DNS domain)</source>
        <translation>没有已知的 Eureka 服务器（请检查服务 URL、可用区或 DNS 域名）</translation>
    </message>
    <message>
        <source>every Eureka server tried failed: %1</source>
        <translation>尝试过的 Eureka 服务器全部失败：%1</translation>
    </message>
    <message>
        <source>no network access manager</source>
        <translation>没有 QNetworkAccessManager</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>重定向超过 %1 次</translation>
    </message>
    <message>
        <source>redirect without a usable Location</source>
        <translation>重定向缺少可用的 Location</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to %3</source>
        <translation>%1 对 %3 返回 HTTP %2</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 毫秒内无响应</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>answered %1, not %2</source>
        <translation>返回了 %1，而不是 %2</translation>
    </message>
</context>
<context>
    <name>Eureka::DnsTxtClusterResolver</name>
    <message>
        <source>DNS TXT record %1 lists no zones</source>
        <translation>DNS TXT 记录 %1 未列出任何可用区</translation>
    </message>
    <message>
        <source>DNS TXT lookup of %1 failed: %2</source>
        <translation>DNS TXT 查询 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>DNS lists no Eureka servers (%1)</source>
        <translation>DNS 未列出任何 Eureka 服务器（%1）</translation>
    </message>
    <message>
        <source>some zones could not be resolved: %1</source>
        <translation>部分可用区无法解析：%1</translation>
    </message>
</context>
<context>
    <name>Eureka::EurekaReply</name>
    <message>
        <source>operation canceled</source>
        <translation>操作已取消</translation>
    </message>
</context>
<context>
    <name>Eureka::HealthMonitor</name>
    <message>
        <source>the application's health check</source>
        <translation>应用的健康检查</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>无应答：%1</translation>
    </message>
    <message>
        <source>HTTP %1, status OUT_OF_SERVICE</source>
        <translation>HTTP %1，状态 OUT_OF_SERVICE</translation>
    </message>
    <message>
        <source>HTTP %1, status DOWN</source>
        <translation>HTTP %1，状态 DOWN</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>Eureka::InstanceRegistrar</name>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 返回 HTTP %2</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>heartbeat</source>
        <translation>心跳</translation>
    </message>
</context>
<context>
    <name>Eureka::NetworkAccessReply</name>
    <message>
        <source>the answer's headers are larger than %1 bytes</source>
        <translation>响应头超过 %1 字节</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation>响应超过 %1 字节</translation>
    </message>
</context>
<context>
    <name>Eureka::PropagationProbe</name>
    <message>
        <source>no change made: the servers were not all read within the timeout</source>
        <translation>未做任何变更：超时前未能读取所有服务端</translation>
    </message>
    <message>
        <source>no Eureka server configured</source>
        <translation>未配置 Eureka 服务端</translation>
    </message>
</context>
<context>
    <name>Eureka::RegistryFetcher</name>
    <message>
        <source>%1 sent a registry that cannot be read: %2</source>
        <translation>%1 返回的注册表无法解析：%2</translation>
    </message>
</context>
<context>
    <name>Eureka::RegistryServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法监听 %1:%2：%3</translation>
    </message>
</context>
<context>
    <name>Eureka::ServiceCall</name>
    <message>
        <source>no instance of %1 answered within %2 ms: %3</source>
        <translation>%1 没有实例在 %2 毫秒内响应：%3</translation>
    </message>
    <message>
        <source>still waiting</source>
        <translation>仍在等待</translation>
    </message>
    <message>
        <source>call canceled</source>
        <translation>调用已取消</translation>
    </message>
    <message>
        <source>no UP instance of %1 in the registry</source>
        <translation>注册表中没有 %1 的 UP 实例</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 毫秒内无响应</translation>
    </message>
    <message>
        <source>the walker reported a failure</source>
        <translation>walker 报告失败</translation>
    </message>
    <message>
        <source>no network access manager</source>
        <translation>没有 QNetworkAccessManager</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>every instance of %1 failed: %2</source>
        <translation>%1 的所有实例都失败了：%2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 返回 HTTP %2</translation>
    </message>
    <message>
        <source>abandoned: another instance answered first</source>
        <translation>已放弃：另一个实例先响应</translation>
    </message>
</context>
<context>
    <name>Eureka::TransportReply</name>
    <message>
        <source>no HTTP answer</source>
        <translation>没有 HTTP 响应</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message numerus="yes">
        <source>first fetch: %n instance(s)</source>
        <translation><numerusform>首次拉取：%n 个实例</numerusform></translation>
    </message>
    <message>
        <source>registered (%1)</source>
        <translation>已注册（%1）</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>updated (metadata or lease)</source>
        <translation>已更新（元数据或租约）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>override set: %1</source>
        <translation>设置状态覆盖：%1</translation>
    </message>
    <message>
        <source>override cleared</source>
        <translation>清除状态覆盖</translation>
    </message>
    <message>
        <source>metadata changed</source>
        <translation>元数据已更改</translation>
    </message>
    <message>
        <source>metadata: %1</source>
        <translation>元数据：%1</translation>
    </message>
    <message>
        <source>lease lapsed (not renewed in time)</source>
        <translation>租约过期（未按时续约）</translation>
    </message>
</context>
<context>
    <name>HealthStrip</name>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>last fetch %1</source>
        <translation>上次拉取 %1</translation>
    </message>
    <message>
        <source>delta</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>full registry</source>
        <translation>全量</translation>
    </message>
    <message>
        <source>hash matches</source>
        <translation>哈希一致</translation>
    </message>
    <message>
        <source>hash mismatch, full fetch</source>
        <translation>哈希不一致，已全量拉取</translation>
    </message>
    <message>
        <source>Waiting for the first answer…</source>
        <translation>等待首次响应…</translation>
    </message>
    <message numerus="yes">
        <source>%n fetch error(s)</source>
        <translation><numerusform>%n 次拉取错误</numerusform></translation>
    </message>
    <message>
        <source>renewals %1/min (threshold %2)</source>
        <translation>续约 %1 次/分钟（阈值 %2）</translation>
    </message>
    <message>
        <source>Fetching failed: %1. Showing the last good registry.</source>
        <translation>拉取失败：%1。当前显示最近一次成功的注册表。</translation>
    </message>
    <message numerus="yes">
        <source>Renewals are below the expected rate: %1 per minute against a threshold of %2; %n lease(s) without a recent renewal. The Eureka servers may enter self-preservation and stop expiring instances.</source>
        <translation><numerusform>续约低于预期：每分钟 %1 次，阈值为 %2；%n 个租约近期未续约。Eureka 服务器可能进入自我保护模式，不再剔除过期实例。</numerusform></translation>
    </message>
    <message>
        <source>showing %1 of %2 changes…</source>
        <translation>已显示 %2 项变更中的 %1 项…</translation>
    </message>
    <message numerus="yes">
        <source>%n lapsed lease(s)</source>
        <translation><numerusform>%n 个租约已过期</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）</translation>
    </message>
    <message>
        <source>cannot be used</source>
        <translation>无法使用</translation>
    </message>
</context>
<context>
    <name>InstanceDetailsView</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Metadata key</source>
        <translation>元数据键</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>下线（OUT_OF_SERVICE）</translation>
    </message>
    <message>
        <source>Put back UP</source>
        <translation>恢复为 UP</translation>
    </message>
    <message>
        <source>Clear override</source>
        <translation>清除状态覆盖</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an instance to see its details.&lt;/i&gt;</source>
        <translation>&lt;i&gt;选择一个实例查看详情。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Home page</source>
        <translation>主页</translation>
    </message>
    <message>
        <source>Status page</source>
        <translation>状态页</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Data center</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史：</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>显示最近 %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s) · UP %1 · application UP %2</source>
        <translation><numerusform>%n 次状态变化 · UP %1 · 应用 UP %2</numerusform></translation>
    </message>
    <message>
        <source>This instance was UP %1 of the time it was registered in the span; all instances of %2 together, %3.%4</source>
        <translation>此实例在该时间段内已注册时间中 UP 占 %1；%2 的全部实例合计为 %3。%4</translation>
    </message>
    <message>
        <source>
The history is kept in memory only: %1</source>
        <translation>
历史仅保存在内存中：%1</translation>
    </message>
</context>
<context>
    <name>InstanceTableModel</name>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例 ID</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>状态覆盖</translation>
    </message>
    <message>
        <source>Last renewal</source>
        <translation>上次续约</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>元数据：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Eureka Dashboard</source>
        <translation>Eureka 控制台</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>集群：</translation>
    </message>
    <message>
        <source>Search names, hosts, IPs, metadata (Ctrl+F)</source>
        <translation>搜索名称、主机、IP、元数据（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>可用区：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Filter events (application, instance, status)</source>
        <translation>筛选事件（应用、实例、状态）</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>实例(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>事件(&amp;E)</translation>
    </message>
    <message>
        <source>HA &amp;calls</source>
        <translation>高可用调用(&amp;C)</translation>
    </message>
    <message>
        <source>Take out of service</source>
        <translation>下线（OUT_OF_SERVICE）</translation>
    </message>
    <message>
        <source>Put back UP</source>
        <translation>恢复为 UP</translation>
    </message>
    <message>
        <source>Clear override</source>
        <translation>清除状态覆盖</translation>
    </message>
    <message>
        <source>Delete instance…</source>
        <translation>删除实例…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>新建连接配置(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>编辑连接配置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>删除连接配置(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;xport view…</source>
        <translation>导出当前视图(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About Eureka Dashboard</source>
        <translation>关于 Eureka 控制台</translation>
    </message>
    <message>
        <source>&lt;b&gt;Eureka Dashboard&lt;/b&gt; %1&lt;br&gt;Watches Netflix Eureka and Spring Cloud registries.</source>
        <translation>&lt;b&gt;Eureka 控制台&lt;/b&gt; %1&lt;br&gt;监控 Netflix Eureka 与 Spring Cloud 注册中心。</translation>
    </message>
    <message>
        <source>The language changes the next time the dashboard starts.</source>
        <translation>语言将在下次启动控制台时生效。</translation>
    </message>
    <message>
        <source>Eureka Dashboard — %1</source>
        <translation>Eureka 控制台 — %1</translation>
    </message>
    <message>
        <source>All zones</source>
        <translation>全部可用区</translation>
    </message>
    <message>
        <source>Read-only profile: edit the profile to allow admin actions.</source>
        <translation>只读连接配置：编辑配置后才能执行管理操作。</translation>
    </message>
    <message>
        <source>Admin actions change the registry for everyone.</source>
        <translation>管理操作会影响所有使用此注册中心的人。</translation>
    </message>
    <message>
        <source>%1: asking the Eureka server…</source>
        <translation>%1：正在请求 Eureka 服务器…</translation>
    </message>
    <message>
        <source>%1: the server answered HTTP %2.</source>
        <translation>%1：服务器返回 HTTP %2。</translation>
    </message>
    <message>
        <source>%1 refused: the server answered HTTP %2.</source>
        <translation>%1 被拒绝：服务器返回 HTTP %2。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Take %1 of %2 OUT_OF_SERVICE? Clients stop calling it until it is put back UP.</source>
        <translation>将 %2 的实例 %1 设为 OUT_OF_SERVICE？在恢复为 UP 之前，客户端不会再调用它。</translation>
    </message>
    <message>
        <source>Out of service %1</source>
        <translation>下线 %1</translation>
    </message>
    <message>
        <source>Put %1 of %2 back UP?</source>
        <translation>将 %2 的实例 %1 恢复为 UP？</translation>
    </message>
    <message>
        <source>UP %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>Clear override %1</source>
        <translation>清除覆盖 %1</translation>
    </message>
    <message>
        <source>Delete the registration of %1 of %2? A running instance registers again with its next heartbeat.</source>
        <translation>删除 %2 的实例 %1 的注册？仍在运行的实例会在下次心跳时重新注册。</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <source>events.csv</source>
        <translation>events.csv</translation>
    </message>
    <message>
        <source>instances.csv</source>
        <translation>instances.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation><numerusform>已导出 %n 行到 %1</numerusform></translation>
    </message>
    <message>
        <source>Delete the profile %1 and its stored password?</source>
        <translation>删除连接配置 %1 及其保存的密码？</translation>
    </message>
    <message>
        <source>Clear the status override of %1 of %2? Eureka shows it as UNKNOWN until the instance reports its status again; use Put back UP to send it traffic now.</source>
        <translation>清除 %2 的实例 %1 的状态覆盖？在实例再次上报状态之前，Eureka 会显示为 UNKNOWN；如需立即恢复流量，请使用“恢复为 UP”。</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>read-write</source>
        <translation>可写</translation>
    </message>
    <message>
        <source>Lease lapsed</source>
        <translation>租约已过期</translation>
    </message>
    <message>
        <source>Instances not renewed for longer than their lease duration</source>
        <translation>超过租约时长未续约的实例</translation>
    </message>
    <message>
        <source>No Eureka cluster yet</source>
        <translation>还没有 Eureka 集群</translation>
    </message>
    <message>
        <source>Add a cluster to watch its applications and instances, or try the dashboard on a demo registry that runs inside it.</source>
        <translation>添加一个集群以监控其应用和实例，或者在控制台内置的演示注册中心上试用。</translation>
    </message>
    <message>
        <source>Add a cluster…</source>
        <translation>添加集群…</translation>
    </message>
    <message>
        <source>Open the demo registry</source>
        <translation>打开演示注册中心</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题实例</translation>
    </message>
    <message>
        <source>DOWN, OUT_OF_SERVICE or lease lapsed (Ctrl+Z)</source>
        <translation>DOWN、OUT_OF_SERVICE 或租约已过期（Ctrl+Z）</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>只看问题实例(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Zones</source>
        <translation>可用区(&amp;Z)</translation>
    </message>
    <message>
        <source>Each cell: UP instances / all instances of the application in that zone. Click a cell to list them.</source>
        <translation>每个单元格：该应用在该可用区的 UP 实例数 / 全部实例数。点击单元格列出这些实例。</translation>
    </message>
    <message>
        <source>Every application with UP instances has them in more than one zone. Click a cell to list its instances.</source>
        <translation>所有有 UP 实例的应用都分布在不止一个可用区。点击单元格列出其实例。</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) have every UP instance in one zone (losing that zone loses them): %1</source>
        <translation><numerusform>%n 个应用的所有 UP 实例都在同一个可用区（失去该可用区就会失去它们）：%1</numerusform></translation>
    </message>
    <message>
        <source>Export status &amp;history…</source>
        <translation>导出状态历史(&amp;H)…</translation>
    </message>
    <message>
        <source>The status history of %1 cannot be saved (%2): it is kept in memory until the dashboard closes.</source>
        <translation>%1 的状态历史无法保存（%2）：在仪表盘关闭前保存在内存中。</translation>
    </message>
    <message>
        <source>Export status history</source>
        <translation>导出状态历史</translation>
    </message>
    <message>
        <source>history.csv</source>
        <translation>history.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported the status history to %1</source>
        <translation>已将状态历史导出到 %1</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>告警(&amp;A)</translation>
    </message>
    <message>
        <source>Mute the selected &amp;application</source>
        <translation>静音所选应用(&amp;A)</translation>
    </message>
    <message>
        <source>Mute the selected &amp;instance</source>
        <translation>静音所选实例(&amp;I)</translation>
    </message>
    <message>
        <source>Mute the whole &amp;cluster (a deploy window)</source>
        <translation>静音整个集群（发布窗口）(&amp;C)</translation>
    </message>
    <message>
        <source>for 15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>for 1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>for 8 hours</source>
        <translation>8 小时</translation>
    </message>
    <message>
        <source>Active &amp;mutes…</source>
        <translation>当前静音(&amp;M)…</translation>
    </message>
    <message>
        <source>Select an instance first.</source>
        <translation>请先选择一个实例。</translation>
    </message>
    <message>
        <source>Notifications for %1 muted until %2</source>
        <translation>%1 的通知已静音至 %2</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>服务端(&amp;S)</translation>
    </message>
    <message>
        <source>Add a metadata column</source>
        <translation>添加元数据列</translation>
    </message>
    <message>
        <source>Other key…</source>
        <translation>其他键…</translation>
    </message>
    <message>
        <source>Metadata column</source>
        <translation>元数据列</translation>
    </message>
    <message>
        <source>Metadata key:</source>
        <translation>元数据键：</translation>
    </message>
    <message>
        <source>Remove the column “%1”</source>
        <translation>删除“%1”列</translation>
    </message>
    <message>
        <source>Show only %1=%2</source>
        <translation>只显示 %1=%2</translation>
    </message>
    <message>
        <source>Select at most %1 instances for one action (%2 are selected).</source>
        <translation>一次操作最多选择 %1 个实例（当前选择了 %2 个）。</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed.</source>
        <translation>成功 %1 个，失败 %2 个。</translation>
    </message>
</context>
<context>
    <name>MutesDialog</name>
    <message>
        <source>&amp;Unmute</source>
        <translation>取消静音(&amp;U)</translation>
    </message>
    <message>
        <source>Active mutes</source>
        <translation>当前静音</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>静音对象</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>the whole cluster</source>
        <translation>整个集群</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>PeerComparison</name>
    <message>
        <source>%1 does not answer (%2)</source>
        <translation>%1 无响应（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 lacks %n instance(s)</source>
        <translation><numerusform>%1 缺少 %n 个实例</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) with different statuses</source>
        <translation><numerusform>%n 个实例状态不一致</numerusform></translation>
    </message>
    <message>
        <source>One server: nothing to compare it with.</source>
        <translation>只有一个服务端：没有可比较的对象。</translation>
    </message>
    <message numerus="yes">
        <source>All %n servers hold the same %1 instances with the same statuses.</source>
        <translation><numerusform>全部 %n 个服务端持有相同的 %1 个实例，状态也相同。</numerusform></translation>
    </message>
    <message>
        <source>: replication still catching up, or broken between them.</source>
        <translation>：复制仍在追赶，或服务端之间的复制已中断。</translation>
    </message>
</context>
<context>
    <name>PeerDifferenceModel</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
</context>
<context>
    <name>PeerServerModel</name>
    <message>
        <source>not registered: an unavailable replica to its peers</source>
        <translation>未注册：对其他节点来说是不可用副本</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务端</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>UP</source>
        <translation>UP</translation>
    </message>
    <message>
        <source>Lacks</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Other status</source>
        <translation>状态不同</translation>
    </message>
    <message>
        <source>Registered as</source>
        <translation>注册为</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Eureka's status page lists a peer as available only when its registry holds an instance of the servers' own application whose host name is the host in the peer's URL.</source>
        <translation>Eureka 状态页只有在其注册表中存在一个属于服务端自身应用、且主机名与该节点 URL 中的主机相同的实例时，才把该节点列为可用。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 等另外 %n 个</numerusform></translation>
    </message>
</context>
<context>
    <name>PeerServersView</name>
    <message>
        <source>Compare &amp;now</source>
        <translation>立即比较(&amp;N)</translation>
    </message>
    <message>
        <source>Asking each server…</source>
        <translation>正在询问每个服务端…</translation>
    </message>
    <message>
        <source>This profile finds its servers through DNS, or none is open: nothing to compare.</source>
        <translation>此连接配置通过 DNS 发现服务端，或尚未打开任何集群：没有可比较的内容。</translation>
    </message>
    <message>
        <source>Not compared yet.</source>
        <translation>尚未比较。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What Eureka calls an “unavailable replica”.&lt;/b&gt; A Eureka server lists a peer under &lt;i&gt;unavailable-replicas&lt;/i&gt; when its own registry holds no instance of its own application (the servers' &lt;code&gt;spring.application.name&lt;/code&gt;) whose host name is exactly the host in that peer's URL. The peer may well be up and replicating: most often the servers do not register with each other (&lt;code&gt;registerWithEureka=false&lt;/code&gt;), register under another application name, or under another host name or an IP address than the one in the peer URLs. The &lt;i&gt;Registered as&lt;/i&gt; column says, for each server, what is registered with its host name. Different instance counts or statuses between servers are replication lag (seconds after a change) or a split (lasting).</source>
        <translation>&lt;b&gt;Eureka 所说的“不可用副本”是什么意思。&lt;/b&gt;当一个 Eureka 服务端自己的注册表中，没有属于其自身应用（服务端的 &lt;code&gt;spring.application.name&lt;/code&gt;）、且主机名与某个节点 URL 中的主机完全相同的实例时，它就把该节点列入 &lt;i&gt;unavailable-replicas&lt;/i&gt;。该节点很可能正常运行并在复制：最常见的原因是服务端之间互不注册（&lt;code&gt;registerWithEureka=false&lt;/code&gt;）、以不同的应用名注册，或以不同于节点 URL 的主机名或 IP 地址注册。&lt;i&gt;注册为&lt;/i&gt; 一列显示每个服务端以其主机名注册了什么。服务端之间实例数或状态不同，是复制延迟（变更后几秒）或脑裂（持续存在）。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Read-only: no admin actions</source>
        <translation>只读：不允许管理操作</translation>
    </message>
    <message>
        <source>Watch in the tray</source>
        <translation>在系统托盘中监控</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>One per line, e.g. http://eureka-1:8761/eureka/</source>
        <translation>每行一个，例如 http://eureka-1:8761/eureka/</translation>
    </message>
    <message>
        <source>Instead of URLs: DNS TXT discovery, e.g. example.com</source>
        <translation>不填 URL 时使用 DNS TXT 发现，例如 example.com</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, hex</source>
        <translation>SHA-256 指纹（十六进制）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM 证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Server URLs</source>
        <translation>服务器 URL</translation>
    </message>
    <message>
        <source>DNS domain</source>
        <translation>DNS 域名</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>可用区</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Private CA</source>
        <translation>私有 CA</translation>
    </message>
    <message>
        <source>Accept self-signed</source>
        <translation>接受自签名证书</translation>
    </message>
    <message>
        <source>Fetch every</source>
        <translation>拉取间隔</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Status changes older than this are forgotten.</source>
        <translation>早于此时间的状态变化将被删除。</translation>
    </message>
    <message>
        <source>Keep history for</source>
        <translation>历史保留</translation>
    </message>
    <message>
        <source>The tray tells of an instance only once it has not been UP for this long: a restart is not news.</source>
        <translation>实例非 UP 状态持续这么久后托盘才会通知：重启不算新闻。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Notify when not UP for</source>
        <translation>非 UP 持续多久后通知</translation>
    </message>
    <message>
        <source>Remind every</source>
        <translation>提醒间隔</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no network access manager</source>
        <translation>没有 QNetworkAccessManager</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>StateTimelineWidget</name>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Not registered, or before the history began</source>
        <translation>未注册，或在历史记录开始之前</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 (%4)</source>
        <translation>%1，从 %2 到 %3（%4）</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>UP</source>
        <translation>UP</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>DOWN</translation>
    </message>
    <message>
        <source>STARTING</source>
        <translation>STARTING</translation>
    </message>
    <message>
        <source>OUT_OF_SERVICE</source>
        <translation>OUT_OF_SERVICE</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNKNOWN</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Open dashboard</source>
        <translation>打开控制台</translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation>暂停通知</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>TrayMonitor</name>
    <message>
        <source>%1: Eureka servers answer again</source>
        <translation>%1：Eureka 服务器已恢复响应</translation>
    </message>
    <message>
        <source>%1: no Eureka server answers</source>
        <translation>%1：没有 Eureka 服务器响应</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: flapping, %n change(s), now %3</source>
        <translation><numerusform>%1 %2：状态抖动，变化 %n 次，当前 %3</numerusform></translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2：%3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… 还有 %n 条</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Eureka: %n instance(s) changed</source>
        <translation><numerusform>Eureka：%n 个实例发生变化</numerusform></translation>
    </message>
    <message>
        <source>Eureka</source>
        <translation>Eureka</translation>
    </message>
    <message>
        <source>Eureka dashboard: no cluster watched</source>
        <translation>Eureka 控制台：未监控任何集群</translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n instance(s) UP</source>
        <translation><numerusform>%1：全部 %n 个实例 UP</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 UP, %3 DOWN, %4 out of service, %5 other</source>
        <translation>%1：%2 个 UP，%3 个 DOWN，%4 个下线，%5 个其他</translation>
    </message>
    <message>
        <source>%1 %2: still %3 after %4</source>
        <translation>%1 %2：%4 后仍为 %3</translation>
    </message>
</context>
<context>
    <name>ZoneMatrixModel</name>
    <message>
        <source>UP in %1 of %2</source>
        <translation>%2 个可用区中 %1 个有 UP</translation>
    </message>
    <message>
        <source>Every UP instance of %1 is in %2: losing that zone loses the service</source>
        <translation>%1 的所有 UP 实例都在 %2：失去该可用区就会失去这个服务</translation>
    </message>
    <message>
        <source>No UP instance of %1 in any zone</source>
        <translation>%1 在任何可用区都没有 UP 实例</translation>
    </message>
    <message>
        <source>%1 in %2: %3 of %4 instance(s) UP; click to list them</source>
        <translation>%1 在 %2：%4 个实例中 %3 个为 UP；点击列出这些实例</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>分布</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Dashboard and tray monitor for Eureka registries.</source>
        <translation>Eureka 注册中心的控制台与托盘监控。</translation>
    </message>
    <message>
        <source>Start the embedded registry with a demo fleet and connect to it.</source>
        <translation>启动内置注册中心和演示集群并连接。</translation>
    </message>
    <message>
        <source>Port of the demo registry (default: any free port).</source>
        <translation>演示注册中心的端口（默认：任一空闲端口）。</translation>
    </message>
    <message>
        <source>Start hidden in the system tray.</source>
        <translation>启动时隐藏到系统托盘。</translation>
    </message>
    <message>
        <source>Render the window to a PNG file and quit.</source>
        <translation>将窗口渲染为 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>Language (en, zh_CN); default: the settings, else the system's.</source>
        <translation>语言（en、zh_CN）；默认取设置，否则跟随系统。</translation>
    </message>
    <message>
        <source>--server needs an http or https URL, not '%1'</source>
        <translation>--server 需要 http 或 https URL，而不是“%1”</translation>
    </message>
    <message>
        <source>Open this Eureka server (repeatable; read-only, not saved).</source>
        <translation>打开该 Eureka 服务端（可重复；只读，不保存）。</translation>
    </message>
    <message>
        <source>User for --server's basic auth. The password: --password-env, else the URL's, else the keychain's for a profile of the same name.</source>
        <translation>--server 的基本认证用户名。密码依次取自：--password-env、URL 中的密码、钥匙串中同名连接配置的密码。</translation>
    </message>
    <message>
        <source>Environment variable holding the password for --server (never on the command line).</source>
        <translation>保存 --server 密码的环境变量名（密码绝不写在命令行上）。</translation>
    </message>
    <message>
        <source>--password-env: $%1 is not set</source>
        <translation>--password-env：环境变量 $%1 未设置</translation>
    </message>
    <message>
        <source>--user and --password-env go with --server</source>
        <translation>--user 和 --password-env 需要与 --server 一起使用</translation>
    </message>
    <message>
        <source>View to show: instances, events, calls, zones or servers.</source>
        <translation>要显示的视图：instances、events、calls、zones 或 servers。</translation>
    </message>
</context>
</TS>