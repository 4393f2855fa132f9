// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "doctorfinding.h"

#include <EurekaClient/applications.h>
#include <EurekaClient/eurekaendpoint.h>
#include <EurekaClient/httptransport.h>
#include <EurekaClient/springconfig.h>

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>

#include <chrono>

namespace Eureka {
class ClusterResolver;
}

// Checks a client configuration against the servers it names, the common Eureka support
// questions first: is each server reachable and a Eureka server (not an HTML page or another
// service), is the context path right, are the credentials accepted, do the DNS TXT records
// resolve, is the own zone in the zones map, how far is each server's clock, does each server's
// reconcile hash match its content and do the servers agree, is the own instance visible.
// Runs on the event loop; finished() comes once every server has answered or timed out.
class Doctor : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString app;        // with instanceId: the instance to look for on every server
        QString instanceId;
        std::chrono::milliseconds clockTolerance{5000};
    };

    Doctor(const Eureka::SpringConfig &config, const Options &options, QObject *parent = nullptr);
    ~Doctor() override;

    void start();
    // Configuration first, then each server in the order a client tries them, then the cluster.
    QList<DoctorFinding> findings() const;
    // The worst level found: what the exit code says.
    DoctorFinding::Level worst() const;

Q_SIGNALS:
    void finished();

private:
    struct Server
    {
        Eureka::EurekaEndpoint endpoint;
        QString display;              // the configured URL without credentials
        QByteArray authorization;     // "Basic ..." or empty
        QList<QUrl> candidates;       // the configured URL, then other context paths to try
        qsizetype tried = 0;
        QString firstProblem;         // what the configured URL answered, when it was not Eureka
        bool done = false;
        bool good = false;
        Eureka::Applications apps;
    };

    void add(const QString &check, const QString &target, DoctorFinding::Level level, const QString &message,
             const QString &fix = {});
    void checkZones();
    void serversFound(const QList<Eureka::EurekaEndpoint> &endpoints, const QString &source);
    void probe(qsizetype index);
    void answered(qsizetype index, Eureka::TransportReply *reply, qint64 elapsedMs);
    void accept(qsizetype index, const QUrl &url, Eureka::TransportReply *reply, qint64 elapsedMs);
    void serverDone(qsizetype index);
    void compareServers();

    Eureka::SpringConfig m_config;
    Options m_options;
    QNetworkAccessManager m_network;
    Eureka::NetworkAccessTransport m_transport{&m_network};
    Eureka::ClusterResolver *m_resolver = nullptr;
    QList<Server> m_servers;
    QList<DoctorFinding> m_findings;
};
