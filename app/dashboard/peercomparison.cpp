// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "peercomparison.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtCore/QUrl>

#include <algorithm>

using namespace Eureka;

PeerComparison PeerComparison::compare(const QList<Fetch> &fetches)
{
    PeerComparison result;
    const qsizetype n = fetches.size();
    struct Seen
    {
        QString app, instanceId;
        QList<std::optional<InstanceStatus>> statuses;
    };
    QHash<QString, Seen> all; // by app and instance id
    QMultiHash<QString, qsizetype> serversOfHost; // several servers may share a host (other ports)
    for (qsizetype s = 0; s < n; ++s)
        serversOfHost.insert(QUrl(fetches.at(s).url).host(), s);
    QList<QSet<QString>> registeredAs(n);

    for (qsizetype s = 0; s < n; ++s) {
        const Fetch &fetch = fetches.at(s);
        Server server{fetch.url, fetch.at, fetch.error};
        if (fetch.error.isEmpty()) {
            server.instances = 0;
            for (const Application &app : fetch.registry.applications()) {
                for (const InstanceInfo &info : app.instances()) {
                    ++server.instances;
                    if (info.status() == InstanceStatus::Up)
                        ++server.up;
                    Seen &seen = all[info.app() + QLatin1Char('\n') + info.instanceId()];
                    if (seen.statuses.isEmpty()) {
                        seen.app = info.app();
                        seen.instanceId = info.instanceId();
                        seen.statuses.resize(n);
                    }
                    seen.statuses[s] = info.status();
                    // Eureka compares the host name exactly (PeerEurekaNodes.isInstanceURL).
                    for (auto peer = serversOfHost.constFind(info.hostName()); peer != serversOfHost.cend() && peer.key() == info.hostName(); ++peer)
                        registeredAs[*peer].insert(info.app());
                }
            }
        }
        result.servers.append(server);
    }
    result.total = int(all.size());
    for (qsizetype s = 0; s < n; ++s) {
        QStringList apps(registeredAs.at(s).cbegin(), registeredAs.at(s).cend());
        apps.sort();
        result.servers[s].registeredAs = apps;
    }

    for (const Seen &seen : std::as_const(all)) {
        std::optional<InstanceStatus> first;
        bool agree = true;
        for (qsizetype s = 0; s < n; ++s) {
            if (result.servers.at(s).instances < 0)
                continue; // no answer: nothing to compare with
            if (!seen.statuses.at(s)) {
                ++result.servers[s].missing;
                agree = false;
                continue;
            }
            if (!first)
                first = seen.statuses.at(s);
            else if (*first != *seen.statuses.at(s))
                agree = false;
        }
        if (agree)
            continue;
        // Who disagrees on the status (not only who lacks it).
        QSet<InstanceStatus> statuses;
        for (const auto &status : seen.statuses) {
            if (status)
                statuses.insert(*status);
        }
        if (statuses.size() > 1) {
            ++result.statusDifferences;
            for (qsizetype s = 0; s < n; ++s) {
                if (seen.statuses.at(s))
                    ++result.servers[s].differing;
            }
        }
        result.differences.append({seen.app, seen.instanceId, seen.statuses});
    }
    std::sort(result.differences.begin(), result.differences.end(), [](const Difference &a, const Difference &b) {
        return std::tie(a.app, a.instanceId) < std::tie(b.app, b.instanceId);
    });
    return result;
}

QString PeerComparison::serverLabel(const QString &url)
{
    const QUrl parsed(url);
    return parsed.port() > 0 ? QStringLiteral("%1:%2").arg(parsed.host()).arg(parsed.port()) : parsed.host();
}

QString PeerComparison::verdict() const
{
    QStringList parts;
    int answering = 0;
    for (const Server &server : servers) {
        const QString host = serverLabel(server.url);
        if (server.instances < 0) {
            parts.append(QCoreApplication::translate("PeerComparison", "%1 does not answer (%2)").arg(host, server.error));
            continue;
        }
        ++answering;
        if (server.missing > 0)
            parts.append(QCoreApplication::translate("PeerComparison", "%1 lacks %n instance(s)", nullptr, server.missing).arg(host));
    }
    if (statusDifferences > 0)
        parts.append(QCoreApplication::translate("PeerComparison", "%n instance(s) with different statuses", nullptr, statusDifferences));
    if (parts.isEmpty())
        return answering <= 1 ? QCoreApplication::translate("PeerComparison", "One server: nothing to compare it with.")
                              : QCoreApplication::translate("PeerComparison", "All %n servers hold the same %1 instances with the same statuses.", nullptr, answering).arg(total);
    return parts.join(QStringLiteral("; ")) + QCoreApplication::translate("PeerComparison", ": replication still catching up, or broken between them.");
}
