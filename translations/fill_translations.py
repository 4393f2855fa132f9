#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 QtEureka contributors
# SPDX-License-Identifier: Apache-2.0
"""Fills the .ts files from the reviewed tables below after `update_translations`.

English is the source language: its file only carries plural forms. Chinese (zh_CN) has no
plural forms, so numerus messages get one form. Run from the repository root:
    cmake --build build --target update_translations && python3 translations/fill_translations.py
"""
import sys
import xml.etree.ElementTree as ET

ZH = {
    'All applications': '全部应用',
    'All instances': '全部实例',
    'STARTING, UNKNOWN and statuses this version does not know': 'STARTING、UNKNOWN 及本版本不认识的状态',
    'Application': '应用',
    'All': '全部',
    'OOS': '停用',
    'Other': '其他',
    'Run call': '发起调用',
    'RANDOM: any UP instance': 'RANDOM：任一 UP 实例',
    'STICK: keep one instance': 'STICK：固定一个实例',
    'OTHER: never the same twice': 'OTHER：不连续调用同一实例',
    ' ms': ' 毫秒',
    'off': '关闭',
    'The answer of the selected call': '所选调用的响应',
    'Call': '调用',
    'per attempt': '单次超时',
    'hedge after': '对冲延迟',
    'Strategy': '策略',
    'Running…': '执行中…',
    'running…': '执行中…',
    'HTTP %1 in %2 ms, %n attempt(s)': 'HTTP %1，耗时 %2 毫秒，尝试 %n 次',
    'failed after %n attempt(s)': '尝试 %n 次后失败',
    'HTTP %1 — answered': 'HTTP %1 — 已响应',
    'abandoned (another attempt won)': '已放弃（另一次尝试先响应）',
    'HTTP %1': 'HTTP %1',
    '#%1 %2 [%3] %4 ms%5: %6': '#%1 %2 [%3] %4 毫秒%5：%6',
    'no zone': '无可用区',
    ', hedged': '，对冲',
    'Run a call to see its attempts here.': '发起一次调用，这里会显示每次尝试。',
    '%1 ms': '%1 毫秒',
    'The profile needs a name.': '连接配置需要名称。',
    'Give at least one server URL or a DNS domain.': '请至少填写一个服务器 URL 或一个 DNS 域名。',
    'Not an http(s) URL: %1': '不是 http(s) URL：%1',
    'Put the password in the password field, not in the URL: %1': '请把密码填在密码框中，不要写在 URL 里：%1',
    'Accepting a self-signed certificate needs its SHA-256 fingerprint.': '接受自签名证书需要填写其 SHA-256 指纹。',
    'no Secret Service or KWallet on this desktop': '此桌面没有 Secret Service 或 KWallet',
    'access denied': '访问被拒绝',
    'Passwords are kept for this session only.': '密码只在本次会话中保存。',
    'No keychain service is available (%1): passwords are kept for this session only and asked again next time.':
        '没有可用的钥匙串服务（%1）：密码只在本次会话中保存，下次启动时需重新输入。',
    'Cannot read the CA certificate %1: %2': '无法读取 CA 证书 %1：%2',
    'The demo fleet cannot open its loopback ports.': '演示集群无法打开本机回环端口。',
    'Demo (embedded registry)': '演示（内置注册中心）',
    '%1 s ago': '%1 秒前',
    '%1 min ago': '%1 分钟前',
    '%1 h ago': '%1 小时前',
    '%1 d ago': '%1 天前',
    '%1 s': '%1 秒',
    '%1 min': '%1 分钟',
    '%1 h %2 min': '%1 小时 %2 分',
    '%1 d %2 h': '%1 天 %2 小时',
    # the library's own messages
    'the instance needs an application name': '实例需要应用名称',
    'instance IP network "%1" is not a CIDR range': '实例 IP 网段“%1”不是 CIDR 格式',
    'instance ports must be 0 to 65535': '实例端口必须在 0 到 65535 之间',
    'cannot read %1 from the instance metadata service: %2': '无法从实例元数据服务读取 %1：%2',
    'no Eureka server is known (check the service URLs, zones or DNS domain)':
        '没有已知的 Eureka 服务器（请检查服务 URL、可用区或 DNS 域名）',
    'every Eureka server tried failed: %1': '尝试过的 Eureka 服务器全部失败：%1',
    'no network access manager': '没有 QNetworkAccessManager',
    'more than %1 redirects': '重定向超过 %1 次',
    'redirect without a usable Location': '重定向缺少可用的 Location',
    '%1 answered HTTP %2 to %3': '%1 对 %3 返回 HTTP %2',
    'no answer within %1 ms': '%1 毫秒内无响应',
    'DNS TXT record %1 lists no zones': 'DNS TXT 记录 %1 未列出任何可用区',
    'DNS TXT lookup of %1 failed: %2': 'DNS TXT 查询 %1 失败：%2',
    '%1: %2': '%1：%2',
    'DNS lists no Eureka servers (%1)': 'DNS 未列出任何 Eureka 服务器（%1）',
    'some zones could not be resolved: %1': '部分可用区无法解析：%1',
    'operation canceled': '操作已取消',
    '%1 answered HTTP %2': '%1 返回 HTTP %2',
    'registration': '注册',
    'heartbeat': '心跳',
    '%1 sent a registry that cannot be read: %2': '%1 返回的注册表无法解析：%2',
    'cannot listen on %1:%2: %3': '无法监听 %1:%2：%3',
    'no instance of %1 answered within %2 ms: %3': '%1 没有实例在 %2 毫秒内响应：%3',
    'still waiting': '仍在等待',
    'call canceled': '调用已取消',
    'no UP instance of %1 in the registry': '注册表中没有 %1 的 UP 实例',
    'the walker reported a failure': 'walker 报告失败',
    'every instance of %1 failed: %2': '%1 的所有实例都失败了：%2',
    'abandoned: another instance answered first': '已放弃：另一个实例先响应',
    # dashboard
    'first fetch: %n instance(s)': '首次拉取：%n 个实例',
    'registered (%1)': '已注册（%1）',
    'removed': '已移除',
    '%1 → %2': '%1 → %2',
    'updated (metadata or lease)': '已更新（元数据或租约）',
    'Time': '时间',
    'Instance': '实例',
    'Change': '变化',
    'Not connected': '未连接',
    'Server: %1': '服务器：%1',
    'last fetch %1': '上次拉取 %1',
    'delta': '增量',
    'full registry': '全量',
    'hash matches': '哈希一致',
    'hash mismatch, full fetch': '哈希不一致，已全量拉取',
    'Waiting for the first answer…': '等待首次响应…',
    'showing %1 of %2 changes…': '已显示 %2 项变更中的 %1 项…',
    'answered %1, not %2': '返回了 %1，而不是 %2',
    "the answer's headers are larger than %1 bytes": '响应头超过 %1 字节',
    'the answer is larger than %1 bytes': '响应超过 %1 字节',
    'no HTTP answer': '没有 HTTP 响应',
    '%n fetch error(s)': '%n 次拉取错误',
    'renewals %1/min (threshold %2)': '续约 %1 次/分钟（阈值 %2）',
    'Fetching failed: %1. Showing the last good registry.': '拉取失败：%1。当前显示最近一次成功的注册表。',
    'Renewals are below the expected rate: %1 per minute against a threshold of %2; %n lease(s) without a recent renewal. The Eureka servers may enter self-preservation and stop expiring instances.':
        '续约低于预期：每分钟 %1 次，阈值为 %2；%n 个租约近期未续约。Eureka 服务器可能进入自我保护模式，不再剔除过期实例。',
    'Field': '字段',
    'Value': '值',
    'Metadata key': '元数据键',
    'Take out of service': '下线（OUT_OF_SERVICE）',
    'Put back UP': '恢复为 UP',
    'Clear override': '清除状态覆盖',
    'Delete…': '删除…',
    '<i>Select an instance to see its details.</i>': '<i>选择一个实例查看详情。</i>',
    'Home page': '主页',
    'Status page': '状态页',
    'Health': '健康检查',
    'enabled': '启用',
    'disabled': '禁用',
    'Lease': '租约',
    'Data center': '数据中心',
    'Instance ID': '实例 ID',
    'Host': '主机',
    'IP': 'IP',
    'Port': '端口',
    'Zone': '可用区',
    'Status': '状态',
    'Override': '状态覆盖',
    'Last renewal': '上次续约',
    'Uptime': '运行时长',
    'Version': '版本',
    'Eureka Dashboard': 'Eureka 控制台',
    'Confirm': '确认',
    'Main': '主工具栏',
    'Cluster:': '集群：',
    'Search names, hosts, IPs, metadata (Ctrl+F)': '搜索名称、主机、IP、元数据（Ctrl+F）',
    'All statuses': '全部状态',
    'Zone:': '可用区：',
    'Status:': '状态：',
    'Filter events (application, instance, status)': '筛选事件（应用、实例、状态）',
    '&Instances': '实例(&I)',
    '&Events': '事件(&E)',
    'HA &calls': '高可用调用(&C)',
    'Delete instance…': '删除实例…',
    '&File': '文件(&F)',
    '&New profile…': '新建连接配置(&N)…',
    '&Edit profile…': '编辑连接配置(&E)…',
    '&Delete profile': '删除连接配置(&D)',
    'E&xport view…': '导出当前视图(&X)…',
    '&Quit': '退出(&Q)',
    '&View': '视图(&V)',
    '&Refresh': '刷新(&R)',
    '&Search': '搜索(&S)',
    '&Settings': '设置(&S)',
    '&Language': '语言(&L)',
    'System language': '跟随系统',
    '&Help': '帮助(&H)',
    '&About': '关于(&A)',
    'About Eureka Dashboard': '关于 Eureka 控制台',
    '<b>Eureka Dashboard</b> %1<br>Watches Netflix Eureka and Spring Cloud registries.':
        '<b>Eureka 控制台</b> %1<br>监控 Netflix Eureka 与 Spring Cloud 注册中心。',
    'The language changes the next time the dashboard starts.': '语言将在下次启动控制台时生效。',
    'Eureka Dashboard — %1': 'Eureka 控制台 — %1',
    'All zones': '全部可用区',
    'Read-only profile: edit the profile to allow admin actions.': '只读连接配置：编辑配置后才能执行管理操作。',
    'read-only': '只读',
    'read-write': '可写',
    'Admin actions change the registry for everyone.': '管理操作会影响所有使用此注册中心的人。',
    '%1: asking the Eureka server…': '%1：正在请求 Eureka 服务器…',
    '%1: the server answered HTTP %2.': '%1：服务器返回 HTTP %2。',
    '%1 refused: the server answered HTTP %2.': '%1 被拒绝：服务器返回 HTTP %2。',
    '%1 failed: %2': '%1 失败：%2',
    'Take %1 of %2 OUT_OF_SERVICE? Clients stop calling it until it is put back UP.':
        '将 %2 的实例 %1 设为 OUT_OF_SERVICE？在恢复为 UP 之前，客户端不会再调用它。',
    'Out of service %1': '下线 %1',
    'Put %1 of %2 back UP?': '将 %2 的实例 %1 恢复为 UP？',
    'UP %1': '恢复 %1',
    'Clear the status override of %1 of %2? Eureka shows it as UNKNOWN until the instance reports its status again; use Put back UP to send it traffic now.':
        '清除 %2 的实例 %1 的状态覆盖？在实例再次上报状态之前，Eureka 会显示为 UNKNOWN；如需立即恢复流量，请使用“恢复为 UP”。',
    'Clear override %1': '清除覆盖 %1',
    'Delete the registration of %1 of %2? A running instance registers again with its next heartbeat.':
        '删除 %2 的实例 %1 的注册？仍在运行的实例会在下次心跳时重新注册。',
    'Delete %1': '删除 %1',
    'Export view': '导出视图',
    'events.csv': 'events.csv',
    'instances.csv': 'instances.csv',
    'CSV (*.csv);;JSON (*.json)': 'CSV (*.csv);;JSON (*.json)',
    'Cannot write %1: %2': '无法写入 %1：%2',
    'Exported %n row(s) to %1': '已导出 %n 行到 %1',
    'Delete the profile %1 and its stored password?': '删除连接配置 %1 及其保存的密码？',
    'Read-only: no admin actions': '只读：不允许管理操作',
    'Watch in the tray': '在系统托盘中监控',
    'Connection profile': '连接配置',
    'One per line, e.g. http://eureka-1:8761/eureka/': '每行一个，例如 http://eureka-1:8761/eureka/',
    'Instead of URLs: DNS TXT discovery, e.g. example.com': '不填 URL 时使用 DNS TXT 发现，例如 example.com',
    'SHA-256 fingerprint, hex': 'SHA-256 指纹（十六进制）',
    ' s': ' 秒',
    'Browse…': '浏览…',
    'CA certificate': 'CA 证书',
    'PEM certificates (*.pem *.crt)': 'PEM 证书 (*.pem *.crt)',
    'Name': '名称',
    'Server URLs': '服务器 URL',
    'DNS domain': 'DNS 域名',
    'Region': '区域',
    'User': '用户名',
    'Password': '密码',
    'Private CA': '私有 CA',
    'Accept self-signed': '接受自签名证书',
    'Fetch every': '拉取间隔',
    'UP': 'UP',
    'DOWN': 'DOWN',
    'STARTING': 'STARTING',
    'OUT_OF_SERVICE': 'OUT_OF_SERVICE',
    'UNKNOWN': 'UNKNOWN',
    'Open dashboard': '打开控制台',
    'Pause notifications': '暂停通知',
    'Quit': '退出',
    '%1: Eureka servers answer again': '%1：Eureka 服务器已恢复响应',
    '%1: no Eureka server answers': '%1：没有 Eureka 服务器响应',
    '%1 %2: flapping, %n change(s), now %3': '%1 %2：状态抖动，变化 %n 次，当前 %3',
    '%1 %2: %3 → %4': '%1 %2：%3 → %4',
    '… and %n more': '… 还有 %n 条',
    'Eureka: %n instance(s) changed': 'Eureka：%n 个实例发生变化',
    'Eureka': 'Eureka',
    'Eureka dashboard: no cluster watched': 'Eureka 控制台：未监控任何集群',
    '%1: all %n instance(s) UP': '%1：全部 %n 个实例 UP',
    '%1: %2 UP, %3 DOWN, %4 out of service, %5 other': '%1：%2 个 UP，%3 个 DOWN，%4 个下线，%5 个其他',
    'Dashboard and tray monitor for Eureka registries.': 'Eureka 注册中心的控制台与托盘监控。',
    'Start the embedded registry with a demo fleet and connect to it.': '启动内置注册中心和演示集群并连接。',
    'Port of the demo registry (default: any free port).': '演示注册中心的端口（默认：任一空闲端口）。',
    'Start hidden in the system tray.': '启动时隐藏到系统托盘。',
    'Render the window to a PNG file and quit.': '将窗口渲染为 PNG 文件后退出。',
    'View to show: instances, events or calls.': '要显示的视图：instances、events 或 calls。',
    "Language (en, zh_CN); default: the settings, else the system's.": '语言（en、zh_CN）；默认取设置，否则跟随系统。',
    'Open this Eureka server (repeatable; read-only, not saved).': '打开该 Eureka 服务端（可重复；只读，不保存）。',
    "--server needs an http or https URL, not '%1'": '--server 需要 http 或 https URL，而不是“%1”',
    "the application's health check": '应用的健康检查',
    'no answer: %1': '无应答：%1',
    'HTTP %1, status OUT_OF_SERVICE': 'HTTP %1，状态 OUT_OF_SERVICE',
    'HTTP %1, status DOWN': 'HTTP %1，状态 DOWN',
    'HTTP %1': 'HTTP %1',
    'no Eureka server configured': '未配置 Eureka 服务端',
    'Lease lapsed': '租约已过期',
    "User for --server's basic auth. The password: --password-env, else the URL's, else the keychain's for a profile of the same name.": '--server 的基本认证用户名。密码依次取自：--password-env、URL 中的密码、钥匙串中同名连接配置的密码。',
    "Environment variable holding the password for --server (never on the command line).": '保存 --server 密码的环境变量名（密码绝不写在命令行上）。',
    '--password-env: $%1 is not set': '--password-env：环境变量 $%1 未设置',
    '--user and --password-env go with --server': '--user 和 --password-env 需要与 --server 一起使用',
    'Problems': '问题实例',
    'DOWN, OUT_OF_SERVICE or lease lapsed (Ctrl+Z)': 'DOWN、OUT_OF_SERVICE 或租约已过期（Ctrl+Z）',
    '&Problems only': '只看问题实例(&P)',
    '&Keyboard shortcuts': '键盘快捷键(&K)',
    'Keyboard shortcuts': '键盘快捷键',
    'Keys': '按键',
    'Does': '作用',
    'No Eureka cluster yet': '还没有 Eureka 集群',
    'Add a cluster to watch its applications and instances, or try the dashboard on a demo registry that runs inside it.': '添加一个集群以监控其应用和实例，或者在控制台内置的演示注册中心上试用。',
    'Add a cluster…': '添加集群…',
    'Open the demo registry': '打开演示注册中心',
    'Instances not renewed for longer than their lease duration': '超过租约时长未续约的实例',
    '%n lapsed lease(s)': '%n 个租约已过期',
    'no change made: the servers were not all read within the timeout': '未做任何变更：超时前未能读取所有服务端',
}

def english_plural(source):
    """'%n instance(s)' -> ('%n instance', '%n instances')."""
    one, many = source, source
    for word in ('attempt', 'instance', 'change', 'error', 'lease', 'row'):
        one = one.replace(word + '(s)', word)
        many = many.replace(word + '(s)', word + 's')
    return [one, many]

def fill(path, language):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        translation = message.find('translation')
        numerus = message.get('numerus') == 'yes'
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop('type', None)
        if language == 'en':
            if not numerus:
                translation.set('type', 'unfinished') # the source text is the English text
                continue
            for form in english_plural(source):
                ET.SubElement(translation, 'numerusform').text = form
            continue
        if source not in ZH:
            missing.append(source)
            translation.set('type', 'unfinished')
            continue
        if numerus:
            ET.SubElement(translation, 'numerusform').text = ZH[source]
        else:
            translation.text = ZH[source]
    tree.write(path, encoding='utf-8', xml_declaration=True)
    return missing

missing = fill('translations/eureka-dashboard_en.ts', 'en') + fill('translations/eureka-dashboard_zh_CN.ts', 'zh_CN')
for m in missing:
    print('untranslated:', m)
sys.exit(1 if missing else 0)
