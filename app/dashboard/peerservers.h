// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectionprofile.h"
#include "peercomparison.h"

#include <QtCore/QFutureWatcher>
#include <QtCore/QObject>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace Eureka {
class EurekaClient;
}

class PeerDifferenceModel;
class PeerServerModel;

// Asks each server of a profile for its registry, one request each (not the usual failover to
// the first that answers), and compares the answers off the GUI thread. On demand: the Servers
// view asks when it is shown and when the operator says so, never on its own.
class PeerServers : public QObject
{
    Q_OBJECT

public:
    PeerServers(const ConnectionProfile &profile, const QString &password, QNetworkAccessManager *network,
                QObject *parent = nullptr);
    ~PeerServers() override;

    QStringList urls() const { return m_urls; }
    void refresh();
    bool isRefreshing() const { return m_pending > 0 || m_compare.isRunning(); }
    // Reads every server once (false: a read is under way already) and runs \a onPool with the
    // decoded answers on the background pool, then \a done with its result here. What the
    // comparison uses, and what tracking an action until every server shows it uses.
    using Inspect = std::function<QVariant(const QList<PeerComparison::Fetch> &fetches)>;
    bool inspect(Inspect onPool, std::function<void(const QVariant &)> done);
    PeerServerModel *servers() const { return m_servers; }
    PeerDifferenceModel *differences() const { return m_differences; }
    QString verdict() const { return m_verdict; }

Q_SIGNALS:
    void compared();

private:
    QStringList m_urls;
    QList<Eureka::EurekaClient *> m_clients;
    QList<PeerComparison::Fetch> m_fetches;
    QList<QByteArray> m_bodies;
    int m_pending = 0;
    QFutureWatcher<void> m_compare;
    std::shared_ptr<QVariant> m_result;
    std::function<void(const QVariant &)> m_done;
    PeerServerModel *m_servers;
    PeerDifferenceModel *m_differences;
    QString m_verdict;
};
