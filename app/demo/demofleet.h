// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/instanceinfo.h>

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QTimer>
#include <QtCore/QUrl>

#include <chrono>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

class DemoInstanceServer;

// A believable Spring Cloud fleet for `eurekactl serve --demo`: a dozen services in three
// zones, each instance answering HTTP on its own loopback port and registering and renewing
// over real HTTP like a client would. One instance flaps between UP and DOWN, one is taken
// OUT_OF_SERVICE by an operator override.
class DemoFleet : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl registryUrl; // e.g. http://127.0.0.1:8761/eureka/
        QByteArray authorization; // "Basic ..." or empty
        std::chrono::milliseconds renewalInterval{30000};
        std::chrono::milliseconds flapInterval{20000};
    };

    DemoFleet(const Options &options, QObject *parent);
    ~DemoFleet() override;

    // Opens the instance ports and registers everything; false when a port cannot be opened.
    bool start();
    qsizetype size() const { return m_members.size(); }

private:
    struct Member
    {
        Eureka::InstanceInfo info;
        DemoInstanceServer *server;
    };

    void send(const QByteArray &verb, const QString &path, const QByteArray &body = {});
    void registerMember(const Member &member);
    void renewAll();
    void flap();

    Options m_options;
    QNetworkAccessManager *m_network;
    QList<Member> m_members;
    QTimer m_renewTimer;
    QTimer m_flapTimer;
    qsizetype m_flapper = -1;
};
