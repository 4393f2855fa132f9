// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include <EurekaClient/httptransport.h>

#include "../codec/decodepool.h"
#include "../logging_p.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QHash>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslCertificate>

namespace Eureka {

class TransportReplyPrivate
{
public:
    bool finished = false;
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString error;
};

TransportReply::TransportReply(QObject *parent)
    : QObject(parent)
    , d(new TransportReplyPrivate)
{
}

TransportReply::~TransportReply() = default;

bool TransportReply::isFinished() const { return d->finished; }
int TransportReply::httpStatus() const { return d->status; }
QByteArray TransportReply::body() const { return d->body; }
QList<std::pair<QByteArray, QByteArray>> TransportReply::headers() const { return d->headers; }
QString TransportReply::errorString() const { return d->error; }

QByteArray TransportReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : d->headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void TransportReply::finish(int httpStatus, const QList<std::pair<QByteArray, QByteArray>> &headers,
                            const QByteArray &body, const QString &errorString)
{
    if (d->finished)
        return;
    d->finished = true;
    d->status = httpStatus;
    d->headers = headers;
    d->body = body;
    d->error = httpStatus == 0 && errorString.isEmpty() ? tr("no HTTP answer") : errorString;
    Q_EMIT finished();
}

HttpTransport::~HttpTransport() = default;

namespace {

constexpr qsizetype maxHeaderBytes = 256 * 1024;
// Beyond this a Content-Length is not trusted for an up-front allocation.
constexpr qint64 maxReserveBytes = qint64(256) * 1024 * 1024;
constexpr qint64 maxBytesPerTurn = 256 * 1024;

class NetworkAccessReply : public TransportReply
{
public:
    NetworkAccessReply(QNetworkReply *reply, qint64 maxBytes)
        : m_reply(reply)
        , m_maxBytes(maxBytes)
    {
        // Eureka servers send a handful of short headers; megabytes of them are an attack or a bug.
        connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
            if (!m_reply)
                return;
            qsizetype bytes = 0;
            for (const auto &[name, value] : m_reply->rawHeaderPairs())
                bytes += name.size() + value.size() + 4;
            if (bytes > maxHeaderBytes && m_tooLarge.isEmpty()) {
                m_tooLarge = tr("the answer's headers are larger than %1 bytes").arg(maxHeaderBytes);
                m_reply->abort();
            }
        });
        connect(reply, &QNetworkReply::readyRead, this, &NetworkAccessReply::take);
        connect(reply, &QNetworkReply::finished, this, [this] {
            m_replyFinished = true;
            take();
        });
        m_nextPiece.setObjectName(QStringLiteral("eureka-read-piece")); // for profiles
        m_nextPiece.setSingleShot(true);
        m_nextPiece.setInterval(0);
        connect(&m_nextPiece, &QTimer::timeout, this, &NetworkAccessReply::take);
    }
    ~NetworkAccessReply() override
    {
        if (m_reply) { // deleted while out: drop the request without calling back
            m_reply->disconnect(this);
            m_reply->abort();
            m_reply->deleteLater();
        }
    }
    void abort() override
    {
        if (m_reply && !isFinished())
            m_reply->abort(); // QNetworkReply finishes from the event loop with OperationCanceled
    }

private:
    // Moves what has arrived into the body, at most a piece per turn of the event loop. Qt
    // hands over megabytes at once when the answer is large (a registry: 4 MB compressed);
    // copying them in one go faults in a thousand fresh pages in one turn (10 ms here), a piece
    // at a time costs each turn a fraction of a millisecond. Completes the reply once the
    // network reply has finished and everything is moved.
    // The size limit (0: none) is counted after decompression: a small gzip bomb stops here.
    void take()
    {
        if (!m_reply)
            return;
        const qint64 available = m_reply->bytesAvailable();
        if (available > 0 && m_tooLarge.isEmpty()) {
            if (m_maxBytes > 0 && m_body.size() + available > m_maxBytes) {
                m_tooLarge = tr("the answer is larger than %1 bytes").arg(m_maxBytes);
                m_body.clear();
                m_reply->abort(); // finished() follows
                return;
            }
            if (m_body.capacity() == 0) {
                // The announced length, when there is one, saves the regrowing: its copies, and
                // the page faults of each larger buffer, on the owner's thread. Also when the
                // whole answer is already here: it still leaves a piece per turn.
                bool ok = false;
                const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
                const qint64 expected = ok ? std::max(announced, available) : available;
                if ((m_maxBytes <= 0 || expected <= m_maxBytes) && expected <= maxReserveBytes)
                    m_body.reserve(qsizetype(expected) + InputPadding); // the JSON decoder reads it in place
            }
            const qint64 piece = std::min(available, maxBytesPerTurn);
            const qsizetype at = m_body.size();
            m_body.resize(at + qsizetype(piece));
            const qint64 read = m_reply->read(m_body.data() + at, piece);
            m_body.resize(at + qsizetype(std::max<qint64>(0, read)));
            if (read > 0 && m_reply->bytesAvailable() > 0) {
                m_nextPiece.start();
                return;
            }
        }
        if (m_replyFinished && !m_nextPiece.isActive())
            complete();
    }

    void complete()
    {
        QNetworkReply *r = std::exchange(m_reply, nullptr);
        // Done with it: a signal it still sends (metaDataChanged while it is torn down, in
        // cancelsOnStop under the sanitizer) must not reach a handler that reads m_reply.
        r->disconnect(this);
        r->deleteLater();
        if (!m_tooLarge.isEmpty()) {
            finish(0, {}, {}, m_tooLarge);
            return;
        }
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // A status line came, but the exchange broke afterwards (connection closed early, a
        // body that would not decompress): there is no complete answer to act on.
        // (Qt 6.4 reports a gzip bomb as an unknown content error on a 200.)
        const QNetworkReply::NetworkError error = r->error();
        if ((error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
            || (error != QNetworkReply::NoError && status < 400)) {
            finish(0, {}, {}, r->errorString());
            return;
        }
        QList<std::pair<QByteArray, QByteArray>> headers;
        for (const auto &pair : r->rawHeaderPairs())
            headers.append({pair.first, pair.second});
        finish(status, headers, std::exchange(m_body, {}), status == 0 ? r->errorString() : QString());
    }

    QPointer<QNetworkReply> m_reply;
    qint64 m_maxBytes = 0;
    QByteArray m_body;
    QTimer m_nextPiece;
    bool m_replyFinished = false;
    QString m_tooLarge;
};

QByteArray normalisedDigest(const QByteArray &sha256)
{
    if (sha256.size() == 32)
        return sha256;
    QByteArray hex = sha256;
    hex.replace(':', "");
    return QByteArray::fromHex(hex);
}

} // namespace

class NetworkAccessTransportPrivate
{
public:
    QPointer<QNetworkAccessManager> manager;
    QMetaObject::Connection sslConnection;
    QHash<QString, QList<QByteArray>> pinned; // host -> SHA-256 digests

    void watchSslErrors()
    {
        QObject::disconnect(sslConnection);
        if (!manager || pinned.isEmpty())
            return;
        sslConnection = QObject::connect(manager, &QNetworkAccessManager::sslErrors, manager,
                                         [this](QNetworkReply *reply, const QList<QSslError> &errors) {
                                             onSslErrors(reply, errors);
                                         });
    }

    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
    {
        const QString host = reply->url().host();
        const auto it = pinned.constFind(host);
        if (it == pinned.constEnd())
            return;
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (peer.isNull() || !it->contains(peer.digest(QCryptographicHash::Sha256))) {
            qCWarning(lcEurekaTransport).noquote() << "the certificate of" << host << "is not the pinned one";
            return;
        }
        // Only the errors a self-signed certificate causes; an expired one is still refused.
        for (const QSslError &error : errors) {
            switch (error.error()) {
            case QSslError::SelfSignedCertificate:
            case QSslError::SelfSignedCertificateInChain:
            case QSslError::UnableToGetLocalIssuerCertificate:
            case QSslError::UnableToVerifyFirstCertificate:
            case QSslError::CertificateUntrusted:
            case QSslError::HostNameMismatch:
                break;
            default:
                return;
            }
        }
        reply->ignoreSslErrors(errors);
    }
};

NetworkAccessTransport::NetworkAccessTransport(QNetworkAccessManager *manager)
    : d(new NetworkAccessTransportPrivate)
{
    d->manager = manager;
}

NetworkAccessTransport::~NetworkAccessTransport() { QObject::disconnect(d->sslConnection); }

void NetworkAccessTransport::setNetworkAccessManager(QNetworkAccessManager *manager)
{
    d->manager = manager;
    d->watchSslErrors();
}

QNetworkAccessManager *NetworkAccessTransport::networkAccessManager() const { return d->manager; }

void NetworkAccessTransport::pinCertificate(const QString &host, const QByteArray &sha256)
{
    d->pinned[host].append(normalisedDigest(sha256));
    d->watchSslErrors();
}

namespace {
class FailedReply : public TransportReply
{
public:
    explicit FailedReply(const QString &error)
    {
        QMetaObject::invokeMethod(this, [this, error] { finish(0, {}, {}, error); }, Qt::QueuedConnection);
    }
    void abort() override {}
};
} // namespace

TransportReply *NetworkAccessTransport::send(const TransportRequest &request)
{
    if (!d->manager)
        return new FailedReply(QObject::tr("no network access manager"));
    QNetworkRequest r(request.url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   request.followRedirects ? QNetworkRequest::NoLessSafeRedirectPolicy
                                           : QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : request.headers)
        r.setRawHeader(name, value);
    return new NetworkAccessReply(d->manager->sendCustomRequest(r, request.method, request.body),
                                  request.maxResponseBytes);
}

} // namespace Eureka
