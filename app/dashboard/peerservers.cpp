// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "peerservers.h"

#include "backgroundpool.h"
#include "freeonpool.h"
#include "peerdifferencemodel.h"
#include "peerservermodel.h"

#include <EurekaClient/codec.h>
#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/eurekareply.h>

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDateTime>

using namespace Eureka;

PeerServers::PeerServers(const ConnectionProfile &profile, const QString &password, QNetworkAccessManager *network,
                         QObject *parent)
    : QObject(parent)
    , m_urls(profile.serverUrls)
    , m_servers(new PeerServerModel(this))
    , m_differences(new PeerDifferenceModel(profile.serverUrls, this))
{
    for (const QString &url : std::as_const(m_urls)) {
        ConnectionProfile one = profile;
        one.serverUrls = {url};
        m_clients.append(one.createClient(password, network, this));
    }
    connect(&m_compare, &QFutureWatcher<void>::finished, this, [this] {
        QVariant result = std::exchange(*m_result, {});
        std::exchange(m_done, {})(result);
        freeOnPool(std::move(result)); // a comparison of 100,000 instances is not freed here
    });
}

PeerServers::~PeerServers() { m_compare.waitForFinished(); }

void PeerServers::refresh()
{
    inspect([](const QList<PeerComparison::Fetch> &fetches) { return QVariant::fromValue(PeerComparison::compare(fetches)); },
            [this](const QVariant &result) {
                const auto comparison = result.value<PeerComparison>();
                m_servers->setServers(comparison.servers);
                m_differences->setDifferences(comparison.differences);
                m_verdict = comparison.verdict();
                Q_EMIT compared();
            });
}

bool PeerServers::inspect(Inspect onPool, std::function<void(const QVariant &)> done)
{
    if (isRefreshing() || m_clients.isEmpty())
        return false;
    m_done = std::move(done);
    m_fetches.clear();
    m_fetches.resize(m_clients.size());
    m_bodies.clear();
    m_bodies.resize(m_clients.size());
    m_pending = int(m_clients.size());
    for (qsizetype i = 0; i < m_clients.size(); ++i) {
        EurekaReply *reply = m_clients.at(i)->fetchApplications();
        connect(reply, &EurekaReply::finished, this, [this, reply, i, onPool] {
            reply->deleteLater();
            PeerComparison::Fetch &fetch = m_fetches[i];
            fetch.url = m_urls.at(i);
            fetch.at = QDateTime::currentMSecsSinceEpoch();
            if (reply->error() != Error::NoError)
                fetch.error = reply->errorString();
            else
                m_bodies[i] = reply->body(); // decoded with the others, off this thread
            if (--m_pending > 0)
                return;
            // Decoding each answer and looking at them grows with the registry: the pool's work.
            m_result = std::make_shared<QVariant>();
            m_compare.setFuture(QtConcurrent::run(backgroundPool(), [fetches = std::exchange(m_fetches, {}),
                                                                     bodies = std::exchange(m_bodies, {}), result = m_result,
                                                                     onPool]() mutable {
                for (qsizetype s = 0; s < fetches.size(); ++s) {
                    if (!fetches.at(s).error.isEmpty())
                        continue;
                    CodecError error;
                    fetches[s].registry = Codec::decodeApplications(bodies.at(s), WireFormat::Json, &error);
                    if (error.isError())
                        fetches[s].error = error.toString();
                }
                *result = onPool(fetches);
            }));
        });
    }
    return true;
}
