// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/applications.h>

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <QtCore/QMetaType>

#include <optional>

// What the Eureka servers of one cluster each hold, side by side: how many instances each
// has, what one has that another lacks, where they disagree on a status (replication lag,
// or a split), and whether each server is itself registered from the host its peers call it
// by (what Eureka's status page checks before it lists a peer as an "unavailable replica").
// Computed off the GUI thread from each server's answer.
struct PeerComparison
{
    // One server's answer to GET apps.
    struct Fetch
    {
        QString url;
        qint64 at = 0;  // ms since the epoch
        QString error;  // "" when it answered
        Eureka::Applications registry;
    };

    struct Server
    {
        QString url;
        qint64 fetchedAt = 0;
        QString error;
        int instances = -1; // -1: no answer
        int up = 0;
        int missing = 0;    // instances another server has and this one lacks
        int differing = 0;  // instances it holds with another status than a peer
        // Applications registered from this server's host, in any server's registry: empty
        // means its peers see no instance of it, and list it as an unavailable replica.
        QStringList registeredAs;
    };

    struct Difference
    {
        QString app;
        QString instanceId;
        // Per server, in the order of servers; nullopt: the server lacks the instance (or did
        // not answer).
        QList<std::optional<Eureka::InstanceStatus>> statuses;
        bool operator==(const Difference &other) const
        {
            return app == other.app && instanceId == other.instanceId && statuses == other.statuses;
        }
    };

    QList<Server> servers;
    QList<Difference> differences; // by application, then instance id
    int total = 0;                 // instances any answering server holds
    int statusDifferences = 0;     // differences where two servers hold other statuses

    static PeerComparison compare(const QList<Fetch> &fetches);
    // How a server is named in the view: its host, and its port when the URL gives one.
    static QString serverLabel(const QString &url);
    // One line for the view: all agree, or who lacks what.
    QString verdict() const;
};

Q_DECLARE_METATYPE(PeerComparison)
