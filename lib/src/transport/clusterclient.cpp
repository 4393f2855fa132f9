// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "clusterclient.h"

#include "../logging_p.h"
#include "serverstatusevaluator.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimer>

namespace Eureka {

ClusterClient::Settings ClusterClient::Settings::from(const ClientConfig &config)
{
    Settings s;
    s.numberOfRetries = config.numberOfRetries;
    s.quarantineRefreshPercentage = config.quarantineRefreshPercentage;
    s.sessionDurationMs = config.sessionDuration.count();
    s.maxRedirects = config.maxRedirects;
    s.requestTimeoutMs = int(config.requestTimeout.count());
    s.maxResponseBytes = config.maxResponseSize;
    s.username = config.username;
    s.password = config.password;
    return s;
}

// One logical request and the attempts it makes. Lives as a child of the ClusterClient.
class ClusterReply : public EurekaReply
{
public:
    ClusterReply(const EurekaRequest &request, ClusterClient *client)
        : EurekaReply(request.type, client)
        , request(request)
    {
        timer.setSingleShot(true);
    }
    ~ClusterReply() override
    {
        // Deleted while a request is out: drop it without calling back into a dying object.
        if (network) {
            network->disconnect(this);
            network->abort();
            network->deleteLater();
        }
    }

    void finish(Error error, const QString &text, int status, const QByteArray &body,
                const EurekaEndpoint &endpoint)
    {
        timer.stop();
        finishReply(error, text, status, body, endpoint);
    }
    using EurekaReply::addAttempt;

    EurekaRequest request;
    QPointer<TransportReply> network;
    EurekaEndpoint current;
    QList<EurekaEndpoint> candidates;
    QList<EurekaEndpoint> tried;
    QStringList failures; // "server: reason" for the final error
    QElapsedTimer attemptTimer;
    QTimer timer;
    int redirects = 0;
    bool candidatesChosen = false;
    bool waitedForResolver = false;
    QMetaObject::Connection resolverWait;
    bool timedOut = false;
    bool done = false;

protected:
    void abortRequested() override
    {
        done = true;
        timer.stop();
        if (network)
            network->abort();
    }
};

namespace {

TransportRequest buildRequest(const EurekaRequest &request, const EurekaEndpoint &endpoint,
                              const ClusterClient::Settings &settings)
{
    QUrl url = endpoint.serviceUrl().resolved(QUrl(request.path));
    url.setQuery(request.query);
    QString user = url.userName(QUrl::FullyDecoded);
    QString password = url.password(QUrl::FullyDecoded);
    if (user.isEmpty() && password.isEmpty()) {
        user = settings.username;
        password = settings.password;
    }
    // Credentials travel in the header, never in the URL that errors and logs show.
    url.setUserInfo(QString());
    TransportRequest r;
    r.method = request.verb;
    r.url = url;
    r.body = request.body;
    r.followRedirects = false; // redirects pin a new server: ClusterClient follows them itself
    r.maxResponseBytes = settings.maxResponseBytes;
    const QByteArray mime = mimeType(request.format);
    r.headers.append({"Accept", mime});
    if (request.compressedAnswer) // set by hand, so Qt leaves the answer compressed
        r.headers.append({QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("gzip")});
    if (!request.body.isEmpty() || request.verb == "POST")
        r.headers.append({"Content-Type", mime});
    if (!user.isEmpty() || !password.isEmpty())
        r.headers.append({"Authorization", "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64()});
    return r;
}

// Netflix's RedirectingEurekaHttpClient: the new server root is what precedes "apps" in the
// Location header.
std::optional<EurekaEndpoint> redirectTarget(const QUrl &location, const EurekaEndpoint &from)
{
    static const QRegularExpression rootPattern(QStringLiteral("^(.*/)(apps|vips|svips|instances)(/.*)?$"));
    const QUrl absolute = from.serviceUrl().resolved(location);
    QUrl root = absolute;
    root.setQuery(QString());
    const QRegularExpressionMatch match = rootPattern.match(root.path());
    if (!match.hasMatch() || absolute.host().isEmpty())
        return std::nullopt;
    root.setPath(match.captured(1));
    if (root.userInfo().isEmpty())
        root.setUserInfo(from.serviceUrl().userInfo());
    return EurekaEndpoint(root, from.zone(), from.region());
}

} // namespace

ClusterClient::ClusterClient(ClusterResolver *resolver, HttpTransport *transport,
                             Settings settings, QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_transport(transport)
    , m_settings(std::move(settings))
{
    if (!m_settings.random)
        m_settings.random = QRandomGenerator::global();
    connect(m_resolver, &ClusterResolver::endpointsChanged, this, [this] {
        // Forget what no longer exists; keep a pin only to a server still listed (or one we
        // were redirected to).
        const QList<EurekaEndpoint> current = m_resolver->endpoints();
        for (auto it = m_quarantine.begin(); it != m_quarantine.end();) {
            it = current.contains(*it) ? std::next(it) : m_quarantine.erase(it);
        }
    });
}

ClusterClient::~ClusterClient() = default;

qint64 ClusterClient::now() const
{
    if (m_settings.clock)
        return m_settings.clock();
    static QElapsedTimer monotonic = [] { QElapsedTimer t; t.start(); return t; }();
    return monotonic.elapsed();
}

EurekaReply *ClusterClient::execute(const EurekaRequest &request)
{
    auto *reply = new ClusterReply(request, this);
    connect(&reply->timer, &QTimer::timeout, reply, [this, reply] {
        reply->timedOut = true;
        if (reply->network)
            reply->network->abort();
    });
    // Start from the event loop: the caller connects to finished() first.
    QMetaObject::invokeMethod(this, [this, reply = QPointer<ClusterReply>(reply)] {
        if (reply && !reply->done)
            nextAttempt(reply);
    }, Qt::QueuedConnection);
    return reply;
}

void ClusterClient::rotateSessionIfDue()
{
    const qint64 t = now();
    if (m_sessionEnd != 0 && t < m_sessionEnd)
        return;
    if (m_sessionEnd != 0 && m_pinned)
        qCInfo(lcEurekaTransport).noquote() << "session ended; unpinning" << m_pinned->toDisplayString();
    m_pinned.reset();
    // Netflix randomises the session length by ±50 % so that clients do not rotate together.
    const qint64 base = m_settings.sessionDurationMs;
    const qint64 jitter = base > 1 ? qint64(m_settings.random->bounded(double(base))) - base / 2 : 0;
    m_sessionEnd = t + base + jitter;
}

std::optional<EurekaEndpoint> ClusterClient::pickEndpoint(ClusterReply *reply)
{
    if (!reply->candidatesChosen) {
        // Once per request, as RetryableEurekaHttpClient.getHostCandidates(): forget quarantined
        // servers that are gone, give everyone another chance once too many are quarantined,
        // and try the rest in the resolver's order.
        reply->candidatesChosen = true;
        const QList<EurekaEndpoint> all = m_resolver->endpoints();
        for (auto it = m_quarantine.begin(); it != m_quarantine.end();)
            it = all.contains(*it) ? std::next(it) : m_quarantine.erase(it);
        const qsizetype threshold = qMax<qsizetype>(1, qsizetype(all.size() * m_settings.quarantineRefreshPercentage));
        if (m_quarantine.size() >= threshold) {
            qCInfo(lcEurekaTransport) << "quarantine holds" << m_quarantine.size() << "of" << all.size()
                                      << "servers; giving them another chance";
            m_quarantine.clear();
        }
        for (const EurekaEndpoint &endpoint : all) {
            if (!m_quarantine.contains(endpoint))
                reply->candidates.append(endpoint);
        }
    }
    if (m_pinned && !reply->tried.contains(*m_pinned))
        return m_pinned;
    for (const EurekaEndpoint &endpoint : std::as_const(reply->candidates)) {
        if (!reply->tried.contains(endpoint))
            return endpoint;
    }
    return std::nullopt;
}

void ClusterClient::nextAttempt(ClusterReply *reply)
{
    if (reply->done)
        return;
    rotateSessionIfDue();
    if (m_resolver->endpoints().isEmpty() && !reply->waitedForResolver) {
        // A resolver that looks servers up (DNS) may not have answered yet: give it up to one
        // request timeout, as Netflix's AsyncResolver warms up, before calling it a failure.
        reply->waitedForResolver = true;
        auto *wait = new QTimer(reply);
        wait->setSingleShot(true);
        auto resume = [this, reply, wait] {
            wait->deleteLater();
            disconnect(reply->resolverWait);
            nextAttempt(reply);
        };
        reply->resolverWait = connect(m_resolver, &ClusterResolver::endpointsChanged, reply, resume);
        connect(wait, &QTimer::timeout, reply, resume);
        wait->start(m_settings.requestTimeoutMs);
        return;
    }
    if (m_resolver->endpoints().isEmpty()) {
        reply->done = true;
        reply->finish(Error::NoServerAvailable, tr("no Eureka server is known (check the service URLs, zones or DNS domain)"),
                      0, {}, {});
        return;
    }
    const std::optional<EurekaEndpoint> endpoint =
        reply->tried.size() < m_settings.numberOfRetries ? pickEndpoint(reply) : std::nullopt;
    if (!endpoint) {
        reply->done = true;
        reply->finish(Error::RetryLimitReached,
                      tr("every Eureka server tried failed: %1").arg(reply->failures.join(QStringLiteral("; "))),
                      0, {}, reply->current);
        return;
    }
    reply->tried.append(*endpoint);
    send(reply, *endpoint);
}

void ClusterClient::send(ClusterReply *reply, const EurekaEndpoint &endpoint)
{
    if (!m_transport) {
        reply->done = true;
        reply->finish(Error::ConfigurationError, tr("no network access manager"), 0, {}, endpoint);
        return;
    }
    reply->current = endpoint;
    reply->timedOut = false;
    const TransportRequest request = buildRequest(reply->request, endpoint, m_settings);
    qCDebug(lcEurekaTransport).noquote() << reply->request.verb << request.url.toDisplayString();
    reply->network = m_transport->send(request);
    reply->attemptTimer.start();
    reply->timer.start(m_settings.requestTimeoutMs);
    connect(reply->network, &TransportReply::finished, reply, [this, reply] { onAttemptFinished(reply); });
}

void ClusterClient::onAttemptFinished(ClusterReply *reply)
{
    TransportReply *network = reply->network;
    reply->timer.stop();
    network->deleteLater();
    if (reply->done)
        return;
    const EurekaEndpoint endpoint = reply->current;
    const int status = network->httpStatus();
    ServerAttempt attempt;
    attempt.endpoint = endpoint;
    attempt.httpStatus = status;
    attempt.elapsedMs = reply->attemptTimer.elapsed();

    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        const QUrl location = QUrl::fromEncoded(network->header("Location"));
        const std::optional<EurekaEndpoint> target = redirectTarget(location, endpoint);
        if (target && ++reply->redirects <= m_settings.maxRedirects) {
            attempt.note = QStringLiteral("redirected to ") + target->toDisplayString();
            reply->addAttempt(attempt);
            qCInfo(lcEurekaTransport).noquote() << "redirected from" << endpoint.toDisplayString() << "to"
                                                << target->toDisplayString();
            send(reply, *target);
            return;
        }
        reply->done = true;
        attempt.error = target ? Error::RedirectLimitReached : Error::ProtocolError;
        attempt.errorString = target ? tr("more than %1 redirects").arg(m_settings.maxRedirects)
                                     : tr("redirect without a usable Location");
        reply->addAttempt(attempt);
        reply->finish(attempt.error, attempt.errorString, status, {}, endpoint);
        return;
    }

    using ServerStatusEvaluator::Verdict;
    Verdict verdict = status == 0 ? Verdict::Failover : ServerStatusEvaluator::evaluate(status, reply->request.type);
    // A 200 with an HTML page is a proxy's or load balancer's error page, not a registry: that
    // server is failing, and the next one may answer properly (Netflix's client fails over on
    // an unreadable answer too).
    const QByteArray type = network->header("Content-Type").toLower();
    const bool wrongType = verdict == Verdict::Accept && !network->body().isEmpty() && !type.isEmpty()
        && !type.contains("json") && !type.contains("xml");
    if (wrongType)
        verdict = Verdict::Failover;
    if (verdict == Verdict::Accept || verdict == Verdict::Reject) {
        // The server answered: it is the one to keep using.
        if (!m_pinned || *m_pinned != endpoint)
            qCDebug(lcEurekaTransport).noquote() << "pinned" << endpoint.toDisplayString();
        m_pinned = endpoint;
        reply->addAttempt(attempt);
        reply->done = true;
        if (verdict == Verdict::Accept) {
            reply->finish(Error::NoError, {}, status, network->body(), endpoint);
        } else {
            reply->finish(Error::HttpError,
                          tr("%1 answered HTTP %2 to %3").arg(endpoint.toDisplayString()).arg(status)
                              .arg(QString::fromLatin1(reply->request.verb) + QLatin1Char(' ') + reply->request.path),
                          status, network->body(), endpoint);
        }
        return;
    }

    // Failover: the server is unreachable, too slow or failing.
    if (wrongType) {
        attempt.error = Error::ProtocolError;
        attempt.errorString = tr("answered %1, not %2").arg(QString::fromLatin1(type.left(60)),
                                                            QString::fromLatin1(mimeType(reply->request.format)));
    } else if (reply->timedOut) {
        attempt.error = Error::TimeoutError;
        attempt.errorString = tr("no answer within %1 ms").arg(m_settings.requestTimeoutMs);
    } else if (status == 0) {
        attempt.error = Error::NetworkError;
        attempt.errorString = network->errorString();
    } else {
        attempt.error = Error::HttpError;
        attempt.errorString = tr("HTTP %1").arg(status);
    }
    attempt.note = QStringLiteral("quarantined");
    reply->addAttempt(attempt);
    reply->failures.append(endpoint.toDisplayString() + QStringLiteral(": ") + attempt.errorString);
    m_quarantine.insert(endpoint);
    if (m_pinned && *m_pinned == endpoint)
        m_pinned.reset();
    qCInfo(lcEurekaTransport).noquote() << "quarantined" << endpoint.toDisplayString() << "after"
                                        << attempt.errorString;
    nextAttempt(reply);
}

} // namespace Eureka
