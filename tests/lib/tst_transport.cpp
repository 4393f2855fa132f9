// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// The replaceable HTTP transport: every request of the library goes through it; the default
// one over a QNetworkAccessManager refuses a self-signed TLS server until its certificate is
// pinned or its CA is trusted through the application's own manager.
#include "scriptedserver.h"
#include "codec/decodepool.h"

#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/httptransport.h>
#include <EurekaClient/registryserver.h>
#include <EurekaClient/servicecaller.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QFile>
#include <QtCore/QPointer>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslServer>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Eureka;
using EurekaTest::ScriptedServer;
using namespace std::chrono_literals;

namespace {

// A transport over nothing but a QTcpSocket: one HTTP/1.1 exchange per connection, as a user
// bringing their own HTTP stack would write it.
class SocketReply : public TransportReply
{
public:
    explicit SocketReply(const TransportRequest &request)
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this, request] {
            QByteArray head = request.method + ' ' + request.url.path(QUrl::FullyEncoded).toUtf8();
            if (request.url.hasQuery())
                head += '?' + request.url.query(QUrl::FullyEncoded).toUtf8();
            head += " HTTP/1.1\r\nHost: " + request.url.host().toUtf8() + "\r\nConnection: close\r\n";
            for (const auto &[name, value] : request.headers)
                head += name + ": " + value + "\r\n";
            head += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n\r\n";
            m_socket.write(head + request.body);
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_data += m_socket.readAll();
            parse(false);
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { parse(true); });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                finish(0, {}, {}, m_socket.errorString());
        });
        m_socket.connectToHost(request.url.host(), quint16(request.url.port(80)));
    }
    void abort() override
    {
        m_socket.abort();
        QMetaObject::invokeMethod(this, [this] { finish(0, {}, {}, QStringLiteral("aborted")); }, Qt::QueuedConnection);
    }

private:
    // Complete once the body of Content-Length has arrived, or when the server closes.
    void parse(bool closed)
    {
        if (isFinished())
            return;
        const qsizetype end = m_data.indexOf("\r\n\r\n");
        if (end < 0) {
            if (closed)
                finish(0, {}, {}, QStringLiteral("truncated answer"));
            return;
        }
        const QList<QByteArray> lines = m_data.left(end).split('\n');
        const int status = lines.value(0).split(' ').value(1).toInt();
        QList<std::pair<QByteArray, QByteArray>> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        const QByteArray body = m_data.mid(end + 4);
        bool known = false;
        for (const auto &[name, value] : headers) {
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0 && body.size() >= value.toLongLong()) {
                known = true;
            }
        }
        if (!known && !closed)
            return;
        m_socket.disconnect(this);
        m_socket.abort();
        finish(status, headers, body);
    }

    QTcpSocket m_socket;
    QByteArray m_data;
};

class SocketTransport : public HttpTransport
{
public:
    TransportReply *send(const TransportRequest &request) override
    {
        requests.append(request.method + ' ' + request.url.path().toUtf8());
        return new SocketReply(request);
    }
    QList<QByteArray> requests;
};

// Counts what goes through a QNetworkAccessManager.
class CountingManager : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// The Qt way to trust a private CA for one manager: every request it makes carries it.
class PrivateCaManager : public QNetworkAccessManager
{
public:
    explicit PrivateCaManager(const QSslCertificate &ca)
        : m_ca(ca)
    {
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &original, QIODevice *data) override
    {
        QNetworkRequest request(original);
        QSslConfiguration config = request.sslConfiguration();
        config.addCaCertificate(m_ca);
        request.setSslConfiguration(config);
        return QNetworkAccessManager::createRequest(op, request, data);
    }

private:
    QSslCertificate m_ca;
};

// TLS in front of the embedded registry: decrypts and passes bytes both ways.
class TlsFront : public QSslServer
{
public:
    TlsFront(const QSslCertificate &cert, const QSslKey &key, quint16 backendPort)
        : m_backendPort(backendPort)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(cert);
        config.setPrivateKey(key);
        setSslConfiguration(config);
        connect(this, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *front = nextPendingConnection()) {
                auto *back = new QTcpSocket(front);
                back->connectToHost(QHostAddress::LocalHost, m_backendPort);
                connect(front, &QTcpSocket::readyRead, back, [front, back] { back->write(front->readAll()); });
                connect(back, &QTcpSocket::readyRead, front, [front, back] { front->write(back->readAll()); });
                connect(back, &QTcpSocket::disconnected, front, [front] { front->disconnectFromHost(); });
                connect(front, &QTcpSocket::disconnected, front, &QObject::deleteLater);
            }
        });
    }

private:
    quint16 m_backendPort;
};

} // namespace

class tst_Transport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void customTransportCarriesEveryRequest();
    void selfSignedIsRefusedByDefault();
    void pinnedCertificateIsAccepted();
    void wrongPinIsRefused();
    void ownManagerWithPrivateCa();
    void largeBodiesArriveWhole();

private:
    ClientConfig config(const QString &url) const;
    InstanceConfig instance() const;

    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    QSslKey m_key;
    std::unique_ptr<RegistryServer> m_registry;
    std::unique_ptr<TlsFront> m_tls;
};

void tst_Transport::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend in this Qt");
    // A fresh self-signed certificate for 127.0.0.1, made at test time.
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                   QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY2(openssl.waitForFinished(60000), "openssl did not finish");
    QCOMPARE(openssl.exitCode(), 0);
    QFile cert(m_dir.filePath(QStringLiteral("cert.pem")));
    QFile key(m_dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    m_cert = QSslCertificate(cert.readAll(), QSsl::Pem);
    m_key = QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem);
    QVERIFY(!m_cert.isNull() && !m_key.isNull());
}

void tst_Transport::init()
{
    m_registry = std::make_unique<RegistryServer>();
    QVERIFY(m_registry->listen());
    m_tls = std::make_unique<TlsFront>(m_cert, m_key, m_registry->port());
    QVERIFY(m_tls->listen(QHostAddress::LocalHost, 0));
}

void tst_Transport::cleanup()
{
    m_tls.reset();
    m_registry.reset();
}

ClientConfig tst_Transport::config(const QString &url) const
{
    ClientConfig c;
    c.serviceUrls = {url};
    c.registryFetchInterval = 50ms;
    c.requestTimeout = 2000ms;
    c.backoffBound = 2;
    c.stopTimeout = 1000ms;
    return c;
}

InstanceConfig tst_Transport::instance() const
{
    InstanceConfig i;
    i.appName = QStringLiteral("ORDER-SERVICE");
    i.hostName = QStringLiteral("127.0.0.1");
    i.ipAddress = QStringLiteral("127.0.0.1");
    i.port = 8080;
    i.leaseRenewalInterval = 50ms;
    return i;
}

void tst_Transport::customTransportCarriesEveryRequest()
{
    ScriptedServer service([](const HttpRequest &) { return ScriptedServer::response(200, "pong"); });
    InstanceConfig me = instance();
    me.port = service.serverPort();
    SocketTransport transport;
    CountingManager manager;
    EurekaClient client(config(m_registry->serviceUrl().toString()), me);
    client.setNetworkAccessManager(&manager);
    client.setTransport(&transport);
    QSignalSpy registered(&client, &EurekaClient::registered);
    QSignalSpy heartbeat(&client, &EurekaClient::heartbeat);
    client.start();
    QVERIFY(registered.wait(5000));
    QVERIFY(heartbeat.wait(5000));
    QCOMPARE(heartbeat.last().at(0).toBool(), true);
    QTRY_VERIFY_WITH_TIMEOUT(!client.applications().application(QStringLiteral("ORDER-SERVICE")).isEmpty(), 5000);

    ServiceCaller caller(&client);
    ServiceReply *reply = caller.call(QStringLiteral("ORDER-SERVICE"), QStringLiteral("/ping"));
    QSignalSpy finished(reply, &ServiceReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->text(), QStringLiteral("pong"));
    delete reply;

    std::unique_ptr<EurekaReply> admin(client.overrideStatus(QStringLiteral("ORDER-SERVICE"),
                                                             client.instanceInfo().instanceId(), InstanceStatus::OutOfService));
    QSignalSpy adminDone(admin.get(), &EurekaReply::finished);
    QVERIFY(adminDone.wait(5000));
    QCOMPARE(admin->httpStatus(), 200);

    QSignalSpy stopped(&client, &EurekaClient::stopped);
    client.stop();
    QVERIFY(stopped.wait(5000));
    // Registration, heartbeat, discovery, the service call, the admin call and the cancel all
    // went through the transport; the QNetworkAccessManager carried nothing.
    const QList<QByteArray> &seen = transport.requests;
    const auto has = [&seen](const QByteArray &prefix) {
        return std::any_of(seen.cbegin(), seen.cend(), [&prefix](const QByteArray &r) { return r.startsWith(prefix); });
    };
    QVERIFY(has("POST /eureka/apps/ORDER-SERVICE"));
    QVERIFY(has("PUT /eureka/apps/ORDER-SERVICE/"));
    QVERIFY(has("GET /eureka/apps/"));
    QVERIFY(has("GET /ping"));
    QVERIFY(has("DELETE /eureka/apps/ORDER-SERVICE/"));
    QCOMPARE(manager.created, 0);
    QVERIFY(m_registry->applications().isEmpty()); // the cancel arrived
}

void tst_Transport::selfSignedIsRefusedByDefault()
{
    EurekaClient client(config(QStringLiteral("https://127.0.0.1:%1/eureka/").arg(m_tls->serverPort())), instance());
    QSignalSpy errors(&client, &EurekaClient::errorOccurred);
    client.start();
    QVERIFY(errors.wait(10000));
    const QString text = errors.first().at(2).toString();
    QVERIFY2(text.contains(QStringLiteral("certificate"), Qt::CaseInsensitive)
                 || text.contains(QStringLiteral("SSL"), Qt::CaseInsensitive), qPrintable(text));
    QVERIFY(!client.isRegistered());
    QVERIFY(m_registry->applications().isEmpty());
}

void tst_Transport::pinnedCertificateIsAccepted()
{
    EurekaClient client(config(QStringLiteral("https://127.0.0.1:%1/eureka/").arg(m_tls->serverPort())), instance());
    client.networkAccessTransport()->pinCertificate(QStringLiteral("127.0.0.1"),
                                                    m_cert.digest(QCryptographicHash::Sha256).toHex(':'));
    QSignalSpy registered(&client, &EurekaClient::registered);
    client.start();
    QVERIFY(registered.wait(10000));
    QCOMPARE(m_registry->applications().instanceCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(client.applications().instanceCount() == 1, 10000); // discovery over TLS too
}

void tst_Transport::wrongPinIsRefused()
{
    EurekaClient client(config(QStringLiteral("https://127.0.0.1:%1/eureka/").arg(m_tls->serverPort())), instance());
    client.networkAccessTransport()->pinCertificate(QStringLiteral("127.0.0.1"), QByteArray(32, '\x42'));
    QSignalSpy errors(&client, &EurekaClient::errorOccurred);
    client.start();
    QVERIFY(errors.wait(10000));
    QVERIFY(m_registry->applications().isEmpty());
}

void tst_Transport::ownManagerWithPrivateCa()
{
    PrivateCaManager manager(m_cert); // the self-signed certificate is its own CA
    EurekaClient client(config(QStringLiteral("https://127.0.0.1:%1/eureka/").arg(m_tls->serverPort())), instance());
    client.setNetworkAccessManager(&manager);
    QSignalSpy registered(&client, &EurekaClient::registered);
    client.start();
    QVERIFY(registered.wait(10000));
    QCOMPARE(m_registry->applications().instanceCount(), 1);
}

// Megabytes (a registry) reach the reply whole and in order, though they leave Qt's buffer a
// piece per event-loop turn; the size limit still holds for them.
void tst_Transport::largeBodiesArriveWhole()
{
    QByteArray big(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char('a' + (i * 7919) % 26);
    ScriptedServer server([&](const HttpRequest &) {
        return ScriptedServer::response(200, big, {{"Content-Type", "application/json"}});
    });
    QNetworkAccessManager manager;
    NetworkAccessTransport transport(&manager);
    TransportRequest request;
    request.url = server.serviceUrl().resolved(QUrl(QStringLiteral("apps/")));
    std::unique_ptr<TransportReply> reply(transport.send(request));
    QSignalSpy finished(reply.get(), &TransportReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->httpStatus(), 200);
    QCOMPARE(reply->body().size(), big.size());
    QVERIFY(reply->body() == big);
    // Read into one buffer of the announced size, however much had arrived before the first
    // piece was read, with the room past the end that lets the JSON decoder read it in place.
    QVERIFY2(reply->body().capacity() >= big.size() + InputPadding && reply->body().capacity() < big.size() + 4096,
             qPrintable(QString::number(reply->body().capacity())));

    request.maxResponseBytes = 1024 * 1024;
    std::unique_ptr<TransportReply> limited(transport.send(request));
    QSignalSpy limitedFinished(limited.get(), &TransportReply::finished);
    QVERIFY(limitedFinished.wait(10000));
    QCOMPARE(limited->httpStatus(), 0);
    QVERIFY2(limited->errorString().contains(QLatin1String("larger than")), qPrintable(limited->errorString()));
    QVERIFY(limited->body().isEmpty());
}

QTEST_GUILESS_MAIN(tst_Transport)
#include "tst_transport.moc"
